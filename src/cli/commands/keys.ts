/**
 * `poe-permit keys create|list|revoke`: the server's named API keys (src/server/keys.ts). The
 * commands edit `<data dir>/keys.json`, which a running server re-reads, so they work while it
 * runs and never open the embedded database.
 *
 * @example
 * ```sh
 * KEY=$(poe-permit keys create --name "Ana Silva" --tenant firm-a | tail -n 1)
 * ```
 */
import { resolve } from "node:path";
import type { Command } from "commander";
import type { Lang } from "../../contract/assessment.js";
import { catalogue } from "../../i18n/catalogue.js";
import { createKey, LEGACY_KEY_ID, readKeys, revokeKey } from "../../server/keys.js";
import { forPeople } from "../safe-text.js";
import { langOption } from "./assess.js";

const dataDirOption = (cmd: Command) =>
  cmd
    .option(
      "--data-dir <dir>",
      "the server's data folder (default: $POE_PERMIT_DATA_DIR or ./.data)",
      process.env.POE_PERMIT_DATA_DIR || ".data",
    )
    .addOption(langOption("language of the messages"));

function fail(message: string): void {
  process.stderr.write(`poe-permit keys: ${message}\n`);
  process.exitCode = 2;
}

export function register(program: Command): void {
  const keys = program
    .command("keys")
    .description("Manage the HTTP API's named keys (works while the server runs)");

  dataDirOption(
    keys
      .command("create")
      .description("Create a key; it is printed once, alone on the last line")
      .requiredOption("--name <name>", "who the key is for (a person or a system)")
      .option("--tenant <firm>", "the firm whose records the key reaches", "default"),
  ).action(async (opts: { name: string; tenant: string; dataDir: string; lang: Lang }) => {
    try {
      const { entry, key } = await createKey(resolve(opts.dataDir), { name: opts.name, tenant: opts.tenant });
      const words = catalogue(opts.lang).cli;
      process.stdout.write(`${forPeople(words.keyCreated(entry.id, entry.name, entry.tenant))}\n${key}\n`);
    } catch (error) {
      fail(forPeople((error as Error).message));
    }
  });

  dataDirOption(keys.command("list").description("List the keys (never the keys themselves)"))
    .option("--json", "as JSON")
    .action(async (opts: { dataDir: string; json?: boolean; lang: Lang }) => {
      const words = catalogue(opts.lang).cli;
      const entries = (await readKeys(resolve(opts.dataDir))).map(({ hash: _hash, ...rest }) => rest);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
        return;
      }
      if (!entries.some((e) => e.id === LEGACY_KEY_ID))
        process.stdout.write(`${LEGACY_KEY_ID}\tdefault\t${words.keyActive}\t${words.legacyKey}\n`);
      for (const e of entries)
        process.stdout.write(
          `${e.id}\t${forPeople(e.tenant)}\t${e.revokedAt ? words.keyRevokedAt(e.revokedAt) : words.keyActive}\t${forPeople(e.name)}\n`,
        );
    });

  dataDirOption(
    keys.command("revoke").description("Revoke a key at once (the running server stops accepting it)"),
  )
    .argument("<id>", "the key's id (from keys list)")
    .action(async (id: string, opts: { dataDir: string; lang: Lang }) => {
      const words = catalogue(opts.lang).cli;
      if (await revokeKey(resolve(opts.dataDir), id)) process.stdout.write(`${words.keyRevoked(id)}\n`);
      else fail(forPeople(words.noSuchKey(id)));
    });
}
