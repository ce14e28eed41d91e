import { msg, str } from '@lit/localize';
import type { ApproachStructure, BuiltInRuleId, ConcernSource, Evidence, ModalitySuggestion, RuleCondition, SuggestionReason } from '../clinical/modalities/index.js';
import type { TraumaFeature } from '../model/plan.js';
import { concernWords } from './plan-words.js';
import { bandName } from './scoring-words.js';

/** What wording an approach suggestion needs from the element that shows it. */
export interface SuggestionWording {
  /** Short name of an instrument ("PHQ-9"). */
  instrumentName(id: string): string;
  /** A day (`YYYY-MM-DD`) as the element shows dates. */
  formatDate(day: string): string;
}

const trauma = (name: string) => msg(str`PTSD (a concern, or a positive PCL-5): trauma-focused therapy comes first; ${name} is one of the first-line options.`);

/** Why each of the kit's own rules proposes its approach. */
const builtInReasons = (): Record<BuiltInRuleId, string> => ({
  'suicide-risk-safety-plan': msg(
    'Thoughts of death or self-harm were reported on PHQ-9 question 9: make a safety plan with the client today, before anything else.',
  ),
  'co-occurring-depression-substance': msg(
    'Low mood and substance use are both present: treat them together in one integrated plan rather than one after the other.',
  ),
  'ptsd-cpt': trauma(msg('Cognitive Processing Therapy')),
  'ptsd-prolonged-exposure': trauma(msg('Prolonged Exposure')),
  'ptsd-emdr': trauma(msg('EMDR')),
  'ptsd-tf-cbt': trauma(msg('trauma-focused CBT')),
  'trauma-meaning-cpt': msg(
    'Difficulty making sense of what happened: Cognitive Processing Therapy works directly on the meaning the trauma has taken on.',
  ),
  'trauma-informed-stance': msg(
    'Trauma: work in a trauma-informed way throughout (safety, choice, trust). This is how care is delivered, alongside a trauma-focused therapy; it is not a treatment on its own.',
  ),
  'specific-phobia-exposure': msg('Specific phobia: CBT with an emphasis on graded exposure.'),
  'panic-interoceptive': msg('Panic: CBT with exposure to feared body sensations and work on catastrophic thoughts.'),
  'generalized-worry-restructuring': msg('Generalized worry: CBT with an emphasis on cognitive restructuring of worried thoughts.'),
  'depression-activation': msg('Low mood: CBT with behavioral activation, planning small activities that matter to the client.'),
  'trauma-physical-somatic': msg(
    'Trauma with strong physical symptoms: body-based techniques can help settle the alarm response alongside a trauma-focused therapy; they are not a PTSD treatment on their own.',
  ),
  'alcohol-brief-intervention': msg(
    'Positive AUDIT-C: a brief intervention (feedback, advice and a motivational conversation) is the recommended response to unhealthy drinking found by screening. A screen is not a diagnosis.',
  ),
  'substance-use-mi': msg('Substance use: motivational interviewing helps the client explore their own reasons for change.'),
  'substance-use-groups': msg('Substance use: peer support groups, in person or online, add support between sessions.'),
  'use-disorder-medication-referral': msg(
    'A moderate or severe alcohol or opioid use disorder is recorded: consider referral to a prescriber to discuss medication (MAUD / MOUD). The prescriber decides; this plan never sets a dose.',
  ),
  'stress-mindfulness': msg('Stress: mindfulness practice, such as an MBSR course.'),
  'insomnia-cbt-i': msg(
    'Sleep problems: CBT for insomnia (CBT-I) is the first-line treatment; sleep-hygiene advice alone is not recommended as a treatment.',
  ),
  'grief-person-centered': msg('Grief: a person-centered space to be heard at the client’s own pace.'),
  'relationships-family': msg('Relationship difficulties: family or couple sessions with the people involved.'),
});

const isBuiltIn = (id: string, reasons: Record<BuiltInRuleId, string>): id is BuiltInRuleId => Object.hasOwn(reasons, id);

/**
 * Why a rule proposes its approach: a host rule's own words, else the kit's words for its rule,
 * else the rule's id (a rule the kit does not know and that brought no words).
 */
export function ruleReasonWords(rule: { id: string; reason?: string | undefined }): string {
  if (rule.reason) return rule.reason;
  const reasons = builtInReasons();
  return isBuiltIn(rule.id, reasons) ? reasons[rule.id] : rule.id;
}

/** A suggestion's reason in words (see {@link ruleReasonWords}). */
export const suggestionReasonText = (r: SuggestionReason): string => ruleReasonWords({ id: r.ruleId, reason: r.text });

export const traumaFeatureWords = (f: TraumaFeature): string =>
  ({
    'strong-physical-symptoms': msg('strong physical symptoms'),
    'difficulty-making-sense': msg('difficulty making sense of events'),
  })[f];

const sourceWords = (s: ConcernSource): string => {
  if (s.from === 'intake') return msg('noted at intake');
  const title = s.title || msg('(untitled)');
  return msg(str`problem “${title}”`);
};

/** "question 9" for an item id ending in its number (`phq9-9`), else the id. */
const questionWords = (itemId: string): string => {
  const n = /-(\d+)$/.exec(itemId)?.[1];
  return n ? msg(str`question ${n}`) : msg(str`item ${itemId}`);
};

/** A fact that met a rule, in words ("PHQ-9 16 (Moderately severe) on Oct 5, 2026, at or above 10"). */
export function evidenceWords(e: Evidence, w: SuggestionWording): string {
  const score = (s: { instrumentId: string; total: number; band?: string; bandLabel?: string; day: string }) => {
    const name = w.instrumentName(s.instrumentId);
    const total = s.total;
    const day = w.formatDate(s.day);
    const band = bandName(s.instrumentId, s.band, s.bandLabel);
    return band ? msg(str`${name} ${total} (${band}) on ${day}`) : msg(str`${name} ${total} on ${day}`);
  };
  switch (e.code) {
    case 'concern': {
      const area = concernWords(e.area);
      const where = e.where.map(sourceWords).join('; ');
      return msg(str`${area}: ${where}`);
    }
    case 'trauma-feature': {
      const feature = traumaFeatureWords(e.feature);
      return msg(str`Trauma feature noted at intake: ${feature}`);
    }
    case 'substance-use': {
      const substances = e.substances;
      return substances ? msg(str`Substance use reported at intake: ${substances}`) : msg('Substance use reported at intake');
    }
    case 'substances-named': {
      const words = e.words.join(', ');
      return msg(str`Substances named at intake include ${words}`);
    }
    case 'score-at-least': {
      const what = score(e.score);
      const value = e.value;
      return msg(str`${what}, at or above ${value}`);
    }
    case 'positive-screen': {
      const what = score(e.score);
      return msg(str`${what}: positive screen`);
    }
    case 'critical-item': {
      const name = w.instrumentName(e.instrumentId);
      const question = questionWords(e.itemId);
      const value = e.value ?? msg('above 0');
      const day = w.formatDate(e.day);
      return msg(str`${name} ${question} answered ${value} on ${day}`);
    }
    case 'use-disorder': {
      const label = e.diagnosisCode ? `${e.label} (${e.diagnosisCode})` : e.label;
      return msg(str`Diagnosis recorded: ${label}`);
    }
  }
}

/** A structure preference inside a sentence ("open-ended, exploratory sessions"). */
export const structurePhrase = (s: ApproachStructure): string =>
  ({
    structured: msg('structured sessions'),
    balanced: msg('a balance of structure and exploration'),
    exploratory: msg('open-ended, exploratory sessions'),
  })[s];

/** How the client's structure preference moved a suggestion. */
export function preferenceWords(p: NonNullable<ModalitySuggestion['preference']>): string {
  const preferred = structurePhrase(p.preferred);
  const offered = structurePhrase(p.offered);
  return p.effect === 'raised'
    ? msg(str`Fits the client’s preference for ${preferred}.`)
    : msg(str`Offers ${offered}; the client prefers ${preferred}.`);
}

/** Why a suggestion was moved down: tried before and recorded as unhelpful (with the intake's words). */
export function demotionWords(d: NonNullable<ModalitySuggestion['demoted']>): string {
  const { when, didNotHelp } = d;
  if (when && didNotHelp) return msg(str`Tried before (${when}) and recorded as unhelpful: ${didNotHelp}`);
  if (when) return msg(str`Tried before (${when}) and recorded as unhelpful.`);
  if (didNotHelp) return msg(str`Tried before and recorded as unhelpful: ${didNotHelp}`);
  return msg('Tried before and recorded as unhelpful.');
}

/** A rule's condition in words, for showing the rule table to a clinician. */
export function conditionWords(cond: RuleCondition, w: Pick<SuggestionWording, 'instrumentName'>): string {
  const wrap = (c: RuleCondition) => ('all' in c || 'any' in c ? `(${conditionWords(c, w)})` : conditionWords(c, w));
  if ('concern' in cond) {
    const area = concernWords(cond.concern);
    return msg(str`concern: ${area}`);
  }
  if ('traumaFeature' in cond) {
    const feature = traumaFeatureWords(cond.traumaFeature);
    return msg(str`trauma feature: ${feature}`);
  }
  if ('substanceUse' in cond) return msg('substance use reported');
  if ('substancesMention' in cond) {
    const words = cond.substancesMention.join(msg(' or '));
    return msg(str`substances named include ${words}`);
  }
  if ('scoreAtLeast' in cond) {
    const name = w.instrumentName(cond.scoreAtLeast.instrument);
    const value = cond.scoreAtLeast.value;
    return msg(str`${name} ≥ ${value}`);
  }
  if ('positiveScreen' in cond) {
    const name = w.instrumentName(cond.positiveScreen);
    return msg(str`positive ${name} screen`);
  }
  if ('criticalItem' in cond) {
    const name = w.instrumentName(cond.criticalItem.instrument);
    const question = questionWords(cond.criticalItem.item);
    return msg(str`${name} ${question} positive`);
  }
  if ('useDisorder' in cond) return cond.useDisorder === 'alcohol' ? msg('moderate or severe alcohol use disorder recorded') : msg('moderate or severe opioid use disorder recorded');
  if ('all' in cond) return cond.all.map(wrap).join(msg(' and '));
  return cond.any.map(wrap).join(msg(' or '));
}
