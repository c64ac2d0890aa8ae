/**
 * The embedded engine's durability. PGlite starts PostgreSQL with `-F` (fsync off), and its
 * Node file system has no `fsync` at all: a committed record reaches the operating system's page
 * cache, which survives a killed process but not a power cut. `durable` (the default) starts
 * PostgreSQL with fsync on, `wal_sync_method=fsync`, and gives PGlite's file system a real
 * `fsync`, so a commit is on disk before the save is acknowledged. `relaxed` is PGlite's own
 * behaviour (docs/api.md has the measured cost of each).
 *
 * @example
 * ```ts
 * const client = await PGlite.create(pgliteOptions(dir, "durable", PGLITE_CONF));
 * ```
 */
import { fsyncSync } from "node:fs";
import type { PGliteOptions } from "@electric-sql/pglite";
import { NodeFS } from "@electric-sql/pglite/nodefs";

export type Durability = "durable" | "relaxed";

/** PGlite 0.5's default start parameters without `-F`, and fsync as the way to flush the WAL. */
const DURABLE_START_PARAMS = [
  "--single",
  "-O",
  "-j",
  "-c",
  "search_path=public",
  "-c",
  "exit_on_error=false",
  "-c",
  "log_checkpoints=false",
  "-c",
  "max_worker_processes=0",
  "-c",
  "max_parallel_workers=0",
  "-c",
  "max_parallel_workers_per_gather=0",
  "-c",
  "io_method=sync",
  "-c",
  "max_parallel_maintenance_workers=0",
  "-c",
  "wal_sync_method=fsync",
];

/** How many fsync calls reached the disk in this thread (for the durability test). */
export const fsyncCount = { value: 0 };

/** Keeps the file-type bits and the owner's permissions: no group or other access. */
const privateMode = (mode: number) => mode & ~0o077;

/**
 * PGlite's Node file system, with two changes: every file and folder it creates or chmods is
 * private to the owner (PGlite makes its catalog files mode 666 otherwise), and, when `sync`,
 * the `fsync` PostgreSQL asks for is actually done.
 */
class PrivateNodeFS extends NodeFS {
  constructor(
    dir: string,
    private readonly sync: boolean,
  ) {
    super(dir);
  }

  override async init(...args: Parameters<NodeFS["init"]>): ReturnType<NodeFS["init"]> {
    const result = await super.init(...args);
    const opts = result.emscriptenOpts as { preRun?: ((mod: unknown) => void)[] };
    const sync = this.sync;
    opts.preRun = [
      (mod) => {
        type Ops = Record<string, (...a: never[]) => unknown>;
        const nodefs = (mod as { NODEFS: { node_ops: Ops; stream_ops: Ops } }).NODEFS;
        const { node_ops: nodeOps, stream_ops: streamOps } = nodefs;
        const mknod = nodeOps.mknod as (p: unknown, n: string, mode: number, dev: number) => unknown;
        nodeOps.mknod = ((p: unknown, n: string, mode: number, dev: number) =>
          mknod(p, n, privateMode(mode), dev)) as never;
        for (const ops of [nodeOps, streamOps]) {
          const setattr = ops.setattr as ((x: unknown, attr: { mode?: number }) => unknown) | undefined;
          if (setattr)
            ops.setattr = ((x: unknown, attr: { mode?: number }) =>
              setattr(
                x,
                attr.mode === undefined ? attr : { ...attr, mode: privateMode(attr.mode) },
              )) as never;
        }
        if (sync)
          streamOps.fsync = ((stream: { nfd?: number }) => {
            if (stream.nfd !== undefined) {
              fsyncSync(stream.nfd);
              fsyncCount.value++;
            }
            return 0;
          }) as never;
      },
      ...(opts.preRun ?? []),
    ];
    return result;
  }
}

/** The PGlite options for a data folder at a durability level. */
export function pgliteOptions(dir: string, durability: Durability, conf: readonly string[]): PGliteOptions {
  const fs = new PrivateNodeFS(dir, durability === "durable");
  const postgresqlconf = [...conf];
  return (
    durability === "durable"
      ? { fs, startParams: DURABLE_START_PARAMS, postgresqlconf }
      : { fs, postgresqlconf }
  ) as PGliteOptions;
}

/** `POE_PERMIT_DURABILITY`: `durable` (default) or `relaxed`. */
export function parseDurability(value: string | undefined): Durability {
  if (value === undefined || value === "" || value === "durable") return "durable";
  if (value === "relaxed") return "relaxed";
  throw new Error(`POE_PERMIT_DURABILITY must be durable or relaxed, not ${value}`);
}
