import {
  DraftRecordSchema,
  StorageError,
  isKeyOfPlan,
  parseSetAsideKey,
  pendingKey,
  type DraftRepository,
  type SetAsideRecord,
} from './draft-record.js';
import { IndexedDbDraftRepository } from './indexeddb-repository.js';
import { MemoryDraftRepository } from './memory-repository.js';
import { DraftSync } from './sync.js';

/** What a wipe did: how many records went, and whether the repository let every one be found. */
export interface WipeOutcome {
  deleted: number;
  /** `false` when the repository has neither `clear()` nor `keys()`: only the main record was deleted. */
  complete: boolean;
}

/**
 * Deletes every record of one plan (main record, set-aside copies, pending records), or of a
 * whole scope when `planId` is left out. Uses the repository's `clear()` when it has one, else
 * `keys()` + `delete()`; a repository with neither loses only the main record of the plan.
 */
export async function wipeDrafts(repo: DraftRepository, scope: string, planId?: string): Promise<WipeOutcome> {
  if (repo.clear) return { deleted: await repo.clear(scope, planId), complete: true };
  if (repo.keys) {
    const doomed = (await repo.keys(scope)).filter((k) => planId === undefined || isKeyOfPlan(k, planId));
    for (const k of doomed) await repo.delete(scope, k);
    return { deleted: doomed.length, complete: true };
  }
  if (planId === undefined) return { deleted: 0, complete: false };
  await repo.delete(scope, planId);
  return { deleted: 1, complete: false };
}

/** The set-aside records of one plan, oldest first. Empty when the repository cannot list its keys. */
export async function setAsideRecords(repo: DraftRepository, scope: string, planId: string): Promise<SetAsideRecord[]> {
  if (!repo.keys) return [];
  const found: SetAsideRecord[] = [];
  for (const key of (await repo.keys(scope)).sort()) {
    const parts = parseSetAsideKey(key, planId);
    if (!parts) continue;
    const raw = await repo.load(scope, key);
    const rec = DraftRecordSchema.safeParse(withPlanId(raw, planId));
    const loose = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    found.push({
      key,
      ...parts,
      ...(rec.success ? { savedAt: rec.data.savedAt, revision: rec.data.revision } : {}),
      encrypted: loose.encrypted !== undefined,
    });
  }
  return found.sort((a, b) => (a.setAsideAt < b.setAsideAt ? -1 : a.setAsideAt > b.setAsideAt ? 1 : 0));
}

/**
 * Every pending record of one plan (`planId~pending~tab`: left by a closed or hidden tab, or written
 * while the draft could not be read), raw. Empty when the repository cannot list its keys.
 */
export async function pendingRecords(repo: DraftRepository, scope: string, planId: string): Promise<unknown[]> {
  if (!repo.keys) return [];
  const prefix = pendingKey(planId, '');
  const found: unknown[] = [];
  for (const key of await repo.keys(scope)) {
    if (key.startsWith(prefix)) found.push(await repo.load(scope, key));
  }
  return found;
}

/**
 * A set-aside record as it was before it was set aside: IndexedDB keeps it under the set-aside
 * key, so its `planId` field is that key; the plan's own id is put back before it is read.
 */
export function withPlanId(raw: unknown, planId: string): unknown {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...raw, planId } : raw;
}

export interface ClearDraftsOptions {
  /** Which built-in store to wipe: `indexeddb` (default) or `memory` (this page's drafts). */
  storage?: 'indexeddb' | 'memory';
  /** A host-supplied repository (the one given to `draftRepository`) instead of a built-in one. It needs `clear()` or `keys()`. */
  repository?: DraftRepository;
}

/**
 * Deletes every draft of `scope` — every plan's main record, set-aside copies and pending records —
 * e.g. when the user signs out. Other tabs of this origin showing a plan of that scope (IndexedDB
 * storage) drop it too: they show a fresh plan and fire `draft-cleared`. Providers of this page
 * with `storage="memory"` are not told. Resolves to the number of records deleted; rejects with a
 * `StorageError` (`storage-unavailable`, `delete-failed`) when nothing could be deleted.
 */
export async function clearDrafts(scope: string, options: ClearDraftsOptions = {}): Promise<number> {
  const own = options.repository ? undefined : options.storage === 'memory' ? undefined : new IndexedDbDraftRepository();
  const repo = options.repository ?? own ?? new MemoryDraftRepository();
  try {
    const { deleted, complete } = await wipeDrafts(repo, scope);
    if (!complete) {
      throw new StorageError('delete-failed', 'This draft repository cannot list its records (it has no keys() or clear()); nothing was deleted.');
    }
    if (repo.kind !== 'memory') {
      const sync = new DraftSync(() => undefined);
      sync.post({ kind: 'cleared', scope, planId: '*', token: null, revision: 0 });
      sync.close();
    }
    return deleted;
  } finally {
    await own?.close();
  }
}
