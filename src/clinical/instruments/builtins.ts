import { AUDITC } from './audit-c.js';
import { NIDA_SINGLE_QUESTION } from './nida-single-question.js';
import { ASQ } from './asq.js';
import type { InstrumentDefinition } from './schema.js';

export { AUDITC, NIDA_SINGLE_QUESTION };

/**
 * Built-in instruments whose wording may be shipped (CLINICAL.md, "Instruments that may be
 * shipped"). Item wording, options and notices are reproduced exactly as published and are
 * never translated or machine-translated by the kit.
 */

const PFIZER_NOTICE =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute. Copyright © Pfizer Inc.';

const frequencyOptions = (withLoinc: boolean) => ({
  id: 'frequency',
  options: [
    { value: 0, label: 'Not at all', ...(withLoinc ? { loinc: 'LA6568-5' } : {}) },
    { value: 1, label: 'Several days', ...(withLoinc ? { loinc: 'LA6569-3' } : {}) },
    { value: 2, label: 'More than half the days', ...(withLoinc ? { loinc: 'LA6570-1' } : {}) },
    { value: 3, label: 'Nearly every day', ...(withLoinc ? { loinc: 'LA6571-9' } : {}) },
  ],
});

/** The unscored question that closes the PHQ-9 and the GAD-7 (the same words and answers on both forms). */
const DIFFICULTY_QUESTION =
  'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?';
const DIFFICULTY_OPTIONS = {
  id: 'difficulty',
  options: [
    { value: 0, label: 'Not difficult at all' },
    { value: 1, label: 'Somewhat difficult' },
    { value: 2, label: 'Very difficult' },
    { value: 3, label: 'Extremely difficult' },
  ],
};

const PHQ_INSTRUCTIONS = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

const PHQ9_ITEMS = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
] as const;

/** The words every PHQ-9 critical finding carries (CLINICAL.md: same-day follow-up, whatever the total). */
export const PHQ9_ITEM9_MESSAGE = 'Thoughts of death or self-harm reported — follow up today';

export const PHQ9: InstrumentDefinition = {
  id: 'phq9',
  version: '1999',
  shortTitle: 'PHQ-9',
  title: 'Patient Health Questionnaire (PHQ-9)',
  instructions: PHQ_INSTRUCTIONS,
  optionSets: [
    frequencyOptions(true),
    DIFFICULTY_OPTIONS,
  ],
  items: [
    // Item 9's LOINC code (44260-8, as in HL7 US Core's PHQ-9 examples) lets a response from another system be read.
    ...PHQ9_ITEMS.map((text, i) => ({ id: `phq9-${i + 1}`, text, optionSet: 'frequency', ...(i === 8 ? { loinc: '44260-8' } : {}) })),
    { id: 'phq9-10', text: DIFFICULTY_QUESTION, optionSet: 'difficulty', scored: false },
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
  licence: PFIZER_NOTICE,
  source:
    'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613.',
  loinc: { panel: '44249-1', total: '44261-6' },
};

export const PHQ2: InstrumentDefinition = {
  id: 'phq2',
  version: '1999',
  shortTitle: 'PHQ-2',
  title: 'Patient Health Questionnaire-2 (PHQ-2)',
  instructions: PHQ_INSTRUCTIONS,
  optionSets: [frequencyOptions(false)],
  items: PHQ9_ITEMS.slice(0, 2).map((text, i) => ({ id: `phq2-${i + 1}`, text, optionSet: 'frequency' })),
  scoring: {
    method: 'sum',
    cutoff: { min: 3, positiveLabel: 'Positive screen — give the full PHQ-9', negativeLabel: 'Negative screen' },
  },
  licence: PFIZER_NOTICE,
  source:
    'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care. 2003;41(11):1284-1292.',
  // The PHQ-2 total LOINC code is marked **verify** in CLINICAL.md, so none is shipped.
  followUp: 'phq9',
};

const GAD_INSTRUCTIONS = 'Over the last 2 weeks, how often have you been bothered by the following problems?';

const GAD7_ITEMS = [
  'Feeling nervous, anxious or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid as if something awful might happen',
] as const;

export const GAD7: InstrumentDefinition = {
  id: 'gad7',
  version: '2006',
  shortTitle: 'GAD-7',
  title: 'Generalized Anxiety Disorder scale (GAD-7)',
  instructions: GAD_INSTRUCTIONS,
  // The lowest option is "Not at all" (many copies wrongly print "Not at all sure").
  optionSets: [frequencyOptions(false), DIFFICULTY_OPTIONS],
  items: [
    ...GAD7_ITEMS.map((text, i) => ({ id: `gad7-${i + 1}`, text, optionSet: 'frequency' })),
    // Unscored, as on the published form (and as the PHQ-9's question 10).
    { id: 'gad7-8', text: DIFFICULTY_QUESTION, optionSet: 'difficulty', scored: false },
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
  licence: PFIZER_NOTICE,
  source:
    'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097.',
  loinc: { panel: '69737-5', total: '70274-6' },
};

/**
 * GAD-2: a total of 3 or more is a positive screen (Kroenke et al. 2007, Ann Intern Med 146:317:
 * sensitivity 86 %, specificity 83 % for generalized anxiety disorder); the full GAD-7 follows.
 */
export const GAD2: InstrumentDefinition = {
  id: 'gad2',
  version: '2006',
  shortTitle: 'GAD-2',
  title: 'Generalized Anxiety Disorder-2 (GAD-2)',
  instructions: GAD_INSTRUCTIONS,
  optionSets: [frequencyOptions(false)],
  items: GAD7_ITEMS.slice(0, 2).map((text, i) => ({ id: `gad2-${i + 1}`, text, optionSet: 'frequency' })),
  scoring: {
    method: 'sum',
    cutoff: { min: 3, positiveLabel: 'Positive screen — give the full GAD-7', negativeLabel: 'Negative screen' },
  },
  licence: PFIZER_NOTICE,
  source:
    'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med. 2007;146(5):317-325.',
  followUp: 'gad7',
};

const PCL5_ITEMS = [
  'Repeated, disturbing, and unwanted memories of the stressful experience?',
  'Repeated, disturbing dreams of the stressful experience?',
  'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
  'Feeling very upset when something reminded you of the stressful experience?',
  'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
  'Avoiding memories, thoughts, or feelings related to the stressful experience?',
  'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
  'Trouble remembering important parts of the stressful experience?',
  'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
  'Blaming yourself or someone else for the stressful experience or what happened after it?',
  'Having strong negative feelings such as fear, horror, anger, guilt, or shame?',
  'Loss of interest in activities that you used to enjoy?',
  'Feeling distant or cut off from other people?',
  'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
  'Irritable behavior, angry outbursts, or acting aggressively?',
  'Taking too many risks or doing things that could cause you harm?',
  'Being “superalert” or watchful or on guard?',
  'Feeling jumpy or easily startled?',
  'Having difficulty concentrating?',
  'Trouble falling or staying asleep?',
] as const;

const pclRange = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `pcl5-${from + i}`);

export const PCL5: InstrumentDefinition = {
  id: 'pcl5',
  version: '2013',
  shortTitle: 'PCL-5',
  title: 'PTSD Checklist for DSM-5 (PCL-5)',
  instructions:
    'Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then circle one of the numbers to the right to indicate how much you have been bothered by that problem in the past month.\nIn the past month, how much were you bothered by:',
  optionSets: [
    {
      id: 'bother',
      options: [
        { value: 0, label: 'Not at all' },
        { value: 1, label: 'A little bit' },
        { value: 2, label: 'Moderately' },
        { value: 3, label: 'Quite a bit' },
        { value: 4, label: 'Extremely' },
      ],
    },
  ],
  items: PCL5_ITEMS.map((text, i) => ({ id: `pcl5-${i + 1}`, text, optionSet: 'bother' })),
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
      { id: 'B', label: 'Cluster B — intrusion', items: pclRange(1, 5) },
      { id: 'C', label: 'Cluster C — avoidance', items: pclRange(6, 7) },
      { id: 'D', label: 'Cluster D — negative alterations in cognitions and mood', items: pclRange(8, 14) },
      { id: 'E', label: 'Cluster E — alterations in arousal and reactivity', items: pclRange(15, 20) },
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

/** Every built-in definition, in the order the form shows them by default. */
export const BUILTIN_INSTRUMENTS: readonly InstrumentDefinition[] = [PHQ9, GAD7, PHQ2, GAD2, PCL5, AUDITC, NIDA_SINGLE_QUESTION, ASQ];
