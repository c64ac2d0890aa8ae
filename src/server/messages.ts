/**
 * The messages of the API's own errors (the request envelope, the API key, routing, conflicts),
 * in English and French: the `server` section of src/i18n/en.ts and fr.ts, whose completeness the
 * compiler checks (the `Messages` interface). A profile's own errors
 * are the engine's (docs/contract.md §5) and come in the language the engine is asked for.
 *
 * The language of an error is the request's `?lang=` when it names a supported one, else the first
 * supported language of its `Accept-Language` header, else English (Hono's language detectors, run
 * only when an error is written, never on the way of a good request).
 *
 * @example
 * ```ts
 * const m = serverMessages(requestLang(c));
 * return c.json(oneError("not-found", m.noRecord()), 404);
 * ```
 */
import type { Context } from "hono";
import { type DetectorOptions, detectFromHeader, detectFromQuery } from "hono/language";
import { z } from "zod";
import { LANGS, type Lang } from "../contract/assessment.js";
import { catalogue } from "../i18n/catalogue.js";
import type { ServerMessages } from "../i18n/messages.js";

export type { ServerMessages } from "../i18n/messages.js";

/** The API's messages in a language (the `server` section of the i18n catalogues). */
export function serverMessages(lang: Lang): ServerMessages {
  return catalogue(lang).server;
}

const DETECTION: DetectorOptions = {
  order: ["querystring", "header"],
  lookupQueryString: "lang",
  lookupFromHeaderKey: "accept-language",
  lookupCookie: "",
  lookupFromPathIndex: 0,
  caches: false,
  ignoreCase: true,
  fallbackLanguage: "en",
  supportedLanguages: [...LANGS],
};

/** The language of a request's errors: a supported `?lang=`, else `Accept-Language`, else English. */
export function requestLang(c: Context): Lang {
  return (detectFromQuery(c, DETECTION) ??
    detectFromHeader(c, DETECTION) ??
    DETECTION.fallbackLanguage) as Lang;
}

/** zod's messages for the request's language (per parse; a schema's own message still wins). */
export function zodLocale(lang: Lang): { error?: z.core.$ZodErrorMap } {
  return lang === "fr" ? { error: FRENCH_ZOD } : {};
}
const FRENCH_ZOD = z.locales.fr().localeError;
