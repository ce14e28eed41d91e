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

/** One row of the table: id, condition, approach, techniques to emphasize, weight, reason. */
const rule = (
  id: string,
  when: RuleCondition,
  modalityId: string,
  techniques: string[],
  weight: number,
  reason: string,
): SuggestionRule => ({ id, when, modalityId, techniques, weight, reason });

/**
 * The kit's suggestion rules. Decision support only: nothing here is added to a plan without
 * the clinician's click, and each suggestion carries these reasons and the facts that met them.
 */
export const SUGGESTION_RULES: readonly SuggestionRule[] = [
  rule('co-occurring-depression-substance', { all: [anyDepression, anySubstanceUse] }, 'integrative',
    ['shared-formulation', 'care-coordination'], 9,
    'Low mood and substance use are both present: treat them together in one integrated plan rather than one after the other.'),
  rule('complex-trauma-phased', { concern: 'complex-trauma' }, 'trauma-informed', ['phase-safety', 'choice-and-control'], 9,
    'Complex trauma: a phased approach starts with safety and regulation before any work on traumatic memories.'),
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
    ['grounding', 'paced-breathing', 'titration'], 7,
    'Trauma with strong physical symptoms: somatic (body-based) techniques to settle the body’s alarm response.'),
  rule('trauma-meaning-narrative', { all: [anyTrauma, { traumaFeature: 'difficulty-making-sense' }] }, 'narrative',
    ['life-story', 'externalizing'], 7,
    'Trauma with difficulty making sense of what happened: narrative techniques to put events into words and order.'),
  rule('substance-use-mi', anySubstanceUse, 'motivational-interviewing', ['open-questions', 'decisional-balance'], 8,
    'Substance use: motivational interviewing helps the client explore their own reasons for change.'),
  rule('substance-use-groups', anySubstanceUse, 'support-groups', ['mutual-help'], 5,
    'Substance use: peer support groups, in person or online, add support between sessions.'),
  rule(
    'substance-use-mat-referral',
    {
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
    'mat-referral', ['prescriber-referral'], 6,
    'Alcohol or opioid use: consider referral to a prescriber to discuss medication-assisted treatment. The prescriber decides; this plan never sets a dose.',
  ),
  rule('stress-mindfulness', { concern: 'stress' }, 'mindfulness', ['mindful-breathing', 'breathing-space'], 5,
    'Stress: mindfulness practice, such as an MBSR course.'),
  rule('sleep-lifestyle', { concern: 'sleep' }, 'lifestyle', ['sleep-routine'], 5,
    'Sleep problems: a regular sleep routine, with CBT for sleep if it persists.'),
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
export const parseRules = (input: unknown): Result<SuggestionRule[]> =>
  parseDefinition(z.array(SuggestionRuleSchema), input, 'suggestion rules are', 'rules.', (_, id) => `rules: "${id}" appears more than once`);
