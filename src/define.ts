/**
 * Registers every default tag. Safe to import twice or next to another copy of the kit:
 * an already-defined tag is kept and a warning names both versions.
 */
import './elements/plan-provider/define.js';
import './elements/plan-summary/define.js';
