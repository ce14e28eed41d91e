import * as z from 'zod/mini';
import { toDay } from '../../model/dates.js';
import { Sha256Schema, type Signature, type TreatmentPlan } from '../../model/plan.js';
import { DateSchema, NonNegativeIntSchema, ShortTextSchema } from '../../model/primitives.js';
import { applied, defineCommand, refused, rejected } from '../define.js';
import { agreementRule, signatureRule } from '../rules.js';
import { SIGNER_ROLES, sameContent } from '../../model/signing.js';
import { changeStatus, recordVersion } from './plan.js';

/**
 * Agreement and signature. Both carry the content hash the caller read (`planHash`, Web Crypto,
 * which is asynchronous) and the `revision` it was read at: a plan that changed in between is
 * refused (`plan-changed-while-signing`), so a hash always belongs to the content it is stored with.
 * The provider's `agree()` and `sign()` read the hash and send these for you.
 */
export const signingCommands = [
  /**
   * Records the client's agreement with the plan's current content: typed by the client
   * (`how: 'client'`, their name, dated today) or said aloud and recorded by the clinician
   * (`how: 'verbal'`, who agreed, the day, and who recorded it). Raises `plan-agreed`.
   */
  defineCommand(
    'plan/agree',
    z.object({
      how: z.enum(['client', 'verbal']),
      name: ShortTextSchema,
      date: z.optional(DateSchema),
      recordedBy: z.optional(ShortTextSchema),
      hash: Sha256Schema,
      revision: NonNegativeIntSchema,
    }),
    (plan, c, ctx) => {
      const refusal = agreementRule(plan, c.name, c.revision);
      if (refusal) return refused(refusal);
      const today = toDay(ctx.now);
      // A client agrees today; a verbal agreement may be recorded a little later, never ahead.
      const date = c.how === 'client' ? today : (c.date ?? today);
      if (date > today) return rejected('An agreement cannot be dated in the future.');
      const recordedBy = c.how === 'verbal' ? c.recordedBy?.trim() : undefined;
      const agreement = {
        id: ctx.newId(),
        how: c.how,
        name: c.name.trim(),
        date,
        recordedAt: ctx.now,
        ...(recordedBy ? { recordedBy } : {}),
        hash: c.hash,
      };
      const { id: agreementId, recordedAt: _, ...detail } = agreement;
      return applied({ ...plan, agreements: [...plan.agreements, agreement] }, [
        { type: 'plan-agreed', planId: plan.id, agreementId, ...detail },
      ]);
    },
  ),

  /**
   * The clinician (or a supervisor) signs the plan's current content, which the client agreed
   * with. The content is frozen as a version holding its hash: the newest version when it holds
   * this very content, otherwise a new one. A draft becomes active. Raises `plan-signed`.
   */
  defineCommand(
    'plan/sign',
    z.object({
      signer: z.object({ name: ShortTextSchema, credentials: z.optional(ShortTextSchema), role: z.enum(SIGNER_ROLES) }),
      hash: Sha256Schema,
      revision: NonNegativeIntSchema,
    }),
    (plan, { signer, hash, revision }, ctx) => {
      const refusal = signatureRule(plan, signer, hash, revision);
      if (refusal) return refused(refusal);
      const last = plan.versions.at(-1);
      let next: TreatmentPlan;
      if (last && sameContent(last, plan) && (last.hash ?? hash) === hash) {
        // The newest version already holds this content: it is frozen now, or signed once more.
        next = last.hash ? plan : { ...plan, versions: [...plan.versions.slice(0, -1), { ...last, hash }] };
      } else {
        next = recordVersion(plan, 'signed', ctx, hash);
      }
      const credentials = signer.credentials?.trim();
      const signature: Signature = {
        id: ctx.newId(),
        role: signer.role,
        name: signer.name.trim(),
        ...(credentials ? { credentials } : {}),
        signedAt: ctx.now,
        version: next.version,
        hash,
      };
      next = { ...next, signatures: [...next.signatures, signature] };
      const activated = next.status === 'draft';
      if (activated) next = changeStatus(next, 'active', ctx);
      return applied(next, [
        {
          type: 'plan-signed',
          planId: plan.id,
          signatureId: signature.id,
          version: signature.version,
          hash,
          signer: { name: signature.name, ...(credentials ? { credentials } : {}), role: signer.role },
          signedAt: ctx.now,
          activated,
        },
      ]);
    },
  ),
] as const;

/** Commands whose change `undo()` never takes back: an agreement or a signature is a record, not an edit. */
export const FINAL_COMMANDS: ReadonlySet<string> = new Set(['plan/agree', 'plan/sign']);
