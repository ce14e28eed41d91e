import type { InstrumentWords } from '../../clinical/instruments/words.js';

// The NIMH ASQ in English, as published in the NIMH ASQ Toolkit (public domain).

export const ASQ_EN: InstrumentWords = {
  lang: 'en',
  title: 'Ask Suicide-Screening Questions (ASQ)',
  instructions: 'Ask the patient:',
  items: {
    'asq-1': 'In the past few weeks, have you wished you were dead?',
    'asq-2': 'In the past few weeks, have you felt that you or your family would be better off if you were dead?',
    'asq-3': 'In the past week, have you been having thoughts about killing yourself?',
    'asq-4': 'Have you ever tried to kill yourself?',
    'asq-5': 'Are you having thoughts of killing yourself right now?',
  },
  options: { 'yes-no': ['Yes', 'No'] },
};
