import { msg, str } from '@lit/localize';

/** A signer as shown: "Dr. Ana Ruiz, PhD" (the name and credentials as the host gave them). */
// Names and a hash are the same in every language: formatting, not messages to translate.
export const signerWords = (s: { name: string; credentials?: string | undefined }): string =>
  s.credentials ? `${s.name}, ${s.credentials}` : s.name;

/** The first characters of a content hash, enough to compare two printouts by eye. */
export const hashPrefix = (hash: string): string => hash.slice(0, 12);

/** "SHA-256 41a1629d36d8…" */
export const hashShown = (hash: string): string => `SHA-256 ${hashPrefix(hash)}…`;

/** Where a plan stands on signing, as the sign panel's one-line state says it. */
export interface SignStateLine {
  /** The newest signed version and who signed it (clinicians, supervisors), if any. */
  signed?: { version: number; by: readonly string[] };
  /** The content on screen differs from the signed version. */
  changed: boolean;
  /** The agreement with the content on screen (who agreed); `'none'` nobody yet; `'unknown'` while its hash is read. */
  agreed: { name: string } | 'none' | 'unknown';
}

/**
 * The sign panel's state beside its name, shown whether it is open or closed, so nothing that
 * matters hides behind it: "Version 2 signed by Dr. Ana Ruiz, PhD · Maya K. agreed",
 * "Not signed yet · The client has not agreed yet", "Changed since signed version 2 · …".
 * Client mode speaks to the client about their own agreement.
 */
export function signStateWords(s: SignStateLine, client: boolean): string {
  const version = s.signed?.version;
  const signers = s.signed?.by.join('; ');
  const signing = !s.signed
    ? msg('Not signed yet')
    : s.changed
      ? msg(str`Changed since signed version ${version}`)
      : msg(str`Version ${version} signed by ${signers}`);
  const { agreed } = s;
  const agreement =
    agreed === 'unknown'
      ? undefined
      : agreed === 'none'
        ? client
          ? msg('Waiting for your agreement')
          : msg('The client has not agreed yet')
        : client
          ? msg('You agreed')
          : msg(str`${agreed.name} agreed`);
  // The separator the header's signature fact uses too ("Version 2 signed · SHA-256 …").
  return agreement ? `${signing} · ${agreement}` : signing;
}
