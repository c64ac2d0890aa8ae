import type { Lang } from "../../contract/assessment.js";

/** The options of `poe-permit interview`. */
export interface InterviewOptions {
  lang: Lang;
  answers?: string;
  transcript?: boolean;
  arrival?: string;
  saveAnswers?: string;
  saveChecklist?: string;
}
