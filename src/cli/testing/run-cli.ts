/**
 * The real command line in a child process, for tests: `src/cli/main.ts` through tsx, colour off,
 * standard input given (or closed empty), exit status and both outputs collected.
 *
 * @example
 * ```ts
 * const { code, stdout } = await runCli(["assess", "--json"], '{"citizenships":["FR"]}');
 * ```
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

export const CLI_MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));

export type Run = { code: number; stdout: string; stderr: string };

export function runCli(args: readonly string[], stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", CLI_MAIN, ...args],
      { env: { ...process.env, NO_COLOR: "1" } },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? "");
  });
}
