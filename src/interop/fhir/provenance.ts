import type { PlanAgreement, Signature, TreatmentPlan } from '../../model/plan.js';
import {
  CONSENT_SIGNATURE,
  CONSENT_WITNESS_SIGNATURE,
  PLAN_VERSION_EXTENSION_URL,
  PROVENANCE_PARTICIPANT_SYSTEM,
  SIGNATURE_TYPE,
  SIGNATURE_TYPE_SYSTEM,
} from './codes.js';
import { coded } from './coding.js';
import type { FhirProvenance, Reference } from './types.js';

/**
 * One Provenance per signature and per client agreement: its target is the CarePlan, the kit's
 * plan version is in an extension, `signature.data` holds the 32 bytes of the SHA-256 content
 * hash (base64). This is an attestation of which content was agreed or signed, not a legal
 * electronic signature: the kit never authenticates anyone; the host named the signer.
 */

/** base64 of the bytes a hex string spells. */
const hexToBase64 = (hex: string) => btoa(String.fromCharCode(...(hex.match(/../g) ?? []).map((h) => parseInt(h, 16))));

const signatureType = (t: { code: string; display: string }) => [{ system: SIGNATURE_TYPE_SYSTEM, code: t.code, display: t.display }];
const agentType = (code: string) => coded(PROVENANCE_PARTICIPANT_SYSTEM, code);
const versionExtension = (version: number) => [{ url: PLAN_VERSION_EXTENSION_URL, valueInteger: version }];

/** The signature of `s` on `target`; the client agent is the plan's subject. */
export function signatureProvenance(s: Signature, target: Reference, subject: Reference): FhirProvenance {
  const type = SIGNATURE_TYPE[s.role];
  const signedByClient = s.role === 'client' || s.role === 'guardian';
  const who: Reference = signedByClient && s.role === 'client' ? { ...subject, display: s.name } : { display: s.credentials ? `${s.name}, ${s.credentials}` : s.name };
  return {
    resourceType: 'Provenance',
    extension: versionExtension(s.version),
    target: [target],
    recorded: s.signedAt,
    agent: [{ type: agentType(type.agent), who }],
    signature: [{ type: signatureType(type), when: s.signedAt, who, ...(s.hash ? { data: hexToBase64(s.hash) } : {}) }],
  };
}

/** The client's agreement with the content `a.hash` (in `version` when a signed version holds it). */
export function agreementProvenance(a: PlanAgreement, version: number | undefined, target: Reference, subject: Reference): FhirProvenance {
  const client: Reference = { ...subject, display: a.name };
  const recorder: Reference | undefined = a.how === 'verbal' && a.recordedBy ? { display: a.recordedBy } : undefined;
  const data = hexToBase64(a.hash);
  return {
    resourceType: 'Provenance',
    ...(version !== undefined ? { extension: versionExtension(version) } : {}),
    target: [target],
    occurredDateTime: a.date,
    recorded: a.recordedAt,
    agent: [{ type: agentType('attester'), who: client }, ...(recorder ? [{ type: agentType('enterer'), who: recorder }] : [])],
    signature: [
      recorder
        ? { type: signatureType(CONSENT_WITNESS_SIGNATURE), when: a.recordedAt, who: recorder, onBehalfOf: client, data }
        : { type: signatureType(CONSENT_SIGNATURE), when: a.recordedAt, who: client, data },
    ],
  };
}

/** Every Provenance of the plan, signatures then agreements, each with the item id it is keyed by. */
export function provenances(plan: TreatmentPlan, target: Reference, subject: Reference): [string, FhirProvenance][] {
  const versionOf = (hash: string) => plan.versions.find((v) => v.hash === hash)?.version;
  return [
    ...plan.signatures.map((s): [string, FhirProvenance] => [`signature:${s.id}`, signatureProvenance(s, target, subject)]),
    ...plan.agreements.map((a): [string, FhirProvenance] => [`agreement:${a.id}`, agreementProvenance(a, versionOf(a.hash), target, subject)]),
  ];
}
