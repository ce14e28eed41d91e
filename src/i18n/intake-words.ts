import { concernAreaNames } from './concern-words.js';
import { msg, str } from '@lit/localize';
import type { Intake } from '../model/plan.js';
import type { IntakeListName } from '../model/intake-lists.js';

export type IntakeSection = keyof Intake;
/** The options of a choice: value and words. */
export type Choices = [value: string, label: string][];
/** A field of a list entry: `text`, `long` (textarea), `date`, or the choices of a select. */
export type EntryField = [key: string, label: string, kind: 'text' | 'long' | 'date' | Choices, required?: boolean];

/** Title and plain explanation of each intake section. */
export const sectionText = (s: IntakeSection): [string, string] =>
  (({
    concerns: [
      msg('What brings you here'),
      msg('In your own words: what is troubling you, and what you hope will change.'),
    ],
    history: [
      msg('Health history'),
      msg('Your physical, mental and emotional health so far, and any help you have tried before: what helped and what did not.'),
    ],
    profile: [
      msg('How you think and cope'),
      msg('How you tend to recharge, think things through and cope. There are no right or wrong answers.'),
    ],
    biological: [
      msg('Family and physical health'),
      msg('Mental health conditions in your family, your own health conditions, and any medicines you take.'),
    ],
    social: [
      msg('Background and people around you'),
      msg('Your background and what matters in it, your family, the people you can count on, and big events lately.'),
    ],
    preferences: [
      msg('How you would like therapy to work'),
      msg('What kind of sessions would suit you, so the plan fits your life.'),
    ],
    substanceUse: [
      msg('Alcohol and other substances'),
      msg('This helps plan care that fits. Answer only what you are comfortable sharing.'),
    ],
    accommodations: [
      msg('Accommodations'),
      msg('Anything that would make sessions easier: sensory, communication, processing or access needs.'),
    ],
    strengths: [
      msg('Strengths'),
      msg('What you are good at and what you can lean on. These are part of the plan too.'),
    ],
  }) as Record<IntakeSection, [string, string]>)[s];

/** Words for every enumerated intake answer (concern areas included). */
export const intakeValueWords = (): Record<string, string> => ({
  // Concern areas: the one wording every widget uses.
  ...concernAreaNames(),
  'strong-physical-symptoms': msg('Strong physical symptoms'),
  'difficulty-making-sense': msg('Difficulty making sense of what happened'),
  introverted: msg('More introverted'),
  'in-between': msg('In between'),
  extroverted: msg('More extroverted'),
  structured: msg('Structured'),
  balanced: msg('A mix of structured and open-ended'),
  exploratory: msg('Open-ended, exploratory'),
  'in-person': msg('In person'),
  telehealth: msg('Telehealth'),
  either: msg('In person or telehealth'),
  yes: msg('Yes'),
  no: msg('No'),
  'prefer-not-to-say': msg('Would rather not say'),
  helpful: msg('Helpful'),
  'partly-helpful': msg('Partly helpful'),
  unhelpful: msg('Not helpful'),
  unknown: msg('Hard to say'),
  strong: msg('Can count on them a lot'),
  moderate: msg('Can count on them somewhat'),
  weak: msg('Can count on them a little'),
});

/** Field names as the read-only view shows them. */
export const intakeFieldLabel = (key: string): string =>
  ({
    inOwnWords: msg('In their own words'),
    hopesToChange: msg('Hopes to change'),
    areas: msg('Areas of concern'),
    traumaFeatures: msg('Features of the trauma presentation'),
    physical: msg('Physical health'),
    mental: msg('Mental health'),
    emotional: msg('Emotional health'),
    pastTreatments: msg('Past treatment'),
    socialEnergy: msg('Social energy'),
    traits: msg('Traits'),
    cognitiveStyle: msg('Cognitive style'),
    copingThatWorks: msg('Coping that works'),
    copingThatDoesNot: msg('Coping that does not work'),
    familyHistory: msg('Family history'),
    conditions: msg('Health conditions'),
    medications: msg('Medicines'),
    geneticNotes: msg('Genetic predispositions'),
    culturalBackground: msg('Cultural background'),
    culturalValues: msg('What matters in it'),
    familyDynamics: msg('Family dynamics'),
    supportSystem: msg('Support system'),
    lifeEvents: msg('Recent life events'),
    structure: msg('Structure'),
    therapistStyle: msg('Therapist style'),
    format: msg('Format'),
    language: msg('Language'),
    scheduling: msg('Scheduling'),
    uses: msg('Uses substances'),
    substances: msg('Substances'),
    frequency: msg('Frequency'),
    lastUse: msg('Last use'),
    triggers: msg('Triggers'),
    previousAttempts: msg('Previous attempts to stop'),
    sensory: msg('Sensory'),
    communication: msg('Communication'),
    processing: msg('Processing'),
    accessibility: msg('Accessibility'),
    text: msg('Strengths'),
    when: msg('When'),
    helped: msg('What helped'),
    didNotHelp: msg('What did not help'),
    outcome: msg('Overall'),
    strength: msg('Support'),
    note: msg('Notes'),
    date: msg('Date'),
  })[key] ?? key;

/** The problem shown when a list entry lacks its required field. */
export const entryProblem = (list: IntakeListName): string =>
  ({
    pastTreatments: msg('Name the treatment or approach (for example "group therapy"), or remove this entry.'),
    supportSystem: msg('Say who this person is, or remove this entry.'),
    lifeEvents: msg('Describe what happened, or remove this entry.'),
  })[list];

/** Heading, add-button text, legend of entry `n` and the fields of each repeatable list. */
export const listText = (list: IntakeListName, n: number): [string, string, string, EntryField[]] => {
  const words = intakeValueWords();
  switch (list) {
    case 'pastTreatments':
      return [
        msg('Help you have tried before'),
        msg('Add a past treatment'),
        msg(str`Past treatment ${n + 1}`),
        [
          ['approach', msg('Treatment or approach'), 'text', true],
          ['when', msg('When'), 'text'],
          ['helped', msg('What helped'), 'long'],
          ['didNotHelp', msg('What did not help'), 'long'],
          ['outcome', msg('Overall, was it helpful?'), ['helpful', 'partly-helpful', 'unhelpful', 'unknown'].map((v) => [v, words[v]!])],
        ],
      ];
    case 'supportSystem':
      return [
        msg('People you can count on'),
        msg('Add a person'),
        msg(str`Person ${n + 1}`),
        [
          ['who', msg('Who'), 'text', true],
          [
            'strength',
            msg('How much can you count on them?'),
            [
              ['strong', msg('A lot')],
              ['moderate', msg('Somewhat')],
              ['weak', msg('A little')],
            ],
          ],
          ['note', msg('Notes'), 'long'],
        ],
      ];
    case 'lifeEvents':
      return [
        msg('Recent significant life events'),
        msg('Add a life event'),
        msg(str`Life event ${n + 1}`),
        [
          ['description', msg('What happened'), 'long', true],
          ['date', msg('When (date)'), 'date'],
        ],
      ];
  }
};
