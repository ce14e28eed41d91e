import { canonicalJson } from './canonical.js';
import type { PlanAgreement, PlanVersion, Signature, TreatmentPlan } from './plan.js';
import { signedSubstanceUse } from './substance-use.js';

/**
 * What a signature covers, and how it is hashed. Pure: no DOM; `contentHash` uses Web Crypto
 * (`crypto.subtle`, present in every browser and in Node).
 *
 * The signed content of a plan is its clinical content — what the client agrees to and the
 * clinician signs: problems (with their goals and objectives), phases, approaches (with dose and
 * homework), supports and the substance-use care decisions (confirmed level of care, medication
 * referrals, recovery supports), the same parts a version keeps. Left out as volatile: everything
 * else on the plan (revision, dates of saving, status, timeline, measurements, drafts,
 * dismissed suggestions, versions, signatures and agreements themselves) and, inside
 * objectives, `progress` (a confirmation of what the measurements say, not a decision about
 * the plan). Values that are absent and values that are `undefined` are the same content.
 *
 * The hashed text is the canonical JSON (`src/model/canonical.ts`: keys sorted by UTF-16 code
 * unit, no whitespace, undefined left out) of
 * `{ format: "tailored-plan-kit/signed-content@1", planId, problems, phases, interventions, supports, substanceUse }`
 * (`substanceUse` only when the plan holds such a decision, so plans without one hash as before),
 * encoded as UTF-8; the hash is SHA-256 written as 64 lowercase hex digits. The plan id is
 * inside, so a signature on one plan's content can never stand for another plan's.
 */
export const SIGNED_CONTENT_FORMAT = 'tailored-plan-kit/signed-content@1';

/** The parts of a plan (or of a version) that are signed. */
export type SignedContent = Pick<PlanVersion, 'problems' | 'phases' | 'interventions' | 'supports' | 'substanceUseCare'>;

/** Keys left out wherever they appear inside the content. */
const VOLATILE_KEYS: ReadonlySet<string> = new Set(['progress']);

/** `value` without the volatile keys and undefined values, deeply (a copy only where something is left out). */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => v !== undefined && !VOLATILE_KEYS.has(k))
        .map(([k, v]) => [k, stable(v)]),
    );
  }
  return value;
}

/** The exact text that is hashed for `content` of plan `planId`. */
export function signedText(planId: string, content: SignedContent): string {
  const { problems, phases, interventions, supports } = content;
  const substanceUse = signedSubstanceUse(content.substanceUseCare);
  return canonicalJson(stable({ format: SIGNED_CONTENT_FORMAT, planId, problems, phases, interventions, supports, substanceUse }));
}

/** SHA-256 of {@link signedText}, as 64 lowercase hex digits. */
export async function contentHash(planId: string, content: SignedContent): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(signedText(planId, content)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The hash of the plan's current content (what an agreement or signature now would cover). */
export const planHash = (plan: TreatmentPlan): Promise<string> => contentHash(plan.id, plan);

/**
 * Whether two contents are the same signed content (what equal hashes mean), without hashing:
 * identical sub-objects are skipped at once, so after an edit only the changed path is walked.
 */
export function sameContent(a: SignedContent, b: SignedContent): boolean {
  return (
    same(a.problems, b.problems) &&
    same(a.phases, b.phases) &&
    same(a.interventions, b.interventions) &&
    same(a.supports, b.supports) &&
    same(signedSubstanceUse(a.substanceUseCare), signedSubstanceUse(b.substanceUseCare))
  );
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const keys = (o: object) => Object.entries(o).filter(([k, v]) => v !== undefined && !VOLATILE_KEYS.has(k)).map(([k]) => k);
  const ka = keys(a);
  if (ka.length !== keys(b).length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Roles whose signature makes a plan the one in force (a client's or guardian's does not). */
export const SIGNER_ROLES = ['clinician', 'supervisor'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

/** Who signs, as the host says (the kit never authenticates). */
export interface Signer {
  name: string;
  credentials?: string;
  role: SignerRole;
}

/** A signature that signs the plan (a clinician's or supervisor's), not a client's or guardian's. */
export const signsPlan = (s: Signature): boolean => (SIGNER_ROLES as readonly string[]).includes(s.role);

/** Where a plan stands on agreement and signature. */
export interface SigningState {
  /** The newest version a clinician (or supervisor) signed, if any. */
  signed?: PlanVersion;
  /** The signatures on that version. */
  signatures: Signature[];
  /** The client's agreement with the signed version's content, when there is one. */
  agreement?: PlanAgreement;
  /** The plan's content now differs from the signed version: it needs signing again. */
  changedSinceSigned: boolean;
}

const memo = new WeakMap<TreatmentPlan, SigningState>();

/** Where `plan` stands: its signed version, that version's signatures and agreement, and whether it changed since. */
export function signingState(plan: TreatmentPlan): SigningState {
  const known = memo.get(plan);
  if (known) return known;
  const signedNumbers = new Set(plan.signatures.filter(signsPlan).map((s) => s.version));
  const signed = plan.versions.findLast((v) => signedNumbers.has(v.version));
  const state: SigningState = signed
    ? {
        signed,
        signatures: plan.signatures.filter((s) => s.version === signed.version),
        ...agreementFor(plan, signed.hash),
        changedSinceSigned: !sameContent(signed, plan),
      }
    : { signatures: [], changedSinceSigned: false };
  memo.set(plan, state);
  return state;
}

const agreementFor = (plan: TreatmentPlan, hash: string | undefined): { agreement?: PlanAgreement } => {
  const agreement = hash ? plan.agreements.findLast((a) => a.hash === hash) : undefined;
  return agreement ? { agreement } : {};
};

/** The newest agreement whose hash is `hash` (the current content's), if the client agreed with it. */
export const agreementWith = (plan: TreatmentPlan, hash: string): PlanAgreement | undefined =>
  plan.agreements.findLast((a) => a.hash === hash);

/** The plan's current content is signed (and the client agreed with it): it may be the plan in force. */
export function signedAndAgreed(plan: TreatmentPlan): { signed: boolean; agreed: boolean } {
  const s = signingState(plan);
  const signed = !!s.signed && !s.changedSinceSigned;
  return { signed, agreed: signed && !!s.agreement };
}
