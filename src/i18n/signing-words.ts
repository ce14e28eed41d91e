import { msg, str } from '@lit/localize';
import type { Signature } from '../model/plan.js';

/** A signer as shown: "Dr. Ana Ruiz, PhD" (the name and credentials as the host gave them). */
export const signerWords = (s: { name: string; credentials?: string | undefined }): string =>
  s.credentials ? msg(str`${s.name}, ${s.credentials}`) : s.name;

/** The role a signature was given in. */
export function signatureRoleWords(role: Signature['role']): string {
  switch (role) {
    case 'clinician':
      return msg('clinician');
    case 'supervisor':
      return msg('supervisor');
    case 'client':
      return msg('client');
    case 'guardian':
      return msg('guardian');
  }
}

/** The first characters of a content hash, enough to compare two printouts by eye. */
export const hashPrefix = (hash: string): string => hash.slice(0, 12);
