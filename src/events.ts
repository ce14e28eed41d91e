import type { ErrorCode } from './model/errors.js';
import type { TreatmentPlan } from './model/plan.js';
import type { FieldConflict } from './plan/merge.js';
import type { ChangeOrigin } from './store/plan-store.js';
import type { PlanAgreedDetail, PlanSignedDetail, RiskFlagDetail } from './plan/define.js';
import type { PlanAlertDetail } from './clinical/progress/alerts.js';

// Details of the events the domain raises are defined next to the code that produces them.
export type { PlanAgreedDetail, PlanSignedDetail, RiskFlagDetail } from './plan/define.js';
export type { PlanAlertDetail } from './clinical/progress/alerts.js';

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
  /**
   * Details for hosts, e.g. for a locale the page cannot show (`invalid-attribute`):
   * `{ attribute: 'locale', reason: 'locale-conflict' | 'locale-load-failed' | 'page-configured-elsewhere', asked, page }`.
   */
  params?: Readonly<Record<string, string | number>>;
  /** Why something was refused, as a stable code with its values (`src/plan/refusals.ts`), e.g. `part2-protected` on `export-withheld`. */
  refusal?: { readonly code: string; readonly params: object };
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
export class PlanAgreedEvent extends PlanKitEvent<PlanAgreedDetail> {
  constructor(detail: PlanAgreedDetail) {
    super('plan-agreed', detail);
  }
}
export class PlanSignedEvent extends PlanKitEvent<PlanSignedDetail> {
  constructor(detail: PlanSignedDetail) {
    super('plan-signed', detail);
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
    'plan-agreed': PlanAgreedEvent;
    'plan-signed': PlanSignedEvent;
  }
}
