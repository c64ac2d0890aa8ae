/**
 * `poe-permit records recheck`: "whose advice changed" from the command line, against the store
 * itself (the embedded data folder, or PostgreSQL with --database-url). Prints the changed records
 * as JSON Lines (the API's recheck lines) on stdout and a progress bar on stderr. The embedded
 * folder is held by a running server (its lock): then use the API's `POST /assessments/recheck`.
 *
 * @example
 * ```sh
 * poe-permit records recheck --arrival 2026-07-01 > changed.jsonl
 * ```
 */
import type { Command } from "commander";
import type { Lang } from "../../contract/assessment.js";
import { realEngine } from "../../engine/engine.js";
import { catalogue } from "../../i18n/catalogue.js";
import { recheckLines } from "../../server/recheck.js";
import { isInstant } from "../../server/schemas.js";
import { DataFolderLockedError } from "../../store/lock.js";
import { openStore } from "../../store/open.js";
import { DEFAULT_TENANT } from "../../store/types.js";
import { langOption } from "./assess.js";

interface RecheckOptions {
  dataDir: string;
  databaseUrl?: string;
  tenant: string;
  arrival?: string;
  clientRef?: string;
  save?: boolean;
  all?: boolean;
  progress?: boolean;
  lang: Lang;
}

/** A one-line progress bar on stderr, redrawn at most every 100 ms. */
function progressBar(total: number, enabled: boolean, lang: Lang) {
  let last = 0;
  const draw = (done: number, changed: number, force = false) => {
    if (!enabled || (!force && Date.now() - last < 100)) return;
    last = Date.now();
    const width = 30;
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(share * width);
    process.stderr.write(
      `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${catalogue(lang).cli.recheckProgress(done, total, changed)}`,
    );
  };
  return {
    draw,
    end: (done: number, changed: number) => {
      draw(done, changed, true);
      if (enabled) process.stderr.write("\n");
    },
  };
}

export function register(program: Command): void {
  const records = program.command("records").description("Work on the saved assessments of the store");
  records
    .command("recheck")
    .description(
      "Re-assess saved records under the current rulebook; print those whose answer changed (JSON Lines)",
    )
    .option(
      "--data-dir <dir>",
      "the data folder (default: $POE_PERMIT_DATA_DIR or ./.data)",
      process.env.POE_PERMIT_DATA_DIR || ".data",
    )
    .option(
      "--database-url <url>",
      "PostgreSQL instead of the embedded store (default: $DATABASE_URL)",
      process.env.DATABASE_URL,
    )
    .option("--tenant <firm>", "whose records", DEFAULT_TENANT)
    .option("--arrival <instant>", "re-assess as if arriving then (default: each record's own arrival)")
    .option("--client-ref <ref>", "only this client reference")
    .option("--save", "keep each re-check as a new record linked to the old one")
    .option("--all", "print every record re-checked, not only the changed ones")
    .option("--no-progress", "no progress bar on stderr")
    .addOption(langOption("language of the messages"))
    .action(async (opts: RecheckOptions) => {
      if (opts.arrival !== undefined && !isInstant(opts.arrival)) {
        process.stderr.write(`poe-permit records recheck: ${catalogue(opts.lang).cli.badArrival}\n`);
        process.exitCode = 2;
        return;
      }
      let store: Awaited<ReturnType<typeof openStore>>;
      try {
        store = await openStore({ databaseUrl: opts.databaseUrl || undefined, dataDir: opts.dataDir });
      } catch (error) {
        process.stderr.write(`poe-permit records recheck: ${(error as Error).message}\n`);
        process.exitCode = error instanceof DataFolderLockedError ? 75 : 1;
        return;
      }
      try {
        const total = (await store.list({ tenant: opts.tenant, limit: 1 })).total;
        const bar = progressBar(total, opts.progress !== false && process.stderr.isTTY === true, opts.lang);
        let done = 0;
        let changed = 0;
        const out: string[] = [];
        const flush = () => {
          if (out.length) process.stdout.write(`${out.splice(0).join("\n")}\n`);
        };
        for await (const line of recheckLines(
          { engine: realEngine, store, now: () => new Date() },
          opts.tenant,
          "cli",
          {
            arrival: opts.arrival,
            clientRef: opts.clientRef,
            save: opts.save === true,
            all: opts.all === true,
          },
        )) {
          if ("done" in line) {
            done = line.checked;
            changed = line.changed;
          } else {
            done++;
            if (line.changed) changed++;
          }
          out.push(JSON.stringify(line));
          if (out.length >= 200) flush();
          bar.draw(done, changed);
        }
        flush();
        bar.end(done, changed);
      } finally {
        await store.close();
      }
    });
}
