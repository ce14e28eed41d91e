
/** A signer as shown: "Dr. Ana Ruiz, PhD" (the name and credentials as the host gave them). */
// Names and a hash are the same in every language: formatting, not messages to translate.
export const signerWords = (s: { name: string; credentials?: string | undefined }): string =>
  s.credentials ? `${s.name}, ${s.credentials}` : s.name;

/** The first characters of a content hash, enough to compare two printouts by eye. */
export const hashPrefix = (hash: string): string => hash.slice(0, 12);

/** "SHA-256 41a1629d36d8…" */
export const hashShown = (hash: string): string => `SHA-256 ${hashPrefix(hash)}…`;
