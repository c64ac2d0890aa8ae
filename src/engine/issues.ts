/**
 * One reading of zod's issues for every validator of the project (the engine's profile schema, the
 * server's request schemas): our own codes travel in a refinement's `params`, never in its message,
 * and paths are written by zod's own `toDotPath` (`citizenships[0]`, `profile.arrival`).
 *
 * @example
 * ```ts
 * const s = z.string().check(z.refine((v: string) => v === "ok", withCode("bad-date")));
 * const issue = s.safeParse("no").error!.issues[0]!;
 * ownCode(issue); // "bad-date"
 * problemsOf(issue); // [{ path: "", issue }]
 * ```
 */
import * as z from "zod/mini";

export type Issue = z.core.$ZodIssue;

/** Refinement options that carry one of our codes in the issue's `params`. */
export const withCode = (code: string) => ({ params: { code } });

/** The code a refinement made with `withCode` carries, if the issue is one. */
export function ownCode(issue: Issue): string | undefined {
  if (issue.code !== "custom") return undefined;
  const code = (issue.params as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** One problem of an issue: an unknown-keys issue is one problem per key, at that key's path. */
export interface Problem {
  path: string;
  issue: Issue;
  /** The unknown key, for an `unrecognized_keys` issue. */
  key?: string;
}

/** The problems an issue stands for, each with its path. */
export function problemsOf(issue: Issue): Problem[] {
  if (issue.code === "unrecognized_keys")
    return issue.keys.map((key) => ({ path: z.core.toDotPath([...issue.path, key]), issue, key }));
  return [{ path: z.core.toDotPath(issue.path), issue }];
}

/**
 * A path inside a named part of a request (`profile` + `citizenships[0]` → `profile.citizenships[0]`).
 *
 * @example
 * ```ts
 * within("profile", "citizenships[0]"); // "profile.citizenships[0]"
 * within("profile", ""); // "profile"
 * ```
 */
export function within(prefix: string, path: string): string {
  if (path === "") return prefix;
  return path.startsWith("[") ? `${prefix}${path}` : `${prefix}.${path}`;
}
