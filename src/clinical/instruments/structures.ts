import { AUDITC_STRUCTURE } from './audit-c.js';
import { NIDA_SINGLE_QUESTION_STRUCTURE } from './nida-single-question.js';
import { ASQ_STRUCTURE } from './asq.js';
import type { InstrumentStructure } from './words.js';

/**
 * The structure of every built-in instrument whose wording may be shipped (CLINICAL.md,
 * "Instruments that may be shipped"): ids, answer values, scoring, thresholds, critical items and
 * LOINC codes. The wording of each, per locale, is in src/content/instruments/ and loads with the
 * form that shows it; src/clinical/instruments/SOURCES.md cites every text.
 */

/** PHQ-9 / GAD-7 answers 0–3 ("Not at all" … "Nearly every day"); LOINC answer codes only on the PHQ-9 (CLINICAL.md). */
const frequencyOptions = (withLoinc: boolean) => ({
  id: 'frequency',
  options: [
    { value: 0, ...(withLoinc ? { loinc: 'LA6568-5' } : {}) },
    { value: 1, ...(withLoinc ? { loinc: 'LA6569-3' } : {}) },
    { value: 2, ...(withLoinc ? { loinc: 'LA6570-1' } : {}) },
    { value: 3, ...(withLoinc ? { loinc: 'LA6571-9' } : {}) },
  ],
});

/** The unscored closing question's answers ("Not difficult at all" … "Extremely difficult"), PHQ-9 and GAD-7. */
const DIFFICULTY_OPTIONS = { id: 'difficulty', options: [{ value: 0 }, { value: 1 }, { value: 2 }, { value: 3 }] };

/** Printed in English on every form, translated ones too. */
const PFIZER_NOTICE =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute. Copyright © Pfizer Inc.';

const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}-${from + i}`);

/** The words every PHQ-9 critical finding carries (CLINICAL.md: same-day follow-up, whatever the total). */
export const PHQ9_ITEM9_MESSAGE = 'Thoughts of death or self-harm reported — follow up today';

export const PHQ9_STRUCTURE: InstrumentStructure = {
  id: 'phq9',
  version: '1999',
  shortTitle: 'PHQ-9',
  optionSets: [frequencyOptions(true), DIFFICULTY_OPTIONS],
  items: [
    // Item 9's LOINC code (44260-8, as in HL7 US Core's PHQ-9 examples) lets a response from another system be read.
    ...range('phq9', 1, 9).map((id) => ({ id, optionSet: 'frequency', ...(id === 'phq9-9' ? { loinc: '44260-8' } : {}) })),
    { id: 'phq9-10', optionSet: 'difficulty', scored: false },
  ],
  scoring: {
    method: 'sum',
    bands: [
      { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
      { id: 'mild', label: 'Mild', min: 5, max: 9 },
      { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
      { id: 'moderately-severe', label: 'Moderately severe', min: 15, max: 19 },
      { id: 'severe', label: 'Severe', min: 20, max: 27 },
    ],
  },
  critical: [{ itemId: 'phq9-9', above: 0, message: PHQ9_ITEM9_MESSAGE }],
  loinc: { panel: '44249-1', total: '44261-6' },
  licence: PFIZER_NOTICE,
  source:
    'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613.',
};

export const PHQ2_STRUCTURE: InstrumentStructure = {
  id: 'phq2',
  version: '1999',
  shortTitle: 'PHQ-2',
  optionSets: [frequencyOptions(false)],
  items: range('phq2', 1, 2).map((id) => ({ id, optionSet: 'frequency' })),
  scoring: {
    method: 'sum',
    cutoff: { min: 3, positiveLabel: 'Positive screen — give the full PHQ-9', negativeLabel: 'Negative screen' },
  },
  // The PHQ-2 total LOINC code is marked **verify** in CLINICAL.md, so none is shipped.
  followUp: 'phq9',
  licence: PFIZER_NOTICE,
  source:
    'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care. 2003;41(11):1284-1292.',
};

export const GAD7_STRUCTURE: InstrumentStructure = {
  id: 'gad7',
  version: '2006',
  shortTitle: 'GAD-7',
  optionSets: [frequencyOptions(false), DIFFICULTY_OPTIONS],
  items: [
    ...range('gad7', 1, 7).map((id) => ({ id, optionSet: 'frequency' })),
    // Unscored, as on the published form (and as the PHQ-9's question 10).
    { id: 'gad7-8', optionSet: 'difficulty', scored: false },
  ],
  scoring: {
    method: 'sum',
    bands: [
      { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
      { id: 'mild', label: 'Mild', min: 5, max: 9 },
      { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
      { id: 'severe', label: 'Severe', min: 15, max: 21 },
    ],
  },
  loinc: { panel: '69737-5', total: '70274-6' },
  licence: PFIZER_NOTICE,
  source:
    'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097.',
};

/**
 * GAD-2: a total of 3 or more is a positive screen (Kroenke et al. 2007, Ann Intern Med 146:317:
 * sensitivity 86 %, specificity 83 % for generalized anxiety disorder); the full GAD-7 follows.
 */
export const GAD2_STRUCTURE: InstrumentStructure = {
  id: 'gad2',
  version: '2006',
  shortTitle: 'GAD-2',
  optionSets: [frequencyOptions(false)],
  items: range('gad2', 1, 2).map((id) => ({ id, optionSet: 'frequency' })),
  scoring: {
    method: 'sum',
    cutoff: { min: 3, positiveLabel: 'Positive screen — give the full GAD-7', negativeLabel: 'Negative screen' },
  },
  followUp: 'gad7',
  licence: PFIZER_NOTICE,
  source:
    'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med. 2007;146(5):317-325.',
};

export const PCL5_STRUCTURE: InstrumentStructure = {
  id: 'pcl5',
  version: '2013',
  shortTitle: 'PCL-5',
  // "Not at all" (0) … "Extremely" (4).
  optionSets: [{ id: 'bother', options: [{ value: 0 }, { value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }] }],
  items: range('pcl5', 1, 20).map((id) => ({ id, optionSet: 'bother' })),
  scoring: {
    method: 'sum',
    // National Center for PTSD: a total between 31 and 33 is indicative of probable PTSD.
    bands: [
      { id: 'below-cutoff', label: 'Below the provisional PTSD cut-off (31–33)', min: 0, max: 30 },
      { id: 'cutoff-range', label: 'Within the provisional PTSD cut-off range (31–33)', min: 31, max: 33 },
      { id: 'above-cutoff', label: 'Above the provisional PTSD cut-off (31–33)', min: 34, max: 80 },
    ],
    cutoff: {
      min: 31,
      positiveLabel: 'Probable PTSD: at or above the 31–33 cut-off range',
      negativeLabel: 'Below the provisional PTSD cut-off range',
    },
    subscales: [
      { id: 'B', label: 'Cluster B — intrusion', items: range('pcl5', 1, 5) },
      { id: 'C', label: 'Cluster C — avoidance', items: range('pcl5', 6, 7) },
      { id: 'D', label: 'Cluster D — negative alterations in cognitions and mood', items: range('pcl5', 8, 14) },
      { id: 'E', label: 'Cluster E — alterations in arousal and reactivity', items: range('pcl5', 15, 20) },
    ],
    clusterRule: {
      itemThreshold: 2,
      minimum: { B: 1, C: 1, D: 2, E: 2 },
      metNote: 'DSM-5 provisional PTSD rule met (items rated 2 or higher: at least 1 in B, 1 in C, 2 in D, 2 in E)',
      notMetNote: 'DSM-5 provisional PTSD rule not met',
    },
  },
  licence:
    'PCL-5: Weathers, F. W., Litz, B. T., Keane, T. M., Palmieri, P. A., Marx, B. P., & Schnurr, P. P. (2013), National Center for PTSD. A US Government work in the public domain.',
  source:
    'Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD; 2013. www.ptsd.va.gov',
};

/** Every built-in structure, in the order the form shows them by default. */
export const BUILTIN_STRUCTURES: readonly InstrumentStructure[] = [
  PHQ9_STRUCTURE,
  GAD7_STRUCTURE,
  PHQ2_STRUCTURE,
  GAD2_STRUCTURE,
  PCL5_STRUCTURE,
  AUDITC_STRUCTURE,
  NIDA_SINGLE_QUESTION_STRUCTURE,
  ASQ_STRUCTURE,
];
