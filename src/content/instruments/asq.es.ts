import type { InstrumentWords } from '../../clinical/instruments/words.js';

// NIMH ASQ, official Spanish version ("Preguntas de detección del riesgo de suicidio", NIMH ASQ
// Toolkit, https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials;
// public domain), word for word. Source and checks: src/clinical/instruments/SOURCES.md ("ASQ, Spanish").

export const ASQ_ES: InstrumentWords = {
  lang: 'es',
  title: 'Preguntas de detección del riesgo de suicidio (ASQ)',
  instructions: 'Pregúntele al paciente:',
  items: {
    'asq-1': 'En las últimas semanas, ¿ha deseado estar muerto?',
    'asq-2': 'En las últimas semanas, ¿ha sentido que usted o su familia estarían mejor si estuviera muerto?',
    'asq-3': 'En la última semana, ¿ha estado pensando en suicidarse?',
    'asq-4': '¿Alguna vez ha intentado suicidarse?',
    'asq-5': '¿Está pensando en suicidarse en este momento?',
  },
  options: { 'yes-no': ['Sí', 'No'] },
  translation: 'Traducción publicada: ASQ en español, NIMH ASQ Toolkit, https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials',
};
