import type { EncryptedPayload } from './draft-record.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Encrypts a JSON-serialisable value with AES-GCM and a fresh 96-bit IV. */
export async function encryptJson(key: CryptoKey, value: unknown): Promise<EncryptedPayload> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, enc.encode(JSON.stringify(value)));
  return { alg: 'AES-GCM', iv, data };
}

/** Decrypts what {@link encryptJson} produced; rejects on a wrong key or tampered data. */
export async function decryptJson(key: CryptoKey, payload: EncryptedPayload): Promise<unknown> {
  const iv = new Uint8Array(payload.iv);
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, payload.data);
  return JSON.parse(dec.decode(plain));
}

/** Convenience for hosts: a new non-extractable AES-GCM 256 key. */
export function generateDraftKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}
