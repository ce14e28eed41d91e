import { DraftConflictEvent, DraftRestoredEvent, DraftSavedEvent } from '../events.js';
import { fail, ok, type ErrorCode, type Result } from '../model/errors.js';
import { createPlan } from '../model/factory.js';
import { parsePlan } from '../model/parse.js';
import type { TreatmentPlan } from '../model/plan.js';
import { mergePlans, sameValue, withValueAt, type FieldConflict } from '../plan/merge.js';
import {
  DraftRecordSchema,
  PendingRecordSchema,
  StorageError,
  parseSetAsideKey,
  type DraftRecord,
  type DraftRepository,
  type SetAsideRecord,
} from './draft-record.js';
import { draftRecord, readDraft, readPending, type DraftRead } from './draft-codec.js';
import { PendingJournal } from './pending-journal.js';
import type { PlanChange, PlanStore } from './plan-store.js';
import type { SavedMessage } from './sync.js';
import { pendingRecords, setAsideRecords, wipeDrafts, withPlanId, type WipeOutcome } from './wipe.js';

/** What a session needs from the element that owns it. */
export interface SessionHost {
  readonly encryptionKey: CryptoKey | undefined;
  /** This page's tab id (the key of its pending record). */
  readonly tab: string;
  fire(event: Event): void;
  /** Fires `draft-error` for a failed result. */
  error(r: Result<unknown>): void;
  /** Writes pending changes now (the provider's `flush()`). */
  flush(): Promise<void>;
  post(m: Omit<SavedMessage, 'tab'>): void;
  /** Schedules an autosave. */
  poke(): void;
  /** Conflicts or the offer changed: re-render. */
  changed(): void;
  /** The store has a new snapshot (called before the session reacts to it). */
  storeChanged(session: DraftSession, change: PlanChange): void;
}

/** A record that cannot be read (no key, wrong key, newer schema): never replaced nor overwritten. */
interface Blocked {
  raw: unknown;
  code: ErrorCode;
}

const MAX_MERGE_ROUNDS = 5;

const bump = (plan: TreatmentPlan, above: number): TreatmentPlan => ({
  ...plan,
  revision: Math.max(plan.revision, above) + 1,
  updatedAt: new Date().toISOString(),
});

/**
 * One open plan and its draft: restore, autosave, the pending record written when the page is
 * left, three-way merges with other tabs' saves, and conflicts kept until someone chooses.
 * `<plan-provider>` owns one and turns its callbacks into events.
 */
export class DraftSession {
  /** Token of the record this page last read or wrote; `null` when none is stored. */
  token: string | null = null;
  dirty = false;
  restored = false;
  /** Fields changed differently here and in another tab (or before a reload), kept until chosen. */
  conflicts: FieldConflict[] = [];
  /** A plan the host set that is older than the local draft: kept aside until someone chooses. */
  offer: TreatmentPlan | undefined;
  /** The main record cannot be read; edits go to this tab's pending record meanwhile. */
  blocked: Blocked | undefined;
  /** The plan as last read from or written to storage: the common base of the next merge. */
  #base: TreatmentPlan;
  #chain: Promise<void> = Promise.resolve();
  #queuedSave: Promise<void> | undefined;
  /** This tab's pending record, written ahead of leaving. */
  readonly #journal = new PendingJournal(this);

  readonly #unsubscribe: () => void;
  /** The provider opened another session: work that finishes late must not touch this one's plan. */
  #disposed = false;
  /** The host already heard `storage-unavailable` for this plan (it is not told again on every save). */
  #toldUnavailable = false;

  constructor(
    readonly planId: string,
    readonly scope: string,
    /** What the provider's attributes asked for, so it can tell when to open a new session. */
    readonly storage: string,
    readonly custom: DraftRepository | undefined,
    readonly repo: DraftRepository,
    readonly store: PlanStore,
    readonly host: SessionHost,
  ) {
    this.#base = store.plan;
    this.#unsubscribe = store.subscribe((change) => {
      host.storeChanged(this, change);
      this.planChanged(change);
    });
  }

  /** Stops listening to the store (the provider opened another session). */
  dispose(): void {
    this.#disposed = true;
    this.#unsubscribe();
    this.#journal.stop();
  }

  /** Resolves when every storage operation queued so far has finished. */
  get saving(): Promise<void> | undefined {
    return this.#chain;
  }

  /** The plan as last read from or written to storage (for the journal). */
  get base(): TreatmentPlan {
    return this.#base;
  }

  get isBlocked(): boolean {
    return this.blocked !== undefined;
  }

  /**
   * A repository call threw: `draft-error` with its own code when it is a StorageError, `code`
   * otherwise. Storage that cannot be opened at all is reported once per plan, not on every save.
   */
  failed(e: unknown, code: ErrorCode): void {
    const failedCode = e instanceof StorageError ? e.code : code;
    if (failedCode === 'storage-unavailable') {
      if (this.#toldUnavailable) return;
      this.#toldUnavailable = true;
    }
    this.host.error(fail(failedCode, (e as Error).message));
  }

  /** Runs storage work one at a time, so a merge never interleaves with a save. */
  #exclusive(task: () => Promise<void>): Promise<void> {
    const run = this.#chain.then(task);
    this.#chain = run.catch(() => undefined);
    return run;
  }

  // ------------------------------------------------------------------ restore

  /** Reads the draft and any pending records; `hostPlan` is a plan the host set before. */
  restore(hostPlan: TreatmentPlan | undefined): Promise<void> {
    return this.#exclusive(async () => {
      const raw = await this.#load(() => this.repo.load(this.scope, this.planId));
      if (raw !== undefined) {
        const outcome = await this.#read(raw);
        if (outcome.ok) this.#restoreRecord(outcome.value, hostPlan);
        else if (outcome.error.code === 'draft-corrupt' || outcome.error.code === 'plan-id-mismatch') {
          // Damaged: keep it aside (never overwrite it), tell the host, go on with a fresh plan.
          this.host.error(outcome);
          await this.repo.quarantine(this.scope, this.planId, raw, outcome.error.code).catch(() => undefined);
        } else {
          this.blocked = { raw, code: outcome.error.code };
          this.host.error(outcome);
        }
      }
      await this.#absorbPending();
      this.restored = true;
      this.#journal.soon();
      // What a left page had not saved is written to the draft at once (then its record goes).
      if (this.#journal.absorbedCount) void this.save();
    });
  }

  #restoreRecord({ record, plan, conflicts }: DraftRead, hostPlan: TreatmentPlan | undefined): void {
    this.token = record.token;
    this.#base = plan;
    // A plan the host set that is at least as new as the draft wins; otherwise the draft holds
    // newer work and is restored, and the host's plan is offered.
    if (hostPlan && hostPlan.revision >= record.revision) {
      this.dirty = true;
      return;
    }
    this.store.replace(plan, 'restore');
    this.dirty = false;
    this.conflicts = conflicts;
    this.host.fire(
      new DraftRestoredEvent({
        planId: this.planId,
        scope: this.scope,
        revision: record.revision,
        savedAt: record.savedAt,
        schemaVersion: record.schemaVersion,
      }),
    );
    if (hostPlan) this.#offer(hostPlan);
  }

  /** Merges every readable pending record of this plan (left by a closed or hidden page) into this page. */
  async #absorbPending(): Promise<void> {
    const list = await this.#load(() => pendingRecords(this.repo, this.scope, this.planId));
    for (const raw of list ?? []) {
      // This page's own record holds nothing it does not hold already (it may be older): it is
      // only deleted once the draft is saved.
      const own = this.#journal.ownKey;
      if (PendingRecordSchema.safeParse(raw).data?.planId === own) {
        this.#journal.absorb(own);
        continue;
      }
      const read = await readPending(raw, this.planId, this.host.encryptionKey);
      if (!read) continue; // unreadable (other key, newer schema): left where it is
      const { record, plan, base, conflicts } = read;
      const here = this.store.plan;
      const from = record.baseToken !== null && record.baseToken === this.token ? this.#base : (base ?? this.#base);
      this.#applyMerge(from, plan, here, conflicts, 'restore');
      this.#journal.absorb(record.planId);
    }
  }

  // ------------------------------------------------------------------ reading

  async #load<T>(read: () => Promise<T>): Promise<T | undefined> {
    try {
      return await read();
    } catch (e) {
      this.failed(e, 'restore-failed');
      return undefined;
    }
  }

  #read(raw: unknown): Promise<Result<DraftRead>> {
    return readDraft(raw, this.planId, this.host.encryptionKey);
  }

  // ------------------------------------------------------------------ merging

  /**
   * Puts the three-way merge of `mine` and `theirs` (against `base`) in the store. Returns the
   * new field conflicts (also added to `conflicts`); fires `draft-conflict` when there are any.
   */
  #applyMerge(
    base: TreatmentPlan | undefined,
    mine: TreatmentPlan,
    theirs: TreatmentPlan,
    earlier: readonly FieldConflict[],
    origin: 'restore' | 'remote',
  ): FieldConflict[] {
    let { merged, conflicts } = mergePlans(base, mine, theirs);
    const valid = parsePlan(merged);
    if (!valid.ok) {
      // The two edits cannot be combined into a valid plan: keep this one, offer the other whole.
      merged = bump(mine, theirs.revision);
      conflicts = [{ id: '', path: [], kind: 'plan', field: 'plan', mine, theirs }];
    }
    const unchanged = (a: TreatmentPlan, b: TreatmentPlan) => sameValue({ ...a, revision: 0, updatedAt: '' }, { ...b, revision: 0, updatedAt: '' });
    const known = new Map([...this.conflicts, ...earlier, ...conflicts].map((c) => [c.id, c]));
    this.conflicts = [...known.values()];
    if (unchanged(merged, theirs) && !conflicts.length) {
      if (theirs !== this.store.plan) {
        this.store.replace(theirs, origin);
        this.dirty = false;
      }
    } else if (!unchanged(merged, this.store.plan)) {
      this.store.replace(merged, origin);
      this.dirty = true;
    } else if (!unchanged(mine, theirs)) {
      this.dirty = true;
    }
    if (earlier.length || conflicts.length) this.host.changed();
    if (conflicts.length) this.#fireConflict(theirs, conflicts, 'tab');
    return conflicts;
  }

  #fireConflict(other: TreatmentPlan, conflicts: FieldConflict[], source: 'tab' | 'host', storedAt = other.updatedAt): void {
    this.host.fire(
      new DraftConflictEvent({
        planId: this.planId,
        scope: this.scope,
        source,
        localRevision: this.store.plan.revision,
        storedRevision: other.revision,
        storedAt,
        conflicts,
      }),
    );
  }

  #offer(plan: TreatmentPlan): void {
    this.offer = plan;
    this.host.changed();
    this.#fireConflict(plan, [], 'host');
  }

  /** Another tab's record: merged into this page when it has unsaved edits, adopted otherwise. */
  async #takeRecord(record: DraftRecord): Promise<boolean> {
    const outcome = await this.#read(record);
    if (!outcome.ok) {
      this.blocked = { raw: record, code: outcome.error.code };
      this.host.error(outcome);
      return false;
    }
    const { plan, conflicts } = outcome.value;
    if (this.dirty) {
      this.#applyMerge(this.#base, this.store.plan, plan, conflicts, 'remote');
    } else {
      this.conflicts = conflicts;
      this.store.replace(plan, 'remote');
      this.host.changed();
    }
    this.#base = plan;
    this.token = record.token;
    return true;
  }

  // ------------------------------------------------------------------ saving

  /** Saves the plan (coalesced: a save asked for while one waits joins it). */
  save(): Promise<void> {
    this.#queuedSave ??= this.#exclusive(async () => {
      this.#queuedSave = undefined;
      await this.#write();
    });
    return this.#queuedSave;
  }

  async #write(): Promise<void> {
    if (!this.restored || !this.dirty) return;
    if (this.blocked) return this.#journal.writePending();
    // `dirty` is checked again each round: edits made while a round awaits set it (TypeScript keeps
    // the narrowing from the check above across those awaits).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    for (let round = 0; round < MAX_MERGE_ROUNDS && this.dirty; round++) {
      const plan = this.store.plan;
      const key = this.host.encryptionKey;
      const record = await this.#record(plan, key);
      if (!record) return;
      let outcome;
      try {
        outcome = await this.repo.save(record, this.token);
      } catch (e) {
        this.failed(e, 'save-failed');
        return;
      }
      if (outcome.status === 'conflict') {
        // Another tab saved first: merge its save in, then try again with its token.
        if (!(await this.#takeRecord(outcome.stored))) return this.#journal.writePending();
        continue;
      }
      this.token = record.token;
      this.#base = plan;
      if (this.store.plan === plan) this.dirty = false;
      this.host.post({ kind: 'saved', scope: this.scope, planId: this.planId, token: record.token, revision: plan.revision });
      this.host.fire(
        new DraftSavedEvent({
          planId: this.planId,
          scope: this.scope,
          revision: plan.revision,
          savedAt: record.savedAt,
          storage: this.repo.kind,
          encrypted: Boolean(key),
        }),
      );
      await this.#journal.dropAbsorbed();
      return;
    }
  }

  async #record(plan: TreatmentPlan, key: CryptoKey | undefined): Promise<DraftRecord | undefined> {
    const made = await draftRecord({ scope: this.scope, planId: this.planId }, plan, this.conflicts, key);
    if (!made.ok) this.host.error(made);
    return made.ok ? made.value : undefined;
  }

  /**
   * Called from `pagehide` / `visibilitychange`: starts writing this page's unsaved work at once
   * (one put, no read first, nothing awaited before it). The next page to open the plan merges it.
   */
  writeNow(): void {
    void this.#journal.writeLatest();
  }

  // ------------------------------------------------------------------ changes from outside

  /** The store changed; `local` when this page made the change (it must be saved). */
  planChanged(change: PlanChange): void {
    const local = change.origin !== 'restore' && change.origin !== 'remote';
    if (change.plan !== change.previous && local) {
      this.dirty = true;
      if (this.restored) this.host.poke();
    }
    this.#journal.soon();
  }

  /** Whether a cross-tab message is about this plan (a wipe of every plan of the scope included). */
  concerns(m: SavedMessage): boolean {
    const everyPlan = m.kind === 'cleared' && m.planId === '*';
    return m.scope === this.scope && (m.planId === this.planId || everyPlan);
  }

  /** Another tab saved or cleared this plan. */
  remote(m: SavedMessage): Promise<void> {
    return this.#exclusive(async () => {
      if (m.kind === 'cleared') return; // see dropCleared()
      if (!this.restored || this.blocked || m.token === this.token) return;
      const raw = await this.#load(() => this.repo.load(this.scope, this.planId));
      const rec = DraftRecordSchema.safeParse(raw);
      if (!rec.success || rec.data.token === this.token) return;
      await this.#takeRecord(rec.data);
      if (this.dirty) this.host.poke();
    });
  }

  /**
   * Deletes every record of this plan (the draft, set-aside copies, pending records) once the
   * storage work queued before has finished. The plan on the page stays; the next edit saves a
   * new draft. Rejects when the repository fails.
   */
  async wipe(): Promise<WipeOutcome> {
    // Nothing typed before the wipe is written after it.
    this.#journal.stop();
    this.dirty = false;
    let outcome: WipeOutcome = { deleted: 0, complete: true };
    await this.#exclusive(async () => {
      await this.#journal.settled();
      outcome = await wipeDrafts(this.repo, this.scope, this.planId);
      this.#forgetStored();
    });
    return outcome;
  }

  /**
   * Another tab (or `clearDrafts()`) wiped this plan: this page drops its copy too — unsaved edits
   * and undo history included — so its next edit cannot bring the wiped plan back. A save or
   * pending record of this page that landed after the wipe is deleted as well.
   */
  async dropCleared(): Promise<void> {
    this.#journal.stop();
    this.dirty = false;
    this.store.replace(createPlan(this.planId), 'remote');
    await this.#exclusive(async () => {
      // Saves queued before this message have run by now; a write of the journal may still be under way.
      await this.#journal.settled();
      const mine = this.token;
      this.#forgetStored();
      this.#base = this.store.plan;
      const stored = mine === null ? undefined : DraftRecordSchema.safeParse(await this.repo.load(this.scope, this.planId).catch(() => undefined));
      if (stored?.success && stored.data.token === mine) await wipeDrafts(this.repo, this.scope, this.planId).catch(() => undefined);
      else await this.repo.delete(this.scope, this.#journal.ownKey).catch(() => undefined);
    });
  }

  /** Nothing of this plan is stored any more: no token, conflict, offer, blocked record or pending record. */
  #forgetStored(): void {
    this.token = null;
    this.conflicts = [];
    this.offer = undefined;
    this.blocked = undefined;
    this.#journal.forget();
    this.host.changed();
  }

  // ------------------------------------------------------------------ set-aside records

  /** The set-aside records of this plan, oldest first (a failing repository: `draft-error`, none). */
  async listSetAside(): Promise<SetAsideRecord[]> {
    try {
      return await setAsideRecords(this.repo, this.scope, this.planId);
    } catch (e) {
      this.failed(e, 'restore-failed');
      return [];
    }
  }

  /**
   * A record of this plan kept aside under `key`, read like the draft (decrypted with the current
   * key, migrated, validated). `undefined` when nothing is stored there.
   */
  async readSetAside(key: string): Promise<Result<TreatmentPlan> | undefined> {
    const raw = await this.repo.load(this.scope, key);
    if (raw === undefined) return undefined;
    const read = await this.#read(withPlanId(raw, this.planId));
    return read.ok ? ok(read.value.plan) : read;
  }

  /**
   * Makes the set-aside record `key` the plan again, with a revision above the current one, and
   * saves it; the set-aside copy is deleted only once that save completed. An unreadable record
   * stays aside, and the result (and `draft-error`) says why.
   */
  async restoreSetAside(key: string): Promise<Result<TreatmentPlan>> {
    let read: Result<TreatmentPlan> | undefined;
    try {
      read = await this.readSetAside(key);
    } catch (e) {
      this.failed(e, 'restore-failed');
      return fail('restore-failed', (e as Error).message);
    }
    if (!read) return this.#reported(fail('restore-failed', `No set-aside record "${key}" is stored.`));
    if (!read.ok) return this.#reported(read);
    if (this.#disposed) return fail('restore-failed', 'The provider switched to another plan meanwhile.');
    const replaced = this.store.replace({ ...read.value, revision: Math.max(read.value.revision, this.store.plan.revision) + 1 });
    if (!replaced.ok) return this.#reported(replaced);
    await this.host.flush();
    if (!this.dirty) await this.deleteSetAside(key);
    return replaced;
  }

  /** Deletes one set-aside record of this plan for good (any other key is left alone). */
  async deleteSetAside(key: string): Promise<void> {
    if (!parseSetAsideKey(key, this.planId)) return;
    try {
      await this.repo.delete(this.scope, key);
    } catch (e) {
      this.failed(e, 'delete-failed');
    }
  }

  /**
   * Keeps the stored draft aside (reason `sync-conflict`: a pull is about to replace the plan) and
   * resolves to its set-aside key; `undefined` when no draft is stored. Save pending edits first.
   */
  async keepLocalCopy(): Promise<string | undefined> {
    const raw = await this.repo.load(this.scope, this.planId);
    if (raw === undefined) return undefined;
    await this.repo.quarantine(this.scope, this.planId, raw, 'sync-conflict');
    return (await setAsideRecords(this.repo, this.scope, this.planId)).filter((r) => r.reason === 'sync-conflict').at(-1)?.key;
  }

  /** Fires `draft-error` for a failed result and hands the result back. */
  #reported<T>(r: Result<T>): Result<T> {
    this.host.error(r);
    return r;
  }

  /** The host set a plan: newer than the local one replaces it; older is kept aside and offered. */
  acceptHostPlan(plan: TreatmentPlan, { replaceNewer = false }: { replaceNewer?: boolean } = {}): void {
    const local = this.store.plan.revision;
    if (this.restored && local > plan.revision && !replaceNewer) {
      this.#offer(plan);
      return;
    }
    // Replacing newer local work (a pull, after the local plan was kept aside): the revision still
    // moves forward, so drafts and other tabs never mistake the replacement for older work.
    this.store.replace(replaceNewer && local > plan.revision ? { ...plan, revision: local + 1 } : plan, 'replace');
  }

  /**
   * `encryptionKey` changed: a blocked draft is read again (and this page's edits merged into it);
   * a readable one is saved again under the new key, and plain-text pending records are removed.
   */
  keyChanged(): Promise<void> {
    this.#journal.keyChanged();
    return this.#exclusive(async () => {
      if (!this.restored) return;
      if (this.blocked) {
        // Read the record again: another tab holding the key may have saved it since.
        const raw = (await this.#load(() => this.repo.load(this.scope, this.planId))) ?? this.blocked.raw;
        const outcome = await this.#read(raw);
        if (!outcome.ok) {
          this.host.error(outcome);
          return;
        }
        this.blocked = undefined;
        const { record, plan, conflicts } = outcome.value;
        this.host.fire(
          new DraftRestoredEvent({ planId: this.planId, scope: this.scope, revision: record.revision, savedAt: record.savedAt, schemaVersion: record.schemaVersion }),
        );
        this.#applyMerge(this.#base, this.store.plan, plan, conflicts, 'restore');
        this.#base = plan;
        this.token = record.token;
      } else if (this.token === null && !this.#journal.absorbedCount) {
        return;
      }
      await this.#absorbPending();
      this.dirty = true;
      this.host.poke();
    });
  }

  /**
   * Ends conflicts. With `id`, only that field: `keep-mine` keeps the value the plan shows now,
   * `take-theirs` puts the other one in. Without `id`, every conflict, and a plan the host set
   * that was older than the local draft (`take-theirs` uses it).
   */
  resolve(choice: 'keep-mine' | 'take-theirs', id?: string): void {
    const chosen = this.conflicts.filter((c) => id === undefined || c.id === id);
    let plan = this.store.plan;
    if (choice === 'take-theirs') {
      for (const c of chosen) plan = withValueAt(plan, c.path, c.theirs);
      if (id === undefined && this.offer) plan = this.offer;
    }
    if (id === undefined) this.offer = undefined;
    this.conflicts = this.conflicts.filter((c) => !chosen.includes(c));
    if (plan !== this.store.plan) {
      const r = this.store.replace(bump(plan, this.store.plan.revision), 'replace');
      if (!r.ok) this.host.error(r);
    }
    this.dirty = true;
    this.host.changed();
    this.host.poke();
  }
}
