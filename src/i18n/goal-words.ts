import { concernAreaPhrases } from './concern-words.js';
import { msg, str } from '@lit/localize';
import type { ChecklistItem, GoalSuggestion, SuggestionContent } from '../clinical/goals/index.js';
import type { Goal, Measure, Objective, Support } from '../model/plan.js';
import { goalStatusWords } from './status-words.js';
import { bandName } from './scoring-words.js';

/** How the goal editor writes dates and instrument names in its sentences. */
export interface GoalWording {
  /** A plan day in the reader's language ("Feb 1, 2027"). */
  formatDate: (day: string | undefined) => string;
  /** Short name of a built-in or host-registered instrument ("PHQ-9"). */
  instrumentName: (id: string) => string;
}

export const GOAL_PROPOSERS: readonly Goal['proposedBy'][] = ['client', 'clinician', 'together'];
export const GOAL_PRIORITIES: readonly Goal['priority'][] = ['high', 'medium', 'low'];
export const MEASURE_KINDS: readonly Measure['kind'][] = ['count', 'rating', 'instrument', 'custom'];
export const SUPPORT_KINDS: readonly Support['kind'][] = ['strength', 'barrier', 'person', 'group', 'community-resource'];

/** Goal or objective status; the client reads it in plain language. */
export const goalStatusFor = (status: Goal['status'], client: boolean): string =>
  client
    ? {
        proposed: msg('Suggested, not started'),
        active: msg('Working on it'),
        achieved: msg('Done'),
        'on-hold': msg('Paused for now'),
        discontinued: msg('Stopped'),
      }[status]
    : goalStatusWords(status);

/** Who proposed a goal; the client reads "Me" and "My therapist". */
export const proposerWords = (p: Goal['proposedBy'], client: boolean): string =>
  (client
    ? { client: msg('Me'), clinician: msg('My therapist'), together: msg('Together') }
    : { client: msg('Client'), clinician: msg('Clinician'), together: msg('Together') })[p];

export const priorityWords = (p: Goal['priority']): string => ({ high: msg('High'), medium: msg('Medium'), low: msg('Low') })[p];

export const measureKindWords = (k: Measure['kind']): string =>
  ({
    count: msg('Count (how often)'),
    rating: msg('Rating (for example 0–10)'),
    instrument: msg('Questionnaire score'),
    custom: msg('Other measure'),
  })[k];

/** Concern areas inside a sentence ("Areas of concern: depression, panic"): one home, concern-words.ts. */
export { concernAreaPhrases };

/** All support kinds at once: many per render. */
export const supportKindWords = (): Record<Support['kind'], string> => ({
  strength: msg('Strength'),
  barrier: msg('Barrier'),
  person: msg('Person'),
  group: msg('Group'),
  'community-resource': msg('Community resource'),
});

/** The five Goal Attainment Scaling levels, −2 to +2, as the editor labels their descriptions. */
export const gasLevelNames = (): string[] => [
  msg('−2 much less than expected'),
  msg('−1 less than expected'),
  msg('0 expected outcome'),
  msg('+1 more than expected'),
  msg('+2 much more than expected'),
];

/** A rating with its sign ("+1", "0", "−1" as typed numbers). */
export const signed = (n: number): string | number => (n > 0 ? `+${n}` : n);

/**
 * "panic attacks from 7 per week to 1 per week by 1 Feb 2027", in the reader's language.
 * `baseline` is the objective's starting point (for a questionnaire, its baseline score).
 */
export function objectiveSentence(o: Objective, baseline: number | undefined, w: GoalWording): string {
  const m = o.measure;
  const instrument = m.kind === 'instrument';
  const name = instrument && m.instrumentId ? w.instrumentName(m.instrumentId) : m.label.trim();
  const unit = instrument ? '' : (m.unit?.trim() ?? '');
  const withUnit = (n: number) => (unit ? `${n} ${unit}` : `${n}`);
  if (!name) return msg('Nothing to measure yet');
  let text = name;
  if (baseline !== undefined && m.target !== undefined) {
    text = msg(str`${name} from ${withUnit(baseline)} to ${withUnit(m.target)}`);
  } else if (m.target !== undefined) {
    text = m.direction === 'increase' ? msg(str`${name} up to ${withUnit(m.target)}`) : msg(str`${name} down to ${withUnit(m.target)}`);
  }
  return o.dueDate ? msg(str`${text} by ${w.formatDate(o.dueDate)}`) : text;
}

/** One line of the measurability checklist: what is there, or what is missing and how to fix it. */
export function checklistWords(item: ChecklistItem, o: Objective, baseline: number | undefined, w: GoalWording): string {
  const m = o.measure;
  const name = m.instrumentId ? w.instrumentName(m.instrumentId) : '';
  switch (item.id) {
    case 'what':
      return item.ok ? msg(str`Measures: ${m.label.trim()}`) : msg('Say what is measured (for example “panic attacks”)');
    case 'instrument':
      return item.ok ? msg(str`Measured with the ${name}`) : msg('Choose the questionnaire that measures it');
    case 'baseline':
      if (item.ok) return msg(str`Starting point: ${String(baseline)}`);
      return m.kind === 'instrument'
        ? msg('No complete score of this questionnaire yet: the first one becomes the starting point')
        : msg('Give the starting point (baseline)');
    case 'target':
      return item.ok ? msg(str`Target: ${String(m.target)}`) : msg('Give a target');
    case 'target-in-range':
      return item.ok ? msg('Target is a possible score') : msg('The target is not a possible score of this questionnaire');
    case 'direction':
      return item.ok ? (m.direction === 'decrease' ? msg('Should go down') : msg('Should go up')) : msg('Say whether the number should go down or up');
    case 'direction-consistent':
      return item.ok
        ? msg('Target and starting point agree with the direction')
        : msg(
            str`Going ${m.direction === 'decrease' ? msg('down') : msg('up')} from ${String(baseline)} cannot reach ${String(m.target)}: check the direction, starting point and target`,
          );
    case 'due-date':
      return item.ok ? msg(str`Due ${w.formatDate(o.dueDate)}`) : msg('Give a date to reach it by');
    case 'due-after-start':
      return item.ok ? msg('Due date is after the day it was set') : msg('The due date must be after the day the objective was set');
    case 'unit':
      return item.ok ? msg(str`Unit: ${m.unit ?? ''}`) : msg('Add a unit (for example “per week”) so the numbers read clearly');
  }
}

/** Why a goal is suggested: "PHQ-9 = 14 (Moderate)", "Intake: panic marked as a concern". */
export function suggestionReasonWords(s: GoalSuggestion, w: GoalWording): string {
  const r = s.reason;
  switch (r.code) {
    case 'instrument-score': {
      const name = w.instrumentName(r.instrumentId);
      const total = r.total;
      const label = bandName(r.instrumentId, r.band, r.bandLabel) ?? (r.positive ? msg('positive screen') : undefined);
      return label ? msg(str`${name} = ${total} (${label})`) : msg(str`${name} = ${total}`);
    }
    case 'co-occurring':
      return msg('Depression and substance use both present: one integrated plan');
    case 'phased-structure':
      return msg('Complex trauma: an optional phased structure; trauma-focused therapy need not wait for stabilization (VA/DoD 2023, NICE NG116)');
    case 'intake-concern': {
      const areas = concernAreaPhrases();
      const names = r.areas.map((a) => areas[a]).join(', ');
      return msg(str`Intake: ${names} marked as a concern`);
    }
  }
}

/** The words a goal suggestion writes into the plan, in the page's language (see `SuggestionContent`). */
export const goalSuggestionContent = (): SuggestionContent => ({
  objectiveText: (instrument, below) => msg(str`${instrument} below ${below}`),
  measureLabel: (instrument) => msg(str`${instrument} total`),
  goalText: (instrument) => msg(str`Reduce symptoms measured by the ${instrument}.`),
  problemTitle: (instrument) => msg(str`Symptoms measured by the ${instrument}`),
  evidence: ({ instrument, instrumentId, total, band, bandLabel, positive, day }) => {
    const label = (instrumentId ? bandName(instrumentId, band, bandLabel) : bandLabel) ?? (positive ? msg('positive screen') : undefined);
    return label ? msg(str`${instrument} = ${total} (${label}) on ${day}`) : msg(str`${instrument} = ${total} on ${day}`);
  },
});

/** What accepting a suggestion adds: "objective: PHQ-9 below 5". */
export function suggestionProposalWords(s: GoalSuggestion): string {
  const i = s.insert;
  switch (i.as) {
    case 'objective':
      return msg(str`objective: ${i.objective.clinicalText}`);
    case 'goal':
      return msg(str`goal with objective: ${i.goal.objectives[0]?.clinicalText ?? i.goal.clinicalText}`);
    case 'problem':
      return s.kind === 'objective'
        ? msg(str`objective: ${i.problem.goals[0]?.objectives[0]?.clinicalText ?? ''} (in a new problem “${i.problem.title}”)`)
        : msg(str`problem: ${i.problem.title}`);
    case 'phases':
      return msg(str`phases: ${i.phases.map((p) => p.title).join(' → ')}`);
  }
}

/** A collapsed problem's one line: its goals by status and how many objectives are achieved. */
export const problemStateWords = (goals: readonly Goal[], client: boolean): string => {
  if (!goals.length) return msg('No goals yet');
  const counts = new Map<Goal['status'], number>();
  for (const g of goals) counts.set(g.status, (counts.get(g.status) ?? 0) + 1);
  const statuses = [...counts].map(([status, n]) => `${goalStatusFor(status, client)}: ${n}`).join(', ');
  const objectives = goals.flatMap((g) => g.objectives);
  const achieved = objectives.filter((o) => o.status === 'achieved').length;
  const goalCount = goals.length === 1 ? msg('1 goal') : msg(str`${goals.length} goals`);
  return msg(str`${goalCount} (${statuses}) · ${achieved} of ${objectives.length} objectives achieved`);
};
