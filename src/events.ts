import type { ErrorCode } from './model/errors.js';
import type { TreatmentPlan } from './model/plan.js';
import type { FieldConflict } from './plan/merge.js';
import type { ChangeOrigin } from './store/plan-store.js';

/** Base of every kit event: bubbles and crosses shadow roots, so a host listens anywhere above. */
export class PlanKitEvent<T> extends Event {
  readonly detail: T;
  constructor(type: string, detail: T) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface PlanChangeDetail {
  plan: TreatmentPlan;
  origin: ChangeOrigin;
  /** Command type when the change came from a widget or `store.dispatch`. */
  command?: string;
}
export interface DraftRestoredDetail {
  planId: string;
  scope: string;
  revision: number;
  savedAt: string;
  /** Schema version the draft was stored with (older ones were migrated). */
  schemaVersion: number;
}
export interface DraftSavedDetail {
  planId: string;
  scope: string;
  revision: number;
  savedAt: string;
  storage: 'indexeddb' | 'memory' | 'custom';
  encrypted: boolean;
}
export interface DraftConflictDetail {
  planId: string;
  scope: string;
  /**
   * `tab`: another tab or window saved this plan and the same field was changed differently in
   * both (the rest was merged). `host`: the host set a plan (`plan`, `importFhir`) older than the
   * local draft, which was kept.
   */
  source: 'tab' | 'host';
  /** Revision of the plan in this tab. */
  localRevision: number;
  /** Revision of the other version (another tab's save, or the host's plan). */
  storedRevision: number;
  storedAt: string;
  /**
   * Each field changed differently on both sides: `mine` is the value the plan holds now,
   * `theirs` the other. Both are kept (in the draft too) until `resolveConflict()` chooses.
   */
  conflicts: FieldConflict[];
}
export interface DraftClearedDetail {
  planId: string;
  scope: string;
  /**
   * `this-provider`: its own `clearDraft()` (the plan on the page stays). `elsewhere`: another tab
   * or provider (`clearDraft()`), or `clearDrafts(scope)`, wiped the drafts; this provider dropped
   * its copy (unsaved edits and undo history too) and now shows a fresh, empty plan.
   */
  source: 'this-provider' | 'elsewhere';
}
export interface DraftErrorDetail {
  code: ErrorCode;
  message: string;
  issues?: string[];
}
/**
 * Detail of `risk-flag`: a critical item (PHQ-9 item 9 above 0, an ASQ "yes") was answered. Fired
 * once per administration and item, the moment the answer is given — saved or not, complete or
 * not — and for a flag that arrives with a host measurement or a FHIR import.
 */
export interface RiskFlagDetail {
  /** Id of the risk-flag timeline entry recording it (for `progress/acknowledge-risk-flag`). */
  entryId: string;
  instrumentId: string;
  itemId: string;
  value: number;
  /** The administration it belongs to; while unsaved, the id that administration will get when saved. */
  administrationId: string;
  /** Clinician words from the instrument's definition. */
  message: string;
  /** `false` while the instrument is not yet saved; `true` when it comes from a recorded administration. */
  recorded: boolean;
}
/**
 * Detail of `plan-alert` (computed by `computeAlerts` in src/clinical/progress/alerts.ts).
 * Codes (stable):
 * - `not-on-track` — an objective is past its due date without reaching its target (for an
 *   instrument-bound objective without a target: without reliable improvement). Has `objectiveId`.
 * - `reliable-deterioration` — an instrument's newest score is reliably worse than its baseline
 *   (Jacobson & Truax RC beyond 1.96). Has `instrumentId`, and `objectiveId` when an objective is
 *   bound to that instrument.
 */
export interface PlanAlertDetail {
  /** `not-on-track` or `reliable-deterioration` (see above). */
  code: string;
  /** The alert in words, in the page's language: what was measured against what. */
  message: string;
  objectiveId?: string;
  instrumentId?: string;
  /**
   * What the alert compared, for hosts that word it themselves: for `not-on-track`
   * `{ dueDate, measure, label, target, direction, baseline?, latest?: { value, date }, reliableChangePoints? }`;
   * for `reliable-deterioration` `{ label, baseline, latest, reliableChangePoints, verified }`.
   */
  params?: object;
}
export interface ReviewDueDetail {
  /** `YYYY-MM-DD` the review was due. */
  dueDate: string;
  overdue: boolean;
  daysOverdue: number;
}

export class PlanChangeEvent extends PlanKitEvent<PlanChangeDetail> {
  constructor(detail: PlanChangeDetail) {
    super('plan-change', detail);
  }
}
export class DraftRestoredEvent extends PlanKitEvent<DraftRestoredDetail> {
  constructor(detail: DraftRestoredDetail) {
    super('draft-restored', detail);
  }
}
export class DraftSavedEvent extends PlanKitEvent<DraftSavedDetail> {
  constructor(detail: DraftSavedDetail) {
    super('draft-saved', detail);
  }
}
export class DraftConflictEvent extends PlanKitEvent<DraftConflictDetail> {
  constructor(detail: DraftConflictDetail) {
    super('draft-conflict', detail);
  }
}
export class DraftClearedEvent extends PlanKitEvent<DraftClearedDetail> {
  constructor(detail: DraftClearedDetail) {
    super('draft-cleared', detail);
  }
}
export class DraftErrorEvent extends PlanKitEvent<DraftErrorDetail> {
  constructor(detail: DraftErrorDetail) {
    super('draft-error', detail);
  }
}
export class RiskFlagEvent extends PlanKitEvent<RiskFlagDetail> {
  constructor(detail: RiskFlagDetail) {
    super('risk-flag', detail);
  }
}
export class PlanAlertEvent extends PlanKitEvent<PlanAlertDetail> {
  constructor(detail: PlanAlertDetail) {
    super('plan-alert', detail);
  }
}
export class ReviewDueEvent extends PlanKitEvent<ReviewDueDetail> {
  constructor(detail: ReviewDueDetail) {
    super('review-due', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-change': PlanChangeEvent;
    'draft-restored': DraftRestoredEvent;
    'draft-saved': DraftSavedEvent;
    'draft-conflict': DraftConflictEvent;
    'draft-error': DraftErrorEvent;
    'draft-cleared': DraftClearedEvent;
    'risk-flag': RiskFlagEvent;
    'plan-alert': PlanAlertEvent;
    'review-due': ReviewDueEvent;
  }
}
