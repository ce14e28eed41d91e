import type { ErrorCode } from '../model/errors.js';
import type { TreatmentPlan } from '../model/plan.js';
import type { FieldConflict } from '../plan/merge.js';
import { encryptJson } from './crypto.js';
import { pendingKey, saveStamp, type DraftRecord, type DraftRepository, type EncryptedPayload, type PendingRecord } from './draft-record.js';
import type { PlanStore } from './plan-store.js';

/** What the journal reads of the session it belongs to (see `DraftSession`). */
export interface JournaledSession {
  readonly planId: string;
  readonly scope: string;
  readonly repo: DraftRepository;
  readonly store: PlanStore;
  readonly conflicts: readonly FieldConflict[];
  /** The plan as last read from or written to storage. */
  readonly base: TreatmentPlan;
  readonly token: string | null;
  /** Whether the main record cannot be read. */
  readonly isBlocked: boolean;
  readonly dirty: boolean;
  readonly restored: boolean;
  readonly host: { readonly encryptionKey: CryptoKey | undefined; readonly tab: string };
  /** A repository call threw: `draft-error` with its code. */
  failed(e: unknown, code: ErrorCode): void;
}

/** Ciphertexts made ahead of time, so a page being left can write without awaiting encryption. */
interface Sealed {
  key: CryptoKey;
  plan: TreatmentPlan;
  conflicts: readonly FieldConflict[];
  base: TreatmentPlan;
  planData: EncryptedPayload;
  conflictData: EncryptedPayload | undefined;
  baseData: EncryptedPayload | undefined;
}

/**
 * This tab's pending record of one plan: what it has not saved yet, written ahead of time (a task
 * after each change, encrypted when a key is set) so a page that is left or crashes has most likely
 * written everything already, and written at once when the page is hidden or left. Also keeps the
 * set of pending records (other tabs' and its own) merged into this page, deleted after the next save.
 */
export class PendingJournal {
  /** Pending records this page has merged in (its own included once written); deleted after the next save. */
  readonly #absorbed = new Set<string>();
  #sealed: Sealed | undefined;
  /** What the last `writeLatest` wrote. */
  #leftBehind: { plan: TreatmentPlan | undefined; conflicts: readonly FieldConflict[]; key: CryptoKey | undefined } | undefined;
  #sealing = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #journaling: Promise<void> | undefined;
  #again = false;

  constructor(private readonly session: JournaledSession) {}

  /** The key of this tab's own pending record. */
  get ownKey(): string {
    return pendingKey(this.session.planId, this.session.host.tab);
  }

  /** How many pending records wait to be deleted after the next save. */
  get absorbedCount(): number {
    return this.#absorbed.size;
  }

  /** Notes a pending record merged into this page (deleted after the next successful save). */
  absorb(key: string): void {
    this.#absorbed.add(key);
  }

  /** Settles once a journal write under way (if any) has finished. */
  async settled(): Promise<void> {
    await this.#journaling;
  }

  /** The key changed: ciphertexts made with the old one are not used again. */
  keyChanged(): void {
    this.#sealed = undefined;
    this.soon();
  }

  /** Stops the write that was scheduled (the session closes, or its drafts are wiped). */
  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Nothing of this plan is stored any more: no pending record to delete or to skip writing again. */
  forget(): void {
    this.#absorbed.clear();
    this.#leftBehind = undefined;
  }

  /** Deletes the pending records this page has merged into a successful save. */
  async dropAbsorbed(): Promise<void> {
    await this.#journaling;
    const own = this.ownKey;
    // Edits made since the save are in this page's own pending record: it stays.
    const keys = [...this.#absorbed].filter((k) => k !== own || !this.session.dirty);
    for (const k of keys) this.#absorbed.delete(k);
    if (keys.includes(own)) this.#leftBehind = undefined;
    const { repo, scope } = this.session;
    for (const k of keys) await repo.delete(scope, k).catch(() => undefined);
  }

  /** The main record cannot be written: keep this page's work in its own pending record. */
  async writePending(): Promise<void> {
    const key = this.session.host.encryptionKey;
    if (key) await this.#seal(key);
    const record = this.#pendingRecord();
    if (!record) return;
    try {
      await this.#put(record);
    } catch (e) {
      this.session.failed(e, 'save-failed');
    }
  }

  #put(record: PendingRecord): Promise<void> {
    this.#absorbed.add(record.planId);
    const { repo, scope } = this.session;
    if (repo.putPending) return repo.putPending(record);
    // A custom repository without pending support: an ordinary (read, then write) save.
    return repo
      .load(scope, record.planId)
      .then((stored) => repo.save(record, (stored as DraftRecord | undefined)?.token ?? null))
      .then(() => undefined);
  }

  /**
   * This page's unsaved work as a pending record, built without awaiting anything. With a key,
   * the newest ciphertext made ahead of time is used (see `soon`); without one that is ready,
   * nothing is returned rather than plain text.
   */
  #pendingRecord(): PendingRecord | undefined {
    const s = this.session;
    const key = s.host.encryptionKey;
    const sealed = this.#sealed;
    if (key && sealed?.key !== key) return undefined;
    const plan = key ? sealed!.plan : s.store.plan;
    const conflicts = s.conflicts;
    return {
      scope: s.scope,
      planId: this.ownKey,
      pendingFor: s.planId,
      ...saveStamp(plan),
      baseToken: s.isBlocked ? null : s.token,
      ...(key
        ? {
            encrypted: sealed!.planData,
            ...(sealed!.baseData ? { encryptedBase: sealed!.baseData } : {}),
            ...(sealed!.conflictData ? { encryptedConflicts: sealed!.conflictData } : {}),
          }
        : { plan, base: s.base, ...(conflicts.length ? { conflicts } : {}) }),
    };
  }

  /** Puts the newest unsaved plan in this page's pending record, unless that write was already made. */
  writeLatest(): Promise<void> | undefined {
    const s = this.session;
    if (!s.restored || !s.dirty) return undefined;
    // `pagehide` and then `visibilitychange` fire as a page is left: one write of a plan is enough
    // (a second transaction queued behind the first only makes the first less likely to finish).
    const key = s.host.encryptionKey;
    const written = { plan: key ? this.#sealed?.plan : s.store.plan, conflicts: s.conflicts, key };
    const last = this.#leftBehind;
    if (last && last.plan === written.plan && last.conflicts === written.conflicts && last.key === written.key) return undefined;
    const record = this.#pendingRecord();
    if (!record) return undefined;
    this.#leftBehind = written;
    return this.#put(record).catch((e: unknown) => s.failed(e, 'save-failed'));
  }

  /**
   * The plan changed: soon (a task later, not on the keystroke's own task) encrypt it when a key is
   * set, and put it in this page's pending record. Browsers may abort a write started while a page
   * is torn down; this one started earlier.
   */
  soon(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#journaling) this.#again = true;
      else this.#journaling = this.#journal().finally(() => (this.#journaling = undefined));
    }, 0);
  }

  async #journal(): Promise<void> {
    do {
      this.#again = false;
      const { host, repo } = this.session;
      const key = host.encryptionKey;
      if (key) await this.#seal(key);
      // Memory drafts die with the page anyway; a custom repository without pending records is
      // not asked to read-then-write on every change.
      if (repo.kind !== 'memory' && repo.putPending) await this.writeLatest();
      // Set by soon() while this round awaited (TypeScript keeps the narrowing across awaits).
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    } while (this.#again);
  }

  async #seal(key: CryptoKey): Promise<void> {
    if (this.#sealing) return;
    this.#sealing = true;
    try {
      for (;;) {
        const { plan } = this.session.store;
        const { conflicts, base } = this.session;
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
        if (this.session.host.encryptionKey !== key) return;
      }
    } catch {
      // The key cannot encrypt: the next save reports it.
    } finally {
      this.#sealing = false;
    }
  }
}
