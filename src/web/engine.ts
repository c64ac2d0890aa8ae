/** The engine as the interview planner needs it, running in the browser (no request leaves the page). */
import { assess, rulesInForce } from "../engine/index.js";
import type { InterviewEngine } from "../interview/plan.js";

export const engine: InterviewEngine = { assess, rulesInForce };
