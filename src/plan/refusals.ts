import type { PlanStatus } from '../model/plan.js';
import type { Part2Refusal } from '../model/substance-use.js';
import { ruleMessage, type RuleViolation } from './rules.js';

/** The kinds of thing a command may not find, or find taken. */
export type ThingKind =
  | 'problem'
  | 'goal'
  | 'objective'
  | 'phase'
  | 'support'
  | 'approach'
  | 'homework'
  | 'entry'
  | 'administration'
  | 'risk-flag'
  | 'safety-plan-line'
  | 'rating'
  | 'medication-referral'
  | 'recovery-support';

/**
 * Why a command was refused, as a stable code with its values: the plan's rules
 * ({@link RuleViolation}) and the commands' own checks. The element words it in the page's
 * language (`src/i18n/refusal-words.ts`); {@link refusalMessage} is the English for logs and hosts.
 */
export type CommandRefusal =
  | { code: 'not-found'; params: { what: ThingKind; id: string } }
  | { code: 'id-taken'; params: { what: ThingKind; id: string } }
  | { code: 'dismissal-needs-reason'; params: Record<string, never> }
  | { code: 'nothing-dismissed'; params: { key: string } }
  | { code: 'session-in-future'; params: Record<string, never> }
  | { code: 'review-in-future'; params: Record<string, never> }
  | { code: 'review-plan-not-open'; params: { status: PlanStatus } }
  | { code: 'review-objective-twice'; params: { objectiveId: string } }
  | { code: 'no-attainment-scale'; params: { objective: string } }
  | { code: 'not-instrument-objective'; params: Record<string, never> }
  | { code: 'progress-changed'; params: { now: string; expected: string } }
  | { code: 'baseline-needs-instrument'; params: Record<string, never> }
  | { code: 'no-complete-score'; params: Record<string, never> }
  | { code: 'instrument-incomplete'; params: { instrument: string; answered: number; itemCount: number } }
  | { code: 'homework-needs-what'; params: Record<string, never> }
  | { code: 'homework-needs-frequency'; params: Record<string, never> }
  | { code: 'no-safety-plan'; params: Record<string, never> }
  | { code: 'safety-plan-exists'; params: Record<string, never> }
  /** Not a command's: the FHIR export withheld what 42 CFR Part 2 protects (no `includeProtected: true`). */
  | Part2Refusal;

export type Refusal = RuleViolation | CommandRefusal;
export type RefusalCode = Refusal['code'];

/** Every refusal code, so a refusal read back from an error can be told from any other object. */
export const REFUSAL_CODES: readonly RefusalCode[] = [
  'status-needs-reason',
  'objective-not-measurable',
  'plan-transition-not-allowed',
  'approach-needs-objective',
  'unknown-objective',
  'duplicate-technique',
  'plan-not-agreed',
  'plan-not-signed',
  'plan-changed-while-signing',
  'already-signed',
  'plan-closed',
  'name-required',
  'not-found',
  'id-taken',
  'dismissal-needs-reason',
  'nothing-dismissed',
  'session-in-future',
  'review-in-future',
  'review-plan-not-open',
  'review-objective-twice',
  'no-attainment-scale',
  'not-instrument-objective',
  'progress-changed',
  'baseline-needs-instrument',
  'no-complete-score',
  'instrument-incomplete',
  'homework-needs-what',
  'homework-needs-frequency',
  'no-safety-plan',
  'safety-plan-exists',
  'part2-protected',
];

/** Whether `r` (from a `PlanError`'s `refusal`) is one of this kit's refusals. */
export const isRefusal = (r: { code: string } | undefined): r is Refusal => r !== undefined && (REFUSAL_CODES as readonly string[]).includes(r.code);

/** Plain English for a refusal: the `message` of a rejected command, for logs and hosts. The one table of these sentences. */
export function refusalMessage(r: Refusal): string {
  const THING_NAMES: Readonly<Record<ThingKind, string>> = {
    problem: 'problem',
    goal: 'goal',
    objective: 'objective',
    phase: 'phase',
    support: 'support',
    approach: 'approach',
    homework: 'homework',
    entry: 'entry',
    administration: 'administration',
    'risk-flag': 'risk flag',
    'safety-plan-line': 'safety plan line',
    rating: 'rating',
    'medication-referral': 'medication referral',
    'recovery-support': 'recovery support',
  };
  switch (r.code) {
    case 'not-found':
      return `No ${THING_NAMES[r.params.what]} with id "${r.params.id}" in this plan.`;
    case 'id-taken':
      return `The ${THING_NAMES[r.params.what]} id "${r.params.id}" is taken.`;
    case 'dismissal-needs-reason':
      return 'Say why this suggestion does not fit.';
    case 'nothing-dismissed':
      return `Nothing dismissed under "${r.params.key}".`;
    case 'session-in-future':
      return 'A session that has not happened yet cannot be recorded as attended or missed.';
    case 'review-in-future':
      return 'A review cannot be dated in the future.';
    case 'review-plan-not-open':
      return `Only an active plan or one under review can be reviewed; this plan is ${r.params.status}.`;
    case 'review-objective-twice':
      return `Objective "${r.params.objectiveId}" appears twice in the review.`;
    case 'no-attainment-scale':
      return `"${r.params.objective}" has no goal attainment scale to rate.`;
    case 'not-instrument-objective':
      return 'This objective is not measured with an instrument.';
    case 'progress-changed':
      return `The data now say "${r.params.now}", not "${r.params.expected}"; look again before confirming.`;
    case 'baseline-needs-instrument':
      return 'Only a questionnaire-based objective takes its baseline from the scores.';
    case 'no-complete-score':
      return 'There is no complete score of this questionnaire yet.';
    case 'instrument-incomplete':
      return `${r.params.instrument}: ${r.params.answered} of ${r.params.itemCount} items answered; answer every item before recording it.`;
    case 'homework-needs-what':
      return 'Say what the homework is.';
    case 'homework-needs-frequency':
      return 'Say how often the homework is done.';
    case 'no-safety-plan':
      return 'This plan has no safety plan yet; add one first (safety/add-plan).';
    case 'safety-plan-exists':
      return 'This plan already has a safety plan.';
    case 'part2-protected':
      return r.params.scope === 'plan'
        ? 'This plan is marked as protected by 42 CFR Part 2: nothing was exported. Pass includeProtected: true only where the disclosure is permitted (consent or another Part 2 exception).'
        : `The substance-use care part of this plan is protected by 42 CFR Part 2: ${r.params.withheld} resource(s) were left out of the export. Pass includeProtected: true only where the disclosure is permitted.`;
    default:
      return ruleMessage(r);
  }
}
