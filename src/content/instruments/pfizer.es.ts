// Words shared by the PHQ-9 and GAD-7 "Spanish for the USA" forms of the PHQ screeners (Pfizer;
// https://www.phqscreeners.com/, "no permission required to reproduce, translate, display or
// distribute"). Reproduced word for word; see src/clinical/instruments/SOURCES.md for how each
// text was checked.

/** Cited next to every PHQ / GAD text in Spanish (shown with the form). */
export const PFIZER_SPANISH_USA =
  'Traducción publicada: PHQ-9 y GAD-7, «Spanish for the USA», PHQ Screeners (Pfizer Inc.), https://www.phqscreeners.com/';

/** "Ningún día" (0), "Varios días" (1), "Más de la mitad de los días" (2), "Casi todos los días" (3). */
export const FREQUENCY_ES = ['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'];

/** The unscored closing question of the PHQ-9 (and, the same question in English, of the GAD-7). */
export const DIFFICULTY_QUESTION_ES =
  'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?';
export const DIFFICULTY_ES = ['No ha sido difícil', 'Un poco difícil', 'Muy difícil', 'Extremadamente difícil'];

/** The forms' header in the Spanish for the USA version. */
export const TWO_WEEKS_ES = 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?';
