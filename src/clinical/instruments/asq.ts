import type { InstrumentStructure } from './words.js';

/**
 * The NIMH Ask Suicide-Screening Questions (ASQ), a public-domain suicide-risk screen validated
 * for youth and adults in medical settings. Question wording (per locale, in src/content/instruments/asq.*.ts) as published in the NIMH ASQ
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

/** "Yes" (1) and "No" (0), in the order the toolkit prints them. */
const YES_NO = { id: 'yes-no', options: [{ value: 1 }, { value: 0 }] };
const ASQ_SCREEN_ITEMS = ['asq-1', 'asq-2', 'asq-3', 'asq-4'];

export const ASQ_STRUCTURE: InstrumentStructure = {
  id: 'asq',
  version: 'NIMH 2017',
  shortTitle: 'ASQ',
  optionSets: [YES_NO],
  items: [
    ...ASQ_SCREEN_ITEMS.map((id) => ({ id, optionSet: 'yes-no' })),
    { id: 'asq-5', optionSet: 'yes-no', askIf: { anyOf: ASQ_SCREEN_ITEMS, above: 0 } },
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
    ...ASQ_SCREEN_ITEMS.map((itemId) => ({ itemId, above: 0, message: ASQ_POSITIVE_MESSAGE })),
    { itemId: 'asq-5', above: 0, message: ASQ_ACUTE_MESSAGE },
  ],
  licence: 'Ask Suicide-Screening Questions (ASQ), National Institute of Mental Health (NIMH). Public domain.',
  source:
    'National Institute of Mental Health. Ask Suicide-Screening Questions (ASQ) Toolkit. https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials. Horowitz LM et al. Ask Suicide-Screening Questions (ASQ): a brief instrument for the pediatric emergency department. Arch Pediatr Adolesc Med. 2012;166(12):1170-1176.',
};
