import type { InstrumentWords } from '../../clinical/instruments/words.js';
import { DIFFICULTY_ES, DIFFICULTY_QUESTION_ES, FREQUENCY_ES, PFIZER_SPANISH_USA, TWO_WEEKS_ES } from './pfizer.es.js';

// GAD-7 "Spanish for the USA" (PHQ Screeners, Pfizer Inc., https://www.phqscreeners.com/), word for
// word. Pfizer: "No permission required to reproduce, translate, display or distribute." The closing
// difficulty question is the same question as on the PHQ-9 and is given its published PHQ-9 Spanish
// wording. Source and checks: src/clinical/instruments/SOURCES.md ("GAD-7 and GAD-2, Spanish").

const ITEMS = [
  'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
  'No ha sido capaz de parar o controlar su preocupación',
  'Se ha preocupado demasiado por motivos diferentes',
  'Ha tenido dificultad para relajarse',
  'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
  'Se ha molestado o irritado fácilmente',
  'Ha tenido miedo de que algo terrible fuera a pasar',
];

export const GAD7_ES: InstrumentWords = {
  lang: 'es',
  title: 'Escala del trastorno de ansiedad generalizada (GAD-7)',
  instructions: TWO_WEEKS_ES,
  items: { ...Object.fromEntries(ITEMS.map((t, i) => [`gad7-${i + 1}`, t])), 'gad7-8': DIFFICULTY_QUESTION_ES },
  options: { frequency: FREQUENCY_ES, difficulty: DIFFICULTY_ES },
  translation: PFIZER_SPANISH_USA,
};

/** The GAD-2 is the GAD-7's first two questions, in the same published wording. */
export const GAD2_ES: InstrumentWords = {
  lang: 'es',
  title: 'Escala del trastorno de ansiedad generalizada-2 (GAD-2)',
  instructions: TWO_WEEKS_ES,
  items: { 'gad2-1': ITEMS[0]!, 'gad2-2': ITEMS[1]! },
  options: { frequency: FREQUENCY_ES },
  translation: PFIZER_SPANISH_USA,
};
