import { randomBytes, randomUUID } from "node:crypto";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { lookupTag, seal, unseal } from "./sealing.js";

describe("seal / unseal", () => {
  const key = randomBytes(32);
  const id = randomUUID();

  test.prop([fc.string({ unit: "grapheme" })])("opens what it sealed, any text", (text) => {
    expect(unseal(key, id, seal(key, id, text))).toBe(text);
  });

  it("never gives the same bytes twice for the same text (a fresh nonce each time)", () => {
    expect(seal(key, id, "same")).not.toBe(seal(key, id, "same"));
  });

  it("holds nothing of the text in the clear", () => {
    const sealed = Buffer.from(seal(key, id, "Dupont, Marie — passport X123"), "base64");
    expect(sealed.includes(Buffer.from("Dupont"))).toBe(false);
  });

  it("refuses another key, another record's id, a changed byte and a truncated value", () => {
    const sealed = seal(key, id, "secret");
    expect(() => unseal(randomBytes(32), id, sealed)).toThrow();
    expect(() => unseal(key, randomUUID(), sealed)).toThrow();
    const bytes = Buffer.from(sealed, "base64");
    bytes[bytes.length - 1]! ^= 1;
    expect(() => unseal(key, id, bytes.toString("base64"))).toThrow();
    expect(() => unseal(key, id, Buffer.alloc(20).toString("base64"))).toThrow(/too short/);
  });
});

describe("lookupTag", () => {
  const key = randomBytes(32);
  it("is the same for the same tenant and reference, and differs across tenants, references and keys", () => {
    expect(lookupTag(key, "firm-a", "case-1")).toBe(lookupTag(key, "firm-a", "case-1"));
    expect(lookupTag(key, "firm-b", "case-1")).not.toBe(lookupTag(key, "firm-a", "case-1"));
    expect(lookupTag(key, "firm-a", "case-2")).not.toBe(lookupTag(key, "firm-a", "case-1"));
    expect(lookupTag(randomBytes(32), "firm-a", "case-1")).not.toBe(lookupTag(key, "firm-a", "case-1"));
    // The separator keeps "ab"+"c" apart from "a"+"bc".
    expect(lookupTag(key, "ab", "c")).not.toBe(lookupTag(key, "a", "bc"));
  });
});
