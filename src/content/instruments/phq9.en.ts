import type { InstrumentWords } from '../../clinical/instruments/words.js';
import { DIFFICULTY_EN, DIFFICULTY_QUESTION_EN, FREQUENCY_EN } from './pfizer.en.js';

// PHQ-9 in English, word for word from the PHQ screeners (Pfizer; phqscreeners.com).

const INSTRUCTIONS = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

const ITEMS = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
];

export const PHQ9_EN: InstrumentWords = {
  lang: 'en',
  title: 'Patient Health Questionnaire (PHQ-9)',
  instructions: INSTRUCTIONS,
  items: { ...Object.fromEntries(ITEMS.map((t, i) => [`phq9-${i + 1}`, t])), 'phq9-10': DIFFICULTY_QUESTION_EN },
  options: { frequency: FREQUENCY_EN, difficulty: DIFFICULTY_EN },
};

/** The PHQ-2 is the PHQ-9's first two questions. */
export const PHQ2_EN: InstrumentWords = {
  lang: 'en',
  title: 'Patient Health Questionnaire-2 (PHQ-2)',
  instructions: INSTRUCTIONS,
  items: { 'phq2-1': ITEMS[0]!, 'phq2-2': ITEMS[1]! },
  options: { frequency: FREQUENCY_EN },
};
