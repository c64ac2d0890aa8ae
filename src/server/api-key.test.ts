import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveApiKey } from "./api-key.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "poe-permit-api-key-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("resolveApiKey: the environment wins", () => {
  it.each([
    ["a plain key", "s3cret", "s3cret"],
    ["surrounding spaces and a newline", "  s3cret \n", "s3cret"],
  ])("%s", async (_, env, expected) => {
    await writeFile(join(dir, "api-key"), "from-file\n");
    expect(await resolveApiKey(env, dir)).toEqual({ key: expected, source: "environment" });
  });

  it.each([
    ["absent", undefined],
    ["empty", ""],
    ["blank", "  \t "],
  ])("an %s variable is no key: the file is used", async (_, env) => {
    await writeFile(join(dir, "api-key"), "  from-file \n");
    expect(await resolveApiKey(env, dir)).toEqual({
      key: "from-file",
      source: "file",
      file: join(dir, "api-key"),
    });
  });

  it("writes nothing when the key comes from the environment", async () => {
    await resolveApiKey("s3cret", join(dir, "data"));
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("resolveApiKey: generated once, kept, private", () => {
  it("generates a 256-bit key in a new data folder, mode 0600, and reads it back afterwards", async () => {
    const data = join(dir, "not", "yet");
    const first = await resolveApiKey(undefined, data);
    expect(first.source).toBe("generated");
    expect(first.file).toBe(join(data, "api-key"));
    expect(first.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first.key, "base64url")).toHaveLength(32);
    expect(await readFile(join(data, "api-key"), "utf8")).toBe(`${first.key}\n`);
    expect((await stat(join(data, "api-key"))).mode & 0o777).toBe(0o600);
    expect(await readdir(data)).toEqual(["api-key"]); // no temporary file left behind

    const again = await resolveApiKey(undefined, data);
    expect(again).toEqual({ key: first.key, source: "file", file: join(data, "api-key") });
  });

  it("two folders get two different keys", async () => {
    const a = await resolveApiKey(undefined, join(dir, "a"));
    const b = await resolveApiKey(undefined, join(dir, "b"));
    expect(a.key).not.toBe(b.key);
  });

  it("servers starting together on one folder agree on one key, generated exactly once", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => resolveApiKey(undefined, dir)));
    expect(new Set(results.map((r) => r.key)).size).toBe(1);
    expect(results.filter((r) => r.source === "generated")).toHaveLength(1);
    expect(results.filter((r) => r.source === "file")).toHaveLength(7);
    expect(await readdir(dir)).toEqual(["api-key"]);
  });

  it("an emptied key file is an error that says what to do, not a silent new key", async () => {
    await writeFile(join(dir, "api-key"), " \n");
    await expect(resolveApiKey(undefined, dir)).rejects.toThrow(/api-key is empty.*delete it/);
    expect(await readFile(join(dir, "api-key"), "utf8")).toBe(" \n");
  });

  it("an unreadable key file is an error, not a new key", async () => {
    await mkdir(join(dir, "api-key"));
    await expect(resolveApiKey(undefined, dir)).rejects.toMatchObject({ code: "EISDIR" });
  });
});
