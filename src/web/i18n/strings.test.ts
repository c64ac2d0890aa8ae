import { describe, expect, it } from "vitest";
import { type Dict, STRINGS } from "./strings.js";

const NBSP = "\u00a0";

/** French typography problems: `: ; ? !` without a no-break space before, `« »` without one inside. */
function problems(text: string): string[] {
  const out: string[] = [];
  const bare = text.replace(/https?:\/\/\S+/g, "URL").replace(/\d{1,2}:\d{2}/g, "HH:MM");
  for (const m of bare.matchAll(/(.)([:;?!])(?=\s|$|»|")/g)) if (m[1] !== NBSP) out.push(text);
  for (const m of bare.matchAll(/«(.)|(.)»/g)) if ((m[1] ?? m[2]) !== NBSP) out.push(text);
  return out;
}

/** Every string of a catalogue, the functions called with sample arguments. */
function texts(x: unknown): string[] {
  if (typeof x === "string") return [x];
  if (typeof x === "function") return texts((x as (...a: unknown[]) => unknown)(3, 7));
  if (x && typeof x === "object") return Object.values(x).flatMap(texts);
  return [];
}

describe("the web page's French strings", () => {
  it("the checker finds a missing no-break space", () => {
    expect(problems("Attention : visa")).toHaveLength(1);
    expect(problems("« Je ne sais pas »")).toHaveLength(2);
    expect(problems(`Attention${NBSP}: «${NBSP}oui${NBSP}»`)).toEqual([]);
  });

  it("follow French typography (a no-break space before : ; ? ! and inside « »)", () => {
    const fr = texts(STRINGS.fr as Dict);
    expect(fr.length).toBeGreaterThan(100);
    expect(fr.flatMap(problems)).toEqual([]);
  });
});
