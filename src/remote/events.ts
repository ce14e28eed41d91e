import { PlanKitEvent } from '../events.js';
import type { SyncConflictDetail, SyncErrorDetail, SyncedDetail } from './types.js';

/** The plan and the FHIR server agree (after `push()` or `pull()`). */
export class SyncedEvent extends PlanKitEvent<SyncedDetail> {
  constructor(detail: SyncedDetail) {
    super('synced', detail);
  }
}

/** Another device changed the plan on the server since this one last saw it; nothing was overwritten. */
export class SyncConflictEvent extends PlanKitEvent<SyncConflictDetail> {
  constructor(detail: SyncConflictDetail) {
    super('sync-conflict', detail);
  }
}

/** A sync did not complete; the plan stays in the local draft. */
export class SyncErrorEvent extends PlanKitEvent<SyncErrorDetail> {
  constructor(detail: SyncErrorDetail) {
    super('sync-error', detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    synced: SyncedEvent;
    'sync-conflict': SyncConflictEvent;
    'sync-error': SyncErrorEvent;
  }
}
