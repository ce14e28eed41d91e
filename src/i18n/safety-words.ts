import { msg, str } from '@lit/localize';
import { pageRegistry } from '../clinical/instruments/page-registry.js';
import type { InstrumentDefinition } from '../clinical/instruments/schema.js';
import type { CriticalFinding, PlanMode, RiskFlagEntry, SafetyPlanStep } from '../model/plan.js';
import { criticalWords, isBuiltin } from './scoring-words.js';

/**
 * Words of the safety plan and of critical findings shown to a client. The safety plan's seven
 * steps follow the structure of Stanley & Brown (2012), Cognitive and Behavioral Practice
 * 19:256–264; the wording is the kit's own.
 */

/** Title and hint of each safety-plan step, plain for the client, clinical for the clinician. */
export function safetyStepWords(step: SafetyPlanStep, mode: PlanMode): [title: string, hint: string] {
  const client = mode === 'client';
  switch (step) {
    case 'warningSigns':
      return [
        msg('Warning signs'),
        client
          ? msg('Thoughts, feelings, situations or behaviour that tell you a crisis may be starting.')
          : msg('Thoughts, moods, situations and behaviour that come before a crisis, in the client’s words.'),
      ];
    case 'copingStrategies':
      return [
        msg('Things I can do on my own'),
        client
          ? msg('Things that take your mind off the problem without contacting anyone: a walk, music, a shower.')
          : msg('Internal coping strategies the client can use alone to take their mind off the crisis.'),
      ];
    case 'distractions':
      return [
        msg('People and places that take my mind off things'),
        client
          ? msg('People to be with and places to go that help you feel better, without talking about the crisis.')
          : msg('People and social settings that offer distraction, with their contact details.'),
      ];
    case 'helpers':
      return [
        msg('People I can ask for help'),
        client
          ? msg('Family or friends you can tell that you are struggling, with their phone numbers.')
          : msg('Family members or friends the client can ask for help with the crisis, with phone numbers.'),
      ];
    case 'professionals':
      return [
        msg('Professionals and crisis lines'),
        client
          ? msg('Your clinician, your doctor, a local urgent care service. In the US you can call or text 988 at any hour.')
          : msg('Clinicians, urgent care and crisis lines with numbers and hours; in the US the 988 Suicide & Crisis Lifeline.'),
      ];
    case 'safeEnvironment':
      return [
        msg('Making my surroundings safer'),
        client
          ? msg('Steps to keep things you could use to hurt yourself out of reach, and who can help with that.')
          : msg('Restricting access to lethal means: what will be removed or secured, by whom, and by when.'),
      ];
    case 'reasonsForLiving':
      return [
        msg('My reasons for living'),
        client ? msg('What matters most to you and is worth living for.') : msg('The client’s own reasons for living.'),
      ];
  }
}

/** Heading of the safety plan. */
export const safetyPlanTitle = (mode: PlanMode): string => (mode === 'client' ? msg('My safety plan') : msg('Safety plan'));

/**
 * A positive critical item in the words of the person reading it — the one choice of audience every
 * widget makes here: in client mode the client's plain words (what to do now, and where to get
 * help), else the clinician's instruction (`criticalWords`). `stored` is the finding's stored
 * English message; `def` the definition on screen (a host instrument's words in the page's
 * language), else the page's registered one.
 */
export function riskWords(mode: PlanMode, instrumentId: string, itemId: string, stored: string, def?: InstrumentDefinition): string {
  return mode === 'client' ? clientRiskWords(instrumentId, itemId, def ?? pageRegistry()?.get(instrumentId)) : criticalWords(instrumentId, itemId, stored);
}

/**
 * What the timeline calls a risk-flag entry (`many`: its filter): the clinician's triage term, and
 * for the client "Safety" — a client reads their own words in the entry (`riskWords`), never the
 * clinician's flag.
 */
export const riskFlagKindWords = (mode: PlanMode, many: boolean): string =>
  mode === 'client' ? msg('Safety') : many ? msg('Risk flags') : msg('Risk flag');

/** The positive critical items of one result in the reader's words, each text once (a client reads one message for the ASQ's four questions). */
export const riskWordsOf = (mode: PlanMode, instrumentId: string, findings: readonly CriticalFinding[], def?: InstrumentDefinition): string[] => [
  ...new Set(findings.map((f) => riskWords(mode, instrumentId, f.itemId, f.message, def))),
];

/**
 * The button beside a positive critical question that takes the reader to what to do next (the
 * safety plan and, for the clinician, the suicide-risk screen), in the reader's words.
 */
export const riskNextStepsWords = (mode: PlanMode): string => (mode === 'client' ? msg('See what you can do now') : msg('Go to the next steps'));

/** For the clinician's sign panel heading, folded or not: how many risk flags nobody has acknowledged. */
export const openFlagsStateWords = (n: number): string => (n === 1 ? msg('1 risk flag not acknowledged') : msg(str`${n} risk flags not acknowledged`));

/**
 * What the clinician reads before the sign button while risk flags are open: what to review, and
 * whether a safety plan is missing. Signing is not blocked: the clinician decides.
 */
export function openFlagsBeforeSigningWords(n: number, hasSafetyPlan: boolean): string[] {
  return [
    n === 1
      ? msg('1 risk flag is not acknowledged yet: review it in the progress timeline before signing.')
      : msg(str`${n} risk flags are not acknowledged yet: review them in the progress timeline before signing.`),
    ...(hasSafetyPlan ? [] : [msg('This plan has no safety plan yet: consider writing one with the client first (in the assessment).')]),
  ];
}

/**
 * What the client sees when a critical item is positive. Built-in instruments have their words
 * here (so they can be translated); a host instrument's come from its definition
 * (`critical[].clientMessage`), else a general message that names no particular question (also
 * for an instrument this page does not know).
 */
function clientRiskWords(instrumentId: string, itemId: string, def: InstrumentDefinition | undefined): string {
  if (isBuiltin(instrumentId)) {
    if (instrumentId === 'phq9') {
      return msg(
        'You told us you have had thoughts that you would be better off dead or of hurting yourself. Please tell your clinician today. If you might act on these thoughts now, call or text 988 (in the US) or your local emergency number.',
      );
    }
    if (instrumentId === 'asq' && itemId === 'asq-5') {
      return msg(
        'You told us you are having thoughts of killing yourself right now. You do not have to handle this alone: please tell your clinician or the staff with you right now. If you are on your own, call or text 988 (in the US) or your local emergency number now.',
      );
    }
    if (instrumentId === 'asq') {
      return msg(
        'Thank you for answering. Your answers tell us you have had thoughts of suicide. Please talk with your clinician today, before you leave. If you might act on these thoughts, call or text 988 (in the US) or your local emergency number now.',
      );
    }
  }
  return (
    def?.critical?.find((c) => c.itemId === itemId)?.clientMessage ??
    msg('One of your answers is important for your safety. Please tell your clinician today. If you might harm yourself now, call your local emergency number.')
  );
}

/**
 * Where a risk flag stands, for the timeline: answered but not saved yet, and whether the answer
 * was changed back (withdrawn) before saving. `when` is the formatted withdrawal date.
 */
export function riskFlagState(e: RiskFlagEntry, when: string): string {
  return [
    ...(e.recorded === false ? [msg('Answered in the form; the questionnaire is not saved yet.')] : []),
    ...(e.withdrawnAt ? [msg(str`The answer was changed back before saving (on ${when}); the first answer is kept here.`)] : []),
  ].join(' ');
}
