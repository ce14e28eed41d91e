import type { InstrumentWords } from '../../clinical/instruments/words.js';
import { NO_SPANISH_VERSION } from './english-only.es.js';
import { PCL5_EN } from './pcl5.en.js';

// The National Center for PTSD lists a Spanish PCL-5, but its text could not be found and checked
// word for word in this session (src/clinical/instruments/SOURCES.md), so a Spanish page shows the
// English original, marked lang="en", with a notice in Spanish. Never machine-translated.
export const PCL5_ES: InstrumentWords = { ...PCL5_EN, notice: NO_SPANISH_VERSION };
