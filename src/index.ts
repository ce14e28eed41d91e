/**
 * tailored-plan-kit — public API. Importing this module has no side effects:
 * it defines no custom elements (import `tailored-plan-kit/define.js` for that).
 */
export * from './model/index.js';
export * from './model/dates.js';
export { openRiskFlags } from './model/risk-flags.js';
export * from './plan/define.js';
export * from './plan/diff.js';
export * from './plan/merge.js';
export * from './plan/tree.js';
export { COMMANDS, applyCommand, type PlanCommand, type PlanCommandType } from './plan/reducer.js';
export { STATUS_TRANSITIONS, recordVersion } from './plan/commands/plan.js';
export {
  GOAL_STATUSES,
  PLAN_STATUSES_NEEDING_REASON,
  interventionRule,
  itemStatusRule,
  measurabilityRule,
  planStatusRule,
  agreementRule,
  signatureRule,
  ruleMessage,
  statusOptions,
  type RuleCode,
  type RuleViolation,
  type StatusOption,
} from './plan/rules.js';
export { INTAKE_SECTIONS } from './plan/commands/intake.js';
export {
  SIGNED_CONTENT_FORMAT,
  SIGNER_ROLES,
  agreementWith,
  contentHash,
  planHash,
  sameContent,
  signedText,
  signingState,
  type SignedContent,
  type Signer,
  type SignerRole,
  type SigningState,
} from './model/signing.js';
export { signingCommands } from './plan/commands/signing.js';
export * from './store/plan-store.js';
export * from './events.js';
export { planContext, PLAN_CONTEXT_KEY, type PlanContextValue, type Locale } from './context/plan-context.js';
export {
  registerLocale,
  knownLocales,
  activeLocale,
  SOURCE_LOCALE,
  type LocaleLoader,
  type LocaleProblem,
} from './i18n/localization.js';
export type { LocaleNoticeReason } from './elements/plan-provider/locale.js';
export { defineElement, KIT_VERSION } from './define-element.js';
export { PlanElement } from './elements/plan-element.js';
export { PlanProvider } from './elements/plan-provider/plan-provider.js';
export * from './store/draft-record.js';
export { MemoryDraftRepository } from './store/memory-repository.js';
export { IndexedDbDraftRepository, DB_NAME } from './store/indexeddb-repository.js';
export { encryptJson, decryptJson, generateDraftKey } from './store/crypto.js';
export { AutosaveScheduler } from './store/autosave.js';
export { clearDrafts, type ClearDraftsOptions } from './store/wipe.js';
export { PlanSummary } from './elements/plan-summary/plan-summary.js';
export * from './interop/fhir/index.js';
export * from './remote/events.js';
export type * from './remote/types.js';
export { exportPlanJson, importPlanJson, PLAN_JSON_MEDIA_TYPE, PLAN_JSON_FILE_SUFFIX, type PlanJsonOptions } from './interop/json.js';
export * from './clinical/instruments/index.js';
export { assessmentCommands, INTAKE_LISTS, type IntakeListName } from './plan/commands/assessment.js';
export { AssessmentForm } from './elements/assessment-form/assessment-form.js';
export { AssessmentPrefillSchema, type AssessmentPrefill } from './elements/assessment-form/prefill.js';
export * from './clinical/goals/index.js';
export { STATUSES_NEEDING_REASON } from './plan/commands/goals.js';
export { GoalEditor } from './elements/goal-editor/goal-editor.js';
export * from './clinical/modalities/index.js';
export { interventionCommands } from './plan/commands/interventions.js';
export { ModalityPicker } from './elements/modality-picker/modality-picker.js';
export * from './clinical/progress/index.js';
export * from './clinical/substance-use/index.js';
export { progressCommands, ReviewObjectiveInputSchema } from './plan/commands/progress.js';
export { ProgressTimeline } from './elements/progress-timeline/progress-timeline.js';
export { THEMES, AUTO_THEME_FILE, DENSITIES, THEME_ATTRIBUTE, DENSITY_ATTRIBUTE, type ThemeName, type ThemeInfo, type Density } from './themes/themes.js';
