import * as z from 'zod/mini';
import { describeIssues, fail, ok, type Result } from '../../model/errors.js';
import { ConcernAreaSchema, TraumaFeatureSchema, type ConcernArea, type TraumaFeature } from '../../model/plan.js';
import { IdSchema, LongTextSchema } from '../../model/primitives.js';

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
}

const anyTrauma: RuleCondition = {
  any: [{ concern: 'ptsd' }, { concern: 'complex-trauma' }, { positiveScreen: 'pcl5' }],
};

const anySubstanceUse: RuleCondition = {
  any: [{ concern: 'substance-use' }, { substanceUse: 'yes' }, { positiveScreen: 'auditc' }],
};

const anyDepression: RuleCondition = {
  any: [{ concern: 'depression' }, { scoreAtLeast: { instrument: 'phq9', value: 10 } }],
};

/**
 * The kit's suggestion rules. Decision support only: nothing here is added to a plan without
 * the clinician's click, and each suggestion carries these reasons and the facts that met them.
 */
export const SUGGESTION_RULES: readonly SuggestionRule[] = [
  {
    id: 'co-occurring-depression-substance',
    when: { all: [anyDepression, anySubstanceUse] },
    modalityId: 'integrative',
    techniques: ['shared-formulation', 'care-coordination'],
    weight: 9,
    reason: 'Low mood and substance use are both present: treat them together in one integrated plan rather than one after the other.',
  },
  {
    id: 'complex-trauma-phased',
    when: { concern: 'complex-trauma' },
    modalityId: 'trauma-informed',
    techniques: ['phase-safety', 'choice-and-control'],
    weight: 9,
    reason: 'Complex trauma: a phased approach starts with safety and regulation before any work on traumatic memories.',
  },
  {
    id: 'specific-phobia-exposure',
    when: { concern: 'specific-phobia' },
    modalityId: 'cbt',
    techniques: ['exposure'],
    weight: 8,
    reason: 'Specific phobia: CBT with an emphasis on graded exposure.',
  },
  {
    id: 'panic-interoceptive',
    when: { concern: 'panic' },
    modalityId: 'cbt',
    techniques: ['interoceptive-exposure', 'cognitive-restructuring'],
    weight: 7,
    reason: 'Panic: CBT with exposure to feared body sensations and work on catastrophic thoughts.',
  },
  {
    id: 'generalized-worry-restructuring',
    when: {
      any: [{ concern: 'generalized-anxiety' }, { scoreAtLeast: { instrument: 'gad7', value: 10 } }],
    },
    modalityId: 'cbt',
    techniques: ['cognitive-restructuring'],
    weight: 7,
    reason: 'Generalized worry: CBT with an emphasis on cognitive restructuring of worried thoughts.',
  },
  {
    id: 'depression-activation',
    when: anyDepression,
    modalityId: 'cbt',
    techniques: ['behavioral-activation'],
    weight: 6,
    reason: 'Low mood: CBT with behavioral activation, planning small activities that matter to the client.',
  },
  {
    id: 'trauma-physical-somatic',
    when: { all: [anyTrauma, { traumaFeature: 'strong-physical-symptoms' }] },
    modalityId: 'somatic',
    techniques: ['grounding', 'paced-breathing', 'titration'],
    weight: 7,
    reason: 'Trauma with strong physical symptoms: somatic (body-based) techniques to settle the body’s alarm response.',
  },
  {
    id: 'trauma-meaning-narrative',
    when: { all: [anyTrauma, { traumaFeature: 'difficulty-making-sense' }] },
    modalityId: 'narrative',
    techniques: ['life-story', 'externalizing'],
    weight: 7,
    reason: 'Trauma with difficulty making sense of what happened: narrative techniques to put events into words and order.',
  },
  {
    id: 'substance-use-mi',
    when: anySubstanceUse,
    modalityId: 'motivational-interviewing',
    techniques: ['open-questions', 'decisional-balance'],
    weight: 8,
    reason: 'Substance use: motivational interviewing helps the client explore their own reasons for change.',
  },
  {
    id: 'substance-use-groups',
    when: anySubstanceUse,
    modalityId: 'support-groups',
    techniques: ['mutual-help'],
    weight: 5,
    reason: 'Substance use: peer support groups, in person or online, add support between sessions.',
  },
  {
    id: 'substance-use-mat-referral',
    when: {
      all: [
        anySubstanceUse,
        {
          any: [
            { positiveScreen: 'auditc' },
            { substancesMention: ['alcohol', 'opioid', 'opiate', 'heroin', 'fentanyl', 'oxycodone', 'methadone'] },
          ],
        },
      ],
    },
    modalityId: 'mat-referral',
    techniques: ['prescriber-referral'],
    weight: 6,
    reason: 'Alcohol or opioid use: consider referral to a prescriber to discuss medication-assisted treatment. The prescriber decides; this plan never sets a dose.',
  },
  {
    id: 'stress-mindfulness',
    when: { concern: 'stress' },
    modalityId: 'mindfulness',
    techniques: ['mindful-breathing', 'breathing-space'],
    weight: 5,
    reason: 'Stress: mindfulness practice, such as an MBSR course.',
  },
  {
    id: 'sleep-lifestyle',
    when: { concern: 'sleep' },
    modalityId: 'lifestyle',
    techniques: ['sleep-routine'],
    weight: 5,
    reason: 'Sleep problems: a regular sleep routine, with CBT for sleep if it persists.',
  },
  {
    id: 'grief-person-centered',
    when: { concern: 'grief' },
    modalityId: 'person-centered',
    techniques: ['reflective-listening'],
    weight: 5,
    reason: 'Grief: a person-centered space to be heard at the client’s own pace.',
  },
  {
    id: 'relationships-family',
    when: { concern: 'relationships' },
    modalityId: 'family-therapy',
    techniques: ['communication-skills'],
    weight: 5,
    reason: 'Relationship difficulties: family or couple sessions with the people involved.',
  },
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
});

/** Validates a host-supplied rule set (used instead of `SUGGESTION_RULES`). */
export function parseRules(input: unknown): Result<SuggestionRule[]> {
  const parsed = z.array(SuggestionRuleSchema).safeParse(input);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues).map((l) => `rules.${l}`);
    return fail('invalid-definition', `The suggestion rules are not valid: ${issues[0]}`, issues);
  }
  const ids = parsed.data.map((r) => r.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) {
    const line = `rules: "${dup}" appears more than once`;
    return fail('invalid-definition', `The suggestion rules are not valid: ${line}`, [line]);
  }
  return ok(parsed.data);
}
