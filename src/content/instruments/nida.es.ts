import type { InstrumentWords } from '../../clinical/instruments/words.js';
import { NO_SPANISH_VERSION } from './english-only.es.js';
import { NIDA_EN } from './nida.en.js';

// No published Spanish version of the single-question drug screen (Smith et al. 2010) was found
// (src/clinical/instruments/SOURCES.md): the English original is shown, marked lang="en".
export const NIDA_ES: InstrumentWords = { ...NIDA_EN, notice: NO_SPANISH_VERSION };
