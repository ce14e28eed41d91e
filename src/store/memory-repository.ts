import { isKeyOfPlan, quarantineKey, type DraftRecord, type DraftRepository, type PendingRecord, type SaveOutcome } from './draft-record.js';

/** Drafts held in this page only: they survive a widget being re-created, not a reload. */
const pageDrafts = new Map<string, unknown>();
const key = (scope: string, planId: string) => `${scope}\u0000${planId}`;

export class MemoryDraftRepository implements DraftRepository {
  readonly kind = 'memory' as const;

  async load(scope: string, planId: string): Promise<unknown> {
    const raw = pageDrafts.get(key(scope, planId));
    return raw === undefined ? undefined : structuredClone(raw);
  }

  async save(record: DraftRecord, expectedToken: string | null): Promise<SaveOutcome> {
    const k = key(record.scope, record.planId);
    const stored = pageDrafts.get(k) as DraftRecord | undefined;
    if (stored && stored.token !== expectedToken) return { status: 'conflict', stored: structuredClone(stored) };
    pageDrafts.set(k, structuredClone(record));
    return { status: 'saved' };
  }

  async delete(scope: string, planId: string): Promise<void> {
    pageDrafts.delete(key(scope, planId));
  }

  async putPending(record: PendingRecord): Promise<void> {
    pageDrafts.set(key(record.scope, record.planId), structuredClone(record));
  }

  async quarantine(scope: string, planId: string, raw: unknown, reason: string): Promise<void> {
    pageDrafts.set(key(scope, quarantineKey(planId, reason, new Date().toISOString())), structuredClone(raw));
    pageDrafts.delete(key(scope, planId));
  }

  async keys(scope: string): Promise<string[]> {
    const prefix = key(scope, '');
    return [...pageDrafts.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  }

  async clear(scope: string, planId?: string): Promise<number> {
    const doomed = (await this.keys(scope)).filter((k) => planId === undefined || isKeyOfPlan(k, planId));
    for (const k of doomed) pageDrafts.delete(key(scope, k));
    return doomed.length;
  }

  /** @internal For tests: forget every draft of this page. */
  static clearAll(): void {
    pageDrafts.clear();
  }
}
