import * as z from 'zod/mini';
import { DateSchema, DateTimeSchema, IdSchema, LongTextSchema, ShortTextSchema } from './primitives.js';

const opt = z.optional;

/**
 * Substance-use care (schema 5): six-dimension risk ratings, the level of care a clinician
 * confirmed, medication referrals (MOUD / MAUD) and recovery supports, and the 42 CFR Part 2 mark.
 *
 * The six dimensions follow the multidimensional assessment of The ASAM Criteria (3rd ed., 2013;
 * the 4th ed., 2023, regroups them): the ids and every word the kit shows are its own.
 */
export const SUD_DIMENSIONS = [
  'intoxication-withdrawal',
  'biomedical',
  'emotional-behavioral-cognitive',
  'readiness-to-change',
  'relapse-continued-use',
  'recovery-environment',
] as const;
export const SudDimensionSchema = z.enum(SUD_DIMENSIONS);

/** A risk rating: 0 (no current risk) to 4 (severe, needs attention now). */
export const RiskLevelSchema = z.int().check(z.minimum(0), z.maximum(4));

export const RiskRatingSchema = z.object({
  level: RiskLevelSchema,
  /** Why this rating, in the clinician's words. */
  note: opt(LongTextSchema),
  ratedAt: DateTimeSchema,
});

/** Levels of care a clinician may confirm (the kit's own names; no ASAM level numbers are implied). */
export const LEVELS_OF_CARE = [
  'early-intervention',
  'outpatient',
  'intensive-outpatient',
  'partial-hospitalization',
  'residential',
  'medically-managed-inpatient',
  'withdrawal-management',
] as const;
export const LevelOfCareCodeSchema = z.enum(LEVELS_OF_CARE);

/** The codes of the level-of-care suggestion rule (`src/clinical/substance-use/level-of-care.ts`). */
export const LEVEL_SUGGESTIONS = ['withdrawal-management-review', 'medical-psychiatric-review', 'more-intensive-care', 'outpatient-may-fit'] as const;
export const LevelSuggestionSchema = z.enum(LEVEL_SUGGESTIONS);

/** The level of care a clinician confirmed, with who, when, and the ratings it was confirmed on. */
export const LevelOfCareSchema = z.object({
  level: LevelOfCareCodeSchema,
  /** The clinician as the host named them (`provider.signer`); the kit never authenticates. */
  confirmedBy: ShortTextSchema.check(z.minLength(1)),
  confirmedAt: DateTimeSchema,
  /** The suggestion it was confirmed from; absent when the clinician chose another level. */
  suggestion: opt(LevelSuggestionSchema),
  /** The six ratings when it was confirmed, in dimension order (`null` = not rated), so a later change shows. */
  ratings: z.array(z.nullable(RiskLevelSchema)).check(z.length(SUD_DIMENSIONS.length)),
});

/** Medication classes a referral may name. A referral never carries a dose: the prescriber decides it. */
export const REFERRAL_MEDICATIONS = ['buprenorphine', 'methadone', 'naltrexone', 'acamprosate', 'disulfiram', 'other'] as const;
export const REFERRAL_STATUSES = ['referred', 'started', 'declined', 'stopped'] as const;

/**
 * A referral to a prescriber for medication for opioid or alcohol use disorder (MOUD / MAUD).
 * Strict: a `dose` (or any field not listed) is refused, never stored.
 */
export const MedicationReferralSchema = z.strictObject({
  id: IdSchema,
  disorder: z.enum(['opioid', 'alcohol']),
  medication: z.enum(REFERRAL_MEDICATIONS),
  /** Who the client is referred to (a name, a clinic). */
  prescriber: opt(ShortTextSchema),
  status: z.enum(REFERRAL_STATUSES),
  /** Day of the referral, or of its latest status. */
  date: DateSchema,
  note: opt(LongTextSchema),
  createdAt: DateTimeSchema,
});

export const RECOVERY_SUPPORT_KINDS = ['mutual-help', 'recovery-coach', 'family-involvement', 'other'] as const;

/** A recovery support in the plan (a mutual-help group, a recovery coach…), linked to objectives like an approach. */
export const RecoverySupportSchema = z.object({
  id: IdSchema,
  kind: z.enum(RECOVERY_SUPPORT_KINDS),
  /** Its name, e.g. "SMART Recovery, Tuesday evenings". */
  label: opt(ShortTextSchema),
  /** How often, in the plan's words. */
  frequency: opt(ShortTextSchema),
  details: opt(LongTextSchema),
  objectiveIds: z.array(IdSchema),
  createdAt: DateTimeSchema,
});

/**
 * 42 CFR Part 2 protection: `section` marks the substance-use care part of the plan, `plan` the
 * whole plan. Absent = not marked.
 */
export const Part2ScopeSchema = z.enum(['section', 'plan']);

export const SubstanceUseCareSchema = z.object({
  ratings: z.partialRecord(SudDimensionSchema, RiskRatingSchema),
  levelOfCare: opt(LevelOfCareSchema),
  medicationReferrals: z.array(MedicationReferralSchema),
  recoverySupports: z.array(RecoverySupportSchema),
  part2: opt(Part2ScopeSchema),
});

/**
 * The substance-use care decisions a signature covers and a version keeps: the confirmed level of
 * care, the medication referrals and the recovery supports. The risk ratings are assessment (like
 * questionnaire results, not signed) and the Part 2 mark is a privacy label, not plan content.
 */
export const SignedSubstanceUseSchema = z.object({
  levelOfCare: opt(LevelOfCareSchema),
  medicationReferrals: z.array(MedicationReferralSchema),
  recoverySupports: z.array(RecoverySupportSchema),
});
export type SignedSubstanceUse = z.infer<typeof SignedSubstanceUseSchema>;

/** The signed part of `care`; `undefined` when it holds no decision (so plans without any hash as before). */
export function signedSubstanceUse(care: SignedSubstanceUse | undefined): SignedSubstanceUse | undefined {
  if (!care) return undefined;
  const { levelOfCare, medicationReferrals, recoverySupports } = care;
  return levelOfCare || medicationReferrals.length || recoverySupports.length
    ? { ...(levelOfCare ? { levelOfCare } : {}), medicationReferrals, recoverySupports }
    : undefined;
}

export type SudDimension = z.infer<typeof SudDimensionSchema>;
export type RiskLevel = z.infer<typeof RiskLevelSchema>;
export type RiskRating = z.infer<typeof RiskRatingSchema>;
export type LevelOfCareCode = z.infer<typeof LevelOfCareCodeSchema>;
export type LevelSuggestion = z.infer<typeof LevelSuggestionSchema>;
export type LevelOfCare = z.infer<typeof LevelOfCareSchema>;
export type MedicationReferral = z.infer<typeof MedicationReferralSchema>;
export type ReferralMedication = MedicationReferral['medication'];
export type ReferralStatus = MedicationReferral['status'];
export type RecoverySupport = z.infer<typeof RecoverySupportSchema>;
export type RecoverySupportKind = RecoverySupport['kind'];
export type Part2Scope = z.infer<typeof Part2ScopeSchema>;
export type SubstanceUseCare = z.infer<typeof SubstanceUseCareSchema>;

/**
 * The refusal of a FHIR export that left out what 42 CFR Part 2 protects (`scope` as marked;
 * `withheld` resources) because the caller did not pass `includeProtected: true`. One of the
 * kit's refusal codes (`src/plan/refusals.ts`).
 */
export interface Part2Refusal {
  code: 'part2-protected';
  params: { scope: Part2Scope; withheld: number };
}

/** An empty substance-use care part. */
export const emptySubstanceUseCare = (): SubstanceUseCare => ({ ratings: {}, medicationReferrals: [], recoverySupports: [] });
