import { ContextProvider } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { planContext, type Locale, type PlanContextValue } from '../../context/plan-context.js';
import { KIT_VERSION } from '../../define-element.js';
import {
  DraftErrorEvent,
  PlanAlertEvent,
  PlanChangeEvent,
  ReviewDueEvent,
  RiskFlagEvent,
  type DraftErrorDetail,
  type PlanAlertDetail,
  type RiskFlagDetail,
} from '../../events.js';
import { computeAlerts } from '../../clinical/progress/alerts.js';
import { reviewDue } from '../../clinical/progress/review.js';
import { toDay } from '../../model/dates.js';
import { fail, ok, type ErrorCode, type Result } from '../../model/errors.js';
import { parsePlan } from '../../model/parse.js';
import type { PlanMode, TreatmentPlan } from '../../model/plan.js';
import type { FieldConflict } from '../../plan/merge.js';
import { exportFhir as toFhirBundle, importFhir as fromFhirBundle, type FhirBundle, type FhirExportOptions } from '../../interop/fhir/index.js';
import { AutosaveScheduler } from '../../store/autosave.js';
import { StorageError, type DraftRepository } from '../../store/draft-record.js';
import { DraftSession } from '../../store/draft-session.js';
import { IndexedDbDraftRepository } from '../../store/indexeddb-repository.js';
import { MemoryDraftRepository } from '../../store/memory-repository.js';
import { PlanStore, type PlanChange } from '../../store/plan-store.js';
import { DraftSync, type SavedMessage } from '../../store/sync.js';
import { conflictNotice, conflictNoticeStyles } from './conflict-notice.js';

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
type Session = DraftSession;

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
 * @csspart conflict-notice - Fields edited differently in two tabs (or a host plan older than the draft), each with both values and a button to keep either.
 *
 * @fires {PlanChangeEvent} plan-change - The plan changed. `detail: { plan, origin, command? }`.
 * @fires {DraftRestoredEvent} draft-restored - A saved draft was loaded. `detail: { planId, scope, revision, savedAt, schemaVersion }`.
 * @fires {DraftSavedEvent} draft-saved - A draft write completed. `detail: { planId, scope, revision, savedAt, storage, encrypted }`.
 * @fires {DraftConflictEvent} draft-conflict - The same field was changed differently here and in another tab (everything else was merged), or the host set a plan older than the local draft. `detail: { planId, scope, source, localRevision, storedRevision, storedAt, conflicts }`. Both versions are kept and shown until the user or `resolveConflict()` chooses.
 * @fires {DraftErrorEvent} draft-error - Something could not be read, saved or accepted; the plan in memory is kept. `detail: { code, message, issues? }`.
 * @fires {RiskFlagEvent} risk-flag - A critical item was answered (e.g. PHQ-9 item 9 above 0). `detail: { instrumentId, itemId, value, administrationId, message }`.
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
    ${conflictNoticeStyles}
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

  /**
   * Fields changed differently in two tabs (or before a reload) that wait for a choice: `mine` is
   * the value the plan holds now, `theirs` the other. Kept in the draft until chosen.
   */
  get conflicts(): readonly FieldConflict[] {
    return this.#session?.conflicts ?? [];
  }

  /** `true` while there are changes not yet written to the draft store. */
  get dirty(): boolean {
    return this.#session?.dirty ?? false;
  }

  @state() private configError: DraftErrorDetail | undefined;
  /** Bumped when conflicts change, so the notice re-renders. */
  @state() private conflictsShown = 0;

  #context = new ContextProvider(this, { context: planContext });
  #session: Session | undefined;
  #sync: DraftSync | undefined;
  /** This page's id in cross-tab messages and pending records (one per provider). */
  #tab = crypto.randomUUID();
  #autosave = new AutosaveScheduler(() => void this.#session?.save(), 500, MAX_UNSAVED_MS);
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
      if (changed.has('encryptionKey') && changed.get('encryptionKey') !== this.encryptionKey) void s.keyChanged();
    }
    this.#autosave.delay = a.autosaveDelay;
  }

  protected override render() {
    return html`${this.configError
        ? html`<p part="config-error" role="alert">
            ${msg(str`The treatment plan cannot load: ${this.configError.message}`)}
          </p>`
        : nothing}${this.#session
        ? conflictNotice({
            plan: this.#session.store.plan,
            conflicts: this.#session.conflicts,
            offer: this.#session.offer,
            choose: (choice, id) => void this.resolveConflict(choice, id),
          })
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
    const r = fromFhirBundle(bundle);
    if (!r.ok) return this.#error(r);
    if (this.planId && r.value.id !== this.planId) {
      return this.#error(
        fail('plan-id-mismatch', `The imported plan's id "${r.value.id}" does not match plan-id="${this.planId}". It was not loaded.`),
      );
    }
    this.#acceptHostPlan(r.value);
    return r;
  }

  /** Writes any pending change to the draft store now. Resolves when the write has completed. */
  async flush(): Promise<void> {
    this.#autosave.cancel();
    await this.#session?.save();
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
      s.conflicts = [];
      s.dirty = false;
      this.#sync?.post({ kind: 'cleared', scope: s.scope, planId: s.planId, token: null, revision: s.store.plan.revision });
    } catch (e) {
      this.#failed(e, 'delete-failed');
    }
  }

  /**
   * Ends a `draft-conflict` and saves. `keep-mine` keeps the value the plan shows now,
   * `take-theirs` puts the other version's value in. With `conflictId` (a `conflicts[i].id`) only
   * that field is decided; without it every conflicting field is, and a host plan that was older
   * than the draft is dropped (`keep-mine`) or used (`take-theirs`). Other tabs see the choice.
   */
  async resolveConflict(choice: 'keep-mine' | 'take-theirs', conflictId?: string): Promise<void> {
    const s = this.#session;
    if (!s) return;
    s.resolve(choice, conflictId);
    await this.flush();
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
  #open(attrs: z.infer<typeof AttributesSchema>): void {
    this.configError = undefined;
    const previous = this.#session;
    const samePlan = previous && previous.planId === attrs.planId && previous.scope === attrs.scope;
    if (previous) {
      // Whatever the previous plan had pending is written under its own key before switching.
      this.#autosave.cancel();
      if (previous.dirty) void previous.save();
      this.#close();
    }
    const custom = this.draftRepository;
    const repo = custom ?? (attrs.storage === 'memory' ? memoryRepository : (sharedIdb ??= new IndexedDbDraftRepository()));
    // Never show one plan's data under another plan's id: a new plan starts from a fresh store.
    const host = this.#hostPlan?.id === attrs.planId ? this.#hostPlan : undefined;
    const store = new PlanStore(samePlan ? previous.store.plan : (host ?? attrs.planId));
    const session = new DraftSession(attrs.planId, attrs.scope, attrs.storage, custom, repo, store, this.#sessionHost);
    this.#session = session;
    this.#connectSync();
    this.#publish();
    this.#settleReady(
      session
        .restore(host)
        .catch((e: unknown) => this.#failed(e, 'restore-failed'))
        .then(() => this.#finishOpen(session)),
    );
  }

  #close(): void {
    this.#session?.dispose();
    this.#session = undefined;
  }

  /** What a session calls back into: events, autosave, cross-tab messages. */
  #sessionHost = {
    provider: this,
    get encryptionKey() {
      return this.provider.encryptionKey;
    },
    get tab() {
      return this.provider.#tab;
    },
    fire: (event: Event) => this.#fire(event),
    error: (r: Result<unknown>) => void this.#error(r),
    failed: (e: unknown, code: ErrorCode) => this.#failed(e, code),
    post: (m: Omit<SavedMessage, 'tab'>) => this.#sync?.post(m),
    poke: () => this.#autosave.poke(),
    changed: () => void this.conflictsShown++,
    storeChanged: (s: Session, change: PlanChange) => this.#onChange(s, change),
  };

  #connectSync(): void {
    this.#sync?.close();
    this.#sync = this.#session && this.#session.repo.kind !== 'memory' && this.isConnected
      ? new DraftSync((m) => void this.#onRemote(m))
      : undefined;
  }

  #finishOpen(s: Session): void {
    if (s !== this.#session) return;
    s.restored = true;
    this.#publish();
    if (s.dirty) this.#autosave.poke();
    this.#announceOnOpen();
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
    if (s && s.planId === plan.id) s.acceptHostPlan(plan);
  }

  async #onRemote(m: SavedMessage): Promise<void> {
    const s = this.#session;
    if (s && m.scope === s.scope && m.planId === s.planId) await s.remote(m);
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

  /**
   * Leaving or hiding the page: the unsaved work is put in this tab's pending record at once
   * (a write started synchronously, which outlives the page), then saved to the draft as usual.
   */
  #onHide = (e: Event): void => {
    if (e.type !== 'pagehide' && document.visibilityState !== 'hidden') return;
    this.#session?.writeNow();
    void this.flush();
  };
}
