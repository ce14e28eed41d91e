import { msg, str } from '@lit/localize';
import type { PlanError } from '../model/errors.js';
import { isRefusal, type Refusal, type ThingKind } from '../plan/refusals.js';
import { planStatusWords } from './status-words.js';
import { dataStatusWords } from './progress-words.js';
import { ruleWords } from './rule-words.js';

/** The kind of thing a refusal names, in words. */
export const thingWords = (t: ThingKind): string =>
  ({
    problem: msg('problem'),
    goal: msg('goal'),
    objective: msg('objective'),
    phase: msg('phase'),
    support: msg('support'),
    approach: msg('approach'),
    homework: msg('homework'),
    entry: msg('entry'),
    administration: msg('questionnaire result'),
    'risk-flag': msg('risk flag'),
    'safety-plan-line': msg('safety plan line'),
    rating: msg('rating'),
    'medication-referral': msg('medication referral'),
    'recovery-support': msg('recovery support'),
  })[t];

const progressStatus = (s: string): string =>
  s === 'achieved' || s === 'improving' || s === 'no-reliable-change' || s === 'worsening' || s === 'not-enough-data' ? dataStatusWords(s) : s;

/** A refused command in words for the person who made it, in the page's language. */
export function refusalWords(r: Refusal): string {
  switch (r.code) {
    case 'not-found': {
      const what = thingWords(r.params.what);
      return msg(str`That ${what} is no longer in the plan.`);
    }
    case 'id-taken': {
      const what = thingWords(r.params.what);
      const id = r.params.id;
      return msg(str`The ${what} id “${id}” is already in use.`);
    }
    case 'dismissal-needs-reason':
      return msg('Say why this suggestion does not fit; the reason is kept with the plan.');
    case 'nothing-dismissed':
      return msg('That suggestion is not dismissed.');
    case 'session-in-future':
      return msg('A session that has not happened yet cannot be recorded as attended or missed.');
    case 'review-in-future':
      return msg('A review cannot be dated in the future.');
    case 'review-plan-not-open': {
      const status = planStatusWords(r.params.status);
      return msg(str`Only an active plan or one under review can be reviewed; this plan is ${status}.`);
    }
    case 'review-objective-twice':
      return msg('An objective appears twice in the review.');
    case 'no-attainment-scale': {
      const objective = r.params.objective;
      return msg(str`“${objective}” has no goal attainment scale to rate.`);
    }
    case 'not-instrument-objective':
      return msg('This objective is not measured with a questionnaire.');
    case 'progress-changed': {
      const now = progressStatus(r.params.now);
      const expected = progressStatus(r.params.expected);
      return msg(str`The data now say “${now}”, not “${expected}”; look again before confirming.`);
    }
    case 'baseline-needs-instrument':
      return msg('Only a questionnaire-based objective takes its baseline from the scores.');
    case 'no-complete-score':
      return msg('There is no complete score of this questionnaire yet.');
    case 'instrument-incomplete': {
      const { instrument, answered, itemCount } = r.params;
      return msg(str`${instrument}: ${answered} of ${itemCount} questions answered. Answer every question before saving.`);
    }
    case 'homework-needs-what':
      return msg('Say what the homework is.');
    case 'homework-needs-frequency':
      return msg('Say how often the homework is done.');
    case 'no-safety-plan':
      return msg('This plan has no safety plan yet; add one first.');
    case 'safety-plan-exists':
      return msg('This plan already has a safety plan.');
    case 'part2-protected': {
      if (r.params.scope === 'plan') return msg('This plan is protected by 42 CFR Part 2: nothing was exported without the explicit permission to include it.');
      const withheld = r.params.withheld;
      return msg(str`Substance-use care is protected by 42 CFR Part 2: ${withheld} record(s) were left out of the export.`);
    }
    default:
      return ruleWords(r);
  }
}

/**
 * A refused edit's words: its refusal worded in the page's language, else its own message. For
 * widgets that meet no `text-too-long` (that one is worded by `planErrorWords`, with the page's
 * number format) and so need not load the number formatting.
 */
export const refusedWords = (error: PlanError): string => (isRefusal(error.refusal) ? refusalWords(error.refusal) : error.message);
