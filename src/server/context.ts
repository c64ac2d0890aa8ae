/**
 * What every part of the app shares: Hono's typed environment (the request id the log and the
 * error handler read), the error list of every non-2xx JSON answer, and the request's messages.
 *
 * @example
 * ```ts
 * const app = new Hono<AppEnv>();
 * app.get("/x", (c) => c.json(oneError("not-found", say(c).noRecord()), 404));
 * ```
 */
import type { Context } from "hono";
import type { Caller } from "./keys.js";
import { requestLang, type ServerMessages, serverMessages } from "./messages.js";

/** Hono's environment for this app: `c.get("requestId")` is typed, no casts. */
export type AppEnv = { Variables: { requestId: string; caller: Caller } };
export type AppContext = Context<AppEnv>;

export type ErrorItem = { path: string; code: string; message: string };

export const errorBody = (errors: ErrorItem[]) => ({ errors });
export const oneError = (code: string, message: string, path = "") => errorBody([{ path, code, message }]);

/** The messages of this request's errors, in its language (messages.ts). */
export const say = (c: Context): ServerMessages => serverMessages(requestLang(c));

export const noRecord = (c: Context) => c.json(oneError("not-found", say(c).noRecord()), 404);
