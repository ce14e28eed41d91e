import type { InstrumentWords } from '../../clinical/instruments/words.js';
import { DIFFICULTY_ES, DIFFICULTY_QUESTION_ES, FREQUENCY_ES, PFIZER_SPANISH_USA, TWO_WEEKS_ES } from './pfizer.es.js';

// PHQ-9 "Spanish for the USA" (PHQ Screeners, Pfizer Inc., https://www.phqscreeners.com/), word for
// word. Pfizer: "No permission required to reproduce, translate, display or distribute." The notice
// is printed in English on the Spanish forms, so it is kept (and marked) in English.
// Source and checks: src/clinical/instruments/SOURCES.md ("PHQ-9 and PHQ-2, Spanish").

const ITEMS = [
  'Poco interés o placer en hacer cosas',
  'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
  'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
  'Se ha sentido cansado(a) o con poca energía',
  'Sin apetito o ha comido en exceso',
  'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
  'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
  '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
  'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
];

export const PHQ9_ES: InstrumentWords = {
  lang: 'es',
  title: 'Cuestionario sobre la salud del paciente (PHQ-9)',
  instructions: TWO_WEEKS_ES,
  items: { ...Object.fromEntries(ITEMS.map((t, i) => [`phq9-${i + 1}`, t])), 'phq9-10': DIFFICULTY_QUESTION_ES },
  options: { frequency: FREQUENCY_ES, difficulty: DIFFICULTY_ES },
  translation: PFIZER_SPANISH_USA,
};

/** The PHQ-2 is the PHQ-9's first two questions, in the same published wording. */
export const PHQ2_ES: InstrumentWords = {
  lang: 'es',
  title: 'Cuestionario sobre la salud del paciente-2 (PHQ-2)',
  instructions: TWO_WEEKS_ES,
  items: { 'phq2-1': ITEMS[0]!, 'phq2-2': ITEMS[1]! },
  options: { frequency: FREQUENCY_ES },
  translation: PFIZER_SPANISH_USA,
};
