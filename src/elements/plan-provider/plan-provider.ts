import { ContextProvider } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { planContext, type Locale, type PlanContextValue } from '../../context/plan-context.js';
import { KIT_VERSION } from '../../define-element.js';
import {
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
import { instrumentRegistry } from '../../clinical/instruments/registry.js';
import { computeAlerts } from '../../clinical/progress/alerts.js';
import { introducedRiskFlags } from '../../plan/commands/util.js';
import { reviewDue } from '../../clinical/progress/review.js';
import { toDay } from '../../model/dates.js';
import { fail, ok, type ErrorCode, type Result } from '../../model/errors.js';
import { parsePlan } from '../../model/parse.js';
import { CURRENT_SCHEMA_VERSION, type PlanMode, type TreatmentPlan } from '../../model/plan.js';
import { exportFhir as toFhirBundle, importFhir as fromFhirBundle, type FhirBundle, type FhirExportOptions } from '../../interop/fhir/index.js';
import { AutosaveScheduler } from '../../store/autosave.js';
import { decryptJson, encryptJson } from '../../store/crypto.js';
import {
  DraftRecordSchema,
  StorageError,
  type DraftRecord,
  type DraftRepository,
} from '../../store/draft-record.js';
import { IndexedDbDraftRepository } from '../../store/indexeddb-repository.js';
import { MemoryDraftRepository } from '../../store/memory-repository.js';
import { PlanStore, type PlanChange } from '../../store/plan-store.js';
import { DraftSync, type SavedMessage } from '../../store/sync.js';

const AttributesSchema = z.object({
  planId: z.string().check(z.minLength(1, 'plan-id is required'), z.maxLength(128)),
  scope: z.string().check(z.minLength(1, 'scope must not be empty'), z.maxLength(200)),
  storage: z.enum(['indexeddb', 'memory']),
  autosaveDelay: z.int().check(z.minimum(0), z.maximum(60_000)),
  locale: z.enum(['en', 'es']),
  mode: z.enum(['clinician', 'client']),
});

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
 * @csspart config-error - The message shown when the provider's attributes are invalid.
 *
 * @fires {PlanChangeEvent} plan-change - The plan changed. `detail: { plan, origin, command? }`.
 * @fires {DraftRestoredEvent} draft-restored - A saved draft was loaded. `detail: { planId, scope, revision, savedAt, schemaVersion }`.
 * @fires {DraftSavedEvent} draft-saved - A draft write completed. `detail: { planId, scope, revision, savedAt, storage, encrypted }`.
 * @fires {DraftConflictEvent} draft-conflict - Another tab saved this plan while this one had unsaved changes. `detail: { planId, scope, localRevision, storedRevision, storedAt }`. Call `resolveConflict()`.
 * @fires {DraftErrorEvent} draft-error - Something could not be read, saved or accepted; the plan in memory is kept. `detail: { code, message, issues? }`.
 * @fires {RiskFlagEvent} risk-flag - A critical item was answered (e.g. PHQ-9 item 9 above 0). `detail: { entryId, instrumentId, itemId, value, administrationId, message, recorded }` — fired the moment the answer is given (saved or not; `recorded: false` until saved), and for unacknowledged flags a host measurement or `importFhir` brings in.
 * @fires {PlanAlertEvent} plan-alert - Not on track or reliable deterioration. `detail: { code, message, objectiveId?, instrumentId? }`.
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

  /** Milliseconds of quiet before a change is saved (saves happen at least every 3 s while typing). */
  @property({ attribute: 'autosave-delay', type: Number }) autosaveDelay = 500;

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
    const attrs = this.#attributes();
    if (!attrs.ok) return this.#fail(attrs.error);
    const a = attrs.value;
    if (!s || this.configError || s.planId !== a.planId || s.scope !== a.scope || s.storage !== a.storage || s.custom !== this.draftRepository) {
      this.#open(a);
    } else {
      if (changed.has('mode') || changed.has('locale')) this.#publish();
      if (changed.has('encryptionKey') && this.encryptionKey && s.locked !== undefined) this.#open(a, true);
    }
    this.#autosave.delay = a.autosaveDelay;
  }

  protected override render() {
    return html`${this.configError
        ? html`<p part="config-error" role="alert">
            ${msg(str`The treatment plan cannot load: ${this.configError.message}`)}
          </p>`
        : nothing}<slot></slot>`;
  }

  /**
   * The plan as a FHIR R4 `Bundle` (CarePlan, Goals, Observations, QuestionnaireResponses).
   * Pass `{ embedPlan: false }` to leave out the kit's full-plan extension (intake details).
   * Nothing is sent anywhere: the host decides where the bundle goes.
   */
  exportFhir(options?: FhirExportOptions): FhirBundle | undefined {
    return this.plan && toFhirBundle(this.plan, options);
  }

  /**
   * Validates a FHIR R4 bundle and, when it holds a plan with this provider's `plan-id`, replaces
   * the plan with it. An invalid bundle changes nothing and fires `draft-error` (`invalid-import`).
   */
  importFhir(bundle: unknown): Result<TreatmentPlan> {
    const r = fromFhirBundle(bundle, { instruments: instrumentRegistry.list() });
    if (!r.ok) return this.#error(r);
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

  /** Deletes the stored draft of this plan. The plan on the page stays as it is. */
  async clearDraft(): Promise<void> {
    this.#autosave.cancel();
    const s = this.#session;
    if (!s) return;
    if (s.saving) await s.saving.catch(() => undefined);
    try {
      await s.repo.delete(s.scope, s.planId);
      s.token = null;
      s.conflict = undefined;
      s.dirty = false;
      this.#sync?.post({ kind: 'cleared', scope: s.scope, planId: s.planId, token: null, revision: s.store.plan.revision });
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

  #attributes(): Result<z.infer<typeof AttributesSchema>> {
    const parsed = AttributesSchema.safeParse({
      planId: this.planId ?? '',
      scope: this.scope,
      storage: this.storage,
      autosaveDelay: this.autosaveDelay,
      locale: this.locale,
      mode: this.mode,
    });
    if (parsed.success) return ok(parsed.data);
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    return fail('invalid-attribute', `${name}: ${issue.message}`);
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
    const same = this.configError?.message === error.message;
    this.configError = error;
    if (!same) this.#fire(new DraftErrorEvent(error));
    // Widgets must not keep showing a plan the provider no longer stands behind.
    this.#close();
    this.#context.setValue(undefined as unknown as PlanContextValue);
    this.#settleReady(Promise.resolve());
  }

  /** Starts a session for the current plan-id/scope: a fresh store, then the draft restore. */
  #open(attrs: z.infer<typeof AttributesSchema>, retryLocked = false): void {
    this.configError = undefined;
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

  /** Events a clinician must not miss when a plan is opened: a review that is due, objectives not on track. */
  #announceOnOpen(): void {
    const plan = this.plan;
    if (!plan || plan.status === 'completed' || plan.status === 'discontinued') return;
    const today = toDay(new Date());
    const due = reviewDue(plan, today);
    if (due) this.#fire(new ReviewDueEvent(due));
    for (const alert of computeAlerts(plan, today)) this.#fire(new PlanAlertEvent(alert));
  }

  // ------------------------------------------------------------------ store wiring

  #publish(): void {
    const s = this.#session;
    if (!s) return;
    this.#context.setValue({
      plan: s.store.plan,
      store: s.store,
      mode: this.mode === 'client' ? 'client' : 'clinician',
      locale: this.locale === 'es' ? 'es' : 'en',
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
        type === 'risk-flag' ? new RiskFlagEvent(detail as RiskFlagDetail) : new PlanAlertEvent(detail as PlanAlertDetail),
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
    if (!s || m.scope !== s.scope || m.planId !== s.planId) return;
    if (m.kind === 'cleared') {
      s.token = null;
      return;
    }
    if (m.token === s.token) return;
    const rec = DraftRecordSchema.safeParse(await this.#load(s));
    if (!rec.success || rec.data.token === s.token) return;
    if (s.dirty) this.#raiseConflict(s, rec.data);
    else await this.#adoptRecord(s, rec.data);
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

  /** A repository call threw: its own code when it is a StorageError, `code` otherwise. */
  #failed(e: unknown, code: ErrorCode): void {
    this.#error(fail(e instanceof StorageError ? e.code : code, (e as Error).message));
  }

  #onHide = (e: Event): void => {
    if (e.type === 'pagehide' || document.visibilityState === 'hidden') void this.flush();
  };
}
