import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { LANGS } from "../contract/assessment.js";
import { requestLang, type ServerMessages, serverMessages } from "./messages.js";

const app = new Hono().get("/", (c) => c.text(requestLang(c)));
const langOf = async (query: string, acceptLanguage?: string) =>
  (
    await app.request(`/${query}`, acceptLanguage ? { headers: { "accept-language": acceptLanguage } } : {})
  ).text();

describe("requestLang: ?lang=, then Accept-Language, then English", () => {
  it.each([
    ["", undefined, "en"],
    ["?lang=fr", undefined, "fr"],
    ["?lang=FR", undefined, "fr"],
    ["?lang=en", "fr", "en"], // the query wins
    ["?lang=de", "fr-CA", "fr"], // an unsupported query falls through to the header
    ["", "fr-CA,fr;q=0.9,en;q=0.8", "fr"],
    ["", "de-DE, fr;q=0.5", "fr"],
    ["", "en-US,fr;q=0.9", "en"],
    ["", "de", "en"],
    ["", "fr;q=0", "en"], // q=0: not acceptable
  ])("query %j, Accept-Language %j → %s", async (query, header, expected) => {
    expect(await langOf(query, header)).toBe(expected);
  });
});

describe("the catalogues", () => {
  // Sample arguments for every message, so each can be rendered.
  const args: { [K in keyof ServerMessages]: Parameters<ServerMessages[K]> } = {
    notJson: ["Unexpected token"],
    tooLarge: [64],
    keyMissing: [],
    keyInvalid: [],
    methodNotAllowed: ["PUT", "POST"],
    noRecord: [],
    noRoute: ["GET", "/api/v1/x"],
    badCountryCode: [],
    badCursor: [],
    internal: [],
    conflictAsOf: ["2024-07-01", "2024-08-01"],
    conflictLang: ["fr", "en"],
    unknownKey: ["langue"],
    badInstant: [],
    instantRange: ["9998-12-31"],
    beforeCoverage: ["2022-01-01"],
    badText: [],
    badEncoding: [],
    clientClosed: [],
    headersTooLarge: [],
    requestTimeout: [],
    badRequest: [],
  };
  const render = (lang: (typeof LANGS)[number], key: keyof ServerMessages) =>
    (serverMessages(lang)[key] as (...a: unknown[]) => string)(...args[key]);

  it.each(Object.keys(args) as (keyof ServerMessages)[])(
    "%s is written in each language, differently",
    (key) => {
      const texts = LANGS.map((lang) => render(lang, key));
      for (const t of texts) expect(t.trim().length).toBeGreaterThan(5);
      expect(new Set(texts).size).toBe(LANGS.length);
      // Each message keeps what it quotes.
      for (const a of args[key]) for (const t of texts) expect(t).toContain(String(a));
    },
  );
});
