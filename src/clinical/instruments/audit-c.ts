import type { InstrumentStructure } from './words.js';

/**
 * AUDIT-C: questions 1–3 of the WHO AUDIT, with their answers from one published version (the
 * words, per locale, are in src/content/instruments/auditc.*.ts). Scoring as AUDIT-C (Bush et al.
 * 1998; Bradley et al. 2007): positive at 4 or more for men, 3 or more for women
 * (shared/CLINICAL.md).
 */
export const AUDITC_STRUCTURE: InstrumentStructure = {
  id: 'auditc',
  version: 'WHO 2001',
  shortTitle: 'AUDIT-C',
  optionSets: ['how-often', 'how-many', 'binge'].map((id) => ({
    id,
    options: [{ value: 0 }, { value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }],
  })),
  items: [
    { id: 'auditc-1', optionSet: 'how-often' },
    { id: 'auditc-2', optionSet: 'how-many' },
    { id: 'auditc-3', optionSet: 'binge' },
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
  loinc: { panel: '72109-2', total: '75626-2' },
  licence: 'AUDIT: © World Health Organization 2001. As a WHO-approved instrument, the AUDIT (and so its first three questions, the AUDIT-C) is in the public domain.',
  source:
    'Questions and answers: Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: Guidelines for Use in Primary Care. 2nd ed. Geneva: WHO; 2001. Scoring: Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C). Arch Intern Med. 1998;158(16):1789-1795; Bradley KA et al. Alcohol Clin Exp Res. 2007;31(7):1208-1217.',
};
