/**
 * The messages of the API's own errors (the request envelope, the API key, routing, conflicts),
 * in English and French; the compiler checks both catalogues are complete. A profile's own errors
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

export interface ServerMessages {
  notJson(why: string): string;
  tooLarge(kb: number): string;
  keyMissing(): string;
  keyInvalid(): string;
  methodNotAllowed(method: string, allowed: string): string;
  noRecord(): string;
  noRoute(method: string, path: string): string;
  badCountryCode(): string;
  badCursor(): string;
  internal(): string;
  conflictAsOf(asOf: string, arrival: string): string;
  conflictLang(query: string, body: string): string;
  unknownKey(key: string): string;
  badInstant(): string;
}

const en = {
  notJson: (why) => `The request body is not valid JSON (${why}).`,
  tooLarge: (kb) => `The request body is over ${kb} KB.`,
  keyMissing: () => "This endpoint needs the API key: send `Authorization: Bearer <key>`.",
  keyInvalid: () => "The API key is not valid.",
  methodNotAllowed: (method, allowed) => `${method} is not allowed here; use ${allowed}.`,
  noRecord: () => "No saved assessment has this id.",
  noRoute: (method, path) => `No route for ${method} ${path}.`,
  badCountryCode: () => "`code` is an ISO 3166-1 alpha-2 code in upper case, e.g. FR.",
  badCursor: () => "The cursor is not one this server issued.",
  internal: () => "Internal error; the request id is in the X-Request-Id header.",
  conflictAsOf: (asOf, arrival) =>
    `The query's asOf (${asOf}) and the body's arrival (${arrival}) differ; give the date once, or the same in both.`,
  conflictLang: (query, body) =>
    `The query's lang (${query}) and the body's lang (${body}) differ; give it once, or the same in both.`,
  unknownKey: (key) => `Unknown key "${key}".`,
  badInstant: () => "Expected a date (YYYY-MM-DD) or an ISO 8601 date-time with offset.",
} satisfies ServerMessages;

const fr = {
  notJson: (why) => `Le corps de la requête n'est pas du JSON valide (${why}).`,
  tooLarge: (kb) => `Le corps de la requête dépasse ${kb} Ko.`,
  keyMissing: () => "Ce point d'accès demande la clé d'API : envoyez `Authorization: Bearer <clé>`.",
  keyInvalid: () => "La clé d'API n'est pas valide.",
  methodNotAllowed: (method, allowed) => `${method} n'est pas permis ici ; utilisez ${allowed}.`,
  noRecord: () => "Aucune évaluation enregistrée ne porte cet identifiant.",
  noRoute: (method, path) => `Aucune route pour ${method} ${path}.`,
  badCountryCode: () => "`code` est un code ISO 3166-1 alpha-2 en majuscules, par exemple FR.",
  badCursor: () => "Ce curseur n'a pas été émis par ce serveur.",
  internal: () => "Erreur interne ; l'identifiant de la requête est dans l'en-tête X-Request-Id.",
  conflictAsOf: (asOf, arrival) =>
    `Le paramètre asOf (${asOf}) et l'arrivée du corps (${arrival}) diffèrent ; donnez la date une seule fois, ou la même aux deux endroits.`,
  conflictLang: (query, body) =>
    `Le paramètre lang (${query}) et la langue du corps (${body}) diffèrent ; donnez-la une seule fois, ou la même aux deux endroits.`,
  unknownKey: (key) => `Clé inconnue « ${key} ».`,
  badInstant: () => "Date attendue (AAAA-MM-JJ) ou date-heure ISO 8601 avec décalage horaire.",
} satisfies ServerMessages;

const CATALOGUES: Record<Lang, ServerMessages> = { en, fr };

export function serverMessages(lang: Lang): ServerMessages {
  return CATALOGUES[lang];
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
