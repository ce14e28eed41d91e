import * as z from 'zod/mini';
import type { Result } from '../../model/errors.js';
import { ConcernAreaSchema, TraumaFeatureSchema, type ConcernArea, type TraumaFeature } from '../../model/plan.js';
import { IdSchema, LongTextSchema } from '../../model/primitives.js';
import { parseDefinition } from './parse.js';

/**
 * A condition a rule checks against the plan. Kept as plain data so a clinician can read the
 * rule table and a test can exercise each trigger on its own.
 */
export type RuleCondition =
  /** The area was ticked at intake or is one of a problem's areas. */
  | { concern: ConcernArea }
  | { traumaFeature: TraumaFeature }
  /** The client said yes to substance use at intake. */
  | { substanceUse: 'yes' }
  /** The intake's "substances" text mentions one of these words (case-insensitive). */
  | { substancesMention: readonly string[] }
  /** The latest complete administration of `instrument` scored at least `value`. */
  | { scoreAtLeast: { instrument: string; value: number } }
  /** The latest complete administration of `instrument` was a positive screen. */
  | { positiveScreen: string }
  /** An administration of `instrument` has a positive critical `item` (PHQ-9 question 9), complete or not. */
  | { criticalItem: { instrument: string; item: string } }
  /**
   * A moderate or severe alcohol or opioid use disorder is recorded among the plan's diagnoses
   * (ICD-10-CM F10.2x / F11.2x, ICD-11 6C40.2 / 6C43.2, or a label naming the disorder with
   * "moderate" or "severe"). A positive screen alone is not a diagnosis.
   */
  | { useDisorder: 'alcohol' | 'opioid' }
  | { all: readonly RuleCondition[] }
  | { any: readonly RuleCondition[] };

export interface SuggestionRule {
  id: string;
  when: RuleCondition;
  /** Catalog entry the rule proposes. */
  modalityId: string;
  /** Techniques of that entry to emphasize. */
  techniques?: readonly string[];
  /** How strongly the rule argues for the approach (1–10); reasons for the same approach add up. */
  weight: number;
  /**
   * Why, in words a clinician (and, where shown, a client) can read: required in a host's rules;
   * the kit's own rules are worded by id in the page's language (`src/i18n/suggestion-words.ts`).
   */
  reason?: string;
  /** The guideline or study the rule follows. */
  source?: string;
  /** Listed before every other suggestion, whatever the weights (a positive suicide-risk item). */
  first?: boolean;
}

const anyTrauma: RuleCondition = {
  any: [{ concern: 'ptsd' }, { concern: 'complex-trauma' }, { positiveScreen: 'pcl5' }],
};

const anySubstanceUse: RuleCondition = {
  any: [{ concern: 'substance-use' }, { substanceUse: 'yes' }, { positiveScreen: 'auditc' }, { positiveScreen: 'nida-drug-screen' }],
};

const anyDepression: RuleCondition = {
  any: [{ concern: 'depression' }, { scoreAtLeast: { instrument: 'phq9', value: 10 } }],
};

/** Sources the rules cite (the README's clinical section lists them too). */
export const RULE_SOURCES = {
  safetyPlanning:
    'Stanley B, Brown GK. Safety Planning Intervention. Cogn Behav Pract. 2012;19(2):256-264; a positive PHQ-9 question 9 calls for same-day follow-up (Kroenke et al. 2001)',
  ptsd: 'VA/DoD Clinical Practice Guideline for PTSD and Acute Stress Disorder (2023); APA Clinical Practice Guideline for the Treatment of PTSD (2017); NICE NG116 (2018)',
  traumaInformed: "SAMHSA's Concept of Trauma and Guidance for a Trauma-Informed Approach (HHS Publication No. (SMA) 14-4884, 2014)",
  alcoholBrief: 'USPSTF. Screening and behavioral counseling interventions to reduce unhealthy alcohol use in adolescents and adults. JAMA. 2018;320(18):1899-1909',
  medication:
    'APA Practice Guideline for the Pharmacological Treatment of Patients With Alcohol Use Disorder (2018); ASAM National Practice Guideline for the Treatment of Opioid Use Disorder (2020 focused update)',
  insomnia:
    'Edinger JD, et al. Behavioral and psychological treatments for chronic insomnia disorder in adults: an AASM clinical practice guideline. J Clin Sleep Med. 2021;17(2):255-262',
} as const;

/** Ids of the kit's own rules; each has its reason in words in `src/i18n/suggestion-words.ts`. */
export const BUILT_IN_RULE_IDS = [
  'suicide-risk-safety-plan',
  'co-occurring-depression-substance',
  'ptsd-cpt',
  'ptsd-prolonged-exposure',
  'ptsd-emdr',
  'ptsd-tf-cbt',
  'trauma-meaning-cpt',
  'trauma-informed-stance',
  'specific-phobia-exposure',
  'panic-interoceptive',
  'generalized-worry-restructuring',
  'depression-activation',
  'trauma-physical-somatic',
  'alcohol-brief-intervention',
  'substance-use-mi',
  'substance-use-groups',
  'use-disorder-medication-referral',
  'stress-mindfulness',
  'insomnia-cbt-i',
  'grief-person-centered',
  'relationships-family',
] as const;

export type BuiltInRuleId = (typeof BUILT_IN_RULE_IDS)[number];

/** One row of the table: id, condition, approach, techniques to emphasize, weight, source. */
const rule = (
  id: BuiltInRuleId,
  when: RuleCondition,
  modalityId: string,
  techniques: string[],
  weight: number,
  source?: string,
): SuggestionRule => ({ id, when, modalityId, techniques, weight, ...(source ? { source } : {}) });

const trauma = (id: BuiltInRuleId, modalityId: string, techniques: string[]) => rule(id, anyTrauma, modalityId, techniques, 9, RULE_SOURCES.ptsd);

/**
 * The kit's suggestion rules. Decision support only: nothing here is added to a plan without
 * the clinician's click, and each suggestion carries these reasons, the facts that met them and
 * the source the rule follows.
 */
export const SUGGESTION_RULES: readonly SuggestionRule[] = [
  {
    ...rule('suicide-risk-safety-plan', { criticalItem: { instrument: 'phq9', item: 'phq9-9' } }, 'safety-planning', ['warning-signs', 'crisis-contacts', 'safer-environment'], 10, RULE_SOURCES.safetyPlanning),
    first: true,
  },
  rule('co-occurring-depression-substance', { all: [anyDepression, anySubstanceUse] }, 'integrative',
    ['shared-formulation', 'care-coordination'], 9),
  trauma('ptsd-cpt', 'cpt', ['stuck-points', 'impact-statement']),
  trauma('ptsd-prolonged-exposure', 'prolonged-exposure', ['imaginal-exposure', 'in-vivo-exposure']),
  trauma('ptsd-emdr', 'emdr', ['bilateral-stimulation']),
  trauma('ptsd-tf-cbt', 'tf-cbt', ['trauma-narrative']),
  rule('trauma-meaning-cpt', { all: [anyTrauma, { traumaFeature: 'difficulty-making-sense' }] }, 'cpt', ['stuck-points'], 3, RULE_SOURCES.ptsd),
  rule('trauma-informed-stance', anyTrauma, 'trauma-informed', ['choice-and-control', 'phase-safety'], 4,
    RULE_SOURCES.traumaInformed),
  rule('specific-phobia-exposure', { concern: 'specific-phobia' }, 'cbt', ['exposure'], 8),
  rule('panic-interoceptive', { concern: 'panic' }, 'cbt', ['interoceptive-exposure', 'cognitive-restructuring'], 7),
  rule('generalized-worry-restructuring',
    { any: [{ concern: 'generalized-anxiety' }, { scoreAtLeast: { instrument: 'gad7', value: 10 } }] },
    'cbt', ['cognitive-restructuring'], 7),
  rule('depression-activation', anyDepression, 'cbt', ['behavioral-activation'], 6),
  rule('trauma-physical-somatic', { all: [anyTrauma, { traumaFeature: 'strong-physical-symptoms' }] }, 'somatic',
    ['grounding', 'paced-breathing', 'titration'], 4),
  rule('alcohol-brief-intervention', { positiveScreen: 'auditc' }, 'brief-intervention', ['feedback', 'motivational-conversation'], 9,
    RULE_SOURCES.alcoholBrief),
  rule('substance-use-mi', anySubstanceUse, 'motivational-interviewing', ['open-questions', 'decisional-balance'], 8),
  rule('substance-use-groups', anySubstanceUse, 'support-groups', ['mutual-help'], 5),
  rule('use-disorder-medication-referral', { any: [{ useDisorder: 'alcohol' }, { useDisorder: 'opioid' }] }, 'mat-referral', ['prescriber-referral'], 7,
    RULE_SOURCES.medication),
  rule('stress-mindfulness', { concern: 'stress' }, 'mindfulness', ['mindful-breathing', 'breathing-space'], 5),
  rule('insomnia-cbt-i', { concern: 'sleep' }, 'cbt-i', ['sleep-restriction', 'stimulus-control'], 8, RULE_SOURCES.insomnia),
  rule('grief-person-centered', { concern: 'grief' }, 'person-centered', ['reflective-listening'], 5),
  rule('relationships-family', { concern: 'relationships' }, 'family-therapy', ['communication-skills'], 5),
];

// ---------------------------------------------------------------- host-supplied rules

// Stryker disable all: zod builds a lazy schema once and keeps it, so a mutant here is static in effect
// (only a fresh process sees it, as with `ignoreStatic`); test/clinical/modality-rules-search.test.ts
// pins every condition, accepted and refused.
export const RuleConditionSchema: z.ZodMiniType<RuleCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ concern: ConcernAreaSchema }),
    z.strictObject({ traumaFeature: TraumaFeatureSchema }),
    z.strictObject({ substanceUse: z.literal('yes') }),
    z.strictObject({ substancesMention: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) }),
    z.strictObject({ scoreAtLeast: z.strictObject({ instrument: IdSchema, value: z.number() }) }),
    z.strictObject({ positiveScreen: IdSchema }),
    z.strictObject({ criticalItem: z.strictObject({ instrument: IdSchema, item: IdSchema }) }),
    z.strictObject({ useDisorder: z.enum(['alcohol', 'opioid']) }),
    z.strictObject({ all: z.array(RuleConditionSchema).check(z.minLength(1)) }),
    z.strictObject({ any: z.array(RuleConditionSchema).check(z.minLength(1)) }),
  ]),
);
// Stryker restore all

const isBuiltInRuleId = (id: string): boolean => (BUILT_IN_RULE_IDS as readonly string[]).includes(id);

/** A host's rule brings its reason in words; a rule with a built-in id may leave it to the kit's words. */
export const SuggestionRuleSchema = z
  .strictObject({
    id: IdSchema,
    when: RuleConditionSchema,
    modalityId: IdSchema,
    techniques: z.optional(z.array(IdSchema)),
    weight: z.number().check(z.minimum(1), z.maximum(10)),
    reason: z.optional(LongTextSchema.check(z.minLength(1))),
    source: z.optional(LongTextSchema),
    first: z.optional(z.boolean()),
  })
  .check(z.refine((r) => r.reason !== undefined || isBuiltInRuleId(r.id), { path: ['reason'], error: 'A rule of your own needs its reason in words.' }));

/** Validates a host-supplied rule set (used instead of `SUGGESTION_RULES`). */
export const parseRules = (input: unknown): Result<SuggestionRule[]> =>
  parseDefinition(z.array(SuggestionRuleSchema), input, 'suggestion rules are', 'rules.', (_, id) => `rules: "${id}" appears more than once`);
