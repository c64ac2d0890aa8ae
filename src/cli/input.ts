/** Reading profiles: one JSON document, or JSON Lines (one profile per line). */
import { readFile } from "node:fs/promises";

export type ParsedInput =
  | { mode: "single"; value: unknown }
  | { mode: "lines"; lines: { line: number; value?: unknown; error?: string }[] }
  | { mode: "invalid"; error: string };

export async function readSource(file: string | undefined): Promise<string> {
  if (file === undefined || file === "-") {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  return readFile(file, "utf8");
}

/**
 * A whole-document parse first (so pretty-printed JSON works); otherwise JSON Lines when there are
 * several non-empty lines.
 */
export function parseInput(text: string): ParsedInput {
  const body = text.replace(/^\uFEFF/, "");
  try {
    return { mode: "single", value: JSON.parse(body) };
  } catch (error) {
    const rows = body
      .split(/\r?\n/)
      .map((s, i) => ({ s, line: i + 1 }))
      .filter((r) => r.s.trim() !== "");
    if (rows.length <= 1) return { mode: "invalid", error: (error as Error).message };
    return {
      mode: "lines",
      lines: rows.map(({ s, line }) => {
        try {
          return { line, value: JSON.parse(s) };
        } catch (e) {
          return { line, error: (e as Error).message };
        }
      }),
    };
  }
}
