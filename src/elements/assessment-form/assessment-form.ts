import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { instrumentRegistry } from '../../clinical/instruments/registry.js';
import type { InstrumentDefinition } from '../../clinical/instruments/schema.js';
import { instrumentWords } from '../../content/instruments/index.js';
import type { PlanContextValue } from '../../context/plan-context.js';
import { describeIssues } from '../../model/errors.js';
import type { TreatmentPlan } from '../../model/plan.js';
import { INTAKE_LIST_FIELDS, type IntakeListName } from '../../model/intake-lists.js';
import type { PlanCommand } from '../../plan/reducer.js';
import { baseStyles } from '../../themes/base.styles.js';
import { LiveAnnouncer } from '../controllers/announcer.js';
import { DateFormatController } from '../controllers/date-format.js';
import { TextInputController, type TextEdit } from '../controllers/text-input.js';
import { refusedWords } from '../../i18n/refusal-words.js';
import type { IntakeSection } from '../../i18n/intake-words.js';
import { bandWords } from '../../i18n/score-words.js';
import type { IntakeView } from './intake-fields.js';
import { instrumentPart, storedDefinition, type InstrumentView } from './instrument-view.js';
import { shownInstrument } from './wording.js';
import { AssessmentPrefillSchema, prefillCommands, type AssessmentPrefill } from './prefill.js';
import { missingAnswers, unanswered, type MissingAnswer } from './problems.js';
import { instrumentKey, instrumentList, instrumentParts, sectionList, type InstrumentList } from './sections.js';
import { readonlyTemplate } from './readonly-view.js';
import { PlanElement } from '../plan-element.js';
import { styles } from './assessment-form.styles.js';
import { disclosureStyles } from '../templates/disclosure.js';
import { safetyPlanActions, safetyPlanEditor } from './safety-plan.js';
import { applyValue } from './value.js';
import { DraftErrorEvent } from '../../events.js';
import { skipLinks } from '../templates/skip-links.js';
import './commands.js';
import { OnDemand } from '../controllers/on-demand.js';
import type * as IntakePart from './intake-part.js';

const ALL_SECTIONS = 'concerns history profile biological social preferences substance-use accommodations strengths';

/**
 * Intake sections and standardized instruments for the start of a treatment plan, filled in by a
 * clinician and a client together. Everything typed goes into the shared plan as it is typed (so
 * it survives a reload through the provider's draft). Instrument scores are computed live from the
 * answers and recorded as administrations. A positive critical item (PHQ-9 item 9, an ASQ "yes")
 * shows a persistent alert next to the score and, the moment it is answered (saved or not), is
 * recorded in the plan as an unacknowledged risk flag and makes the provider fire `risk-flag`
 * (`recorded: false` until the questionnaire is saved). Next to the alert the form offers a safety
 * plan (seven steps after Stanley & Brown, edited line by line) and, for the clinician, the ASQ.
 *
 * Form-associated: with a `name`, the host form's FormData carries the assessment as JSON.
 * `form.reset()` discards the instrument answers not yet recorded (the plan's recorded
 * administrations, intake text and risk flags stay).
 *
 * @tagname assessment-form
 * @summary Intake sections and scored instruments (PHQ-9, GAD-7, PHQ-2, GAD-2, PCL-5, AUDIT-C, ASQ).
 *
 * @fires input - Native: every edit (typing, choosing an answer).
 * @fires change - Native: a committed edit (leaving a text field, choosing an answer, recording a score).
 * @fires {DraftErrorEvent} draft-error - A `value` set by the host could not be used (nothing changed). `detail: { code, message, issues? }`.
 *
 * @csspart skip-links - "Jump to a section" links (intake sections and instruments), when there are two or more.
 * @csspart section - Each intake section.
 * @csspart instrument - Each instrument.
 * @csspart score - The live score of an instrument.
 * @csspart critical-alert - The alert shown when a critical item is positive.
 * @csspart risk-follow-up - Next to the alert: "Add a safety plan" and "Screen with the ASQ now".
 * @csspart safety-plan - The safety plan editor.
 * @csspart withdrawn-risk - For the clinician: a critical answer given, then changed back before saving (the flag stays).
 * @csspart error-summary - The message listing what still needs an answer.
 * @csspart complete-button - The "Complete assessment" button.
 *
 * @cssprop --tpk-assessment-form-section-gap - Space between sections.
 * @cssprop --tpk-assessment-form-section-surface - Background of a section.
 * @cssprop --tpk-assessment-form-option-surface - Background of an answer option.
 * @cssprop --tpk-assessment-form-critical-color - Border of the critical-item alert.
 * @cssprop --tpk-assessment-form-critical-surface - Background of the critical-item alert.
 */
export class AssessmentForm extends PlanElement {
  static override styles = [baseStyles, disclosureStyles, styles];
  /** @internal */
  static formAssociated = true;
  /** @internal */
  static override shadowRootOptions = { ...PlanElement.shadowRootOptions, delegatesFocus: true };

  /**
   * Intake sections to show, space-separated: `concerns history profile biological social
   * preferences substance-use accommodations strengths` (all by default; empty shows none).
   */
  @property() sections = ALL_SECTIONS;

  /**
   * Instruments to show, space-separated ids: `phq9 gad7 phq2 gad2 pcl5 auditc asq` or the id of an
   * instrument the host registered with `registerInstrument()`. Default `phq9 gad7`.
   */
  @property() instruments = 'phq9 gad7';

  /** Shows the substance-use care part (opt-in): six risk ratings after The ASAM Criteria, a level of care the clinician confirms, the 42 CFR Part 2 mark. */
  @property({ type: Boolean, attribute: 'substance-use-care' }) substanceUseCare = false;

  /** Renders the assessment for review and print: no inputs, answers as text. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Name under which the assessment JSON is submitted with the host form. */
  @property({ reflect: true }) name = '';

  /**
   * Intake data the host already has (`{ intake: { concerns: { inOwnWords: '…' } } }`). Validated;
   * fills only fields that are still empty, so a restored draft is never overwritten.
   */
  @property({ attribute: false })
  get prefill(): AssessmentPrefill | undefined {
    return this.#prefill;
  }
  set prefill(value: unknown) {
    const old = this.#prefill;
    let data: AssessmentPrefill | undefined;
    let error: string | undefined;
    if (value !== undefined && value !== null) {
      const parsed = AssessmentPrefillSchema.safeParse(value);
      if (parsed.success) data = parsed.data;
      else {
        const issues = describeIssues(parsed.error.issues);
        error = issues[0];
        console.error(`tailored-plan-kit: <assessment-form> prefill is not valid and was not used:\n${issues.join('\n')}`);
      }
    }
    this.#prefill = data;
    this.prefillError = error;
    this.#prefillApplied = undefined;
    this.requestUpdate('prefill', old);
  }

  /** @internal */
  @state() private prefillError: string | undefined;
  @state() private touched: ReadonlySet<string> = new Set();
  @state() private submitted = false;
  @state() private submittedInstruments: ReadonlySet<string> = new Set();
  @state() private followUps: readonly string[] = [];
  @state() private formDisabled = false;
  /** Open parts: intake sections by name, instruments as `instrumentKey(id)`. */
  @state() private openParts: ReadonlySet<string> = new Set();

  #internals: ElementInternals;
  #prefill: AssessmentPrefill | undefined;
  #prefillApplied: string | undefined;
  /** A `value` set before the plan was ready. */
  #pendingValue: { value: unknown } | undefined;
  #unsubscribeRegistry: (() => void) | undefined;
  #reportedTokens = new Set<string>();
  /** The plan whose parts the user (or validation) opened or closed; until then the first incomplete part is open. */
  #partsChosenFor: string | undefined;
  /** Text fields: every keystroke into the plan, one undo step per burst. The form fires its own `input`. */
  #text = new TextInputController(this, { relayInput: false });
  #sud = new OnDemand(this, () => import('./substance-use-part.js')); // opt-in: loaded only when shown
  /** The intake sections' questions and words: loaded only when the form shows a section. */
  #intake = new OnDemand(this, () => import('./intake-part.js'));
  #announcer = new LiveAnnouncer(this);
  #dates = new DateFormatController(() => this.ctx?.locale ?? 'en');
  /** Each shown built-in instrument's words, in the page's language, loaded with the form. */
  #words = this.content(instrumentWords);

  constructor() {
    super();
    this.#internals = this.attachInternals();
    // The host form's validation (submit, checkValidity) opens the part with the first problem;
    // the next render makes its field the anchor the browser focuses and points at.
    this.addEventListener('invalid', () => {
      const first = this.plan && !this.#readonly ? this.#problems(this.plan)[0] : undefined;
      if (!first) return;
      const toggle = this.renderRoot.querySelector(`[data-toggle="${CSS.escape(first.part)}"]`);
      this.#openPart(first.part);
      // When the browser focused the closed part's button (its anchor then), focus goes on to the field.
      void this.updateComplete.then(() => {
        if (toggle && (this.renderRoot as ShadowRoot).activeElement === toggle) this.#control(first.key)?.focus();
      });
    });
  }

  /** @internal Complete once a part being loaded (the intake questions, the substance-use part) has arrived and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([this.#intake.settled(), this.#sud.settled()]);
    return (await super.getUpdateComplete()) && done;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Inner controls' native `input` events are composed and would leave the shadow root as a
    // second event per keystroke; the host fires exactly one itself (emitInput).
    root.addEventListener('input', (e) => e.stopPropagation());
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeRegistry = instrumentRegistry.subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeRegistry?.();
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /**
   * The value submitted with the host form: the plan's assessment as JSON (`null` without a plan).
   *
   * Setting it (Vue `v-model`, a controlled input) loads the instrument answers it holds — its
   * `inProgress`, as the getter returns it, JSON or object — as the answers in progress: each
   * instrument's answers replace its draft and an instrument left out loses its draft. They go in
   * through the plan's commands, so they are checked and a critical answer raises `risk-flag` like
   * one given by hand. Everything else in it (intake, recorded administrations) is the plan's and is
   * ignored. `''`, `null` and the current value change nothing. A value that cannot be used changes
   * nothing and fires `draft-error` (`invalid-import`, or the refusing command's code); it never
   * throws. Set before the plan is ready, it is loaded once it is.
   */
  get value(): string | null {
    const a = this.plan?.assessment;
    return a ? JSON.stringify(a) : null;
  }
  set value(value: unknown) {
    if (value === null || value === undefined || value === '' || value === this.value) return;
    this.#pendingValue = { value };
    this.#loadValue();
  }

  /** Loads a value set before the plan was ready, once it is. */
  #loadValue(): void {
    const plan = this.ctx?.ready ? this.plan : undefined;
    const store = this.store;
    const pending = this.#pendingValue;
    if (!plan || !store || !pending) return;
    this.#pendingValue = undefined;
    const refused = applyValue(pending.value, plan.assessment, (id) => instrumentRegistry.get(id), (command) => this.dispatch(command));
    if (refused) this.dispatchEvent(new DraftErrorEvent(refused));
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /**
   * @internal `form.reset()`: on a shared screen the next person must not see the last one's
   * answers. Instrument answers not yet recorded are discarded (one command per instrument, so
   * undo brings them back); recorded administrations, intake and every risk flag the discarded
   * answers raised stay in the plan.
   */
  formResetCallback(): void {
    this.touched = new Set();
    this.submitted = false;
    this.submittedInstruments = new Set();
    this.followUps = [];
    for (const instrumentId of Object.keys(this.plan?.assessment.inProgress ?? {})) {
      this.dispatch({ type: 'assessment/discard-instrument-draft', instrumentId });
    }
  }

  /** `true` when every required answer is given (fires `invalid` otherwise, like a native control). */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /**
   * Shows every problem next to its field (as "Complete assessment" does), announces them and moves
   * focus to the first. Returns `true` when there is none.
   */
  reportValidity(): boolean {
    const plan = this.plan;
    if (!plan || this.#readonly) return true;
    this.submitted = true;
    const problems = this.#problems(plan);
    if (!problems.length) return true;
    this.#openPart(problems[0]!.part);
    this.#announcer.announce(
problems.length === 1
        ? msg('One answer is still needed before the assessment can be completed. It is marked below.')
        : msg(str`${problems.length} answers are still needed before the assessment can be completed. They are marked below.`));
    void this.updateComplete.then(() => this.#control(problems[0]!.key)?.focus());
    return false;
  }

  /** The host form's view of this control's validity. */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  get #readonly(): boolean {
    return this.readonly || this.formDisabled;
  }

  // ------------------------------------------------------------------ lifecycle

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The questionnaires' words and the intake questions start loading while the provider still
    // reads the draft, not after.
    const intake = this.#intakePart();
    if (this.ctx && !this.ctx.ready) for (const def of this.#instrumentList().defs) shownInstrument(def, this.ctx.locale, this.#words);
    // Until someone opens, closes or edits a part, the first incomplete one is open (also after the
    // host replaces the plan); never re-chosen while focus is inside.
    const plan = this.ctx?.ready ? this.plan : undefined;
    if (plan && intake !== undefined && this.#partsChosenFor !== plan.id && !this.matches(':focus-within')) {
      const parts = [...(intake?.sectionParts(plan, this.#sectionList(), this.mode) ?? []), ...instrumentParts(plan, this.#instrumentList().defs)];
      const first = parts.find((p) => !p.complete);
      const key = first?.key ?? '';
      if (this.openParts.size !== (first ? 1 : 0) || !this.openParts.has(key)) this.openParts = new Set(first ? [key] : []);
    }
    // A prefill goes into the plan once the plan is there (or a new prefill is given), as its own
    // step after this update: rendering never writes to the plan.
    if (changed.has('ctx') || changed.has('prefill') || changed.has('readonly') || changed.has('formDisabled')) {
      queueMicrotask(() => {
        this.#applyPrefill();
        this.#loadValue();
      });
    }
  }

  #applyPrefill(): void {
    const plan = this.ctx?.ready ? this.plan : undefined;
    if (!plan || !this.#prefill || this.#readonly || this.#prefillApplied === plan.id) return;
    this.#prefillApplied = plan.id;
    for (const command of prefillCommands(plan.assessment.intake, this.#prefill.intake)) this.dispatch(command);
  }

  /** The host form's value and validity follow the plan (they are the element's, not the plan's). */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#internals.setFormValue(this.value);
    const first = this.plan && !this.#readonly ? this.#problems(this.plan)[0] : undefined;
    const anchor = first && (this.#control(first.key) ?? this.renderRoot.querySelector<HTMLElement>(`[data-toggle="${CSS.escape(first.part)}"]`));
    if (anchor) this.#internals.setValidity({ valueMissing: true }, first.message, anchor);
    else this.#internals.setValidity({});
  }

  // ------------------------------------------------------------------ what is shown

  #sectionList(): IntakeSection[] {
    return sectionList(this.sections, (token) => this.#reportToken('sections', token));
  }

  /** The intake part: `null` when the form shows no section, `undefined` while it loads (`get` starts the load). */
  #intakePart(): typeof IntakePart | null | undefined {
    return this.#sectionList().length ? this.#intake.get() : null;
  }

  #instrumentList(): InstrumentList {
    return instrumentList([...this.instruments.split(/\s+/).filter(Boolean), ...this.followUps], (id) => this.#reportToken('instruments', id));
  }

  #togglePart(key: string): void {
    const next = new Set(this.openParts);
    if (!next.delete(key)) next.add(key);
    this.openParts = next;
    this.#keepParts();
  }

  /** From the first toggle or edit on, parts open and close only when the user says so. */
  #keepParts(): void {
    this.#partsChosenFor = this.plan?.id;
  }

  #openPart(key: string): void {
    if (!this.openParts.has(key)) this.openParts = new Set([...this.openParts, key]);
    this.#keepParts();
  }

  #reportToken(attr: string, token: string): void {
    const key = `${attr}:${token}`;
    if (this.#reportedTokens.has(key)) return;
    this.#reportedTokens.add(key);
    console.error(`tailored-plan-kit: <assessment-form ${attr}="…"> has an unknown entry "${token}"; it is ignored.`);
  }

  /** Everything that still needs an answer, in the order it appears on screen. */
  #problems(plan: TreatmentPlan): MissingAnswer[] {
    const intake = this.#intakePart()?.missingIntake(plan, this.#sectionList()) ?? [];
    return [...intake, ...missingAnswers(plan, this.#instrumentList().defs, this.submittedInstruments)];
  }

  #visibleProblem(problems: MissingAnswer[], key: string, instrumentId?: string): string {
    const p = problems.find((x) => x.key === key);
    const show = this.submitted || this.touched.has(key) || this.submittedInstruments.has(instrumentId!);
    return p && show ? p.message : '';
  }

  #control(key: string): HTMLElement | null {
    return this.renderRoot.querySelector(`[data-field="${CSS.escape(key)}"]`);
  }

  // ------------------------------------------------------------------ editing

  #touch(key: string): void {
    if (!this.touched.has(key)) this.touched = new Set([...this.touched, key]);
  }

  /** Sends an edit and fires `input`, then `change` unless it is mid-typing. */
  #edit(command: PlanCommand, change: boolean | undefined = true, touch?: string): void {
    this.#keepParts();
    this.dispatch(command);
    if (touch) this.#touch(touch);
    this.emitInput();
    if (change) this.emitChange();
  }

  /** Sends a keystroke's edit: `input` while typing, `change` once the field is committed. */
  #type(command: PlanCommand, edit: TextEdit): boolean {
    this.#keepParts();
    const accepted = this.dispatch(command, { coalesce: edit.coalesce }).ok;
    if (edit.final) this.emitChange();
    else this.emitInput();
    return accepted;
  }

  async #addListItem(list: IntakeListName): Promise<void> {
    const id = crypto.randomUUID();
    this.#edit({ type: 'intake/add-item', list, id });
    await this.updateComplete;
    this.#control(`${list}:${id}:${INTAKE_LIST_FIELDS[list].required}`)?.focus();
  }

  async #removeListItem(list: IntakeListName, itemId: string): Promise<void> {
    this.#edit({ type: 'intake/remove-item', list, itemId });
    this.#announcer.announce(msg('Entry removed.'));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-add="${list}"]`)?.focus();
  }

  /** Records the instrument when every item is answered; otherwise shows what is missing. */
  async #record(def: InstrumentDefinition): Promise<boolean> {
    const draft = this.plan!.assessment.inProgress?.[def.id];
    const missing = unanswered(def, draft);
    if (missing.length || !draft) {
      this.submittedInstruments = new Set([...this.submittedInstruments, def.id]);
      this.#announcer.announce(
missing.length === 1
          ? msg(str`${def.shortTitle}: one question still needs an answer.`)
          : msg(str`${def.shortTitle}: ${missing.length} questions still need an answer.`));
      await this.updateComplete;
      if (missing.length) this.#control(`${def.id}:${def.items[missing[0]!]!.id}`)?.focus();
      return false;
    }
    const result = this.dispatch({
      type: 'assessment/record-administration',
      instrument: storedDefinition(def),
      answers: draft.answers,
      ...(draft.context ? { context: draft.context } : {}),
    });
    if (!result.ok) {
      this.#announcer.announce(refusedWords(result.error));
      return false;
    }
    const s = result.value.assessment.administrations.at(-1)!.score;
    this.#announcer.announce(msg(str`${def.shortTitle} recorded: ${s.total} of ${s.max}${bandWords(def.id, s)}.`));
    const next = new Set(this.submittedInstruments);
    next.delete(def.id);
    this.submittedInstruments = next;
    this.emitChange();
    return true;
  }

  async #complete(): Promise<void> {
    this.submitted = true;
    const plan = this.plan!;
    // Instruments whose answers are all in are recorded first, so they no longer count as missing.
    for (const def of this.#instrumentList().defs) {
      const draft = plan.assessment.inProgress?.[def.id];
      if (draft && Object.keys(draft.answers).length && !unanswered(def, draft).length) await this.#record(def);
    }
    if (!this.reportValidity()) return;
    this.dispatch({ type: 'assessment/complete' });
    this.#announcer.announce(msg('Assessment completed.'));
    this.emitChange();
  }

  /** Once the edit has rendered, focus moves to the element `selector` finds (if any). */
  async #focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The safety plan's edits: each one a command; typing sends `input`, structure changes `input` + `change`. */
  #safety = safetyPlanActions({
    edit: (command, change) => this.#edit(command, change),
    announce: (words) => this.#announcer.announce(words),
    focusAfterUpdate: (selector) => void this.#focusAfterUpdate(selector),
    screenWithAsq: () => this.#offerFollowUp('asq'),
  });

  #offerFollowUp(id: string): void {
    if (!this.followUps.includes(id)) this.followUps = [...this.followUps, id];
    this.#openPart(instrumentKey(id));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-instrument="${CSS.escape(id)}"] input`)?.focus(),
    );
  }

  // ------------------------------------------------------------------ rendering

  /** The questionnaires' view of the form, for this render's missing answers. */
  #instrumentView(missing: MissingAnswer[]): InstrumentView {
    return {
      formatDate: (day) => this.#dates.format(day),
      problem: (key, instrumentId) => this.#visibleProblem(missing, key, instrumentId),
      edit: (command, change, touch) => this.#edit(command, change, touch),
      touch: (key) => this.#touch(key),
      record: (def) => void this.#record(def),
      offerFollowUp: (id) => this.#offerFollowUp(id),
      safety: this.#safety,
      isOpen: (key) => this.openParts.has(key),
      toggle: (key) => this.#togglePart(key),
    };
  }

  /** The intake questions' view of the form, for this render's missing answers. */
  #intakeView(missing: MissingAnswer[]): IntakeView {
    return {
      mode: this.mode,
      text: this.#text,
      problem: (key) => this.#visibleProblem(missing, key),
      type: (command, edit) => this.#type(command, edit),
      edit: (command, change, touch) => this.#edit(command, change, touch),
      touch: (key) => this.#touch(key),
      addListItem: (list) => void this.#addListItem(list),
      removeListItem: (list, itemId) => void this.#removeListItem(list, itemId),
    };
  }

  /** @internal The form shows the assessment, and with a risk answer the safety plan and withdrawn risk flags (timeline). */
  protected override planParts(plan: TreatmentPlan): readonly unknown[] {
    return [plan.id, plan.assessment, plan.safetyPlan, plan.timeline, plan.substanceUseCare];
  }

  protected override renderPlan(ctx: PlanContextValue): TemplateResult {
    const plan = ctx.plan;
    const { defs, unknown } = this.#instrumentList();
    const instruments = defs.map((d) => [d, shownInstrument(d, ctx.locale, this.#words)] as const);
    const intake = this.#intakePart();
    if (intake === undefined) return html`<div class="loading" part="loading" aria-busy="true"></div>`;
    const sections = this.#sectionList();
    if (this.#readonly) return readonlyTemplate(ctx, intake?.readonlySections(plan, sections) ?? [], instruments, (day) => this.#dates.format(day));
    const problems = this.#problems(plan);
    const showSummary = this.submitted && problems.length > 0;
    const completed = plan.assessment.completedAt;
    return html`
      <h2>${msg('Assessment')}</h2>
      <p class="intro">
        ${ctx.mode === 'client'
          ? msg('These questions help you and your clinician plan care that fits you. Your answers are saved as you go.')
          : msg('Fill this in with the client. Answers are saved to the plan as you type.')}
      </p>
      ${this.prefillError && ctx.mode === 'clinician'
        ? html`<p class="summary" role="alert">
            ${msg(str`Information from the host system could not be used: ${this.prefillError}`)}
          </p>`
        : nothing}
      ${skipLinks(msg('Jump to a section'), [
        ...(intake ? sections.map((s) => ({ id: `section-${s}`, label: intake.sectionTitle(s) })) : []),
        ...instruments.map(([d, s]) => ({ id: `i-${d.id}-title`, ...(typeof s === 'object' ? { label: s.def.title, lang: s.lang } : { label: d.shortTitle }) })),
      ])}
      ${intake ? sections.map((s) => intake.intakePart(plan.assessment.intake, s, ctx.mode, this.openParts.has(s), () => this.#togglePart(s), this.#intakeView(problems))) : nothing}
      ${unknown.map(
        (id) => html`<p class="summary" role="status">${msg(str`The instrument "${id}" is not available on this page.`)}</p>`,
      )}
      ${instruments.map(([d, s]) => instrumentPart(ctx, d, s, defs, this.#instrumentView(problems)))}
      ${plan.safetyPlan ? safetyPlanEditor(plan.safetyPlan, ctx.mode, this.#safety) : nothing}
      ${this.substanceUseCare && ctx.mode === 'clinician' ? this.#sud.get()?.substanceUsePart(plan, { text: this.#text, openParts: this.openParts, toggle: (key) => this.#togglePart(key),
          run: (c) => this.#edit(c), type: (c, e) => this.#type(c, e), announce: (w) => this.#announcer.announce(w), signer: ctx.signer, formatDate: (d) => this.#dates.format(d) }) : nothing}
      <div class="summary" part="error-summary" role="alert">${showSummary ? this.#announcer.message : nothing}</div>
      ${completed && !problems.length
        ? html`<p class="done" role="status">${msg(str`Assessment completed on ${this.#dates.format(completed)}.`)}</p>`
        : nothing}
      <div class="actions">
        <button type="button" class="primary" part="complete-button" @click=${this.#complete}>
          ${msg('Complete assessment')}
        </button>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${showSummary ? '' : this.#announcer.message}</p>
    `;
  }
}
