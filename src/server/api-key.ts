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
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface ApiKey {
  key: string;
  source: "environment" | "file" | "generated";
  file?: string;
}

export async function resolveApiKey(fromEnv: string | undefined, dataDir: string): Promise<ApiKey> {
  if (fromEnv?.trim()) return { key: fromEnv.trim(), source: "environment" };
  const file = join(dataDir, "api-key");
  try {
    const key = (await readFile(file, "utf8")).trim();
    if (key) return { key, source: "file", file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const key = randomBytes(32).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  // `wx`: if two servers start at once, only one writes; the other reads what won.
  try {
    await writeFile(file, `${key}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return resolveApiKey(undefined, dataDir);
    throw error;
  }
  return { key, source: "generated", file };
}
