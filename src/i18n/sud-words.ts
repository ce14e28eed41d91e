import { msg, str } from '@lit/localize';
import type { LevelOfCareSuggestion, RatingReason } from '../clinical/substance-use/level-of-care.js';
import type {
  LevelOfCareCode,
  Part2Scope,
  RecoverySupportKind,
  ReferralMedication,
  ReferralStatus,
  RiskLevel,
  SudDimension,
} from '../model/substance-use.js';

/**
 * Words of substance-use care. The six dimensions follow the multidimensional assessment of
 * The ASAM Criteria (3rd/4th ed.); the names, anchors and every sentence here are the kit's own.
 */

/** The source named wherever the ratings are shown. */
export const sudSourceWords = (): string =>
  msg('Six dimensions after The ASAM Criteria, 3rd/4th ed. The wording and the level-of-care prompt are this kit’s own, not ASAM’s.');

/** A dimension's name. */
export function dimensionWords(d: SudDimension): string {
  switch (d) {
    case 'intoxication-withdrawal':
      return msg('Intoxication and withdrawal');
    case 'biomedical':
      return msg('Physical health');
    case 'emotional-behavioral-cognitive':
      return msg('Mental health, behaviour and thinking');
    case 'readiness-to-change':
      return msg('Readiness to change');
    case 'relapse-continued-use':
      return msg('Risk of return to use or continued problems');
    case 'recovery-environment':
      return msg('Recovery and living environment');
  }
}

/** What a level means in one dimension: five short anchors, 0 to 4. */
export function anchorWords(d: SudDimension, level: RiskLevel): string {
  const anchors: Record<SudDimension, () => [string, string, string, string, string]> = {
    'intoxication-withdrawal': () => [
      msg('Not intoxicated; no withdrawal expected'),
      msg('Mild withdrawal possible, easily managed'),
      msg('Moderate withdrawal likely; needs watching'),
      msg('Severe withdrawal likely; needs close medical care'),
      msg('Dangerous withdrawal or intoxication now'),
    ],
    biomedical: () => [
      msg('No physical health concern'),
      msg('Minor concern, managed in usual care'),
      msg('Concern that affects treatment; needs follow-up'),
      msg('Serious concern; needs medical oversight'),
      msg('Urgent physical danger; needs medical care now'),
    ],
    'emotional-behavioral-cognitive': () => [
      msg('No mental health concern now'),
      msg('Mild symptoms; coping well'),
      msg('Symptoms that get in the way of treatment'),
      msg('Serious symptoms or risk; needs close support'),
      msg('Danger to self or others now'),
    ],
    'readiness-to-change': () => [
      msg('Engaged and working on change'),
      msg('Willing, with some doubts'),
      msg('Unsure; engages only now and then'),
      msg('Not ready; little interest in treatment'),
      msg('Refuses care despite serious harm'),
    ],
    'relapse-continued-use': () => [
      msg('Low risk; strong coping skills'),
      msg('Some risk; coping skills in place'),
      msg('Clear risk; skills need practice'),
      msg('High risk; few skills to prevent return to use'),
      msg('Ongoing use with serious harm likely'),
    ],
    'recovery-environment': () => [
      msg('Supportive home and people'),
      msg('Mostly supportive; some strain'),
      msg('Little support; some risk at home'),
      msg('Unsupportive or risky surroundings'),
      msg('Unsafe surroundings; cannot recover there now'),
    ],
  };
  return anchors[d]()[level] ?? '';
}

/** A level of care, named. */
export function levelOfCareWords(level: LevelOfCareCode): string {
  switch (level) {
    case 'early-intervention':
      return msg('Early intervention');
    case 'outpatient':
      return msg('Outpatient care');
    case 'intensive-outpatient':
      return msg('Intensive outpatient care');
    case 'partial-hospitalization':
      return msg('Partial hospitalization (day treatment)');
    case 'residential':
      return msg('Residential care');
    case 'medically-managed-inpatient':
      return msg('Medically managed inpatient care (24-hour)');
    case 'withdrawal-management':
      return msg('Withdrawal management');
  }
}

/** One rating that made a suggestion apply: "dimension 1 (Intoxication and withdrawal) rated 3". */
export function ratingReasonWords(r: RatingReason): string {
  const number = r.number;
  const name = dimensionWords(r.dimension);
  const level = r.level;
  return msg(str`dimension ${number} (${name}) rated ${level}`);
}

/** What a suggestion proposes and why, in words. */
export function levelSuggestionWords(s: LevelOfCareSuggestion): { title: string; reason: string } {
  const because = s.because.map(ratingReasonWords).join('; ');
  switch (s.code) {
    case 'withdrawal-management-review':
      return {
        title: msg('Review for withdrawal management'),
        reason: msg(str`Intoxication and withdrawal rated 3 or 4 calls for a withdrawal-management review: ${because}.`),
      };
    case 'medical-psychiatric-review':
      return {
        title: msg('Same-day medical or psychiatric review'),
        reason: msg(str`A rating of 4 in physical or mental health means danger now; 24-hour medically managed care may be needed: ${because}.`),
      };
    case 'more-intensive-care':
      return {
        title: msg('Consider more intensive care than weekly outpatient'),
        reason: msg(str`A high rating (3 or more) in these dimensions suggests intensive outpatient, day treatment or residential care: ${because}.`),
      };
    case 'outpatient-may-fit':
      return {
        title: msg('Outpatient care may fit'),
        reason: msg('All six dimensions are rated and none above 1.'),
      };
  }
}

export const medicationWords = (m: ReferralMedication): string =>
  ({
    buprenorphine: msg('Buprenorphine'),
    methadone: msg('Methadone'),
    naltrexone: msg('Naltrexone'),
    acamprosate: msg('Acamprosate'),
    disulfiram: msg('Disulfiram'),
    other: msg('Other medication'),
  })[m];

export const useDisorderWords = (d: 'opioid' | 'alcohol'): string =>
  d === 'opioid' ? msg('Opioid use disorder (MOUD)') : msg('Alcohol use disorder (MAUD)');

export const referralStatusWords = (s: ReferralStatus): string =>
  ({ referred: msg('Referred'), started: msg('Started'), declined: msg('Declined'), stopped: msg('Stopped') })[s];

export const recoverySupportWords = (k: RecoverySupportKind): string =>
  ({
    'mutual-help': msg('Mutual-help group'),
    'recovery-coach': msg('Recovery coach or peer support'),
    'family-involvement': msg('Family involvement'),
    other: msg('Other recovery support'),
  })[k];

/** What a medication referral is, said next to it (CLINICAL.md: medication is for a diagnosed moderate–severe disorder). */
export const referralRuleWords = (): string =>
  msg('A referral to a prescriber, never a prescription: this plan holds no dose. Medication (MOUD / MAUD) is for a diagnosed moderate or severe opioid or alcohol use disorder.');

export const part2ScopeWords = (scope: Part2Scope | undefined): string =>
  scope === 'plan'
    ? msg('The whole plan is protected by 42 CFR Part 2')
    : scope === 'section'
      ? msg('Substance-use care is protected by 42 CFR Part 2')
      : msg('Not marked as protected by 42 CFR Part 2');

/**
 * The notice that goes with a disclosure of Part 2 records, in the kit's own words. It follows
 * what 42 CFR § 2.32 requires the notice to say (as amended in 2024); it is not the regulation's text.
 */
export const part2NoticeWords = (): { title: string; text: string; cite: string } => ({
  title: msg('Confidential substance use disorder information'),
  text: msg(
    'This record comes from a program covered by federal confidentiality rules for substance use disorder treatment. It may not be shared again, or used in civil, criminal, administrative or legislative proceedings against the patient, unless the patient gave written consent, a court ordered it, or those rules otherwise allow it. A general authorization to release medical information is not enough.',
  ),
  cite: msg('Notice under 42 CFR § 2.32.'),
});
