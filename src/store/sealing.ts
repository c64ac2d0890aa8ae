/**
 * Sealing a record's personal data with its own key (record-keys.ts): AES-256-GCM, a fresh
 * 12-byte nonce each time, the record id as additional data so that a sealed value copied onto
 * another row does not open there. Text form: base64 of nonce ‖ tag ‖ ciphertext.
 *
 * @example
 * ```ts
 * const sealed = seal(key, id, JSON.stringify(profile));
 * unseal(key, id, sealed); // the same text; throws if key, id or bytes differ
 * ```
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

const NONCE = 12;
const TAG = 16;

export function seal(key: Buffer, id: string, text: string): string {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(Buffer.from(id));
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]).toString("base64");
}

/** Opens what `seal` made with the same key and id; throws on any other key, id or a changed byte. */
export function unseal(key: Buffer, id: string, sealed: string): string {
  const bytes = Buffer.from(sealed, "base64");
  if (bytes.length < NONCE + TAG) throw new Error(`sealed value of record ${id} is too short`);
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, NONCE));
  decipher.setAAD(Buffer.from(id));
  decipher.setAuthTag(bytes.subarray(NONCE, NONCE + TAG));
  return Buffer.concat([decipher.update(bytes.subarray(NONCE + TAG)), decipher.final()]).toString("utf8");
}

/**
 * A keyed hash of a tenant's client reference, so that a list can filter on the reference while
 * the table holds it only sealed. The tenant is part of it: one reference gives different tags
 * in two firms.
 */
export function lookupTag(lookupKey: Buffer, tenant: string, clientRef: string): string {
  return createHmac("sha256", lookupKey).update(tenant).update("\0").update(clientRef).digest("base64url");
}
