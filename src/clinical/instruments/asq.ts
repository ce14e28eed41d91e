import type { InstrumentDefinition } from './schema.js';

/**
 * The NIMH Ask Suicide-Screening Questions (ASQ), a public-domain suicide-risk screen validated
 * for youth and adults in medical settings. Question wording as published in the NIMH ASQ
 * Toolkit (National Institute of Mental Health, "Ask Suicide-Screening Questions (ASQ) Toolkit",
 * https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials; the same
 * items are reproduced in Horowitz et al. 2012 and in the table of Pediatrics, AAP).
 *
 * Published scoring: a "yes" to any of questions 1–4 is a positive screen; then question 5 (the
 * acuity question) is asked, and "yes" to it is an acute positive screen (imminent risk). So a
 * "yes" to 1–4 is a critical finding (a brief suicide safety assessment is needed before the
 * person leaves) and a "yes" to 5 is a critical finding with acute wording. The total counts the
 * "yes" answers; the screening result is the words beside it, never the number. The client's
 * words for each finding live with the form's other words (src/elements/assessment-form/risk-words.ts).
 */

/** Clinician words for a positive (non-acute) screen. Our wording of the toolkit's next steps. */
export const ASQ_POSITIVE_MESSAGE =
  'ASQ positive screen — a brief suicide safety assessment is needed before the person leaves';
/** Clinician words for an acute positive screen (question 5 "yes"). */
export const ASQ_ACUTE_MESSAGE =
  'ASQ acute positive — imminent risk: a full mental health safety evaluation now; the person must not leave or be left alone until it is done';

const ASQ_ITEMS = [
  'In the past few weeks, have you wished you were dead?',
  'In the past few weeks, have you felt that you or your family would be better off if you were dead?',
  'In the past week, have you been having thoughts about killing yourself?',
  'Have you ever tried to kill yourself?',
] as const;

export const ASQ: InstrumentDefinition = {
  id: 'asq',
  version: 'NIMH 2017',
  shortTitle: 'ASQ',
  title: 'Ask Suicide-Screening Questions (ASQ)',
  instructions: 'Ask the patient:',
  optionSets: [
    {
      id: 'yes-no',
      options: [
        { value: 1, label: 'Yes' },
        { value: 0, label: 'No' },
      ],
    },
  ],
  items: [
    ...ASQ_ITEMS.map((text, i) => ({ id: `asq-${i + 1}`, text, optionSet: 'yes-no' })),
    {
      id: 'asq-5',
      text: 'Are you having thoughts of killing yourself right now?',
      optionSet: 'yes-no',
      askIf: { anyOf: ['asq-1', 'asq-2', 'asq-3', 'asq-4'], above: 0 },
    },
  ],
  scoring: {
    method: 'sum',
    cutoff: {
      min: 1,
      positiveLabel: 'Positive screen: a "yes" to at least one of questions 1–4',
      negativeLabel: 'Negative screen: "no" to questions 1–4',
    },
  },
  critical: [
    ...ASQ_ITEMS.map((_, i) => ({ itemId: `asq-${i + 1}`, above: 0, message: ASQ_POSITIVE_MESSAGE })),
    { itemId: 'asq-5', above: 0, message: ASQ_ACUTE_MESSAGE },
  ],
  licence: 'Ask Suicide-Screening Questions (ASQ), National Institute of Mental Health (NIMH). Public domain.',
  source:
    'National Institute of Mental Health. Ask Suicide-Screening Questions (ASQ) Toolkit. https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials. Horowitz LM et al. Ask Suicide-Screening Questions (ASQ): a brief instrument for the pediatric emergency department. Arch Pediatr Adolesc Med. 2012;166(12):1170-1176.',
};
