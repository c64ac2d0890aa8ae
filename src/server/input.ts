/**
 * Reading a request's input strictly: the query string (every parameter known to the route's
 * schema, `constructor` and `__proto__` included; invalid percent-encoding refused), the JSON body,
 * and the texts PostgreSQL cannot store. Each gives either the value or the 400 answer to send.
 *
 * @example
 * ```ts
 * const q = parseQuery(c, listQuerySchema);
 * if (!q.ok) return q.res;
 * ```
 */
import type { Context } from "hono";
import type { z } from "zod";
import type { InputError } from "../contract/assessment.js";
import { within } from "../engine/issues.js";
import { type ErrorItem, errorBody, oneError, say } from "./context.js";
import { requestLang, zodLocale } from "./messages.js";
import { isStorableText, zodErrors } from "./schemas.js";

export type Parsed<T> = { ok: true; value: T } | { ok: false; res: Response };

/**
 * A zod parse of request data, with zod's own messages in the request's language. The language
 * only matters for messages, so it is looked up (query, then `Accept-Language`) only when the
 * data is refused, and the data parsed again with it.
 */
export function parseIn<S extends z.ZodType>(c: Context, schema: S, data: unknown) {
  const parsed = schema.safeParse(data);
  return parsed.success ? parsed : schema.safeParse(data, zodLocale(requestLang(c)));
}

/** Data validated by a schema, or the 400 with every problem. */
export function validate<S extends z.ZodType>(c: Context, schema: S, data: unknown): Parsed<z.output<S>> {
  const parsed = parseIn(c, schema, data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, res: c.json(errorBody(zodErrors(parsed.error, say(c))), 400) };
}

export function prefixErrors(errors: readonly InputError[], prefix: string): ErrorItem[] {
  return errors.map((e) => ({ ...e, path: within(prefix, e.path) }));
}

/**
 * The query string as an object without prototype (first value of a repeated key), for strict
 * validation: `constructor` or `__proto__` are keys like any other, refused as unknown. Undefined
 * when a name or value is not valid percent-encoded UTF-8 (URLSearchParams would turn it into
 * U+FFFD and hide it).
 */
export function queryObject(url: string): Record<string, string> | undefined {
  const out: Record<string, string> = Object.create(null);
  const at = url.indexOf("?");
  if (at < 0) return out; // most requests: no URL parsing at all
  const hash = url.indexOf("#", at);
  const query = url.slice(at + 1, hash < 0 ? undefined : hash);
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const [rawKey, rawValue] = eq < 0 ? [pair, ""] : [pair.slice(0, eq), pair.slice(eq + 1)];
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey.replaceAll("+", " "));
      value = decodeURIComponent(rawValue.replaceAll("+", " "));
    } catch {
      return undefined;
    }
    if (!Object.hasOwn(out, key)) out[key] = value;
  }
  return out;
}

export function parseQuery<S extends z.ZodType>(c: Context, schema: S): Parsed<z.output<S>> {
  const query = queryObject(c.req.url);
  if (query === undefined)
    return { ok: false, res: c.json(oneError("bad-value", say(c).badEncoding()), 400) };
  return validate(c, schema, query);
}

/**
 * Reads a JSON body; an empty body is `undefined` when `optional`. A string PostgreSQL cannot
 * store (a lone surrogate, a NUL) anywhere in it is refused at its path.
 */
export async function readJson(c: Context, optional = false): Promise<Parsed<unknown>> {
  const text = await c.req.text();
  if (optional && text.trim() === "") return { ok: true, value: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, res: c.json(oneError("not-json", say(c).notJson(why)), 400) };
  }
  const bad = unstorableText(value);
  if (bad !== undefined) return { ok: false, res: c.json(oneError("bad-value", say(c).badText(), bad), 400) };
  return { ok: true, value };
}

/**
 * The path of the first string (value or key) in a JSON value that PostgreSQL cannot store: a lone
 * surrogate (the `json` type refuses its escape) or a NUL character; undefined when there is none.
 */
export function unstorableText(value: unknown, path = ""): string | undefined {
  if (typeof value === "string") return isStorableText(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = unstorableText(value[i], `${path}[${i}]`);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const here = path ? `${path}.${k}` : k;
      if (!isStorableText(k)) return here;
      const bad = unstorableText(v, here);
      if (bad !== undefined) return bad;
    }
  }
  return undefined;
}
