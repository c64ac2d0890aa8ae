/**
 * Input errors in plain words for people. The validator speaks of types ("expected int.") and
 * bounds ("Out of range: ≤ 30."); a person needs "a whole number from 0 to 130", to hear that
 * `null` is not "I don't know" (leaving the field out is), and a guess at the field they meant
 * when a key is unknown. The error's path and code are kept, so programs see the same errors.
 *
 * @example
 * ```ts
 * plainErrors([{ path: "age", code: "wrong-type", message: "Wrong type: expected int." }], { age: "x" }, "en");
 * // [{ path: "age", code: "wrong-type", message: "expected a whole number from 0 to 130, got \"x\"" }]
 * ```
 */
import type { InputError, Lang } from "../contract/assessment.js";
import { FIELDS } from "../contract/profile.js";
import { profileSchema } from "../engine/validate.js";
import { catalogue } from "../i18n/catalogue.js";
import { FIELD_KINDS } from "./columns.js";
import { nearestName } from "./nearest.js";

type Def = {
  type: string;
  innerType?: { _zod: { def: Def } };
  checks?: { _zod: { def: { check: string; value: number } } }[];
};

/** The bounds of a number field, read from the engine's schema (the one authority). */
function bounds(field: string): { min?: number; max?: number } {
  const shape = profileSchema.shape as Record<string, { _zod: { def: Def } } | undefined>;
  let def = shape[field]?._zod.def;
  while (def?.innerType) def = def.innerType._zod.def;
  const out: { min?: number; max?: number } = {};
  for (const c of def?.checks ?? []) {
    if (c._zod.def.check === "greater_than") out.min = c._zod.def.value;
    if (c._zod.def.check === "less_than") out.max = c._zod.def.value;
  }
  return out;
}

const show = (v: unknown): string => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};

const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);

/** Rewrites the validator's type and range errors in plain words, and adds "did you mean". */
export function plainErrors(errors: readonly InputError[], input: unknown, lang: Lang): InputError[] {
  const w = catalogue(lang).plain;
  const record = input !== null && typeof input === "object" ? (input as Record<string, unknown>) : {};
  return errors.map((e) => {
    if (e.code === "unknown-key") {
      const near = nearestName(e.path, FIELDS);
      return near ? { ...e, message: `${e.message}${w.didYouMean(near)}` } : e;
    }
    if (!FIELD_SET.has(e.path) || (e.code !== "wrong-type" && e.code !== "out-of-range")) return e;
    const kind = FIELD_KINDS[e.path as keyof typeof FIELD_KINDS];
    const value = record[e.path];
    if (kind === "boolean" && value === null) return { ...e, message: w.nullBoolean(e.path) };
    let what: string = w.kind[kind];
    if (kind === "integer" || kind === "number") {
      const { min, max } = bounds(e.path);
      if (min !== undefined || max !== undefined) what = w.range(what, min, max);
    }
    return { ...e, message: w.expected(what, show(value)) };
  });
}
