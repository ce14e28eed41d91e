import { msg, str } from '@lit/localize';

/** A signer as shown: "Dr. Ana Ruiz, PhD" (the name and credentials as the host gave them). */
export const signerWords = (s: { name: string; credentials?: string | undefined }): string =>
  s.credentials ? msg(str`${s.name}, ${s.credentials}`) : s.name;

/** The first characters of a content hash, enough to compare two printouts by eye. */
export const hashPrefix = (hash: string): string => hash.slice(0, 12);
