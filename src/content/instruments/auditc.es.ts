import type { InstrumentWords } from '../../clinical/instruments/words.js';

// AUDIT questions 1–3 in the WHO's Spanish edition — Babor TF, Higgins-Biddle JC, Saunders JB,
// Monteiro MG. AUDIT. Cuestionario de Identificación de los Trastornos debidos al Consumo de
// Alcohol. Pautas para su utilización en Atención Primaria. OMS; 2001 (WHO/MSD/MSB/01.6a, Spanish),
// word for word with its answers. The instructions line is the kit's own (it is not AUDIT wording).
// Source and checks: src/clinical/instruments/SOURCES.md ("AUDIT-C, Spanish").

export const AUDITC_ES: InstrumentWords = {
  lang: 'es',
  title: 'Cuestionario de identificación de los trastornos debidos al consumo de alcohol — consumo (AUDIT-C)',
  instructions: 'Preguntas 1 a 3 del AUDIT (Organización Mundial de la Salud).',
  items: {
    'auditc-1': '¿Con qué frecuencia consume alguna bebida alcohólica?',
    'auditc-2': '¿Cuántas consumiciones de bebidas alcohólicas suele realizar en un día de consumo normal?',
    'auditc-3': '¿Con qué frecuencia toma 6 o más bebidas alcohólicas en un solo día?',
  },
  options: {
    'how-often': ['Nunca', 'Una o menos veces al mes', 'De 2 a 4 veces al mes', 'De 2 a 3 veces a la semana', '4 o más veces a la semana'],
    'how-many': ['1 o 2', '3 o 4', '5 o 6', '7, 8 o 9', '10 o más'],
    binge: ['Nunca', 'Menos de una vez al mes', 'Mensualmente', 'Semanalmente', 'A diario o casi a diario'],
  },
  translation:
    'Traducción publicada: AUDIT, Cuestionario de Identificación de los Trastornos debidos al Consumo de Alcohol, edición en español de la OMS (2001)',
};
