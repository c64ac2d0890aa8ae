/** A problem the user must fix before anything runs (exit status 2). */
export class UsageError extends Error {
  override name = "UsageError";
}
