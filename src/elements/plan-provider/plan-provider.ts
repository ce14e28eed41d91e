import { ContextProvider } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { planContext, type Locale } from '../../context/plan-context.js';
import { KIT_VERSION } from '../../define-element.js';
import { DraftClearedEvent, DraftErrorEvent, type DraftErrorDetail } from '../../events.js';
import { changeEvents, importedRiskEvents, openingEvents } from './clinical-events.js';
import { refusalMessage } from '../../plan/refusals.js';
import { fail, type Result } from '../../model/errors.js';
import { parsePlan } from '../../model/parse.js';
import type { PlanMode, TreatmentPlan } from '../../model/plan.js';
import type { FieldConflict } from '../../plan/merge.js';
import type { FhirBundle, FhirExportOptions, FhirImportDifference } from '../../interop/fhir/index.js';
import { SyncOnDemand } from '../../remote/sync-on-demand.js';
import type { RemoteConfig, SyncResult } from '../../remote/types.js';
import { AutosaveScheduler } from '../../store/autosave.js';
import { parseSetAsideKey, type DraftRepository, type SetAsideRecord } from '../../store/draft-record.js';
import { DraftSession } from '../../store/draft-session.js';
import { builtInRepository } from '../../store/repositories.js';
import { PlanStore, type PlanChange } from '../../store/plan-store.js';
import { DraftSync, type SavedMessage } from '../../store/sync.js';
import { OnDemand } from '../controllers/on-demand.js';
import { exportedBundle, importedPlan } from './fhir.js';
import { planProviderStyles } from './plan-provider.styles.js';
import { DEFAULT_AUTOSAVE_DELAY, attributeNotice, autosaveDelayConverter, planIdMismatch, readAttributes, type ProviderAttributes } from './attributes.js';
import { PlanProviderLocale } from './locale.js';
import { agreeWithPlan, signPlan, signerPart, validSigner, type AgreementInput } from './signing.js';
import type { Signer } from '../../model/signing.js';
import { planCommands } from '../../plan/commands/plan.js';
import { signingCommands } from '../../plan/commands/signing.js';
import { registerCommands } from '../../plan/registry.js';

// Commands load with the widget that sends them (src/plan/registry.ts): the provider brings signing
// and agreeing, which it sends, and the plan-level ones (client, status, review interval) a host sends.
registerCommands([...planCommands, ...signingCommands]);

/** Longest a burst of edits may go unsaved while typing continues. */
const MAX_UNSAVED_MS = 3000;

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
 * @csspart conflict-notice - Fields edited differently in two tabs (or a host plan older than the draft), each with both values and a button to keep either.
 *
 * @fires {PlanChangeEvent} plan-change - The plan changed. `detail: { plan, origin, command? }`.
 * @fires {DraftRestoredEvent} draft-restored - A saved draft was loaded. `detail: { planId, scope, revision, savedAt, schemaVersion }`.
 * @fires {DraftSavedEvent} draft-saved - A draft write completed. `detail: { planId, scope, revision, savedAt, storage, encrypted }`.
 * @fires {DraftConflictEvent} draft-conflict - The same field was changed differently here and in another tab (everything else was merged), or the host set a plan older than the local draft. `detail: { planId, scope, source, localRevision, storedRevision, storedAt, conflicts }`. Both versions are kept and shown until the user or `resolveConflict()` chooses.
 * @fires {DraftClearedEvent} draft-cleared - The drafts of this plan were wiped: by its own `clearDraft()` (`source: 'this-provider'`; the plan on the page stays), or by another tab or provider, or `clearDrafts(scope)` (`source: 'elsewhere'`: this provider dropped its copy, unsaved edits and undo history included, and shows a fresh plan, so its next edit cannot bring the wiped plan back; set `plan` again to show the server's). IndexedDB storage only. `detail: { planId, scope, source }`.
 * @fires {DraftErrorEvent} draft-error - Something could not be read, saved or accepted; the plan in memory is kept. `detail: { code, message, issues? }`.
 * @fires {RiskFlagEvent} risk-flag - A critical item was answered (e.g. PHQ-9 item 9 above 0). `detail: { entryId, instrumentId, itemId, value, administrationId, message, recorded }` — fired the moment the answer is given (saved or not; `recorded: false` until saved), and for unacknowledged flags a host measurement or `importFhir` brings in.
 * @fires {PlanAlertEvent} plan-alert - Not on track or reliable deterioration. `detail: { code, message, params, objectiveId?, instrumentId? }` — `message` says, in the page's language, what was measured against what.
 * @fires {SyncedEvent} synced - `push()` or `pull()` completed: the plan and the FHIR server agree. `detail: { direction, serverVersion, revision, keptCopy? }`.
 * @fires {SyncConflictEvent} sync-conflict - Another device changed the plan on the server since this one last saw it; nothing was overwritten on either side. `detail: { localRevision, serverVersion }`. `pull()` then brings the server's plan and keeps this one aside (`restoreSetAside`).
 * @fires {SyncErrorEvent} sync-error - A push or pull did not complete (e.g. offline); the plan stays in the local draft. `detail: { code, message, retrying }` (`retrying`: `sync="auto"` tries again with backoff).
 * @fires {ReviewDueEvent} review-due - The plan was opened on or after its review date. `detail: { dueDate, overdue, daysOverdue }`.
 * @fires {PlanAgreedEvent} plan-agreed - The client agreed with the plan's current content (typed, or a verbal agreement the clinician recorded), for the portal's own audit record. `detail: { planId, agreementId, how, name, date, recordedBy?, hash }`.
 * @fires {PlanSignedEvent} plan-signed - A clinician signed: the content is frozen as a version with its SHA-256 hash (a draft becomes active). `detail: { planId, signatureId, version, hash, signer: { name, credentials?, role }, signedAt, activated }`.
 */
export class PlanProvider extends LitElement {
  // What `@localized()` does; a class decorator would make esbuild lower every `#private` member.
  static {
    this.addInitializer(updateWhenLocaleChanges);
  }

  static readonly kitVersion = KIT_VERSION;

  static override styles = planProviderStyles;

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

  /**
   * Language of the widgets' words, dates and numbers: `en` (default), `es`, or a locale the host
   * registered (`registerLocale`). Page-wide: every provider on a page must ask the same one (the
   * first provider leads; another one asking differently shows a notice). An unknown locale shows
   * English, with a notice. Its words load on demand; the widgets switch without a reload.
   */
  @property({ reflect: true }) locale: Locale = 'en';

  /** Who is using the widgets: `clinician` (default) or `client` (plain language, limited editing). */
  @property({ reflect: true }) mode: PlanMode = 'clinician';

  /**
   * AES-GCM `CryptoKey`. When set, drafts are encrypted at rest; a draft saved encrypted can only
   * be restored once the key is set.
   */
  @property({ attribute: false }) encryptionKey: CryptoKey | undefined;

  /**
   * The signed-in clinician, as the host knows them: `{ name, credentials?, role?: 'clinician' | 'supervisor' }`.
   * Used by `sign()`, by the summary's sign button and as who recorded a verbal agreement. The kit
   * never authenticates: the host decides who may sign. Invalid values are ignored (`sign()` says why).
   */
  @property({ attribute: false }) signer: Signer | undefined;

  /**
   * Records the client's agreement with the plan as it is now: `{ name }` typed by the client, or
   * `{ how: 'verbal', name, date?, recordedBy? }` recorded by the clinician. Fires `plan-agreed`.
   * Resolves to the new plan, or an error (`refusal.code`, e.g. `plan-changed-while-signing`).
   */
  agree(input: AgreementInput): Promise<Result<TreatmentPlan>> {
    return agreeWithPlan(this.store, input, validSigner(this.signer));
  }

  /**
   * Signs the plan as it is now as `signer`, once the client agreed with this content: freezes a
   * version with its SHA-256 content hash; a draft becomes active. Fires `plan-signed`.
   */
  sign(): Promise<Result<TreatmentPlan>> {
    return signPlan(this.store, this.signer);
  }

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

  #remote = new SyncOnDemand(
    this,
    // Pending edits are saved first, so the copy kept aside holds them.
    () => this.flush().then(() => this.#session?.keepLocalCopy()),
    (bundle) => this.#import(bundle, { replaceNewer: true }),
  );

  /** Sends the plan to `remote` as one FHIR transaction (`If-Match` on the CarePlan). Never rejects. */
  push(): Promise<SyncResult> {
    return this.#remote.push();
  }

  /** Loads the plan from `remote`; unsynced local edits are kept aside first (`keptCopy`). Never rejects. */
  pull(): Promise<SyncResult> {
    return this.#remote.pull();
  }

  /**
   * Settles once the draft is restored or found absent and the opening events (`review-due`,
   * `plan-alert`) have fired (never rejects; failures fire `draft-error`).
   */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** The store behind the plan: `dispatch(command)`, `undo()`, `subscribe()`. */
  get store(): PlanStore | undefined {
    return this.#session?.store;
  }

  /**
   * The current plan snapshot. Setting it validates the value and replaces the plan. A plan whose
   * id is not `plan-id` is judged in the next update, so `plan` and `plan-id` may be set in either
   * order when switching patients; if `plan-id` still differs then, `draft-error`
   * (`plan-id-mismatch`) and the plan is not loaded.
   */
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
  /** The notice of unmerged edits: only a page that meets a conflict loads it. */
  #conflictNotice = new OnDemand(this, () => import('./conflict-notice.js'));
  #session: DraftSession | undefined;
  #sync: DraftSync | undefined;
  /** This page's id in cross-tab messages and pending records (one per provider). */
  #tab = crypto.randomUUID();
  #autosave = new AutosaveScheduler(() => void this.#session?.save(), 500, MAX_UNSAVED_MS);
  #resolveReady: (() => void) | undefined; // declared first: the line below sets it
  #ready = new Promise<void>((resolve) => (this.#resolveReady = resolve));
  #hostPlan: TreatmentPlan | undefined;
  /**
   * A host plan whose id is not the current `plan-id`: judged in the next update, once every
   * property of the same host update (e.g. a new `plan-id` set after `plan`) has settled.
   */
  #pendingHostPlan: TreatmentPlan | undefined;
  /** The attributes the open plan runs with: an invalid attribute keeps its last valid value here. */
  #attrs: ProviderAttributes | undefined;
  /** The page-wide language: asked for here, shared by every provider. */
  #locale = new PlanProviderLocale(this);
  /** The locale the widgets were last given (it changes once the page's words have loaded). */
  #publishedLocale: string | undefined;

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
      { planId: this.planId, scope: this.scope, storage: this.storage, autosaveDelay: this.autosaveDelay, locale: this.locale, mode: this.mode },
      s && this.#attrs,
      (name) => this.getAttribute(name),
    );
    const pending = this.#pendingHostPlan;
    this.#pendingHostPlan = undefined;
    if (pending && pending.id !== a?.planId) this.#error(planIdMismatch(pending.id, a?.planId ?? this.planId));
    if (!a) {
      this.#fail(error!);
      return;
    }
    this.#attrs = a;
    this.#locale.ask(a.locale);
    this.#showAttributeError(error ?? this.#locale.notice);
    if (pending?.id === a.planId) this.#takeHostPlan(pending, { replaceNewer: false });
    if (s?.planId !== a.planId || s.scope !== a.scope || s.storage !== a.storage || s.custom !== this.draftRepository) {
      this.#open(a);
    } else {
      if (changed.has('mode') || changed.has('signer') || this.#publishedLocale !== this.#locale.active) this.#publish();
      if (changed.has('encryptionKey') && changed.get('encryptionKey') !== this.encryptionKey) void s.keyChanged();
    }
    this.#autosave.delay = a.autosaveDelay;
  }

  protected override render() {
    const error = this.configError;
    return html`${error ? attributeNotice(error, this.#session !== undefined) : nothing}${this.#renderConflicts()}<slot></slot>`;
  }

  #renderConflicts() {
    const s = this.#session;
    if (!s || (!s.conflicts.length && !s.offer)) return nothing;
    return (
      this.#conflictNotice.get()?.conflictNotice({
        plan: s.store.plan,
        conflicts: s.conflicts,
        offer: s.offer,
        choose: (choice, id) => void this.resolveConflict(choice, id),
      }) ?? nothing
    );
  }

  /** Also waits for a part of the render that is still loading (the conflict notice), so the update shows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#conflictNotice.settled();
    return (await super.getUpdateComplete()) && done;
  }

  /**
   * The plan as a FHIR R4 `Bundle` (CarePlan, Conditions, Goals, Observations, QuestionnaireResponses).
   * Async: the FHIR mapping loads on first use. `{ bundleType: 'transaction' }` gives a bundle a
   * server accepts (`PUT` by stable ids); `patient` (default: `remote.patient`) links every resource
   * to the patient; `{ embedPlan: false }` leaves out the kit's full-plan extension (intake details).
   * Nothing is sent anywhere: the host decides where the bundle goes.
   * What the plan marks as protected by 42 CFR Part 2 is withheld unless `{ includeProtected: true }`
   * (then labelled): `draft-error` `export-withheld` with `refusal.code` `part2-protected` says what
   * was held back; a plan marked whole resolves to `undefined`.
   */
  async exportFhir(options?: FhirExportOptions): Promise<FhirBundle | undefined> {
    const plan = this.plan;
    if (!plan) return undefined;
    const { bundle, refusal } = await exportedBundle(plan, this.remote?.patient, options);
    if (!refusal) return bundle;
    const { scope, withheld } = refusal.params;
    this.#fire(new DraftErrorEvent({ code: 'export-withheld', message: refusalMessage(refusal), params: { scope, withheld }, refusal }));
    return scope === 'plan' ? undefined : bundle;
  }

  /**
   * Validates a FHIR R4 bundle and, when it holds a plan with this provider's `plan-id`, replaces
   * the plan with it. An invalid bundle changes nothing and fires `draft-error` (`invalid-import`).
   * Accepts collection, transaction, searchset and *-response bundles. Where the resources
   * disagree with the kit's embedded plan (the EHR changed them), the resources win and
   * `differences` lists each field.
   */
  importFhir(bundle: unknown): Promise<Result<TreatmentPlan> & { differences?: FhirImportDifference[] }> {
    return this.#import(bundle, { replaceNewer: false });
  }

  async #import(bundle: unknown, how: { replaceNewer: boolean }): Promise<Result<TreatmentPlan> & { differences?: FhirImportDifference[] }> {
    const r = await importedPlan(bundle, this.planId);
    if (!r.ok) return this.#error(r);
    const before = this.plan;
    const host = this.#hostPlan;
    this.#acceptHostPlan(r.value, how);
    // A risk answer that arrives by import is announced like one typed in (never silently loaded).
    if (this.#hostPlan !== host) for (const event of importedRiskEvents(before, r.value)) this.#fire(event);
    return r;
  }

  /** Writes any pending change to the draft store now. Resolves when the write has completed. */
  async flush(): Promise<void> {
    this.#autosave.cancel();
    await this.#session?.save();
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
    try {
      const { complete } = await s.wipe();
      if (!complete) console.warn('tailored-plan-kit: clearDraft() deleted only the main record: the draftRepository has no keys() or clear(), so set-aside copies and pending records are the host’s to delete.');
      this.#sync?.post({ kind: 'cleared', scope: s.scope, planId: s.planId, token: null, revision: s.store.plan.revision });
      this.#fire(new DraftClearedEvent({ planId: s.planId, scope: s.scope, source: 'this-provider' }));
    } catch (e) {
      s.failed(e, 'delete-failed');
    }
  }

  /**
   * The records of this plan that were set aside because they could not be read when found
   * (damaged, or holding another plan), oldest first. Empty with a `draftRepository` that has no `keys()`.
   */
  async listSetAside(): Promise<SetAsideRecord[]> {
    return (await this.#session?.listSetAside()) ?? [];
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
    return s.restoreSetAside(key);
  }

  /** Deletes one set-aside record of this plan for good. */
  async deleteSetAside(key: string): Promise<void> {
    await this.#session?.deleteSetAside(key);
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
    this.#context.setValue(undefined);
    this.#settleReady(Promise.resolve());
  }

  /** Starts a session for the current plan-id/scope: a fresh store, then the draft restore. */
  #open(attrs: ProviderAttributes): void {
    const previous = this.#session;
    const samePlan = previous?.planId === attrs.planId && previous.scope === attrs.scope;
    if (previous) {
      // Whatever the previous plan had pending is written under its own key before switching.
      this.#autosave.cancel();
      if (previous.dirty) void previous.save();
      this.#close();
    }
    const custom = this.draftRepository;
    const repo = custom ?? builtInRepository(attrs.storage);
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
        .catch((e: unknown) => session.failed(e, 'restore-failed'))
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
    flush: () => this.flush(),
    post: (m: Omit<SavedMessage, 'tab'>) => this.#sync?.post(m),
    poke: () => this.#autosave.poke(),
    changed: () => {
      this.conflictsShown++;
    },
    storeChanged: (s: DraftSession, change: PlanChange) => this.#onChange(s, change),
  };

  #connectSync(): void {
    this.#sync?.close();
    this.#sync = this.#session && this.#session.repo.kind !== 'memory' && this.isConnected
      ? new DraftSync((m) => void this.#onRemote(m))
      : undefined;
  }

  async #finishOpen(s: DraftSession): Promise<void> {
    if (s !== this.#session) return;
    s.restored = true;
    this.#publish();
    if (s.dirty) this.#autosave.poke();
    // What a clinician must not miss when a plan opens (a review due, objectives off track), once the
    // widgets show it; `ready` settles after these events, so a host awaiting it has heard them.
    const events = await openingEvents(this.plan, new Date());
    if (s !== this.#session) return;
    for (const event of events) this.#fire(event);
  }

  // ------------------------------------------------------------------ store wiring

  #publish(): void {
    const s = this.#session;
    if (!s) return;
    this.#context.setValue({
      plan: s.store.plan,
      store: s.store,
      mode: this.#attrs?.mode ?? 'clinician',
      locale: (this.#publishedLocale = this.#locale.active),
      ready: s.restored,
      ...signerPart(this.signer),
    });
  }

  #onChange(s: DraftSession, change: PlanChange): void {
    if (s !== this.#session) return;
    this.#publish();
    for (const event of changeEvents(s.store.plan, change)) this.#fire(event);
  }

  #acceptHostPlan(value: unknown, how: { replaceNewer: boolean } = { replaceNewer: false }): void {
    const parsed = parsePlan(value);
    if (!parsed.ok) return void this.#error(parsed);
    const plan = parsed.value;
    if (this.planId && plan.id !== this.planId) {
      // A host may set `plan` before `plan-id` in one update (React sets props in JSX order).
      this.#pendingHostPlan = plan;
      this.requestUpdate();
      return;
    }
    this.#pendingHostPlan = undefined;
    this.#takeHostPlan(plan, how);
  }

  #takeHostPlan(plan: TreatmentPlan, how: { replaceNewer: boolean }): void {
    this.#hostPlan = plan;
    const s = this.#session;
    if (s?.planId === plan.id) s.acceptHostPlan(plan, how);
  }

  async #onRemote(m: SavedMessage): Promise<void> {
    const s = this.#session;
    if (!s?.concerns(m)) return;
    if (m.kind !== 'cleared') return s.remote(m);
    // Another tab or clearDrafts() wiped this plan: drop it here too.
    this.#autosave.cancel();
    this.#hostPlan = undefined;
    await s.dropCleared();
    this.#fire(new DraftClearedEvent({ planId: s.planId, scope: s.scope, source: 'elsewhere' }));
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
   * Leaving or hiding the page: the unsaved work is put in this tab's pending record at once
   * (a write started synchronously, which outlives the page), then saved to the draft as usual.
   */
  #onHide = (e: Event): void => {
    if (e.type !== 'pagehide' && document.visibilityState !== 'hidden') return;
    this.#session?.writeNow();
    void this.flush();
  };
}
