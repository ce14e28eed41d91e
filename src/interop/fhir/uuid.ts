/**
 * Deterministic name-based UUIDs (RFC 9562 version 5: SHA-1 of namespace + name), so the same
 * plan always exports the same `urn:uuid:` fullUrls and resource ids. Synchronous and DOM-free
 * (WebCrypto's digest is async), which keeps `exportFhir` a plain function.
 */

/** The kit's own namespace for FHIR ids. Never change it: every exported fullUrl depends on it. */
export const KIT_UUID_NAMESPACE = '5b0f4f6e-2c1d-4a8e-9f3b-7d6a1c2e8b94';

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

/** UUID version 5 of `name` in `namespace` (lower-case, hyphenated). */
export function uuidV5(name: string, namespace: string = KIT_UUID_NAMESPACE): string {
  const nsHex = namespace.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(nsHex)) throw new Error(`Not a UUID: ${namespace}`);
  const bytes = [...nsHex.match(/../g)!.map((h) => parseInt(h, 16)), ...new TextEncoder().encode(name)];
  const n = bytes.length;

  // SHA-1 (FIPS 180-4) over big-endian words; used only to derive ids, never for security.
  const words = new Uint32Array(((n + 72) >> 6) << 4);
  bytes.forEach((b, i) => (words[i >> 2]! |= b << (24 - (i & 3) * 8)));
  words[n >> 2]! |= 0x80 << (24 - (n & 3) * 8);
  words[words.length - 2] = n / 0x20000000; // high word of the bit length (truncated to an integer)
  words[words.length - 1] = n * 8;
  let h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w: number[] = [];
  for (let o = 0; o < words.length; o += 16) {
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let i = 0; i < 80; i++) {
      w[i] = i < 16 ? words[o + i]! : rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
      const t =
        (rotl(a, 5) +
          e +
          w[i]! +
          (i < 20
            ? ((b & c) | (~b & d)) + 0x5a827999
            : i < 40
              ? (b ^ c ^ d) + 0x6ed9eba1
              : i < 60
                ? ((b & c) | (b & d) | (c & d)) + 0x8f1bbcdc
                : (b ^ c ^ d) + 0xca62c1d6)) |
        0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h = [a, b, c, d, e].map((x, i) => (x + h[i]!) | 0);
  }
  // Version 5 in the high nibble of byte 6, variant 10 in the top bits of byte 8.
  h[1] = (h[1]! & ~0xf000) | 0x5000;
  h[2] = (h[2]! & 0x3fffffff) | 0x80000000;
  return h
    .map((x) => (x >>> 0).toString(16).padStart(8, '0'))
    .join('')
    .replace(/(.{8})(.{4})(.{4})(.{4})(.{12}).*/, '$1-$2-$3-$4-$5');
}

export type FhirItemKind =
  | 'bundle'
  | 'careplan'
  | 'problem'
  | 'diagnosis'
  | 'goal'
  | 'objective'
  | 'observation'
  | 'response'
  | 'provenance'
  | 'sud-rating'
  | 'sud-level'
  | 'sud-referral'
  | 'sud-support';

/** Deterministic id (UUID v5) of one plan item: same plan, same ids, same bundle; the server keeps them. */
export function fhirUuid(planId: string, kind: FhirItemKind, itemId: string): string {
  return uuidV5(`tailored-plan-kit|${planId}|${kind}|${itemId}`);
}
