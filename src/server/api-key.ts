/**
 * The API key for the saved-assessment endpoints: `POE_PERMIT_API_KEY` when set, else the key
 * stored in the data folder, else a new random key written there (mode 0600) and reported as
 * `generated` so that the server prints it once.
 *
 * @example
 * ```ts
 * const { key, source } = await resolveApiKey(process.env.POE_PERMIT_API_KEY, ".data");
 * ```
 */
import { randomBytes } from "node:crypto";
import { link, mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface ApiKey {
  key: string;
  source: "environment" | "file" | "generated";
  file?: string;
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

export async function resolveApiKey(fromEnv: string | undefined, dataDir: string): Promise<ApiKey> {
  if (fromEnv?.trim()) return { key: fromEnv.trim(), source: "environment" };
  const file = join(dataDir, "api-key");
  try {
    const key = (await readFile(file, "utf8")).trim();
    if (key) return { key, source: "file", file };
    // The file only ever appears complete (below), so an empty one was emptied by someone:
    // say so rather than silently replace the key the firm's clients use.
    throw new Error(`${file} is empty: put the API key in it, or delete it to have a new one generated`);
  } catch (error) {
    if (code(error) !== "ENOENT") throw error;
  }
  const key = randomBytes(32).toString("base64url");
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  // Written whole to a private temporary file, then linked into place: `link` fails if the key
  // file exists, so if two servers start at once only one key wins and the other reads it, and
  // nobody ever reads a half-written key.
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(temporary, `${key}\n`, { mode: 0o600, flag: "wx" });
  try {
    await link(temporary, file);
  } catch (error) {
    if (code(error) === "EEXIST") return resolveApiKey(undefined, dataDir);
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"].includes(code(error) ?? "")) throw error;
    // A file system without hard links: exclusive create instead (a concurrent reader could
    // then see the file before its content, which the empty-file error above reports).
    try {
      await writeFile(file, `${key}\n`, { mode: 0o600, flag: "wx" });
    } catch (error2) {
      if (code(error2) === "EEXIST") return resolveApiKey(undefined, dataDir);
      throw error2;
    }
  } finally {
    await unlink(temporary).catch(() => {});
  }
  return { key, source: "generated", file };
}
