/**
 * tailored-plan-kit — public API. Importing this module has no side effects:
 * it defines no custom elements (import `tailored-plan-kit/define.js` for that).
 */
export * from './model/index.js';
export * from './model/dates.js';
export * from './plan/define.js';
export * from './plan/diff.js';
export * from './plan/tree.js';
export { COMMANDS, applyCommand, type PlanCommand, type PlanCommandType } from './plan/reducer.js';
export { STATUS_TRANSITIONS, recordVersion } from './plan/commands/plan.js';
export { INTAKE_SECTIONS } from './plan/commands/intake.js';
export * from './store/plan-store.js';
