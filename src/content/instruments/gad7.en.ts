import type { InstrumentWords } from '../../clinical/instruments/words.js';
import { DIFFICULTY_EN, DIFFICULTY_QUESTION_EN, FREQUENCY_EN } from './pfizer.en.js';

// GAD-7 in English, word for word from the PHQ screeners (Pfizer; phqscreeners.com).

const INSTRUCTIONS = 'Over the last 2 weeks, how often have you been bothered by the following problems?';

const ITEMS = [
  'Feeling nervous, anxious or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid as if something awful might happen',
];

export const GAD7_EN: InstrumentWords = {
  lang: 'en',
  title: 'Generalized Anxiety Disorder scale (GAD-7)',
  instructions: INSTRUCTIONS,
  items: { ...Object.fromEntries(ITEMS.map((t, i) => [`gad7-${i + 1}`, t])), 'gad7-8': DIFFICULTY_QUESTION_EN },
  options: { frequency: FREQUENCY_EN, difficulty: DIFFICULTY_EN },
};

/** The GAD-2 is the GAD-7's first two questions. */
export const GAD2_EN: InstrumentWords = {
  lang: 'en',
  title: 'Generalized Anxiety Disorder-2 (GAD-2)',
  instructions: INSTRUCTIONS,
  items: { 'gad2-1': ITEMS[0]!, 'gad2-2': ITEMS[1]! },
  options: { frequency: FREQUENCY_EN },
};
