import { ContextProvider } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { planContext, type Locale, type PlanContextValue } from '../../context/plan-context.js';
import { KIT_VERSION } from '../../define-element.js';
import {
  DraftClearedEvent,
  DraftConflictEvent,
  DraftErrorEvent,
  DraftRestoredEvent,
  DraftSavedEvent,
  PlanAlertEvent,
  PlanChangeEvent,
  ReviewDueEvent,
  RiskFlagEvent,
  type DraftErrorDetail,
  type PlanAlertDetail,
  type RiskFlagDetail,
} from '../../events.js';
import { computeAlerts, type PlanAlert } from '../../clinical/progress/alerts.js';
import { planAlertWords } from '../../i18n/alert-words.js';
import { instrumentRegistry } from '../../clinical/instruments/registry.js';
import { introducedRiskFlags } from '../../plan/commands/util.js';
import { reviewDue } from '../../clinical/progress/review.js';
import { findObjective } from '../../plan/tree.js';
import { toDay } from '../../model/dates.js';
import { createPlan } from '../../model/factory.js';
import { fail, ok, type ErrorCode, type Result } from '../../model/errors.js';
import { parsePlan } from '../../model/parse.js';
import { CURRENT_SCHEMA_VERSION, type PlanMode, type TreatmentPlan } from '../../model/plan.js';
import type { FhirBundle, FhirExportOptions, FhirImportDifference } from '../../interop/fhir/index.js';
import { RemoteSync } from '../../remote/remote-sync.js';
import type { RemoteConfig, SyncResult } from '../../remote/types.js';

/** The FHIR mapping, loaded the first time a page exports or imports (pages that never do, never load it). */
const loadFhir = () => import('../../interop/fhir/index.js');
import { AutosaveScheduler } from '../../store/autosave.js';
import { decryptJson, encryptJson } from '../../store/crypto.js';
import {
  DraftRecordSchema,
  StorageError,
  parseSetAsideKey,
  type DraftRecord,
  type DraftRepository,
  type SetAsideRecord,
} from '../../store/draft-record.js';
import { IndexedDbDraftRepository } from '../../store/indexeddb-repository.js';
import { MemoryDraftRepository } from '../../store/memory-repository.js';
import { PlanStore, type PlanChange } from '../../store/plan-store.js';
import { DraftSync, type SavedMessage } from '../../store/sync.js';
import { DEFAULT_AUTOSAVE_DELAY, autosaveDelayConverter, readAttributes, type ProviderAttributes } from './attributes.js';
import { setAsideRecords, wipeDrafts, withPlanId } from '../../store/wipe.js';

/** Longest a burst of edits may go unsaved while typing continues. */
const MAX_UNSAVED_MS = 3000;

/** One open plan: its store and where its draft lives. Replaced whole when plan-id or scope changes. */
interface Session {
  readonly planId: string;
  readonly scope: string;
  readonly storage: 'indexeddb' | 'memory';
  readonly custom: DraftRepository | undefined;
  readonly repo: DraftRepository;
  readonly store: PlanStore;
  readonly unsubscribe: () => void;
  /** Token of the record this page last read or wrote; `null` when none is stored. */
  token: string | null;
  dirty: boolean;
  restored: boolean;
  saving?: Promise<void>;
  saveAgain?: boolean;
  conflict?: DraftRecord;
  /** An encrypted draft waiting for its key; nothing is saved over it meanwhile. */
  locked?: unknown;
}

let sharedIdb: IndexedDbDraftRepository | undefined;
const memoryRepository = new MemoryDraftRepository();

/**
 * Owns one treatment plan: the store, the draft in IndexedDB (or memory), cross-tab sync.
 * Every widget below it — in any shadow root, defined before or after it — receives the plan
 * through `@lit/context`. Renders only its slot (and a visible message when misconfigured).
 *
 * @tagname plan-provider
 * @summary Owns one plan and shares it with the widgets inside it.
 *
 * @slot - The page content holding the plan widgets.
 * @csspart config-error - The message shown when an attribute is invalid: with no plan open, why none can load; with a plan open, a notice that the plan stays open and is saved with the attribute's last valid value (it goes away when the attribute is fixed).
 *
 * @fires {PlanChangeEvent} plan-change - The plan changed. `detail: { plan, origin, command? }`.
 * @fires {DraftRestoredEvent} draft-restored - A saved draft was loaded. `detail: { planId, scope, revision, savedAt, schemaVersion }`.
 * @fires {DraftSavedEvent} draft-saved - A draft write completed. `detail: { planId, scope, revision, savedAt, storage, encrypted }`.
 * @fires {DraftConflictEvent} draft-conflict - Another tab saved this plan while this one had unsaved changes. `detail: { planId, scope, localRevision, storedRevision, storedAt }`. Call `resolveConflict()`.
 * @fires {DraftClearedEvent} draft-cleared - The drafts of this plan were wiped: by its own `clearDraft()` (`source: 'this-provider'`; the plan on the page stays), or by another tab or provider, or `clearDrafts(scope)` (`source: 'elsewhere'`: this provider dropped its copy, unsaved edits and undo history included, and shows a fresh plan, so its next edit cannot bring the wiped plan back; set `plan` again to show the server's). IndexedDB storage only. `detail: { planId, scope, source }`.
 * @fires {DraftErrorEvent} draft-error - Something could not be read, saved or accepted; the plan in memory is kept. `detail: { code, message, issues? }`.
 * @fires {RiskFlagEvent} risk-flag - A critical item was answered (e.g. PHQ-9 item 9 above 0). `detail: { entryId, instrumentId, itemId, value, administrationId, message, recorded }` — fired the moment the answer is given (saved or not; `recorded: false` until saved), and for unacknowledged flags a host measurement or `importFhir` brings in.
 * @fires {PlanAlertEvent} plan-alert - Not on track or reliable deterioration. `detail: { code, message, params, objectiveId?, instrumentId? }` — `message` says, in the page's language, what was measured against what.
 * @fires {SyncedEvent} synced - `push()` or `pull()` completed: the plan and the FHIR server agree. `detail: { direction, serverVersion, revision, keptCopy? }`.
 * @fires {SyncConflictEvent} sync-conflict - Another device changed the plan on the server since this one last saw it; nothing was overwritten on either side. `detail: { localRevision, serverVersion }`. `pull()` then brings the server's plan and keeps this one aside (`restoreSetAside`).
 * @fires {SyncErrorEvent} sync-error - A push or pull did not complete (e.g. offline); the plan stays in the local draft. `detail: { code, message, retrying }` (`retrying`: `sync="auto"` tries again with backoff).
 * @fires {ReviewDueEvent} review-due - The plan was opened on or after its review date. `detail: { dueDate, overdue, daysOverdue }`.
 */
export class PlanProvider extends LitElement {
  // What `@localized()` does; a class decorator would make esbuild lower every `#private` member.
  static {
    this.addInitializer(updateWhenLocaleChanges);
  }

  static readonly kitVersion = KIT_VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
    [part='config-error'] {
      display: block;
      margin-block: 0.5rem;
      padding: 0.75rem 1rem;
      border: 2px solid var(--tpk-color-danger, #a8201a);
      background: var(--tpk-color-danger-surface, #fdecea);
      color: var(--tpk-color-text, #1d232b);
      font-family: var(--tpk-font-family, system-ui, sans-serif);
      border-radius: var(--tpk-radius, 0.375rem);
    }
  `;

  /** Identifier of the plan (required). Drafts are stored under it. */
  @property({ attribute: 'plan-id', reflect: true }) planId = '';

  /** Tenant/user namespace. Drafts of one scope are never visible to another. */
  @property({ reflect: true }) scope = 'default';

  /** Where drafts are kept: `indexeddb` (default) or `memory` (this page only). */
  @property({ reflect: true }) storage: 'indexeddb' | 'memory' = 'indexeddb';

  /**
   * Milliseconds of quiet before a change is saved (saves happen at least every 3 s while typing).
   * An empty or non-numeric value is invalid (not 0): the previous delay stays.
   */
  // Each invalid value (NaN) counts as a change, so the notice names the attribute as now written.
  @property({ attribute: 'autosave-delay', converter: autosaveDelayConverter, hasChanged: (v: number, old: number) => !Object.is(v, old) || Number.isNaN(v) })
  autosaveDelay = DEFAULT_AUTOSAVE_DELAY;

  /** Locale for the widgets' own words and dates: `en` (default) or `es`. */
  @property({ reflect: true }) locale: Locale = 'en';

  /** Who is using the widgets: `clinician` (default) or `client` (plain language, limited editing). */
  @property({ reflect: true }) mode: PlanMode = 'clinician';

  /**
   * AES-GCM `CryptoKey`. When set, drafts are encrypted at rest; a draft saved encrypted can only
   * be restored once the key is set.
   */
  @property({ attribute: false }) encryptionKey: CryptoKey | undefined;

  /**
   * Advanced: where drafts go instead of IndexedDB/memory. The host then owns what happens to the
   * health data.
   */
  @property({ attribute: false }) draftRepository: DraftRepository | undefined;

  /**
   * Opt-in sync with the clinic's FHIR R4 server: `{ baseUrl, patient: 'Patient/123', fetch?, headers? }`.
   * A host `fetch` adds authorization (e.g. a SMART on FHIR bearer token). Unset (default): no request is ever made.
   */
  @property({ attribute: false })
  get remote(): RemoteConfig | undefined {
    return this.#remote.config;
  }
  set remote(value: RemoteConfig | undefined) {
    this.#remote.config = value;
  }

  /** `manual` (default): sync only on `push()`/`pull()`. `auto`: push after each draft save (debounced, retried with backoff when offline) and pull on connect. Needs `remote`. */
  @property({ reflect: true })
  get sync(): 'manual' | 'auto' {
    return this.#remote.auto ? 'auto' : 'manual';
  }
  set sync(value: 'manual' | 'auto') {
    const old = this.sync;
    this.#remote.auto = value === 'auto';
    this.requestUpdate('sync', old);
  }

  #remote = new RemoteSync(this, () => this.#keepLocalCopy());

  /** Sends the plan to `remote` as one FHIR transaction (`If-Match` on the CarePlan). Never rejects. */
  push(): Promise<SyncResult> {
    return this.#remote.push();
  }

  /** Loads the plan from `remote`; unsynced local edits are kept aside first (`keptCopy`). Never rejects. */
  pull(): Promise<SyncResult> {
    return this.#remote.pull();
  }

  /** Saves pending edits, then keeps the stored draft aside (reason `sync-conflict`); resolves to its key. */
  async #keepLocalCopy(): Promise<string | undefined> {
    await this.flush();
    const s = this.#session;
    if (!s) return undefined;
    const raw = await s.repo.load(s.scope, s.planId);
    if (raw === undefined) return undefined;
    await s.repo.quarantine(s.scope, s.planId, raw, 'sync-conflict');
    return (await setAsideRecords(s.repo, s.scope, s.planId)).filter((r) => r.reason === 'sync-conflict').at(-1)?.key;
  }

  /** Settles once the draft is restored or found absent (never rejects; failures fire `draft-error`). */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** The store behind the plan: `dispatch(command)`, `undo()`, `subscribe()`. */
  get store(): PlanStore | undefined {
    return this.#session?.store;
  }

  /** The current plan snapshot. Setting it validates the value and replaces the plan. */
  get plan(): TreatmentPlan | undefined {
    return this.#session?.store.plan;
  }
  set plan(value: unknown) {
    this.#acceptHostPlan(value);
  }

  /** `true` while there are changes not yet written to the draft store. */
  get dirty(): boolean {
    return this.#session?.dirty ?? false;
  }

  @state() private configError: DraftErrorDetail | undefined;

  #context = new ContextProvider(this, { context: planContext });
  #session: Session | undefined;
  #sync: DraftSync | undefined;
  #autosave = new AutosaveScheduler(() => void this.#save(), 500, MAX_UNSAVED_MS);
  #resolveReady: (() => void) | undefined; // declared first: the line below sets it
  #ready = new Promise<void>((resolve) => (this.#resolveReady = resolve));
  #hostPlan: TreatmentPlan | undefined;
  /** Sessions whose host already heard `storage-unavailable`. */
  #toldUnavailable = new WeakSet<Session>();
  /** The attributes the open plan runs with: an invalid attribute keeps its last valid value here. */
  #attrs: ProviderAttributes | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onHide);
    window.addEventListener('pagehide', this.#onHide);
    this.#connectSync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onHide);
    window.removeEventListener('pagehide', this.#onHide);
    // Moving the provider in the DOM keeps its plan; only pending work is written now.
    void this.flush();
    this.#connectSync(); // no longer connected: closes the channel
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const s = this.#session;
    // With a plan open, a bad attribute never closes it: the last valid value stays, a notice shows.
    const { value: a, error } = readAttributes(
      { planId: this.planId ?? '', scope: this.scope, storage: this.storage, autosaveDelay: this.autosaveDelay, locale: this.locale, mode: this.mode },
      s && this.#attrs,
      (name) => this.getAttribute(name),
    );
    if (!a) return this.#fail(error!);
    this.#attrs = a;
    this.#showAttributeError(error);
    if (!s || s.planId !== a.planId || s.scope !== a.scope || s.storage !== a.storage || s.custom !== this.draftRepository) {
      this.#open(a);
    } else {
      if (changed.has('mode') || changed.has('locale')) this.#publish();
      if (changed.has('encryptionKey') && this.encryptionKey && s.locked !== undefined) this.#open(a, true);
    }
    this.#autosave.delay = a.autosaveDelay;
  }

  protected override render() {
    const error = this.configError;
    return html`${error
        ? html`<p part="config-error" role="alert">
            ${this.#session
              ? msg(str`A setting of this treatment plan is not valid: ${error.message} The plan stays open and your work is saved with the previous setting.`)
              : msg(str`The treatment plan cannot load: ${error.message}`)}
          </p>`
        : nothing}<slot></slot>`;
  }

  /**
   * The plan as a FHIR R4 `Bundle` (CarePlan, Conditions, Goals, Observations, QuestionnaireResponses).
   * Async: the FHIR mapping loads on first use. `{ bundleType: 'transaction' }` gives a bundle a
   * server accepts (`PUT` by stable ids); `patient` (default: `remote.patient`) links every resource
   * to the patient; `{ embedPlan: false }` leaves out the kit's full-plan extension (intake details).
   * Nothing is sent anywhere: the host decides where the bundle goes.
   */
  async exportFhir(options?: FhirExportOptions): Promise<FhirBundle | undefined> {
    const plan = this.plan;
    if (!plan) return undefined;
    const { exportFhir } = await loadFhir();
    const patient = this.remote?.patient;
    return exportFhir(plan, { instruments: instrumentRegistry.list(), ...(patient ? { patient } : {}), ...options });
  }

  /**
   * Validates a FHIR R4 bundle and, when it holds a plan with this provider's `plan-id`, replaces
   * the plan with it. An invalid bundle changes nothing and fires `draft-error` (`invalid-import`).
   * Accepts collection, transaction, searchset and *-response bundles. Where the resources
   * disagree with the kit's embedded plan (the EHR changed them), the resources win and
   * `differences` lists each field.
   */
  async importFhir(bundle: unknown): Promise<Result<TreatmentPlan> & { differences?: FhirImportDifference[] }> {
    const { importFhirWithDifferences } = await loadFhir();
    const detailed = importFhirWithDifferences(bundle, { instruments: instrumentRegistry.list() });
    if (!detailed.ok) return this.#error(detailed);
    const r = { ok: true as const, value: detailed.value.plan, differences: detailed.value.differences };
    if (this.planId && r.value.id !== this.planId) {
      return this.#error(
        fail('plan-id-mismatch', `The imported plan's id "${r.value.id}" does not match plan-id="${this.planId}". It was not loaded.`),
      );
    }
    const before = this.plan;
    const host = this.#hostPlan;
    this.#acceptHostPlan(r.value);
    // A risk answer that arrives by import is announced like one typed in (never silently loaded).
    if (this.#hostPlan !== host) {
      for (const { type: _, ...detail } of introducedRiskFlags(before, r.value)) this.#fire(new RiskFlagEvent(detail as RiskFlagDetail));
    }
    return r;
  }

  /** Writes any pending change to the draft store now. Resolves when the write has completed. */
  async flush(): Promise<void> {
    this.#autosave.cancel();
    const s = this.#session;
    if (!s) return;
    if (s.saving) await s.saving;
    if (s.dirty && s.restored) await this.#save(s);
  }

  /**
   * Deletes every stored record of this plan — the draft, its set-aside copies and pending
   * records — and tells other tabs, which drop their copy (`draft-cleared`). The plan on this
   * page stays as it is; the next edit saves a new draft. A host-supplied `draftRepository`
   * without `keys()`/`clear()` loses only its main record (a console warning says so).
   */
  async clearDraft(): Promise<void> {
    this.#autosave.cancel();
    const s = this.#session;
    if (!s) return;
    if (s.saving) await s.saving.catch(() => undefined);
    try {
      const { complete } = await wipeDrafts(s.repo, s.scope, s.planId);
      if (!complete) console.warn('tailored-plan-kit: clearDraft() deleted only the main record: the draftRepository has no keys() or clear(), so set-aside copies are the host’s to delete.');
      s.token = null;
      s.conflict = undefined;
      s.locked = undefined;
      s.dirty = false;
      this.#sync?.post({ kind: 'cleared', scope: s.scope, planId: s.planId, token: null, revision: s.store.plan.revision });
      this.#fire(new DraftClearedEvent({ planId: s.planId, scope: s.scope, source: 'this-provider' }));
    } catch (e) {
      this.#failed(e, 'delete-failed');
    }
  }

  /**
   * The records of this plan that were set aside because they could not be read when found
   * (damaged, wrong key, …), oldest first. Empty with a `draftRepository` that has no `keys()`.
   */
  async listSetAside(): Promise<SetAsideRecord[]> {
    const s = this.#session;
    if (!s) return [];
    try {
      return await setAsideRecords(s.repo, s.scope, s.planId);
    } catch (e) {
      this.#failed(e, 'restore-failed');
      return [];
    }
  }

  /**
   * Makes a set-aside record the plan again (decrypted with the current `encryptionKey`, migrated,
   * validated) and saves it as the draft, with a revision above the current one. The set-aside
   * copy is deleted only once that save completed. An unreadable record stays aside, and the
   * result (and `draft-error`) says why.
   */
  async restoreSetAside(key: string): Promise<Result<TreatmentPlan>> {
    const s = this.#session;
    if (!s || !parseSetAsideKey(key, s.planId)) {
      return this.#error(fail('restore-failed', `"${key}" is not a set-aside record of plan-id="${this.planId}".`));
    }
    let raw: unknown;
    try {
      raw = await s.repo.load(s.scope, key);
    } catch (e) {
      this.#failed(e, 'restore-failed');
      return fail('restore-failed', (e as Error).message);
    }
    if (raw === undefined) return this.#error(fail('restore-failed', `No set-aside record "${key}" is stored.`));
    const read = await this.#readRecord(withPlanId(raw, s.planId), s.planId);
    if (!read.ok) return this.#error(read);
    if (s !== this.#session) return fail('restore-failed', 'The provider switched to another plan meanwhile.');
    const replaced = s.store.replace({ ...read.value.plan, revision: Math.max(read.value.plan.revision, s.store.plan.revision) + 1 });
    if (!replaced.ok) return this.#error(replaced);
    await this.flush();
    if (!s.dirty) await this.deleteSetAside(key);
    return replaced;
  }

  /** Deletes one set-aside record of this plan for good. */
  async deleteSetAside(key: string): Promise<void> {
    const s = this.#session;
    if (!s || !parseSetAsideKey(key, s.planId)) return;
    try {
      await s.repo.delete(s.scope, key);
    } catch (e) {
      this.#failed(e, 'delete-failed');
    }
  }

  /**
   * Ends a `draft-conflict`: `keep-mine` overwrites the other tab's save with this page's plan;
   * `take-theirs` replaces this page's plan with the stored one.
   */
  async resolveConflict(choice: 'keep-mine' | 'take-theirs'): Promise<void> {
    const s = this.#session;
    const stored = s?.conflict;
    if (!s || !stored) return;
    s.conflict = undefined;
    if (choice === 'keep-mine') {
      s.token = stored.token;
      s.dirty = true;
      await this.#save(s);
    } else {
      await this.#adoptRecord(s, stored);
    }
  }

  // ------------------------------------------------------------------ opening and restoring

  /** Shows (and reports once) an attribute problem, or takes the notice away once it is fixed. */
  #showAttributeError(error: DraftErrorDetail | undefined): void {
    const same = this.configError?.message === error?.message;
    this.configError = error;
    if (error && !same) this.#fire(new DraftErrorEvent(error));
  }

  #settleReady(done: Promise<void>): void {
    const resolve = this.#resolveReady;
    if (resolve) {
      this.#resolveReady = undefined;
      void done.then(resolve);
    } else {
      this.#ready = done;
    }
  }

  #fail(error: DraftErrorDetail): void {
    this.#showAttributeError(error);
    // Widgets must not keep showing a plan the provider no longer stands behind.
    this.#close();
    this.#context.setValue(undefined as unknown as PlanContextValue);
    this.#settleReady(Promise.resolve());
  }

  /** Starts a session for the current plan-id/scope: a fresh store, then the draft restore. */
  #open(attrs: ProviderAttributes, retryLocked = false): void {
    const previous = this.#session;
    const samePlan = previous && previous.planId === attrs.planId && previous.scope === attrs.scope;
    if (previous) {
      // Whatever the previous plan had pending is written under its own key before switching.
      this.#autosave.cancel();
      if (previous.dirty) void this.#save(previous);
      this.#close();
    }
    const custom = this.draftRepository;
    const repo = custom ?? (attrs.storage === 'memory' ? memoryRepository : (sharedIdb ??= new IndexedDbDraftRepository()));
    // Never show one plan's data under another plan's id: a new plan starts from a fresh store.
    const initial = samePlan && !retryLocked ? previous.store.plan : this.#hostPlan?.id === attrs.planId ? this.#hostPlan : attrs.planId;
    const store = new PlanStore(initial);
    const session: Session = {
      planId: attrs.planId,
      scope: attrs.scope,
      storage: attrs.storage,
      custom,
      repo,
      store,
      token: null,
      dirty: false,
      restored: false,
      unsubscribe: store.subscribe((c) => this.#onChange(session, c)),
    };
    this.#session = session;
    this.#connectSync();
    this.#publish();
    this.#settleReady(this.#restore(session));
  }

  #close(): void {
    this.#session?.unsubscribe();
    this.#session = undefined;
  }

  #connectSync(): void {
    this.#sync?.close();
    this.#sync = this.#session && this.#session.repo.kind !== 'memory' && this.isConnected
      ? new DraftSync((m) => void this.#onRemote(m))
      : undefined;
  }

  /** The stored record as read, or `undefined` when there is none or reading failed (reported). */
  async #load(s: Session): Promise<unknown> {
    try {
      return await s.repo.load(s.scope, s.planId);
    } catch (e) {
      this.#failed(e, 'restore-failed');
    }
  }

  async #restore(s: Session): Promise<void> {
    const raw = await this.#load(s);
    if (raw !== undefined && s === this.#session) {
      const outcome = await this.#readRecord(raw, s.planId);
      if (s !== this.#session) return;
      if (outcome.ok) {
        const { record, plan } = outcome.value;
        const host = this.#hostPlan;
        // A plan the host set that is at least as new as the draft wins; otherwise the draft
        // holds unsaved work and is restored.
        if (!host || host.id !== s.planId || record.revision > host.revision) {
          s.store.replace(plan, 'restore');
          this.#fire(
            new DraftRestoredEvent({
              planId: s.planId,
              scope: s.scope,
              revision: record.revision,
              savedAt: record.savedAt,
              schemaVersion: record.schemaVersion,
            }),
          );
        } else {
          s.dirty = true;
        }
        s.token = record.token;
      } else if (outcome.error.code === 'draft-locked') {
        s.locked = raw;
        this.#error(outcome);
      } else {
        // Unreadable: keep it aside (never overwrite it), tell the host, go on with a fresh plan.
        this.#error(outcome);
        await s.repo.quarantine(s.scope, s.planId, raw, outcome.error.code).catch(() => undefined);
      }
    }
    this.#finishOpen(s);
  }

  #finishOpen(s: Session): void {
    if (s !== this.#session) return;
    s.restored = true;
    this.#publish();
    if (s.dirty) this.#autosave.poke();
    this.#announceOnOpen();
  }

  async #readRecord(raw: unknown, planId: string): Promise<Result<{ record: DraftRecord; plan: TreatmentPlan }>> {
    const rec = DraftRecordSchema.safeParse(raw);
    if (!rec.success) {
      return fail('draft-corrupt', msg('The saved draft is damaged and cannot be read. It was kept aside; the plan starts fresh.'));
    }
    const record = rec.data;
    let planJson: unknown = record.plan;
    if (record.encrypted) {
      if (!this.encryptionKey) {
        return fail('draft-locked', msg('The saved draft is encrypted. Set encryptionKey to open it; it will not be overwritten meanwhile.'));
      }
      try {
        planJson = await decryptJson(this.encryptionKey, record.encrypted);
      } catch {
        return fail('decrypt-failed', msg('The saved draft could not be decrypted with this key. It was kept aside.'));
      }
    }
    const parsed = parsePlan(planJson);
    if (!parsed.ok) {
      const { code, message, issues } = parsed.error;
      return fail(code === 'invalid-plan' ? 'draft-corrupt' : code, message, issues);
    }
    if (parsed.value.id !== planId) {
      return fail('plan-id-mismatch', `The saved draft belongs to plan "${parsed.value.id}", not "${planId}".`);
    }
    return ok({ record, plan: parsed.value });
  }

  /** A plan alert with its message in the page's language (the code and params stay as computed). */
  #worded(alert: PlanAlert): PlanAlertDetail {
    const o = alert.objectiveId && this.plan ? findObjective(this.plan, alert.objectiveId)?.objective : undefined;
    const text = o ? o.clinicalText || o.clientWords || o.measure.label : undefined;
    return { ...alert, message: planAlertWords(alert, { ...(text ? { objectiveText: text } : {}), formatDate: (d) => d.slice(0, 10) }) };
  }

  /** Events a clinician must not miss when a plan is opened: a review that is due, objectives not on track. */
  #announceOnOpen(): void {
    const plan = this.plan;
    if (!plan || plan.status === 'completed' || plan.status === 'discontinued') return;
    const today = toDay(new Date());
    const due = reviewDue(plan, today);
    if (due) this.#fire(new ReviewDueEvent(due));
    for (const alert of computeAlerts(plan, today)) this.#fire(new PlanAlertEvent(this.#worded(alert)));
  }

  // ------------------------------------------------------------------ store wiring

  #publish(): void {
    const s = this.#session;
    if (!s) return;
    this.#context.setValue({
      plan: s.store.plan,
      store: s.store,
      mode: this.#attrs?.mode ?? 'clinician',
      locale: this.#attrs?.locale ?? 'en',
      ready: s.restored,
    });
  }

  #onChange(s: Session, change: PlanChange): void {
    if (s !== this.#session) return;
    this.#publish();
    const { plan, origin, command } = change;
    const changed = plan !== change.previous;
    if (changed) this.#fire(new PlanChangeEvent({ plan, origin, ...(command ? { command: command.type } : {}) }));
    for (const { type, ...detail } of change.effects) {
      this.#fire(
        type === 'risk-flag' ? new RiskFlagEvent(detail as RiskFlagDetail) : new PlanAlertEvent(this.#worded(detail as PlanAlert)),
      );
    }
    if (changed && origin !== 'restore' && origin !== 'remote') {
      s.dirty = true;
      if (s.restored) this.#autosave.poke();
    }
  }

  #acceptHostPlan(value: unknown): void {
    const parsed = parsePlan(value);
    if (!parsed.ok) return void this.#error(parsed);
    const plan = parsed.value;
    if (this.planId && plan.id !== this.planId) {
      return void this.#error(fail('plan-id-mismatch', `The plan's id "${plan.id}" does not match plan-id="${this.planId}". It was not loaded.`));
    }
    this.#hostPlan = plan;
    const s = this.#session;
    if (s && s.planId === plan.id) s.store.replace(plan, 'replace');
  }

  // ------------------------------------------------------------------ saving

  async #save(s: Session | undefined = this.#session): Promise<void> {
    if (!s) return;
    if (s.saving) {
      s.saveAgain = true;
      return s.saving;
    }
    s.saving = this.#write(s).finally(() => {
      s.saving = undefined;
    });
    await s.saving;
    if (s.saveAgain) {
      s.saveAgain = false;
      if (s.dirty) await this.#save(s);
    }
  }

  async #write(s: Session): Promise<void> {
    if (!s.restored || s.conflict || s.locked !== undefined) return;
    const plan = s.store.plan;
    const savedAt = new Date().toISOString();
    const token = crypto.randomUUID();
    const key = this.encryptionKey;
    let record: DraftRecord;
    try {
      record = {
        scope: s.scope,
        planId: s.planId,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        revision: plan.revision,
        savedAt,
        token,
        ...(key ? { encrypted: await encryptJson(key, plan) } : { plan }),
      };
    } catch (e) {
      return void this.#error(fail('save-failed', `Encrypting the draft failed: ${(e as Error).message}`));
    }
    try {
      const outcome = await s.repo.save(record, s.token);
      if (outcome.status === 'conflict') {
        this.#raiseConflict(s, outcome.stored);
        return;
      }
    } catch (e) {
      this.#failed(e, 'save-failed');
      return;
    }
    s.token = token;
    if (s.store.plan === plan) s.dirty = false;
    this.#sync?.post({ kind: 'saved', scope: s.scope, planId: s.planId, token, revision: plan.revision });
    this.#fire(
      new DraftSavedEvent({
        planId: s.planId,
        scope: s.scope,
        revision: plan.revision,
        savedAt,
        storage: s.repo.kind,
        encrypted: Boolean(key),
      }),
    );
  }

  #raiseConflict(s: Session, stored: DraftRecord): void {
    s.conflict = stored;
    if (s === this.#session) this.#autosave.cancel();
    this.#fire(
      new DraftConflictEvent({
        planId: stored.planId,
        scope: stored.scope,
        localRevision: s.store.plan.revision,
        storedRevision: stored.revision,
        storedAt: stored.savedAt,
      }),
    );
  }

  async #onRemote(m: SavedMessage): Promise<void> {
    const s = this.#session;
    const everyPlan = m.kind === 'cleared' && m.planId === '*';
    if (!s || m.scope !== s.scope || (m.planId !== s.planId && !everyPlan)) return;
    if (m.kind === 'cleared') return this.#dropCleared(s);
    if (m.token === s.token) return;
    const rec = DraftRecordSchema.safeParse(await this.#load(s));
    if (!rec.success || rec.data.token === s.token) return;
    if (s.dirty) this.#raiseConflict(s, rec.data);
    else await this.#adoptRecord(s, rec.data);
  }

  /**
   * Another tab wiped this plan's drafts: this page drops its copy too (unsaved edits and undo
   * history included), so its next edit cannot bring the wiped plan back.
   */
  async #dropCleared(s: Session): Promise<void> {
    this.#autosave.cancel();
    s.conflict = undefined;
    s.locked = undefined;
    this.#hostPlan = undefined;
    s.store.replace(createPlan(s.planId), 'remote');
    s.dirty = false;
    // A save of the old plan that landed after the wipe (under way, or done before this message
    // arrived) is still stored with this page's token: it is deleted too.
    if (s.saving) await s.saving.catch(() => undefined);
    const mine = s.token;
    s.token = null;
    if (mine !== null) {
      const stored = DraftRecordSchema.safeParse(await s.repo.load(s.scope, s.planId).catch(() => undefined));
      if (stored.success && stored.data.token === mine) await wipeDrafts(s.repo, s.scope, s.planId).catch(() => undefined);
    }
    this.#fire(new DraftClearedEvent({ planId: s.planId, scope: s.scope, source: 'elsewhere' }));
  }

  async #adoptRecord(s: Session, record: DraftRecord): Promise<void> {
    const outcome = await this.#readRecord(record, record.planId);
    if (!outcome.ok) return void this.#error(outcome);
    s.store.replace(outcome.value.plan, 'remote');
    s.token = record.token;
    s.dirty = false;
  }

  /** Fires `draft-error` for a failed result and hands the result back. */
  #error<T>(r: Result<T>): Result<T> {
    if (!r.ok) {
      const { code, message, issues } = r.error;
      this.#fire(new DraftErrorEvent({ code, message, ...(issues?.length ? { issues } : {}) }));
    }
    return r;
  }

  #fire(event: Event): void {
    this.dispatchEvent(event);
  }

  /**
   * A repository call threw: its own code when it is a StorageError, `code` otherwise. Storage
   * that cannot be opened at all is reported once per plan, not again on every save.
   */
  #failed(e: unknown, code: ErrorCode): void {
    const failedCode = e instanceof StorageError ? e.code : code;
    const s = this.#session;
    if (failedCode === 'storage-unavailable' && s) {
      if (this.#toldUnavailable.has(s)) return;
      this.#toldUnavailable.add(s);
    }
    this.#error(fail(failedCode, (e as Error).message));
  }

  #onHide = (e: Event): void => {
    if (e.type === 'pagehide' || document.visibilityState === 'hidden') void this.flush();
  };
}
