/**
 * Registers every default tag. Safe to import twice or next to another copy of the kit:
 * an already-defined tag is kept and a warning names both versions.
 */
import './elements/plan-provider/define.js';
import './elements/plan-summary/define.js';
import './elements/assessment-form/define.js';
import './elements/goal-editor/define.js';
import './elements/modality-picker/define.js';
import './elements/progress-timeline/define.js';
