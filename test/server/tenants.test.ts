/**
 * Named keys and tenants through real processes: keys are made with the `keys` command while the
 * server runs (the last line of `keys create` is the key alone), each key reaches only its own
 * tenant's records on every endpoint (another tenant gets 404, and its lists, exports and access
 * log never show them), the former single key still works for the default tenant, the access log
 * holds ids only, and a revoked key stops working without a restart. On the embedded store, and
 * on PostgreSQL when TEST_DATABASE_URL is set (CI): the keys commands never open the store.
 */
import { spawn } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, freshDataDir, TEST_DATABASE_URL } from "../store/helpers.js";
import { type RunningServer, startServer } from "./server-process.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const LEGACY = "tenants-initial-key";
const MARKER = "Client-Tenant-Zq81";
let server: RunningServer;
let dataDir = "";
const key: Record<string, string> = {};
const keyId: Record<string, string> = {};
const record: Record<string, string> = {};

function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", ...args, "--data-dir", dataDir],
      {
        cwd: ROOT,
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const call = (who: string, method: string, path: string, body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key[who]}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const profile = { citizenships: ["FR"], permit: "pgwp", arrival: "2025-09-15" };

const STORES = ["embedded", ...(TEST_DATABASE_URL ? ["PostgreSQL"] : [])] as const;

describe.each(STORES)("%s store", (store) => {
  let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    if (store === "PostgreSQL") database = await freshDatabase("tenants");
    server = await startServer({
      POE_PERMIT_DATA_DIR: dataDir,
      POE_PERMIT_API_KEY: LEGACY,
      POE_PERMIT_LOG: "off",
      ...(database ? { DATABASE_URL: database.url } : {}),
    });
    key.legacy = LEGACY;
    for (const [who, tenant] of [
      ["a", "firm-a"],
      ["b", "firm-b"],
    ] as const) {
      const made = await cli(["keys", "create", "--name", `Person ${who}`, "--tenant", tenant]);
      expect(made.status, made.stderr).toBe(0);
      const lines = made.stdout.trimEnd().split("\n");
      key[who] = lines[lines.length - 1] ?? "";
      expect(key[who]).toMatch(/^pp_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
      keyId[who] = key[who].split("_")[1] ?? "";
      const saved = await call(who, "POST", "/api/v1/assessments", {
        profile,
        clientRef: `${MARKER}-${who}`,
      });
      expect(saved.status).toBe(201);
      record[who] = ((await saved.json()) as { id: string }).id;
    }
    const saved = await call("legacy", "POST", "/api/v1/assessments", {
      profile,
      clientRef: `${MARKER}-legacy`,
    });
    expect(saved.status).toBe(201);
    record.legacy = ((await saved.json()) as { id: string }).id;
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  });

  describe("records per tenant", () => {
    it.each([
      ["GET", "/api/v1/assessments/:id"],
      ["POST", "/api/v1/assessments/:id/reassess"],
      ["DELETE", "/api/v1/assessments/:id"],
    ])("%s %s of another tenant's record is a 404, never its content", async (method, path) => {
      for (const [who, other] of [
        ["a", "b"],
        ["b", "legacy"],
        ["legacy", "a"],
      ] as const) {
        const res = await call(
          who,
          method,
          path.replace(":id", record[other] ?? ""),
          method === "POST" ? {} : undefined,
        );
        const text = await res.text();
        expect(res.status, `${who} on ${other}'s record`).toBe(404);
        expect(text).not.toContain(MARKER);
      }
    });

    it("lists, exports and reads show each tenant only its own records", async () => {
      for (const who of ["a", "b", "legacy"]) {
        const page = (await (await call(who, "GET", "/api/v1/assessments")).json()) as {
          total: number;
          items: { id: string; clientRef: string }[];
        };
        expect(page.total).toBe(1);
        expect(page.items.map((i) => i.clientRef)).toEqual([`${MARKER}-${who}`]);
        const exported = (await (await call(who, "GET", "/api/v1/assessments/export")).text())
          .trim()
          .split("\n");
        expect(exported.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual([record[who]]);
        expect((await call(who, "GET", `/api/v1/assessments/${record[who]}`)).status).toBe(200);
      }
    });

    it("a tenant's own reassess and delete work, and leave the other tenants' records", async () => {
      const re = await call("a", "POST", `/api/v1/assessments/${record.a}/reassess`, {});
      expect(re.status).toBe(201);
      const recheck = ((await re.json()) as { saved: { id: string } }).saved.id;
      expect((await call("b", "GET", `/api/v1/assessments/${recheck}`)).status).toBe(404);
      expect((await call("a", "DELETE", `/api/v1/assessments/${record.a}`)).status).toBe(204);
      expect((await call("a", "GET", `/api/v1/assessments/${recheck}`)).status).toBe(404);
      expect((await call("b", "GET", `/api/v1/assessments/${record.b}`)).status).toBe(200);
    });
  });

  describe("the access log", () => {
    it("records who did what to which record, per tenant, with ids only", async () => {
      const log = (await (await call("a", "GET", "/api/v1/access-log")).json()) as {
        items: { keyId: string; action: string; recordId: string | null }[];
      };
      const actions = log.items.map(
        (l) => `${l.action}:${l.recordId === record.a ? "A" : l.recordId ? "other" : "-"}`,
      );
      expect(actions).toEqual(expect.arrayContaining(["save:A", "read:A", "list:-", "export:-", "delete:A"]));
      expect(new Set(log.items.map((l) => l.keyId))).toEqual(new Set([keyId.a]));
      expect(JSON.stringify(log)).not.toContain(MARKER);
      const other = (await (await call("b", "GET", "/api/v1/access-log")).json()) as {
        items: { recordId: string }[];
      };
      expect(other.items.some((l) => l.recordId === record.a)).toBe(false);
      const initial = (await (await call("legacy", "GET", "/api/v1/access-log")).json()) as {
        items: { keyId: string }[];
      };
      expect(initial.items[0]?.keyId).toBe("initial");
    });
  });

  describe("key management while the server runs", () => {
    it("keys list shows names and tenants, never a key or its hash; keys.json is private", async () => {
      const listed = await cli(["keys", "list"]);
      expect(listed.status).toBe(0);
      expect(listed.stdout).toContain("Person a");
      expect(listed.stdout).toContain("firm-b");
      expect(listed.stdout).not.toContain(key.a);
      const file = await readFile(join(dataDir, "keys.json"), "utf8");
      // The secret is what follows "pp_<id>_"; it may itself hold "_" (base64url).
      const secret = key.a?.slice("pp_".length + 12 + 1) ?? "";
      expect(secret).toHaveLength(43);
      expect(file).not.toContain(secret);
      const { stat } = await import("node:fs/promises");
      expect((await stat(join(dataDir, "keys.json"))).mode & 0o077).toBe(0);
    });

    it("a revoked key is refused at once, the others keep working", async () => {
      const revoked = await cli(["keys", "revoke", keyId.b ?? ""]);
      expect(revoked.status, revoked.stderr).toBe(0);
      let status = 0;
      for (let i = 0; i < 40; i++) {
        status = (await call("b", "GET", "/api/v1/assessments")).status;
        if (status === 401) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(status).toBe(401);
      expect((await call("legacy", "GET", "/api/v1/assessments")).status).toBe(200);
      expect((await cli(["keys", "revoke", "nosuchkey"])).status).toBe(2);
    });
  });
});
