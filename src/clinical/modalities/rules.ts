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
  /** Why, in words a clinician (and, where shown, a client) can read. */
  reason: string;
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

/** One row of the table: id, condition, approach, techniques to emphasize, weight, reason, source. */
const rule = (
  id: string,
  when: RuleCondition,
  modalityId: string,
  techniques: string[],
  weight: number,
  reason: string,
  source?: string,
): SuggestionRule => ({ id, when, modalityId, techniques, weight, reason, ...(source ? { source } : {}) });

const trauma = (modalityId: string, name: string, techniques: string[]) =>
  rule(`ptsd-${modalityId}`, anyTrauma, modalityId, techniques, 9,
    `PTSD (a concern, or a positive PCL-5): trauma-focused therapy comes first; ${name} is one of the first-line options.`, RULE_SOURCES.ptsd);

/**
 * The kit's suggestion rules. Decision support only: nothing here is added to a plan without
 * the clinician's click, and each suggestion carries these reasons, the facts that met them and
 * the source the rule follows.
 */
export const SUGGESTION_RULES: readonly SuggestionRule[] = [
  {
    ...rule('suicide-risk-safety-plan', { criticalItem: { instrument: 'phq9', item: 'phq9-9' } }, 'safety-planning', ['warning-signs', 'crisis-contacts', 'safer-environment'], 10,
      'Thoughts of death or self-harm were reported on PHQ-9 question 9: make a safety plan with the client today, before anything else.', RULE_SOURCES.safetyPlanning),
    first: true,
  },
  rule('co-occurring-depression-substance', { all: [anyDepression, anySubstanceUse] }, 'integrative',
    ['shared-formulation', 'care-coordination'], 9,
    'Low mood and substance use are both present: treat them together in one integrated plan rather than one after the other.'),
  trauma('cpt', 'Cognitive Processing Therapy', ['stuck-points', 'impact-statement']),
  trauma('prolonged-exposure', 'Prolonged Exposure', ['imaginal-exposure', 'in-vivo-exposure']),
  trauma('emdr', 'EMDR', ['bilateral-stimulation']),
  trauma('tf-cbt', 'trauma-focused CBT', ['trauma-narrative']),
  rule('trauma-meaning-cpt', { all: [anyTrauma, { traumaFeature: 'difficulty-making-sense' }] }, 'cpt', ['stuck-points'], 3,
    'Difficulty making sense of what happened: Cognitive Processing Therapy works directly on the meaning the trauma has taken on.', RULE_SOURCES.ptsd),
  rule('trauma-informed-stance', anyTrauma, 'trauma-informed', ['choice-and-control', 'phase-safety'], 4,
    'Trauma: work in a trauma-informed way throughout (safety, choice, trust). This is how care is delivered, alongside a trauma-focused therapy; it is not a treatment on its own.',
    RULE_SOURCES.traumaInformed),
  rule('specific-phobia-exposure', { concern: 'specific-phobia' }, 'cbt', ['exposure'], 8,
    'Specific phobia: CBT with an emphasis on graded exposure.'),
  rule('panic-interoceptive', { concern: 'panic' }, 'cbt', ['interoceptive-exposure', 'cognitive-restructuring'], 7,
    'Panic: CBT with exposure to feared body sensations and work on catastrophic thoughts.'),
  rule('generalized-worry-restructuring',
    { any: [{ concern: 'generalized-anxiety' }, { scoreAtLeast: { instrument: 'gad7', value: 10 } }] },
    'cbt', ['cognitive-restructuring'], 7,
    'Generalized worry: CBT with an emphasis on cognitive restructuring of worried thoughts.'),
  rule('depression-activation', anyDepression, 'cbt', ['behavioral-activation'], 6,
    'Low mood: CBT with behavioral activation, planning small activities that matter to the client.'),
  rule('trauma-physical-somatic', { all: [anyTrauma, { traumaFeature: 'strong-physical-symptoms' }] }, 'somatic',
    ['grounding', 'paced-breathing', 'titration'], 4,
    'Trauma with strong physical symptoms: body-based techniques can help settle the alarm response alongside a trauma-focused therapy; they are not a PTSD treatment on their own.'),
  rule('alcohol-brief-intervention', { positiveScreen: 'auditc' }, 'brief-intervention', ['feedback', 'motivational-conversation'], 9,
    'Positive AUDIT-C: a brief intervention (feedback, advice and a motivational conversation) is the recommended response to unhealthy drinking found by screening. A screen is not a diagnosis.',
    RULE_SOURCES.alcoholBrief),
  rule('substance-use-mi', anySubstanceUse, 'motivational-interviewing', ['open-questions', 'decisional-balance'], 8,
    'Substance use: motivational interviewing helps the client explore their own reasons for change.'),
  rule('substance-use-groups', anySubstanceUse, 'support-groups', ['mutual-help'], 5,
    'Substance use: peer support groups, in person or online, add support between sessions.'),
  rule('use-disorder-medication-referral', { any: [{ useDisorder: 'alcohol' }, { useDisorder: 'opioid' }] }, 'mat-referral', ['prescriber-referral'], 7,
    'A moderate or severe alcohol or opioid use disorder is recorded: consider referral to a prescriber to discuss medication (MAUD / MOUD). The prescriber decides; this plan never sets a dose.',
    RULE_SOURCES.medication),
  rule('stress-mindfulness', { concern: 'stress' }, 'mindfulness', ['mindful-breathing', 'breathing-space'], 5,
    'Stress: mindfulness practice, such as an MBSR course.'),
  rule('insomnia-cbt-i', { concern: 'sleep' }, 'cbt-i', ['sleep-restriction', 'stimulus-control'], 8,
    'Sleep problems: CBT for insomnia (CBT-I) is the first-line treatment; sleep-hygiene advice alone is not recommended as a treatment.', RULE_SOURCES.insomnia),
  rule('grief-person-centered', { concern: 'grief' }, 'person-centered', ['reflective-listening'], 5,
    'Grief: a person-centered space to be heard at the client’s own pace.'),
  rule('relationships-family', { concern: 'relationships' }, 'family-therapy', ['communication-skills'], 5,
    'Relationship difficulties: family or couple sessions with the people involved.'),
];

// ---------------------------------------------------------------- host-supplied rules

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

export const SuggestionRuleSchema = z.strictObject({
  id: IdSchema,
  when: RuleConditionSchema,
  modalityId: IdSchema,
  techniques: z.optional(z.array(IdSchema)),
  weight: z.number().check(z.minimum(1), z.maximum(10)),
  reason: LongTextSchema.check(z.minLength(1)),
  source: z.optional(LongTextSchema),
  first: z.optional(z.boolean()),
});

/** Validates a host-supplied rule set (used instead of `SUGGESTION_RULES`). */
export const parseRules = (input: unknown): Result<SuggestionRule[]> =>
  parseDefinition(z.array(SuggestionRuleSchema), input, 'suggestion rules are', 'rules.', (_, id) => `rules: "${id}" appears more than once`);
