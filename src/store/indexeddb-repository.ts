import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  StorageError,
  isKeyOfPlan,
  quarantineKey,
  type DraftRecord,
  type DraftRepository,
  type PendingRecord,
  type SaveOutcome,
} from './draft-record.js';

export const DB_NAME = 'tailored-plan-kit';
const STORE = 'drafts';

interface KitDb extends DBSchema {
  drafts: { key: [string, string]; value: DraftRecord | PendingRecord };
}

function classify(e: unknown, fallback: StorageError['code'], what: string): StorageError {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') {
    return new StorageError('quota-exceeded', 'The browser has no room left to save the draft. Free some storage; your work is still on this page.', { cause: e });
  }
  return new StorageError(fallback, `${what}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
}

/** Every key of one scope: `[scope, planId]` for any string planId (arrays sort after strings). */
const scopeRange = (scope: string) => IDBKeyRange.bound([scope, ''], [scope, []]);

/** Drafts in IndexedDB, one record per `[scope, planId]`; writes are conflict-checked in one transaction. */
export class IndexedDbDraftRepository implements DraftRepository {
  readonly kind = 'indexeddb' as const;
  #db?: Promise<IDBPDatabase<KitDb>>;
  /** The open connection, kept so a write can start synchronously when the page is left. */
  #connection: IDBPDatabase<KitDb> | undefined;

  constructor(readonly dbName: string = DB_NAME) {}

  #open(): Promise<IDBPDatabase<KitDb>> {
    const unavailable = (e: unknown) => {
      this.#db = undefined;
      return new StorageError('storage-unavailable', `IndexedDB cannot be opened here (private browsing or blocked storage?), so drafts are not saved; the plan keeps working on this page. ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    };
    if (this.#db) return this.#db;
    try {
      // `indexedDB.open` may throw at once (no indexedDB, a sandboxed frame, a blocked origin):
      // that must reject like an open that fails later, not escape as a plain exception.
      this.#db = openDB<KitDb>(this.dbName, 1, {
        upgrade(db) {
          db.createObjectStore(STORE, { keyPath: ['scope', 'planId'] });
        },
      })
        .then((db) => (this.#connection = db))
        .catch((e: unknown) => {
          throw unavailable(e);
        });
    } catch (e) {
      return Promise.reject(unavailable(e));
    }
    return this.#db;
  }

  async load(scope: string, planId: string): Promise<unknown> {
    const db = await this.#open();
    try {
      return await db.get(STORE, [scope, planId]);
    } catch (e) {
      throw classify(e, 'restore-failed', 'Reading the draft failed');
    }
  }

  async save(record: DraftRecord, expectedToken: string | null): Promise<SaveOutcome> {
    const db = await this.#open();
    try {
      const tx = db.transaction(STORE, 'readwrite');
      const stored = await tx.store.get([record.scope, record.planId]);
      if (stored && stored.token !== expectedToken) {
        await tx.done;
        return { status: 'conflict', stored };
      }
      await tx.store.put(record);
      // `draft-saved` must mean durable: wait for the transaction to complete, not just the request.
      await tx.done;
      return { status: 'saved' };
    } catch (e) {
      throw classify(e, 'save-failed', 'Saving the draft failed');
    }
  }

  async delete(scope: string, planId: string): Promise<void> {
    const db = await this.#open();
    try {
      await db.delete(STORE, [scope, planId]);
    } catch (e) {
      throw classify(e, 'delete-failed', 'Deleting the draft failed');
    }
  }

  putPending(record: PendingRecord): Promise<void> {
    const db = this.#connection;
    if (!db) return this.#open().then(() => this.putPending(record));
    try {
      // One put in a fresh transaction, committed at once: nothing is awaited before the write
      // starts, so it is under way before a page that is being left goes away.
      const tx = db.transaction(STORE, 'readwrite');
      void tx.store.put(record).catch(() => undefined);
      tx.commit();
      return tx.done.catch((e: unknown) => {
        throw classify(e, 'save-failed', 'Saving the unsaved changes failed');
      });
    } catch (e) {
      return Promise.reject(classify(e, 'save-failed', 'Saving the unsaved changes failed'));
    }
  }

  async quarantine(scope: string, planId: string, raw: unknown, reason: string): Promise<void> {
    const db = await this.#open();
    const tx = db.transaction(STORE, 'readwrite');
    const aside = { ...(raw as object), scope, planId: quarantineKey(planId, reason, new Date().toISOString()) };
    await tx.store.put(aside as DraftRecord);
    await tx.store.delete([scope, planId]);
    await tx.done;
  }

  async keys(scope: string): Promise<string[]> {
    const db = await this.#open();
    try {
      const keys = await db.getAllKeys(STORE, scopeRange(scope));
      return keys.map(([, planId]) => planId);
    } catch (e) {
      throw classify(e, 'restore-failed', 'Listing the drafts failed');
    }
  }

  async clear(scope: string, planId?: string): Promise<number> {
    const db = await this.#open();
    try {
      const tx = db.transaction(STORE, 'readwrite');
      let deleted = 0;
      if (planId === undefined) {
        deleted = await tx.store.count(scopeRange(scope));
        await tx.store.delete(scopeRange(scope));
      } else {
        // The main record, then every `planId~…` key: they sort between `planId~` and `planId\x7f`.
        const ranges = [IDBKeyRange.only([scope, planId]), IDBKeyRange.bound([scope, `${planId}~`], [scope, `${planId}\x7f`], false, true)];
        for (const range of ranges) {
          for (let cursor = await tx.store.openKeyCursor(range); cursor; cursor = await cursor.continue()) {
            if (!isKeyOfPlan(cursor.primaryKey[1], planId)) continue;
            await tx.store.delete(cursor.primaryKey);
            deleted += 1;
          }
        }
      }
      await tx.done;
      return deleted;
    } catch (e) {
      throw classify(e, 'delete-failed', 'Deleting the drafts failed');
    }
  }

  /** Closes the connection (tests delete the database afterwards). */
  async close(): Promise<void> {
    const db = await this.#db;
    db?.close();
    this.#db = this.#connection = undefined;
  }
}
