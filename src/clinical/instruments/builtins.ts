import { ASQ_EN } from '../../content/instruments/asq.en.js';
import { AUDITC_EN } from '../../content/instruments/auditc.en.js';
import { GAD2_EN, GAD7_EN } from '../../content/instruments/gad7.en.js';
import { NIDA_EN } from '../../content/instruments/nida.en.js';
import { PCL5_EN } from '../../content/instruments/pcl5.en.js';
import { PHQ2_EN, PHQ9_EN } from '../../content/instruments/phq9.en.js';
import { ASQ_STRUCTURE } from './asq.js';
import { AUDITC_STRUCTURE } from './audit-c.js';
import { NIDA_SINGLE_QUESTION_STRUCTURE } from './nida-single-question.js';
import type { InstrumentDefinition } from './schema.js';
import { GAD2_STRUCTURE, GAD7_STRUCTURE, PCL5_STRUCTURE, PHQ2_STRUCTURE, PHQ9_STRUCTURE } from './structures.js';
import { withWords } from './words.js';

export { PHQ9_ITEM9_MESSAGE } from './structures.js';

/**
 * The built-in instruments as full English definitions, for hosts (`progress/add-measurement`
 * takes one as `instrument`) and for the FHIR mapping (loaded on demand). The widgets never import
 * this module: each form loads only the words of the instruments it shows, in the page's language
 * (src/content/instruments/). Item wording, options and notices are reproduced exactly as published.
 */
export const PHQ9: InstrumentDefinition = /* @__PURE__ */ withWords(PHQ9_STRUCTURE, PHQ9_EN);
export const PHQ2: InstrumentDefinition = /* @__PURE__ */ withWords(PHQ2_STRUCTURE, PHQ2_EN);
export const GAD7: InstrumentDefinition = /* @__PURE__ */ withWords(GAD7_STRUCTURE, GAD7_EN);
export const GAD2: InstrumentDefinition = /* @__PURE__ */ withWords(GAD2_STRUCTURE, GAD2_EN);
export const PCL5: InstrumentDefinition = /* @__PURE__ */ withWords(PCL5_STRUCTURE, PCL5_EN);
export const AUDITC: InstrumentDefinition = /* @__PURE__ */ withWords(AUDITC_STRUCTURE, AUDITC_EN);
export const NIDA_SINGLE_QUESTION: InstrumentDefinition = /* @__PURE__ */ withWords(NIDA_SINGLE_QUESTION_STRUCTURE, NIDA_EN);
export const ASQ: InstrumentDefinition = /* @__PURE__ */ withWords(ASQ_STRUCTURE, ASQ_EN);

/** Every built-in definition, in English, in the order the form shows them by default. */
export const BUILTIN_INSTRUMENTS: readonly InstrumentDefinition[] = [PHQ9, GAD7, PHQ2, GAD2, PCL5, AUDITC, NIDA_SINGLE_QUESTION, ASQ];
