import type { InstrumentWords } from '../../clinical/instruments/words.js';

// The NIDA single-question drug screen in English (Smith et al. 2010).

export const NIDA_EN: InstrumentWords = {
  lang: 'en',
  title: 'Single-question screen for drug use (NIDA; Smith et al. 2010)',
  instructions: 'Count any use in the past 12 months.',
  items: {
    'nida-drug-screen-1':
      'How many times in the past year have you used an illegal drug or used a prescription medication for non-medical reasons?',
  },
  options: { times: ['0 times', '1 or more times'] },
};
