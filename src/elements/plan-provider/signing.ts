import * as z from 'zod/mini';
import { fail, type Result } from '../../model/errors.js';
import type { TreatmentPlan } from '../../model/plan.js';
import { DateSchema, ShortTextSchema } from '../../model/primitives.js';
import { describeIssues } from '../../model/errors.js';
import type { PlanEffect } from '../../plan/define.js';
import { SIGNER_ROLES, planHash, type Signer } from '../../model/signing.js';
import type { PlanStore } from '../../store/plan-store.js';
import { PlanAgreedEvent, PlanSignedEvent } from '../../events.js';

/**
 * Agreement and signature as the provider (and `<plan-summary>`'s panel) offer them: read the
 * content hash (Web Crypto, asynchronous), then send the command with the revision it was read at.
 */

/** The signer a host gives `provider.signer`, checked like everything that enters from outside. */
export const SignerSchema = z.object({
  name: ShortTextSchema.check(z.minLength(1)),
  credentials: z.optional(ShortTextSchema),
  role: z._default(z.enum(SIGNER_ROLES), 'clinician'),
});

/** What `agree()` takes: how the client agreed, who, and (verbal) the day and who recorded it. */
export interface AgreementInput {
  /** `client` (default): the client typed their name; `verbal`: the clinician records a spoken agreement. */
  how?: 'client' | 'verbal';
  /** The name the client typed, or who agreed aloud. */
  name: string;
  /** Day of a verbal agreement, `YYYY-MM-DD` (default today; a client's agreement is always today). */
  date?: string;
  /** Who recorded a verbal agreement (default: the provider's `signer`). */
  recordedBy?: string;
}

const AgreementInputSchema = z.object({
  how: z._default(z.enum(['client', 'verbal']), 'client'),
  name: ShortTextSchema,
  date: z.optional(DateSchema),
  recordedBy: z.optional(ShortTextSchema),
});

const noPlan = () => fail('command-rejected', 'No plan is open.');

/** Parses a host's signer; the error says what is wrong. */
export function parseSigner(value: unknown): Result<Signer> {
  const r = SignerSchema.safeParse(value);
  if (r.success) {
    const { name, credentials, role } = r.data;
    return { ok: true, value: { name, role, ...(credentials?.trim() ? { credentials } : {}) } };
  }
  return fail('command-rejected', `The signer is not valid: ${describeIssues(r.error.issues)[0]}`);
}

/** The host's signer when it is valid. */
export function validSigner(value: unknown): Signer | undefined {
  const r = value === undefined ? undefined : parseSigner(value);
  return r?.ok ? r.value : undefined;
}

/** `{ signer }` for the context when the host's signer is valid, else nothing. */
export function signerPart(value: unknown): { signer?: Signer } {
  const signer = validSigner(value);
  return signer ? { signer } : {};
}

/** Records the client's agreement with the plan as it is now. */
export async function agreeWithPlan(store: PlanStore | undefined, input: AgreementInput, signer?: Signer): Promise<Result<TreatmentPlan>> {
  if (!store) return noPlan();
  const parsed = AgreementInputSchema.safeParse(input);
  if (!parsed.success) return fail('invalid-command', `plan/agree: ${describeIssues(parsed.error.issues)[0]}`);
  const plan = store.plan;
  const hash = await planHash(plan);
  const { how, name, date, recordedBy = signer?.name } = parsed.data;
  return store.dispatch({
    type: 'plan/agree',
    how,
    name,
    ...(how === 'verbal' && date ? { date } : {}),
    ...(how === 'verbal' && recordedBy ? { recordedBy } : {}),
    hash,
    revision: plan.revision,
  });
}

/** Signs the plan as it is now, as `signer` (the host's word for who is signed in). */
export async function signPlan(store: PlanStore | undefined, signer: unknown): Promise<Result<TreatmentPlan>> {
  if (!store) return noPlan();
  if (signer === undefined) return fail('command-rejected', 'No signer: set provider.signer to the signed-in clinician first.');
  const who = parseSigner(signer);
  if (!who.ok) return who;
  const plan = store.plan;
  const hash = await planHash(plan);
  return store.dispatch({ type: 'plan/sign', signer: who.value, hash, revision: plan.revision });
}

/** The DOM event for an agreement or signature effect (others are not this module's). */
export function signingEvent(effect: PlanEffect): Event | undefined {
  if (effect.type === 'plan-agreed') {
    const { type: _, ...detail } = effect;
    return new PlanAgreedEvent(detail);
  }
  if (effect.type === 'plan-signed') {
    const { type: _, ...detail } = effect;
    return new PlanSignedEvent(detail);
  }
  return undefined;
}
