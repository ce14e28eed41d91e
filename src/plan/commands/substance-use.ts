import * as z from 'zod/mini';
import { allObjectives } from '../../model/tree.js';
import { merge } from '../../model/items.js';
import type { TreatmentPlan } from '../../model/plan.js';
import { IdSchema, LongTextSchema, ShortTextSchema } from '../../model/primitives.js';
import {
  emptySubstanceUseCare,
  LevelOfCareCodeSchema,
  LevelSuggestionSchema,
  MedicationReferralSchema,
  Part2ScopeSchema,
  RecoverySupportSchema,
  RiskLevelSchema,
  SudDimensionSchema,
  type MedicationReferral,
  type RecoverySupport,
  type SubstanceUseCare,
} from '../../model/substance-use.js';
import { ratingsSnapshot } from '../../clinical/substance-use/level-of-care.js';
import { applied, defineCommand, rejected, type ApplyResult } from '../define.js';
import type { Refusal } from '../refusals.js';
import { notFound, taken } from './util.js';

const opt = z.optional;

/** The plan with its substance-use care replaced by `fn(current or empty)`. */
const withCare = (plan: TreatmentPlan, fn: (care: SubstanceUseCare) => SubstanceUseCare | Refusal): ApplyResult => {
  const next = fn(plan.substanceUseCare ?? emptySubstanceUseCare());
  return 'code' in next ? rejected(next) : applied({ ...plan, substanceUseCare: next });
};

/**
 * Objective links every recovery support must meet: a link that is new in this change must point
 * at an objective of the plan (an objective removed elsewhere never makes the support uneditable).
 */
function linkRefusal(plan: TreatmentPlan, ids: readonly string[], before: readonly string[] = []): Refusal | undefined {
  const objectives = new Set(allObjectives(plan).map((o) => o.id));
  const missing = ids.find((id) => !objectives.has(id) && !before.includes(id));
  return missing ? { code: 'unknown-objective', params: { objectiveId: missing } } : undefined;
}

/** Fields of a referral a command may set: strict, so a dose (or anything else) is refused, never stored. */
const ReferralFieldsSchema = z.strictObject({
  disorder: opt(MedicationReferralSchema.shape.disorder),
  medication: opt(MedicationReferralSchema.shape.medication),
  prescriber: opt(ShortTextSchema),
  status: opt(MedicationReferralSchema.shape.status),
  date: opt(MedicationReferralSchema.shape.date),
  note: opt(LongTextSchema),
});

const SupportFieldsSchema = z.object({
  kind: opt(RecoverySupportSchema.shape.kind),
  label: opt(ShortTextSchema),
  frequency: opt(ShortTextSchema),
  details: opt(LongTextSchema),
  objectiveIds: opt(z.array(IdSchema)),
});

/** A blank text clears the field. */
const blankToUndefined = (v: unknown) => v === undefined || (typeof v === 'string' && !v.trim());

/**
 * Substance-use care (schema 5): risk ratings in six dimensions, the level of care a clinician
 * confirms, medication referrals (never a dose), recovery supports, and the 42 CFR Part 2 mark.
 * Nothing here is applied on its own: each command is a person's click or keystroke.
 */
export const substanceUseCommands = [
  /** Rates one dimension 0–4 (keeps its note). */
  defineCommand('sud/rate', z.object({ dimension: SudDimensionSchema, level: RiskLevelSchema }), (plan, c, ctx) =>
    withCare(plan, (care) => {
      const before = care.ratings[c.dimension];
      return { ...care, ratings: { ...care.ratings, [c.dimension]: { ...before, level: c.level, ratedAt: ctx.now } } };
    }),
  ),

  /** The clinician's note on a rated dimension (sent on every keystroke; empty clears it). */
  defineCommand('sud/note', z.object({ dimension: SudDimensionSchema, note: LongTextSchema }), (plan, c) =>
    withCare(plan, (care) => {
      const before = care.ratings[c.dimension];
      if (!before) return { code: 'not-found', params: { what: 'rating', id: c.dimension } };
      return { ...care, ratings: { ...care.ratings, [c.dimension]: merge(before, { note: c.note }, blankToUndefined) } };
    }),
  ),

  /** Takes a rating back (not rated). */
  defineCommand('sud/clear-rating', z.object({ dimension: SudDimensionSchema }), (plan, c) =>
    withCare(plan, (care) => {
      if (!care.ratings[c.dimension]) return { code: 'not-found', params: { what: 'rating', id: c.dimension } };
      const { [c.dimension]: _cleared, ...ratings } = care.ratings;
      return { ...care, ratings };
    }),
  ),

  /**
   * Records the level of care the clinician confirmed (from a suggestion, or chosen), with who and
   * when, and the ratings it was confirmed on. Only ever sent on the clinician's click.
   */
  defineCommand(
    'sud/confirm-level',
    z.object({ level: LevelOfCareCodeSchema, confirmedBy: ShortTextSchema, suggestion: opt(LevelSuggestionSchema) }),
    (plan, c, ctx) =>
      withCare(plan, (care) =>
        c.confirmedBy.trim()
          ? {
              ...care,
              levelOfCare: {
                level: c.level,
                confirmedBy: c.confirmedBy.trim(),
                confirmedAt: ctx.now,
                ...(c.suggestion ? { suggestion: c.suggestion } : {}),
                ratings: ratingsSnapshot(care.ratings),
              },
            }
          : { code: 'name-required', params: {} },
      ),
  ),

  defineCommand('sud/clear-level', z.object({}), (plan) =>
    withCare(plan, (care) => {
      const { levelOfCare: _cleared, ...rest } = care;
      return rest;
    }),
  ),

  /** Adds a medication referral (MOUD / MAUD): status `referred` unless given. Never a dose. */
  defineCommand(
    'sud/add-referral',
    z.strictObject({
      type: z.literal('sud/add-referral'),
      id: opt(IdSchema),
      disorder: MedicationReferralSchema.shape.disorder,
      medication: MedicationReferralSchema.shape.medication,
      date: MedicationReferralSchema.shape.date,
      status: opt(MedicationReferralSchema.shape.status),
      prescriber: opt(ShortTextSchema),
      note: opt(LongTextSchema),
    }),
    (plan, c, ctx) =>
      withCare(plan, (care) => {
        const id = c.id ?? ctx.newId();
        if (care.medicationReferrals.some((r) => r.id === id)) return { code: 'id-taken', params: { what: 'medication-referral', id } };
        const referral: MedicationReferral = merge(
          { id, disorder: c.disorder, medication: c.medication, status: c.status ?? 'referred', date: c.date, createdAt: ctx.now },
          { prescriber: c.prescriber, note: c.note },
          blankToUndefined,
        );
        return { ...care, medicationReferrals: [...care.medicationReferrals, referral] };
      }),
  ),

  defineCommand('sud/update-referral', z.object({ referralId: IdSchema, fields: ReferralFieldsSchema }), (plan, c) => {
    const before = plan.substanceUseCare?.medicationReferrals.find((r) => r.id === c.referralId);
    if (!before) return notFound('medication-referral', c.referralId);
    return withCare(plan, (care) => ({
      ...care,
      medicationReferrals: care.medicationReferrals.map((r) => (r.id === c.referralId ? merge(r, c.fields, blankToUndefined) : r)),
    }));
  }),

  defineCommand('sud/remove-referral', z.object({ referralId: IdSchema }), (plan, c) =>
    plan.substanceUseCare?.medicationReferrals.some((r) => r.id === c.referralId)
      ? withCare(plan, (care) => ({ ...care, medicationReferrals: care.medicationReferrals.filter((r) => r.id !== c.referralId) }))
      : notFound('medication-referral', c.referralId),
  ),

  /** Adds a recovery support (a mutual-help group, a recovery coach…), optionally linked to objectives. */
  defineCommand(
    'sud/add-support',
    z.object({ id: opt(IdSchema), kind: RecoverySupportSchema.shape.kind, fields: opt(SupportFieldsSchema) }),
    (plan, c, ctx) => {
      const id = c.id ?? ctx.newId();
      if (plan.substanceUseCare?.recoverySupports.some((s) => s.id === id)) return taken('recovery-support', id);
      const support: RecoverySupport = merge({ id, kind: c.kind, objectiveIds: [], createdAt: ctx.now }, c.fields ?? {}, blankToUndefined);
      const why = linkRefusal(plan, support.objectiveIds);
      return why ? rejected(why) : withCare(plan, (care) => ({ ...care, recoverySupports: [...care.recoverySupports, support] }));
    },
  ),

  defineCommand('sud/update-support', z.object({ supportId: IdSchema, fields: SupportFieldsSchema }), (plan, c) => {
    const before = plan.substanceUseCare?.recoverySupports.find((s) => s.id === c.supportId);
    if (!before) return notFound('recovery-support', c.supportId);
    const next = merge(before, c.fields, blankToUndefined);
    const why = linkRefusal(plan, next.objectiveIds, before.objectiveIds);
    return why
      ? rejected(why)
      : withCare(plan, (care) => ({ ...care, recoverySupports: care.recoverySupports.map((s) => (s.id === c.supportId ? next : s)) }));
  }),

  defineCommand('sud/remove-support', z.object({ supportId: IdSchema }), (plan, c) =>
    plan.substanceUseCare?.recoverySupports.some((s) => s.id === c.supportId)
      ? withCare(plan, (care) => ({ ...care, recoverySupports: care.recoverySupports.filter((s) => s.id !== c.supportId) }))
      : notFound('recovery-support', c.supportId),
  ),

  /**
   * Marks the substance-use care part (`section`) or the whole plan (`plan`) as protected by
   * 42 CFR Part 2, or takes the mark away (`null`).
   */
  defineCommand('sud/set-part2', z.object({ scope: z.nullable(Part2ScopeSchema) }), (plan, c) =>
    withCare(plan, (care) => {
      const { part2: _old, ...rest } = care;
      return c.scope ? { ...rest, part2: c.scope } : rest;
    }),
  ),
] as const;
