import type { InstrumentWords } from '../../clinical/instruments/words.js';

// AUDIT questions 1–3 in English, word for word with their answers from one published version —
// Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: The Alcohol Use Disorders
// Identification Test. Guidelines for Use in Primary Care. 2nd ed. WHO; 2001 (WHO/MSD/MSB/01.6a).
// No wording from other versions (UK "units", LOINC "standard drinks") is mixed in.

export const AUDITC_EN: InstrumentWords = {
  lang: 'en',
  title: 'Alcohol Use Disorders Identification Test — Consumption (AUDIT-C)',
  instructions: 'Questions 1 to 3 of the AUDIT (World Health Organization).',
  items: {
    'auditc-1': 'How often do you have a drink containing alcohol?',
    'auditc-2': 'How many drinks containing alcohol do you have on a typical day when you are drinking?',
    'auditc-3': 'How often do you have six or more drinks on one occasion?',
  },
  options: {
    'how-often': ['Never', 'Monthly or less', '2 to 4 times a month', '2 to 3 times a week', '4 or more times a week'],
    'how-many': ['1 or 2', '3 or 4', '5 or 6', '7, 8, or 9', '10 or more'],
    binge: ['Never', 'Less than monthly', 'Monthly', 'Weekly', 'Daily or almost daily'],
  },
};
