import type { InstrumentDefinition } from './schema.js';

/**
 * AUDIT-C: questions 1–3 of the WHO AUDIT, reproduced word for word with their answers from
 * one published version — Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: The
 * Alcohol Use Disorders Identification Test. Guidelines for Use in Primary Care. 2nd ed. WHO;
 * 2001 (WHO/MSD/MSB/01.6a). No wording from other versions (UK "units", LOINC "standard
 * drinks") is mixed in. Scoring as AUDIT-C (Bush et al. 1998; Bradley et al. 2007): positive
 * at 4 or more for men, 3 or more for women (shared/CLINICAL.md).
 */
export const AUDITC: InstrumentDefinition = {
  id: 'auditc',
  version: 'WHO 2001',
  shortTitle: 'AUDIT-C',
  title: 'Alcohol Use Disorders Identification Test — Consumption (AUDIT-C)',
  instructions: 'Questions 1 to 3 of the AUDIT (World Health Organization).',
  optionSets: [
    {
      id: 'how-often',
      options: [
        { value: 0, label: 'Never' },
        { value: 1, label: 'Monthly or less' },
        { value: 2, label: '2 to 4 times a month' },
        { value: 3, label: '2 to 3 times a week' },
        { value: 4, label: '4 or more times a week' },
      ],
    },
    {
      id: 'how-many',
      options: [
        { value: 0, label: '1 or 2' },
        { value: 1, label: '3 or 4' },
        { value: 2, label: '5 or 6' },
        { value: 3, label: '7, 8, or 9' },
        { value: 4, label: '10 or more' },
      ],
    },
    {
      id: 'binge',
      options: [
        { value: 0, label: 'Never' },
        { value: 1, label: 'Less than monthly' },
        { value: 2, label: 'Monthly' },
        { value: 3, label: 'Weekly' },
        { value: 4, label: 'Daily or almost daily' },
      ],
    },
  ],
  items: [
    { id: 'auditc-1', text: 'How often do you have a drink containing alcohol?', optionSet: 'how-often' },
    { id: 'auditc-2', text: 'How many drinks containing alcohol do you have on a typical day when you are drinking?', optionSet: 'how-many' },
    { id: 'auditc-3', text: 'How often do you have six or more drinks on one occasion?', optionSet: 'binge' },
  ],
  scoring: {
    method: 'sum',
    contextCutoff: {
      key: 'sex',
      question: 'Sex (sets the screening threshold)',
      values: [
        { value: 'male', label: 'Men: positive at 4 or more', min: 4 },
        { value: 'female', label: 'Women: positive at 3 or more', min: 3 },
      ],
      // USPSTF 2018: adults who screen positive are offered brief behavioral counseling.
      positiveLabel: 'Positive screen for unhealthy alcohol use: offer a brief intervention',
      negativeLabel: 'Negative screen',
    },
    // After the AUDIT-C scoring advice of the US Department of Veterans Affairs (Bush et al. 1998). "Probably below
    // recommended limits" is in shared/CLINICAL.md; the "review … past few months" wording follows the VA scoring
    // sheet as remembered and was not checked against it in this session.
    soleSourceNote: {
      itemId: 'auditc-1',
      note: 'All points come from question 1 (questions 2 and 3 are zero): the patient is probably drinking below recommended limits; review their alcohol intake over the past few months to confirm this.',
    },
  },
  licence: 'AUDIT: © World Health Organization 2001. As a WHO-approved instrument, the AUDIT (and so its first three questions, the AUDIT-C) is in the public domain.',
  source:
    'Questions and answers: Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: Guidelines for Use in Primary Care. 2nd ed. Geneva: WHO; 2001. Scoring: Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C). Arch Intern Med. 1998;158(16):1789-1795; Bradley KA et al. Alcohol Clin Exp Res. 2007;31(7):1208-1217.',
  loinc: { panel: '72109-2', total: '75626-2' },
};
