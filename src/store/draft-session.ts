import { msg } from '@lit/localize';
import { DraftConflictEvent, DraftRestoredEvent, DraftSavedEvent } from '../events.js';
import { fail, ok, type ErrorCode, type Result } from '../model/errors.js';
import { createPlan } from '../model/factory.js';
import { parsePlan } from '../model/parse.js';
import { CURRENT_SCHEMA_VERSION, type TreatmentPlan } from '../model/plan.js';
import { mergePlans, sameValue, withValueAt, type FieldConflict } from '../plan/merge.js';
import { decryptJson, encryptJson } from './crypto.js';
import {
  DraftRecordSchema,
  PendingRecordSchema,
  pendingKey,
  type DraftRecord,
  type DraftRepository,
  type EncryptedPayload,
  type PendingRecord,
} from './draft-record.js';
import type { PlanChange, PlanStore } from './plan-store.js';
import type { SavedMessage } from './sync.js';
import { pendingRecords, wipeDrafts, withPlanId, type WipeOutcome } from './wipe.js';

/** What a session needs from the element that owns it. */
export interface SessionHost {
  readonly encryptionKey: CryptoKey | undefined;
  /** This page's tab id (the key of its pending record). */
  readonly tab: string;
  fire(event: Event): void;
  /** Fires `draft-error` for a failed result. */
  error(r: Result<unknown>): void;
  /** A repository call threw: fires `draft-error` with its code. */
  failed(e: unknown, code: ErrorCode): void;
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

/** Ciphertexts made ahead of time, so a page being left can write without awaiting encryption. */
interface Sealed {
  key: CryptoKey;
  plan: TreatmentPlan;
  conflicts: readonly FieldConflict[];
  base: TreatmentPlan | undefined;
  planData: EncryptedPayload;
  conflictData: EncryptedPayload | undefined;
  baseData: EncryptedPayload | undefined;
}

type Read = { record: DraftRecord; plan: TreatmentPlan; conflicts: FieldConflict[] };

const MAX_MERGE_ROUNDS = 5;

const bump = (plan: TreatmentPlan, above: number): TreatmentPlan => ({
  ...plan,
  revision: Math.max(plan.revision, above) + 1,
  updatedAt: new Date().toISOString(),
});

/** A stored conflict as read back: an object with an `id` and a `path`. */
const isConflict = (c: unknown): c is FieldConflict => {
  const read = c as { id?: unknown; path?: unknown } | null | undefined;
  return typeof read?.id === 'string' && Array.isArray(read.path);
};

function asConflicts(value: unknown): FieldConflict[] {
  return Array.isArray(value) ? value.filter(isConflict) : [];
}

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
  /** Pending records this page has merged in (its own included once written); deleted after the next save. */
  #absorbed = new Set<string>();
  #sealed: Sealed | undefined;
  /** What the last `writeNow` wrote. */
  #leftBehind: { plan: TreatmentPlan | undefined; conflicts: readonly FieldConflict[]; key: CryptoKey | undefined } | undefined;
  #sealing = false;
  #journalTimer: ReturnType<typeof setTimeout> | undefined;
  #journaling: Promise<void> | undefined;
  #journalAgain = false;

  readonly #unsubscribe: () => void;

  constructor(
    readonly planId: string,
    readonly scope: string,
    /** What the provider's attributes asked for, so it can tell when to open a new session. */
    readonly storage: string,
    readonly custom: DraftRepository | undefined,
    readonly repo: DraftRepository,
    readonly store: PlanStore,
    private readonly host: SessionHost,
  ) {
    this.#base = store.plan;
    this.#unsubscribe = store.subscribe((change) => {
      host.storeChanged(this, change);
      this.planChanged(change);
    });
  }

  /** Stops listening to the store (the provider opened another session). */
  dispose(): void {
    this.#unsubscribe();
    this.#stopJournal();
  }

  /** Resolves when every storage operation queued so far has finished. */
  get saving(): Promise<void> | undefined {
    return this.#chain;
  }

  get #ownPendingKey(): string {
    return pendingKey(this.planId, this.host.tab);
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
      this.#journalSoon();
      // What a left page had not saved is written to the draft at once (then its record goes).
      if (this.#absorbed.size) void this.save();
    });
  }

  #restoreRecord({ record, plan, conflicts }: Read, hostPlan: TreatmentPlan | undefined): void {
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
      if (PendingRecordSchema.safeParse(raw).data?.planId === this.#ownPendingKey) {
        this.#absorbed.add(this.#ownPendingKey);
        continue;
      }
      const read = await this.#readPending(raw);
      if (!read) continue; // unreadable (other key, newer schema): left where it is
      const { record, plan, base, conflicts } = read;
      const here = this.store.plan;
      const from = record.baseToken !== null && record.baseToken === this.token ? this.#base : (base ?? this.#base);
      this.#applyMerge(from, plan, here, conflicts, 'restore');
      this.#absorbed.add(record.planId);
    }
  }

  // ------------------------------------------------------------------ reading

  async #load<T>(read: () => Promise<T>): Promise<T | undefined> {
    try {
      return await read();
    } catch (e) {
      this.host.failed(e, 'restore-failed');
      return undefined;
    }
  }

  async #open(data: { plan?: unknown; encrypted?: EncryptedPayload | undefined }): Promise<Result<unknown>> {
    if (!data.encrypted) return ok(data.plan);
    const key = this.host.encryptionKey;
    if (!key) {
      return fail('draft-locked', msg('The saved draft is encrypted. Set encryptionKey to open it; it will not be overwritten meanwhile.'));
    }
    try {
      return ok(await decryptJson(key, data.encrypted));
    } catch {
      return fail('decrypt-failed', msg('The saved draft could not be decrypted with this key. It is kept unchanged; set the right key to open it.'));
    }
  }

  async #read(raw: unknown): Promise<Result<Read>> {
    const rec = DraftRecordSchema.safeParse(raw);
    if (!rec.success) {
      return fail('draft-corrupt', msg('The saved draft is damaged and cannot be read. It was kept aside; the plan starts fresh.'));
    }
    const record = rec.data;
    const json = await this.#open(record);
    if (!json.ok) return json;
    const parsed = parsePlan(json.value);
    if (!parsed.ok) {
      const { code, message, issues } = parsed.error;
      return fail(code === 'invalid-plan' ? 'draft-corrupt' : code, message, issues);
    }
    if (parsed.value.id !== this.planId) {
      return fail('plan-id-mismatch', `The saved draft belongs to plan "${parsed.value.id}", not "${this.planId}".`);
    }
    const conflicts = record.encryptedConflicts
      ? await this.#open({ encrypted: record.encryptedConflicts })
      : ok(record.conflicts);
    return ok({ record, plan: parsed.value, conflicts: conflicts.ok ? asConflicts(conflicts.value) : [] });
  }

  async #readPending(raw: unknown) {
    const rec = PendingRecordSchema.safeParse(raw);
    if (!rec.success || rec.data.pendingFor !== this.planId) return undefined;
    const record = rec.data;
    const mine = await this.#open(record);
    const plan = mine.ok ? parsePlan(mine.value) : mine;
    if (!plan.ok || plan.value.id !== this.planId) return undefined;
    const base = await this.#open({ plan: record.base, encrypted: record.encryptedBase });
    const baseParsed = base.ok && base.value !== undefined ? parsePlan(base.value) : undefined;
    const conflicts = await this.#open({ plan: record.conflicts, encrypted: record.encryptedConflicts });
    return {
      record,
      plan: plan.value,
      base: baseParsed?.ok ? baseParsed.value : undefined,
      conflicts: conflicts.ok ? asConflicts(conflicts.value) : [],
    };
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
    if (this.blocked) return this.#writePending();
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
        this.host.failed(e, 'save-failed');
        return;
      }
      if (outcome.status === 'conflict') {
        // Another tab saved first: merge its save in, then try again with its token.
        if (!(await this.#takeRecord(outcome.stored))) return this.#writePending();
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
      await this.#dropAbsorbed();
      return;
    }
  }

  async #record(plan: TreatmentPlan, key: CryptoKey | undefined): Promise<DraftRecord | undefined> {
    const conflicts = this.conflicts.length ? this.conflicts : undefined;
    try {
      return {
        scope: this.scope,
        planId: this.planId,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        revision: plan.revision,
        savedAt: new Date().toISOString(),
        token: crypto.randomUUID(),
        ...(key
          ? { encrypted: await encryptJson(key, plan), ...(conflicts ? { encryptedConflicts: await encryptJson(key, conflicts) } : {}) }
          : { plan, ...(conflicts ? { conflicts } : {}) }),
      };
    } catch (e) {
      this.host.error(fail('save-failed', `Encrypting the draft failed: ${(e as Error).message}`));
      return undefined;
    }
  }

  /** Deletes the pending records this page has merged into a successful save. */
  async #dropAbsorbed(): Promise<void> {
    await this.#journaling;
    const own = this.#ownPendingKey;
    // Edits made since the save are in this page's own pending record: it stays.
    const keys = [...this.#absorbed].filter((k) => k !== own || !this.dirty);
    for (const k of keys) this.#absorbed.delete(k);
    if (keys.includes(own)) this.#leftBehind = undefined;
    for (const k of keys) await this.repo.delete(this.scope, k).catch(() => undefined);
  }

  /** The main record cannot be written: keep this page's work in its own pending record. */
  async #writePending(): Promise<void> {
    const key = this.host.encryptionKey;
    if (key) await this.#seal(key);
    const record = this.#pendingRecord();
    if (!record) return;
    try {
      await this.#putPending(record);
    } catch (e) {
      this.host.failed(e, 'save-failed');
    }
  }

  #putPending(record: PendingRecord): Promise<void> {
    this.#absorbed.add(record.planId);
    if (this.repo.putPending) return this.repo.putPending(record);
    // A custom repository without pending support: an ordinary (read, then write) save.
    return this.repo
      .load(this.scope, record.planId)
      .then((stored) => this.repo.save(record, (stored as DraftRecord | undefined)?.token ?? null))
      .then(() => undefined);
  }

  /**
   * This page's unsaved work as a pending record, built without awaiting anything. With a key,
   * the newest ciphertext made ahead of time is used (see `#journalSoon`); without one that is ready,
   * nothing is returned rather than plain text.
   */
  #pendingRecord(): PendingRecord | undefined {
    const key = this.host.encryptionKey;
    const sealed = this.#sealed;
    if (key && sealed?.key !== key) return undefined;
    const plan = key ? sealed!.plan : this.store.plan;
    const conflicts = this.conflicts;
    const base = this.#base;
    return {
      scope: this.scope,
      planId: this.#ownPendingKey,
      pendingFor: this.planId,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      revision: plan.revision,
      savedAt: new Date().toISOString(),
      token: crypto.randomUUID(),
      baseToken: this.blocked ? null : this.token,
      ...(key
        ? {
            encrypted: sealed!.planData,
            ...(sealed!.baseData ? { encryptedBase: sealed!.baseData } : {}),
            ...(sealed!.conflictData ? { encryptedConflicts: sealed!.conflictData } : {}),
          }
        : { plan, base, ...(conflicts.length ? { conflicts } : {}) }),
    };
  }

  /**
   * Called from `pagehide` / `visibilitychange`: starts writing this page's unsaved work at once
   * (one put, no read first, nothing awaited before it). The next page to open the plan merges it.
   */
  writeNow(): void {
    void this.#writeLatest();
  }

  /** Puts the newest unsaved plan in this page's pending record, unless that write was already made. */
  #writeLatest(): Promise<void> | undefined {
    if (!this.restored || !this.dirty) return undefined;
    // `pagehide` and then `visibilitychange` fire as a page is left: one write of a plan is enough
    // (a second transaction queued behind the first only makes the first less likely to finish).
    const key = this.host.encryptionKey;
    const written = { plan: key ? this.#sealed?.plan : this.store.plan, conflicts: this.conflicts, key };
    const last = this.#leftBehind;
    if (last && last.plan === written.plan && last.conflicts === written.conflicts && last.key === written.key) return undefined;
    const record = this.#pendingRecord();
    if (!record) return undefined;
    this.#leftBehind = written;
    return this.#putPending(record).catch((e: unknown) => this.host.failed(e, 'save-failed'));
  }

  // ------------------------------------------------------------------ the journal: ahead of leaving

  /**
   * The plan changed: soon (a task later, not on the keystroke's own task) encrypt it when a key is
   * set, and put it in this page's pending record, so a page that is left or crashes has most
   * likely written everything already. Browsers may abort a write started while a page is torn
   * down; this one started earlier.
   */
  #journalSoon(): void {
    if (this.#journalTimer !== undefined) return;
    this.#journalTimer = setTimeout(() => {
      this.#journalTimer = undefined;
      if (this.#journaling) this.#journalAgain = true;
      else this.#journaling = this.#journal().finally(() => (this.#journaling = undefined));
    }, 0);
  }

  async #journal(): Promise<void> {
    do {
      this.#journalAgain = false;
      const key = this.host.encryptionKey;
      if (key) await this.#seal(key);
      // Memory drafts die with the page anyway; a custom repository without pending records is
      // not asked to read-then-write on every change.
      if (this.repo.kind !== 'memory' && this.repo.putPending) await this.#writeLatest();
      // Set by #journalSoon() while this round awaited (TypeScript keeps the narrowing across awaits).
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    } while (this.#journalAgain);
  }

  async #seal(key: CryptoKey): Promise<void> {
    if (this.#sealing) return;
    this.#sealing = true;
    try {
      for (;;) {
        const { plan } = this.store;
        const conflicts = this.conflicts;
        const base = this.#base;
        const s = this.#sealed;
        if (s?.key === key && s.plan === plan && s.conflicts === conflicts && s.base === base) return;
        this.#sealed = {
          key,
          plan,
          conflicts,
          base,
          planData: await encryptJson(key, plan),
          conflictData: conflicts.length ? await encryptJson(key, conflicts) : undefined,
          baseData: s?.key === key && s.base === base ? s.baseData : await encryptJson(key, base),
        };
        if (this.host.encryptionKey !== key) return;
      }
    } catch {
      // The key cannot encrypt: the next save reports it.
    } finally {
      this.#sealing = false;
    }
  }

  // ------------------------------------------------------------------ changes from outside

  /** The store changed; `local` when this page made the change (it must be saved). */
  planChanged(change: PlanChange): void {
    const local = change.origin !== 'restore' && change.origin !== 'remote';
    if (change.plan !== change.previous && local) {
      this.dirty = true;
      if (this.restored) this.host.poke();
    }
    this.#journalSoon();
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
    this.#stopJournal();
    this.dirty = false;
    let outcome: WipeOutcome = { deleted: 0, complete: true };
    await this.#exclusive(async () => {
      await this.#journaling;
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
    this.#stopJournal();
    this.dirty = false;
    this.store.replace(createPlan(this.planId), 'remote');
    await this.#exclusive(async () => {
      // Saves queued before this message have run by now; a write of the journal may still be under way.
      await this.#journaling;
      const mine = this.token;
      this.#forgetStored();
      this.#base = this.store.plan;
      const stored = mine === null ? undefined : DraftRecordSchema.safeParse(await this.repo.load(this.scope, this.planId).catch(() => undefined));
      if (stored?.success && stored.data.token === mine) await wipeDrafts(this.repo, this.scope, this.planId).catch(() => undefined);
      else await this.repo.delete(this.scope, this.#ownPendingKey).catch(() => undefined);
    });
  }

  #stopJournal(): void {
    clearTimeout(this.#journalTimer);
    this.#journalTimer = undefined;
  }

  /** Nothing of this plan is stored any more: no token, conflict, offer, blocked record or pending record. */
  #forgetStored(): void {
    this.token = null;
    this.conflicts = [];
    this.offer = undefined;
    this.blocked = undefined;
    this.#absorbed.clear();
    this.#leftBehind = undefined;
    this.host.changed();
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
    this.#sealed = undefined;
    this.#journalSoon();
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
      } else if (this.token === null && !this.#absorbed.size) {
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
