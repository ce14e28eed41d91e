import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import * as z from 'zod/mini';
import {
  findCritical,
  instrumentRegistry,
  scoreAdministration,
  type InstrumentDefinition,
  type InstrumentItem,
} from '../../clinical/instruments/index.js';
import type { PlanContextValue } from '../../context/plan-context.js';
import { describeIssues } from '../../model/errors.js';
import {
  ConcernAreaSchema,
  IntakeSchema,
  type Administration,
  type ConcernArea,
  type CriticalFinding,
  type InstrumentScore,
  type Intake,
  type TraumaFeature,
  type TreatmentPlan,
} from '../../model/plan.js';
import { INTAKE_SECTIONS } from '../../plan/commands/intake.js';
import type { IntakeListName } from '../../plan/commands/assessment.js';
import { baseStyles } from '../../themes/base.styles.js';
import { PlanElement } from '../plan-element.js';
import { styles } from './assessment-form.styles.js';

type Section = keyof Intake;

/** What a host may pass in `prefill`: any intake fields it already knows. */
export type AssessmentPrefill = { intake?: { [K in Section]?: Partial<Intake[K]> } };

/** Validates `prefill`. Every section is optional and partial; list entries need their ids. */
export const AssessmentPrefillSchema = z.object({
  intake: z.optional(
    z.object(
      Object.fromEntries(INTAKE_SECTIONS.map((k) => [k, z.optional(z.partial(IntakeSchema.shape[k]))])) as {
        [K in Section]: z.ZodMiniOptional<z.ZodMiniObject>;
        // The cast keeps the inferred type simple; `AssessmentPrefill` describes the shape.
      },
    ),
  ),
});

/** Section tokens accepted in the `sections` attribute (kebab-case or the plan's own key). */
const SECTION_TOKENS: Record<string, Section> = {
  concerns: 'concerns',
  history: 'history',
  profile: 'profile',
  biological: 'biological',
  social: 'social',
  preferences: 'preferences',
  'substance-use': 'substanceUse',
  substanceUse: 'substanceUse',
  accommodations: 'accommodations',
  strengths: 'strengths',
};

/** Intake fields whose values are ids from a fixed list (shown as words when read-only). */
const ENUM_FIELDS = new Set(['socialEnergy', 'structure', 'format', 'uses', 'outcome', 'strength']);

const ALL_SECTIONS = 'concerns history profile biological social preferences substance-use accommodations strengths';

interface Problem {
  /** `data-field` of the control to focus. */
  key: string;
  message: string;
}

const fieldKey = (section: string, key: string) => `${section}.${key}`;
const itemKey = (instrumentId: string, itemId: string) => `${instrumentId}:${itemId}`;
const isEmpty = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/**
 * Intake sections and standardized instruments for the start of a treatment plan, filled in by a
 * clinician and a client together. Everything typed goes into the shared plan as it is typed (so
 * it survives a reload through the provider's draft). Instrument scores are computed live from the
 * answers and recorded as administrations; a positive critical item (PHQ-9 item 9) shows a
 * persistent alert next to the score and makes the provider fire `risk-flag` when recorded.
 *
 * Form-associated: with a `name`, the host form's FormData carries the assessment as JSON.
 *
 * @tagname assessment-form
 * @summary Intake sections and scored instruments (PHQ-9, GAD-7, PHQ-2, GAD-2, PCL-5, AUDIT-C).
 *
 * @fires input - Native: every edit (typing, choosing an answer).
 * @fires change - Native: a committed edit (leaving a text field, choosing an answer, recording a score).
 *
 * @csspart section - Each intake section.
 * @csspart instrument - Each instrument.
 * @csspart score - The live score of an instrument.
 * @csspart critical-alert - The alert shown when a critical item is positive.
 * @csspart error-summary - The message listing what still needs an answer.
 * @csspart complete-button - The "Complete assessment" button.
 *
 * @cssprop --tpk-assessment-form-section-gap - Space between sections.
 * @cssprop --tpk-assessment-form-section-surface - Background of a section.
 * @cssprop --tpk-assessment-form-option-surface - Background of an answer option.
 * @cssprop --tpk-assessment-form-critical-color - Border of the critical-item alert.
 * @cssprop --tpk-assessment-form-critical-surface - Background of the critical-item alert.
 */
@localized()
export class AssessmentForm extends PlanElement {
  static override styles = [baseStyles, styles];
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
   * Instruments to show, space-separated ids: `phq9 gad7 phq2 gad2 pcl5 auditc` or the id of an
   * instrument the host registered with `registerInstrument()`. Default `phq9 gad7`.
   */
  @property() instruments = 'phq9 gad7';

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
    if (value === undefined || value === null) {
      this.#prefill = undefined;
      this.prefillError = undefined;
    } else {
      const parsed = AssessmentPrefillSchema.safeParse(value);
      if (parsed.success) {
        this.#prefill = parsed.data as AssessmentPrefill;
        this.prefillError = undefined;
      } else {
        this.#prefill = undefined;
        const issues = describeIssues(parsed.error.issues);
        this.prefillError = issues[0];
        console.error(`tailored-plan-kit: <assessment-form> prefill is not valid and was not used:\n${issues.join('\n')}`);
      }
    }
    this.#prefillApplied = undefined;
    this.requestUpdate('prefill', old);
  }

  /** @internal */
  @state() private prefillError: string | undefined;
  @state() private touched: ReadonlySet<string> = new Set();
  @state() private submitted = false;
  @state() private submittedInstruments: ReadonlySet<string> = new Set();
  @state() private followUps: readonly string[] = [];
  @state() private announcement = '';
  @state() private formDisabled = false;

  #internals: ElementInternals;
  #prefill: AssessmentPrefill | undefined;
  #prefillApplied: string | undefined;
  #unsubscribeRegistry: (() => void) | undefined;
  #reportedTokens = new Set<string>();

  constructor() {
    super();
    this.#internals = this.attachInternals();
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

  /** The value submitted with the host form: the plan's assessment as JSON (`null` without a plan). */
  get value(): string | null {
    const a = this.plan?.assessment;
    return a ? JSON.stringify(a) : null;
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal The value is a pure function of the plan, so there is nothing to reset. */
  formResetCallback(): void {
    this.touched = new Set();
    this.submitted = false;
    this.submittedInstruments = new Set();
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
    this.announcement =
      problems.length === 1
        ? msg('One answer is still needed before the assessment can be completed. It is marked below.')
        : msg(str`${problems.length} answers are still needed before the assessment can be completed. They are marked below.`);
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

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const plan = this.ctx?.ready ? this.plan : undefined;
    if (plan && this.#prefill && !this.#readonly && this.#prefillApplied !== plan.id) {
      this.#prefillApplied = plan.id;
      this.#applyPrefill(plan, this.#prefill);
    }
    this.#syncFormState();
  }

  #syncFormState(): void {
    this.#internals.setFormValue(this.value);
    const plan = this.plan;
    if (!plan || this.#readonly) {
      this.#internals.setValidity({});
      return;
    }
    const first = this.#problems(plan)[0];
    const anchor = first ? this.#control(first.key) : undefined;
    if (first && anchor) this.#internals.setValidity({ valueMissing: true }, first.message, anchor);
    else this.#internals.setValidity({});
  }

  #applyPrefill(plan: TreatmentPlan, prefill: AssessmentPrefill): void {
    for (const section of INTAKE_SECTIONS) {
      const given = prefill.intake?.[section] as Record<string, unknown> | undefined;
      if (!given) continue;
      const current = plan.assessment.intake[section] as Record<string, unknown>;
      const values: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(given)) if (isEmpty(current[k]) && !isEmpty(v)) values[k] = v;
      if (Object.keys(values).length) this.dispatch({ type: 'intake/update', section, values });
    }
  }

  // ------------------------------------------------------------------ what is shown

  #sectionList(): Section[] {
    const out: Section[] = [];
    for (const token of this.sections.split(/\s+/).filter(Boolean)) {
      const s = SECTION_TOKENS[token];
      if (s && !out.includes(s)) out.push(s);
      else if (!s) this.#reportToken('sections', token);
    }
    return out;
  }

  #instrumentList(): { defs: InstrumentDefinition[]; unknown: string[] } {
    const ids = [...this.instruments.split(/\s+/).filter(Boolean), ...this.followUps];
    const defs: InstrumentDefinition[] = [];
    const unknown: string[] = [];
    for (const id of ids) {
      const def = instrumentRegistry.get(id);
      if (def && !defs.includes(def)) defs.push(def);
      else if (!def && !unknown.includes(id)) {
        unknown.push(id);
        this.#reportToken('instruments', id);
      }
    }
    return { defs, unknown };
  }

  #reportToken(attr: string, token: string): void {
    const key = `${attr}:${token}`;
    if (this.#reportedTokens.has(key)) return;
    this.#reportedTokens.add(key);
    console.error(`tailored-plan-kit: <assessment-form ${attr}="…"> has an unknown entry "${token}"; it is ignored.`);
  }

  /** Everything that still needs an answer, in the order it appears on screen. */
  #problems(plan: TreatmentPlan): Problem[] {
    const out: Problem[] = [];
    const intake = plan.assessment.intake;
    const sections = this.#sectionList();
    if (sections.includes('concerns') && isEmpty(intake.concerns.inOwnWords)) {
      out.push({
        key: fieldKey('concerns', 'inOwnWords'),
        message: msg('Describe what brings you here, in your own words. A sentence or two is enough.'),
      });
    }
    if (sections.includes('history')) {
      for (const t of intake.history.pastTreatments) {
        if (isEmpty(t.approach)) {
          out.push({
            key: `pastTreatments:${t.id}:approach`,
            message: msg('Name the treatment or approach (for example "group therapy"), or remove this entry.'),
          });
        }
      }
    }
    if (sections.includes('social')) {
      for (const p of intake.social.supportSystem) {
        if (isEmpty(p.who)) {
          out.push({ key: `supportSystem:${p.id}:who`, message: msg('Say who this person is, or remove this entry.') });
        }
      }
      for (const e of intake.social.lifeEvents) {
        if (isEmpty(e.description)) {
          out.push({ key: `lifeEvents:${e.id}:description`, message: msg('Describe what happened, or remove this entry.') });
        }
      }
    }
    if (sections.includes('substanceUse') && intake.substanceUse.uses === 'yes' && isEmpty(intake.substanceUse.substances)) {
      out.push({
        key: fieldKey('substanceUse', 'substances'),
        message: msg('List the substances used, or change the answer above to "No".'),
      });
    }
    for (const def of this.#instrumentList().defs) out.push(...this.#instrumentProblems(plan, def));
    return out;
  }

  /** An instrument needs every scored item when it was never recorded or has been started again. */
  #instrumentProblems(plan: TreatmentPlan, def: InstrumentDefinition): Problem[] {
    const draft = plan.assessment.inProgress?.[def.id];
    const recorded = plan.assessment.administrations.some((a) => a.instrumentId === def.id);
    const started = draft && Object.keys(draft.answers).length > 0;
    if (recorded && !started && !this.submittedInstruments.has(def.id)) return [];
    const out: Problem[] = [];
    def.items.forEach((item, n) => {
      if (item.scored === false) return;
      if (typeof draft?.answers[item.id] !== 'number') {
        out.push({
          key: itemKey(def.id, item.id),
          message: msg(str`${def.shortTitle} question ${n + 1} has no answer. Choose the option that fits best.`),
        });
      }
    });
    return out;
  }

  #visibleProblem(problems: Problem[], key: string, instrumentId?: string): string {
    const p = problems.find((x) => x.key === key);
    if (!p) return '';
    const show =
      this.submitted || this.touched.has(key) || (instrumentId !== undefined && this.submittedInstruments.has(instrumentId));
    return show ? p.message : '';
  }

  #control(key: string): HTMLElement | undefined {
    return (this.renderRoot.querySelector(`[data-field="${CSS.escape(key)}"]`) as HTMLElement | null) ?? undefined;
  }

  // ------------------------------------------------------------------ editing

  #touch(key: string): void {
    if (this.touched.has(key)) return;
    this.touched = new Set([...this.touched, key]);
  }

  /** Marks a group as touched when focus leaves it (not while moving between its own radios). */
  #leaveGroup(key: string, e: FocusEvent): void {
    const group = e.currentTarget as HTMLElement;
    if (e.relatedTarget instanceof Node && group.contains(e.relatedTarget)) return;
    this.#touch(key);
  }

  #setField(section: Section, key: string, value: unknown): void {
    this.dispatch({ type: 'intake/update', section, values: { [key]: isEmpty(value) ? undefined : value } });
    this.emitInput();
  }

  #onText(section: Section, key: string, e: Event): void {
    this.#setField(section, key, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
  }

  #onChoice(section: Section, key: string, value: string): void {
    this.#setField(section, key, value);
    this.#touch(fieldKey(section, key));
    this.emitChange();
  }

  #toggleArray(section: 'concerns', key: 'areas' | 'traumaFeatures', value: string, on: boolean): void {
    const current = this.plan!.assessment.intake.concerns[key] as string[];
    const next = on ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
    this.dispatch({ type: 'intake/update', section, values: { [key]: next } });
    this.emitInput();
    this.emitChange();
  }

  async #addListItem(list: IntakeListName): Promise<void> {
    const id = crypto.randomUUID();
    this.dispatch({ type: 'intake/add-item', list, id });
    this.emitInput();
    this.emitChange();
    await this.updateComplete;
    const first = { pastTreatments: 'approach', supportSystem: 'who', lifeEvents: 'description' }[list];
    this.#control(`${list}:${id}:${first}`)?.focus();
  }

  async #removeListItem(list: IntakeListName, id: string, addButton: string): Promise<void> {
    this.dispatch({ type: 'intake/remove-item', list, itemId: id });
    this.emitInput();
    this.emitChange();
    this.announcement = msg('Entry removed.');
    await this.updateComplete;
    (this.renderRoot.querySelector(`[data-add="${addButton}"]`) as HTMLElement | null)?.focus();
  }

  #updateListItem(list: IntakeListName, id: string, key: string, value: string, required = false): void {
    this.dispatch({
      type: 'intake/update-item',
      list,
      itemId: id,
      fields: { [key]: value === '' && !required ? undefined : value },
    });
    this.emitInput();
  }

  #answer(def: InstrumentDefinition, item: InstrumentItem, value: number): void {
    this.dispatch({ type: 'assessment/update-instrument-draft', instrumentId: def.id, answers: { [item.id]: value } });
    this.#touch(itemKey(def.id, item.id));
    this.emitInput();
    this.emitChange();
  }

  #setContext(def: InstrumentDefinition, key: string, value: string | null): void {
    this.dispatch({ type: 'assessment/update-instrument-draft', instrumentId: def.id, context: { [key]: value } });
    this.emitInput();
    this.emitChange();
  }

  /** Records the instrument when every item is answered; otherwise shows what is missing. */
  async #record(def: InstrumentDefinition): Promise<boolean> {
    const plan = this.plan!;
    const draft = plan.assessment.inProgress?.[def.id];
    const missing = def.items.filter((i) => i.scored !== false && typeof draft?.answers[i.id] !== 'number');
    if (missing.length || !draft) {
      this.submittedInstruments = new Set([...this.submittedInstruments, def.id]);
      this.announcement =
        missing.length === 1
          ? msg(str`${def.shortTitle}: one question still needs an answer.`)
          : msg(str`${def.shortTitle}: ${missing.length} questions still need an answer.`);
      const problems = this.#instrumentProblems(plan, def);
      await this.updateComplete;
      if (problems[0]) this.#control(problems[0].key)?.focus();
      return false;
    }
    const result = this.dispatch({
      type: 'assessment/record-administration',
      instrument: def,
      answers: draft.answers,
      ...(draft.context ? { context: draft.context } : {}),
    });
    if (!result.ok) {
      this.announcement = result.error.message;
      return false;
    }
    const s = result.value.assessment.administrations.at(-1)!.score;
    const band = s.bandLabel ? ` — ${s.bandLabel}` : '';
    this.announcement = msg(str`${def.shortTitle} recorded: ${s.total} of ${s.max}${band}.`);
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
      if (draft && Object.keys(draft.answers).length && !this.#instrumentProblems(plan, def).length) {
        await this.#record(def);
      }
    }
    if (!this.reportValidity()) return;
    this.dispatch({ type: 'assessment/complete' });
    this.announcement = msg('Assessment completed.');
    this.emitChange();
  }

  #offerFollowUp(id: string): void {
    if (!this.followUps.includes(id)) this.followUps = [...this.followUps, id];
    void this.updateComplete.then(() => {
      (this.renderRoot.querySelector(`[data-instrument="${CSS.escape(id)}"] input`) as HTMLElement | null)?.focus();
    });
  }

  // ------------------------------------------------------------------ rendering

  protected override renderPlan(ctx: PlanContextValue): TemplateResult {
    const plan = ctx.plan;
    if (this.#readonly) return this.#renderReadonly(plan);
    const problems = this.#problems(plan);
    const sections = this.#sectionList();
    const { defs, unknown } = this.#instrumentList();
    const showSummary = this.submitted && problems.length > 0;
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
      ${sections.map((s) => this.#renderSection(plan, s, problems))}
      ${unknown.map(
        (id) => html`<p class="summary" role="status">${msg(str`The instrument "${id}" is not available on this page.`)}</p>`,
      )}
      ${defs.map((d) => this.#renderInstrument(ctx, d, problems))}
      <div class="summary" part="error-summary" role="alert">${showSummary ? this.announcement : nothing}</div>
      ${plan.assessment.completedAt && !problems.length
        ? html`<p class="done" role="status">
            ${msg(str`Assessment completed on ${this.#date(plan.assessment.completedAt)}.`)}
          </p>`
        : nothing}
      <div class="actions">
        <button type="button" class="primary" part="complete-button" @click=${() => void this.#complete()}>
          ${msg('Complete assessment')}
        </button>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${showSummary ? '' : this.announcement}</p>
    `;
  }

  #sectionTitle(s: Section): string {
    switch (s) {
      case 'concerns':
        return msg('What brings you here');
      case 'history':
        return msg('Health history');
      case 'profile':
        return msg('How you think and cope');
      case 'biological':
        return msg('Family and physical health');
      case 'social':
        return msg('Background and people around you');
      case 'preferences':
        return msg('How you would like therapy to work');
      case 'substanceUse':
        return msg('Alcohol and other substances');
      case 'accommodations':
        return msg('Accommodations');
      case 'strengths':
        return msg('Strengths');
    }
  }

  #sectionExplanation(s: Section): string {
    switch (s) {
      case 'concerns':
        return msg('In your own words: what is troubling you, and what you hope will change.');
      case 'history':
        return msg('Your physical, mental and emotional health so far, and any help you have tried before: what helped and what did not.');
      case 'profile':
        return msg('How you tend to recharge, think things through and cope. There are no right or wrong answers.');
      case 'biological':
        return msg('Mental health conditions in your family, your own health conditions, and any medicines you take.');
      case 'social':
        return msg('Your background and what matters in it, your family, the people you can count on, and big events lately.');
      case 'preferences':
        return msg('What kind of sessions would suit you, so the plan fits your life.');
      case 'substanceUse':
        return msg('This helps plan care that fits. Answer only what you are comfortable sharing.');
      case 'accommodations':
        return msg('Anything that would make sessions easier: sensory, communication, processing or access needs.');
      case 'strengths':
        return msg('What you are good at and what you can lean on. These are part of the plan too.');
    }
  }

  #renderSection(plan: TreatmentPlan, s: Section, problems: Problem[]): TemplateResult {
    const id = `section-${s}`;
    return html`<section part="section" aria-labelledby=${id}>
      <h3 id=${id}>${this.#sectionTitle(s)}</h3>
      <p class="explain">${this.#sectionExplanation(s)}</p>
      ${this.#sectionFields(plan, s, problems)}
    </section>`;
  }

  #sectionFields(plan: TreatmentPlan, s: Section, problems: Problem[]): TemplateResult {
    const i = plan.assessment.intake;
    const t = (key: string, label: string, opts: { long?: boolean; required?: boolean; hint?: string } = {}) =>
      this.#textField(plan, s, key, label, problems, opts);
    switch (s) {
      case 'concerns':
        return html`
          ${t('inOwnWords', msg('In your own words, what brings you here?'), { long: true, required: true })}
          ${t('hopesToChange', msg('What do you hope will change?'), { long: true })}
          ${this.mode === 'clinician' ? this.#concernAreas(i.concerns.areas, i.concerns.traumaFeatures) : nothing}
        `;
      case 'history':
        return html`
          ${t('physical', msg('Physical health'), { long: true })} ${t('mental', msg('Mental health'), { long: true })}
          ${t('emotional', msg('Emotional health'), { long: true })}
          ${this.#list(plan, 'pastTreatments', problems)}
        `;
      case 'profile':
        return html`
          ${this.#choiceField(plan, s, 'socialEnergy', msg('After time with other people, do you usually feel…'), [
            ['introverted', msg('Drained: I recharge alone (more introverted)')],
            ['in-between', msg('Somewhere in between')],
            ['extroverted', msg('Energized: I recharge with others (more extroverted)')],
          ])}
          ${t('traits', msg('How would you describe yourself?'), { long: true })}
          ${t('cognitiveStyle', msg('How do you usually think problems through?'), {
            long: true,
            hint: msg('For example: step by step, by talking it over, by writing, by picturing it.'),
          })}
          ${t('copingThatWorks', msg('Ways of coping that work for you'), { long: true })}
          ${t('copingThatDoesNot', msg('Ways of coping that do not work, or make things worse'), { long: true })}
        `;
      case 'biological':
        return html`
          ${t('familyHistory', msg('Mental health conditions in your family'), { long: true })}
          ${t('conditions', msg('Your current health conditions and their treatment'), { long: true })}
          ${t('medications', msg('Medicines you take now'), { long: true })}
          ${t('geneticNotes', msg('Anything known to run in your family (genetic predispositions)'), { long: true })}
        `;
      case 'social':
        return html`
          ${t('culturalBackground', msg('Your cultural background'), { long: true })}
          ${t('culturalValues', msg('What matters to you in it (beliefs, traditions, community)'), { long: true })}
          ${t('familyDynamics', msg('How things are in your family'), { long: true })}
          ${this.#list(plan, 'supportSystem', problems)} ${this.#list(plan, 'lifeEvents', problems)}
        `;
      case 'preferences':
        return html`
          ${this.#choiceField(plan, s, 'structure', msg('Would you prefer sessions that are…'), [
            ['structured', msg('Structured, with clear steps and homework')],
            ['balanced', msg('A mix of both')],
            ['exploratory', msg('Open-ended, exploring what comes up')],
          ])}
          ${t('therapistStyle', msg('What would you like your therapist to be like?'), { long: true })}
          ${this.#choiceField(plan, s, 'format', msg('How would you like to meet?'), [
            ['in-person', msg('In person')],
            ['telehealth', msg('By video or phone (telehealth)')],
            ['either', msg('Either is fine')],
          ])}
          ${t('language', msg('Language you prefer for sessions'))}
          ${t('scheduling', msg('Times that work or do not work for you'), { long: true })}
        `;
      case 'substanceUse': {
        const su = i.substanceUse;
        return html`
          ${this.#choiceField(plan, s, 'uses', msg('Do you use alcohol, drugs or other substances?'), [
            ['yes', msg('Yes')],
            ['no', msg('No')],
            ['prefer-not-to-say', msg('I would rather not say')],
          ])}
          ${su.uses === 'yes'
            ? html`
                ${t('substances', msg('Which substances?'), { long: true, required: true })}
                ${t('frequency', msg('How often, and how much?'), { long: true })}
                ${t('lastUse', msg('When did you last use?'))}
                ${t('triggers', msg('What tends to set off using?'), { long: true })}
                ${t('previousAttempts', msg('Have you tried to cut down or stop before? What happened?'), { long: true })}
              `
            : nothing}
        `;
      }
      case 'accommodations':
        return html`
          ${t('sensory', msg('Sensory needs (light, sound, touch, smell)'), { long: true })}
          ${t('communication', msg('Communication needs (how you prefer to talk, write or get information)'), { long: true })}
          ${t('processing', msg('Processing needs (time to think, written summaries, breaks)'), { long: true })}
          ${t('accessibility', msg('Access needs (mobility, vision, hearing, other)'), { long: true })}
        `;
      case 'strengths':
        return t('text', msg('What are you good at? What or who can you lean on?'), { long: true });
    }
  }

  #textField(
    plan: TreatmentPlan,
    section: Section,
    key: string,
    label: string,
    problems: Problem[],
    opts: { long?: boolean; required?: boolean; hint?: string },
  ): TemplateResult {
    const k = fieldKey(section, key);
    const id = `f-${section}-${key}`;
    const value = ((plan.assessment.intake[section] as Record<string, unknown>)[key] as string | undefined) ?? '';
    const error = this.#visibleProblem(problems, k);
    const describedBy = [opts.hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
    const common = {
      input: (e: Event) => this.#onText(section, key, e),
      change: () => this.emitChange(),
      blur: () => this.#touch(k),
    };
    return html`<div class="field">
      <label for=${id}>${label}${opts.required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
      ${opts.hint ? html`<p class="hint" id="${id}-hint">${opts.hint}</p>` : nothing}
      ${opts.long
        ? html`<textarea
            id=${id}
            maxlength="20000"
            data-field=${k}
            ?required=${opts.required}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy}
            .value=${live(value)}
            @input=${common.input}
            @change=${common.change}
            @blur=${common.blur}
          ></textarea>`
        : html`<input
            type="text"
            id=${id}
            maxlength="500"
            data-field=${k}
            ?required=${opts.required}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy}
            .value=${live(value)}
            @input=${common.input}
            @change=${common.change}
            @blur=${common.blur}
          />`}
      <p class="error" id="${id}-error" aria-live="polite">${error}</p>
    </div>`;
  }

  #choiceField(plan: TreatmentPlan, section: Section, key: string, legend: string, choices: [string, string][]): TemplateResult {
    const value = (plan.assessment.intake[section] as Record<string, unknown>)[key];
    const name = `${section}-${key}`;
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="options">
        ${choices.map(
          ([v, label], n) => html`<label>
            <input
              type="radio"
              name=${name}
              value=${v}
              data-field=${n === 0 ? fieldKey(section, key) : nothing}
              .checked=${live(value === v)}
              @change=${() => this.#onChoice(section, key, v)}
            />${label}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  #concernAreas(areas: ConcernArea[], features: TraumaFeature[]): TemplateResult {
    const labels = this.#areaLabels();
    const trauma = areas.includes('ptsd') || areas.includes('complex-trauma');
    const featureLabels: [TraumaFeature, string][] = [
      ['strong-physical-symptoms', msg('Strong physical symptoms')],
      ['difficulty-making-sense', msg('Difficulty making sense of what happened')],
    ];
    return html`<fieldset>
        <legend>${msg('Areas of concern (clinician)')}</legend>
        <div class="options">
          ${ConcernAreaSchema.options.map(
            (a) => html`<label>
              <input
                type="checkbox"
                .checked=${live(areas.includes(a))}
                @change=${(e: Event) => this.#toggleArray('concerns', 'areas', a, (e.target as HTMLInputElement).checked)}
              />${labels[a]}
            </label>`,
          )}
        </div>
      </fieldset>
      ${trauma
        ? html`<fieldset>
            <legend>${msg('Features of the trauma presentation')}</legend>
            <div class="options">
              ${featureLabels.map(
                ([f, label]) => html`<label>
                  <input
                    type="checkbox"
                    .checked=${live(features.includes(f))}
                    @change=${(e: Event) =>
                      this.#toggleArray('concerns', 'traumaFeatures', f, (e.target as HTMLInputElement).checked)}
                  />${label}
                </label>`,
              )}
            </div>
          </fieldset>`
        : nothing}`;
  }

  #list(plan: TreatmentPlan, list: IntakeListName, problems: Problem[]): TemplateResult {
    const intake = plan.assessment.intake;
    const items: { id: string }[] =
      list === 'pastTreatments' ? intake.history.pastTreatments : list === 'supportSystem' ? intake.social.supportSystem : intake.social.lifeEvents;
    const title = {
      pastTreatments: msg('Help you have tried before'),
      supportSystem: msg('People you can count on'),
      lifeEvents: msg('Recent significant life events'),
    }[list];
    const add = {
      pastTreatments: msg('Add a past treatment'),
      supportSystem: msg('Add a person'),
      lifeEvents: msg('Add a life event'),
    }[list];
    const headingId = `list-${list}`;
    return html`<div role="group" aria-labelledby=${headingId}>
      <h4 id=${headingId}>${title}</h4>
      ${items.map((item, n) => this.#listEntry(list, item as Record<string, unknown> & { id: string }, n, problems))}
      <button type="button" data-add=${list} @click=${() => void this.#addListItem(list)}>${add}</button>
    </div>`;
  }

  #listEntry(list: IntakeListName, item: Record<string, unknown> & { id: string }, n: number, problems: Problem[]): TemplateResult {
    const input = (key: string, label: string, kind: 'text' | 'long' | 'date', required = false) => {
      const k = `${list}:${item.id}:${key}`;
      const id = `f-${list}-${item.id}-${key}`;
      const error = this.#visibleProblem(problems, k);
      const value = (item[key] as string | undefined) ?? '';
      const onInput = (e: Event) =>
        this.#updateListItem(list, item.id, key, (e.target as HTMLInputElement).value, required);
      return html`<div class="field">
        <label for=${id}>${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
        ${kind === 'long'
          ? html`<textarea
              id=${id}
              maxlength="20000"
              data-field=${k}
              ?required=${required}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby="${id}-error"
              .value=${live(value)}
              @input=${onInput}
              @change=${() => this.emitChange()}
              @blur=${() => this.#touch(k)}
            ></textarea>`
          : html`<input
              type=${kind}
              id=${id}
              maxlength=${kind === 'text' ? '500' : nothing}
              data-field=${k}
              ?required=${required}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby="${id}-error"
              .value=${live(value)}
              @input=${onInput}
              @change=${() => this.emitChange()}
              @blur=${() => this.#touch(k)}
            />`}
        <p class="error" id="${id}-error" aria-live="polite">${error}</p>
      </div>`;
    };
    const select = (key: string, label: string, choices: [string, string][]) => {
      const id = `f-${list}-${item.id}-${key}`;
      const value = (item[key] as string | undefined) ?? '';
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <select
          id=${id}
          @change=${(e: Event) => {
            this.#updateListItem(list, item.id, key, (e.target as HTMLSelectElement).value);
            this.emitChange();
          }}
        >
          <option value="" ?selected=${value === ''}>${msg('Not said')}</option>
          ${choices.map(([v, l]) => html`<option value=${v} ?selected=${value === v}>${l}</option>`)}
        </select>
      </div>`;
    };
    const legend = {
      pastTreatments: msg(str`Past treatment ${n + 1}`),
      supportSystem: msg(str`Person ${n + 1}`),
      lifeEvents: msg(str`Life event ${n + 1}`),
    }[list];
    let fields: TemplateResult;
    if (list === 'pastTreatments') {
      fields = html`${input('approach', msg('Treatment or approach'), 'text', true)} ${input('when', msg('When'), 'text')}
      ${input('helped', msg('What helped'), 'long')} ${input('didNotHelp', msg('What did not help'), 'long')}
      ${select('outcome', msg('Overall, was it helpful?'), [
        ['helpful', msg('Helpful')],
        ['partly-helpful', msg('Partly helpful')],
        ['unhelpful', msg('Not helpful')],
        ['unknown', msg('Hard to say')],
      ])}`;
    } else if (list === 'supportSystem') {
      fields = html`${input('who', msg('Who'), 'text', true)}
      ${select('strength', msg('How much can you count on them?'), [
        ['strong', msg('A lot')],
        ['moderate', msg('Somewhat')],
        ['weak', msg('A little')],
      ])}
      ${input('note', msg('Notes'), 'long')}`;
    } else {
      fields = html`${input('description', msg('What happened'), 'long', true)} ${input('date', msg('When (date)'), 'date')}`;
    }
    return html`<fieldset class="list-entry">
      <legend>${legend}</legend>
      ${fields}
      <button type="button" @click=${() => void this.#removeListItem(list, item.id, list)}>
        ${msg(str`Remove ${legend.toLowerCase()}`)}
      </button>
    </fieldset>`;
  }

  // ------------------------------------------------------------------ instruments

  #renderInstrument(ctx: PlanContextValue, def: InstrumentDefinition, problems: Problem[]): TemplateResult {
    const plan = ctx.plan;
    const draft = plan.assessment.inProgress?.[def.id];
    const answers = draft?.answers ?? {};
    const context = draft?.context ?? {};
    const score = scoreAdministration(def, answers, context);
    const past = plan.assessment.administrations.filter((a) => a.instrumentId === def.id);
    const last = past.at(-1);
    const findings = findCritical(def, answers);
    const titleId = `i-${def.id}-title`;
    const scoreId = `i-${def.id}-score`;
    return html`<section part="instrument" class="instrument" data-instrument=${def.id} aria-labelledby=${titleId}>
      <h3 id=${titleId}>${def.title}</h3>
      <p class="instructions">${def.instructions}</p>
      ${def.scoring.contextCutoff ? this.#contextQuestion(def, context) : nothing}
      ${def.items.map((item, n) => this.#item(def, item, n, answers[item.id], problems))}
      <div class="score" part="score" id=${scoreId}>
        <p role="status" aria-live="polite">${this.#scoreWords(def, score)}</p>
        ${score.complete ? this.#scoreDetails(def, score) : nothing}
      </div>
      ${this.#criticalAlert(ctx, def, findings, last && !findings.length ? last : undefined)}
      ${this.#followUpOffer(def, score)}
      <div class="actions">
        <button type="button" @click=${() => void this.#record(def)}>
          ${msg(str`Save ${def.shortTitle} result`)}
        </button>
      </div>
      ${past.length
        ? html`<h4>${msg(str`Earlier ${def.shortTitle} results`)}</h4>
            <ul class="history">
              ${past.map((a) => html`<li>${this.#date(a.date)}: ${this.#recordedWords(a)}</li>`)}
            </ul>`
        : nothing}
      <p class="licence">${def.licence}</p>
    </section>`;
  }

  #contextQuestion(def: InstrumentDefinition, context: Record<string, string>): TemplateResult {
    const cc = def.scoring.contextCutoff!;
    const value = context[cc.key];
    const name = `${def.id}-context-${cc.key}`;
    return html`<fieldset>
      <legend>${cc.question}</legend>
      <div class="options">
        ${cc.values.map(
          (v) => html`<label>
            <input
              type="radio"
              name=${name}
              .checked=${live(value === v.value)}
              @change=${() => this.#setContext(def, cc.key, v.value)}
            />${v.label}
          </label>`,
        )}
        <label>
          <input type="radio" name=${name} .checked=${live(value === undefined)} @change=${() => this.#setContext(def, cc.key, null)} />
          ${msg('Not given (show both thresholds)')}
        </label>
      </div>
    </fieldset>`;
  }

  #item(
    def: InstrumentDefinition,
    item: InstrumentItem,
    n: number,
    value: number | null | undefined,
    problems: Problem[],
  ): TemplateResult {
    const key = itemKey(def.id, item.id);
    const error = this.#visibleProblem(problems, key, def.id);
    const set = def.optionSets.find((s) => s.id === item.optionSet)!;
    const errorId = `e-${def.id}-${item.id}`;
    return html`<fieldset
      class="item ${error ? 'invalid' : ''}"
      aria-describedby=${errorId}
      @focusout=${(e: FocusEvent) => this.#leaveGroup(key, e)}
    >
      <legend>${n + 1}. ${item.text}</legend>
      <div class="options">
        ${set.options.map(
          (o, i) => html`<label>
            <input
              type="radio"
              name="${def.id}-${item.id}"
              value=${String(o.value)}
              data-field=${i === 0 ? key : nothing}
              aria-invalid=${error ? 'true' : 'false'}
              .checked=${live(value === o.value)}
              @change=${() => this.#answer(def, item, o.value)}
            />${o.label}
          </label>`,
        )}
      </div>
      <p class="error" id=${errorId} aria-live="polite">${error}</p>
    </fieldset>`;
  }

  #scoreWords(def: InstrumentDefinition, s: InstrumentScore): string {
    if (!s.complete) {
      return msg(str`${def.shortTitle}: ${s.answered} of ${s.itemCount} answered`);
    }
    const band = s.bandLabel ? ` — ${s.bandLabel}` : '';
    return msg(str`${def.shortTitle} total: ${s.total} of ${s.max}${band}`);
  }

  #scoreDetails(def: InstrumentDefinition, s: InstrumentScore): TemplateResult {
    const rule = def.scoring;
    const screen =
      s.positive === undefined
        ? undefined
        : s.positive
          ? (rule.cutoff ?? rule.contextCutoff)?.positiveLabel
          : (rule.cutoff ?? rule.contextCutoff)?.negativeLabel;
    const lines = [...(screen ? [screen] : []), ...(s.notes ?? [])];
    const subs = rule.subscales ?? [];
    return html`${lines.length ? html`<ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>` : nothing}
    ${subs.length && s.subscores
      ? html`<ul>
          ${subs.map((sub) => html`<li>${sub.label}: ${s.subscores![sub.id]}</li>`)}
        </ul>`
      : nothing}`;
  }

  #recordedWords(a: Administration): string {
    const band = a.score.bandLabel ? ` — ${a.score.bandLabel}` : '';
    const flag = a.critical.length ? ` · ${a.critical.map((c) => c.message).join(' · ')}` : '';
    return msg(str`${a.score.total} of ${a.score.max}${band}${flag}`);
  }

  /**
   * The critical-item alert: for answers being given now, or else for the latest recorded
   * administration. It never depends on the total.
   */
  #criticalAlert(
    ctx: PlanContextValue,
    def: InstrumentDefinition,
    now: CriticalFinding[],
    last: Administration | undefined,
  ): TemplateResult | typeof nothing {
    const findings = now.length ? now : (last?.critical ?? []);
    if (!findings.length) return nothing;
    const when = !now.length && last ? ` (${msg(str`recorded ${this.#date(last.date)}`)})` : '';
    return html`<div class="critical" part="critical-alert" role="alert">
      ${findings.map((f) => {
        const n = def.items.findIndex((i) => i.id === f.itemId) + 1;
        return ctx.mode === 'client'
          ? html`<p>
              ${msg(
                'You told us you have had thoughts that you would be better off dead or of hurting yourself. Please tell your clinician today. If you might act on these thoughts now, call your local emergency number.',
              )}
            </p>`
          : html`<p>${f.message}${when}. ${msg(str`${def.shortTitle} question ${n}: answer ${f.value}.`)}</p>`;
      })}
    </div>`;
  }

  #followUpOffer(def: InstrumentDefinition, s: InstrumentScore): TemplateResult | typeof nothing {
    const next = def.followUp ? instrumentRegistry.get(def.followUp) : undefined;
    if (!next || !s.complete) return nothing;
    const shown = this.#instrumentList().defs.includes(next);
    const hasCutoff = def.scoring.cutoff || def.scoring.contextCutoff;
    if (hasCutoff && !s.positive) return nothing;
    const text = hasCutoff
      ? msg(str`The ${def.shortTitle} screen is positive. The full ${next.shortTitle} measures severity.`)
      : msg(str`The full ${next.shortTitle} measures severity in more detail.`);
    return html`<div class="offer" role="status">
      <p>${text}</p>
      ${shown
        ? html`<p>${msg(str`The ${next.shortTitle} is below.`)}</p>`
        : html`<button type="button" @click=${() => this.#offerFollowUp(next.id)}>
            ${msg(str`Add the ${next.shortTitle}`)}
          </button>`}
    </div>`;
  }

  // ------------------------------------------------------------------ read-only

  #renderReadonly(plan: TreatmentPlan): TemplateResult {
    const { defs } = this.#instrumentList();
    const completed = plan.assessment.completedAt;
    return html`
      <h2>${msg('Assessment')}</h2>
      <p class="intro">
        ${completed
          ? msg(str`Completed on ${this.#date(completed)}.`)
          : msg('Not completed yet. This is what has been entered so far.')}
      </p>
      ${this.#sectionList().map(
        (s) => html`<section part="section" aria-labelledby="ro-${s}">
          <h3 id="ro-${s}">${this.#sectionTitle(s)}</h3>
          ${this.#readonlySection(plan, s)}
        </section>`,
      )}
      ${defs.map((def) => this.#readonlyInstrument(plan, def))}
    `;
  }

  #readonlySection(plan: TreatmentPlan, s: Section): TemplateResult {
    const data = plan.assessment.intake[s] as Record<string, unknown>;
    const words = this.#valueWords();
    // Enumerated answers read as words; free text is shown as typed.
    const word = (k: string, v: string) => (ENUM_FIELDS.has(k) ? (words[v] ?? v) : v);
    const entries: [string, string][] = [];
    for (const [k, v] of Object.entries(data)) {
      if (isEmpty(v)) continue;
      if (typeof v === 'string') entries.push([this.#readonlyLabel(k), word(k, v)]);
      else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
        entries.push([this.#readonlyLabel(k), v.map((x) => words[x] ?? x).join(', ')]);
      } else if (Array.isArray(v)) {
        const text = (v as Record<string, unknown>[])
          .map((x) =>
            Object.entries(x)
              .filter(([kk]) => kk !== 'id')
              .map(([kk, vv], i) => (i === 0 ? word(kk, String(vv)) : `${this.#readonlyLabel(kk)}: ${word(kk, String(vv))}`))
              .join(' · '),
          )
          .join('\n');
        entries.push([this.#readonlyLabel(k), text]);
      }
    }
    if (!entries.length) return html`<p class="unanswered">${msg('Nothing entered.')}</p>`;
    return html`<dl>${entries.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
  }

  /** Words for every enumerated intake answer, as the read-only view shows them. */
  #valueWords(): Record<string, string> {
    return {
      ...this.#areaLabels(),
      'strong-physical-symptoms': msg('Strong physical symptoms'),
      'difficulty-making-sense': msg('Difficulty making sense of what happened'),
      introverted: msg('More introverted'),
      'in-between': msg('In between'),
      extroverted: msg('More extroverted'),
      structured: msg('Structured'),
      balanced: msg('A mix of structured and open-ended'),
      exploratory: msg('Open-ended, exploratory'),
      'in-person': msg('In person'),
      telehealth: msg('Telehealth'),
      either: msg('In person or telehealth'),
      yes: msg('Yes'),
      no: msg('No'),
      'prefer-not-to-say': msg('Would rather not say'),
      helpful: msg('Helpful'),
      'partly-helpful': msg('Partly helpful'),
      unhelpful: msg('Not helpful'),
      unknown: msg('Hard to say'),
      strong: msg('Can count on them a lot'),
      moderate: msg('Can count on them somewhat'),
      weak: msg('Can count on them a little'),
    };
  }

  #areaLabels(): Record<ConcernArea, string> {
    return {
      depression: msg('Depression'),
      'generalized-anxiety': msg('Generalized anxiety'),
      panic: msg('Panic'),
      'specific-phobia': msg('Specific phobia'),
      'social-anxiety': msg('Social anxiety'),
      ptsd: msg('PTSD'),
      'complex-trauma': msg('Complex trauma'),
      'substance-use': msg('Substance use'),
      neurodivergence: msg('Neurodivergence'),
      sleep: msg('Sleep'),
      grief: msg('Grief'),
      relationships: msg('Relationships'),
      stress: msg('Stress'),
    };
  }

  #readonlyLabel(key: string): string {
    const labels: Record<string, string> = {
      inOwnWords: msg('In their own words'),
      hopesToChange: msg('Hopes to change'),
      areas: msg('Areas of concern'),
      traumaFeatures: msg('Features of the trauma presentation'),
      physical: msg('Physical health'),
      mental: msg('Mental health'),
      emotional: msg('Emotional health'),
      pastTreatments: msg('Past treatment'),
      socialEnergy: msg('Social energy'),
      traits: msg('Traits'),
      cognitiveStyle: msg('Cognitive style'),
      copingThatWorks: msg('Coping that works'),
      copingThatDoesNot: msg('Coping that does not work'),
      familyHistory: msg('Family history'),
      conditions: msg('Health conditions'),
      medications: msg('Medicines'),
      geneticNotes: msg('Genetic predispositions'),
      culturalBackground: msg('Cultural background'),
      culturalValues: msg('What matters in it'),
      familyDynamics: msg('Family dynamics'),
      supportSystem: msg('Support system'),
      lifeEvents: msg('Recent life events'),
      structure: msg('Structure'),
      therapistStyle: msg('Therapist style'),
      format: msg('Format'),
      language: msg('Language'),
      scheduling: msg('Scheduling'),
      uses: msg('Uses substances'),
      substances: msg('Substances'),
      frequency: msg('Frequency'),
      lastUse: msg('Last use'),
      triggers: msg('Triggers'),
      previousAttempts: msg('Previous attempts to stop'),
      sensory: msg('Sensory'),
      communication: msg('Communication'),
      processing: msg('Processing'),
      accessibility: msg('Accessibility'),
      text: msg('Strengths'),
      when: msg('When'),
      helped: msg('What helped'),
      didNotHelp: msg('What did not help'),
      outcome: msg('Overall'),
      strength: msg('Support'),
      note: msg('Notes'),
      date: msg('Date'),
    };
    return labels[key] ?? key;
  }

  #readonlyInstrument(plan: TreatmentPlan, def: InstrumentDefinition): TemplateResult {
    const past = plan.assessment.administrations.filter((a) => a.instrumentId === def.id);
    const last = past.at(-1);
    const titleId = `ro-i-${def.id}`;
    return html`<section part="instrument" aria-labelledby=${titleId}>
      <h3 id=${titleId}>${def.title}</h3>
      ${last
        ? html`<div class="score" part="score">
              <p class="total">${this.#date(last.date)}: ${this.#recordedWords(last)}</p>
              ${this.#scoreDetails(def, last.score)}
            </div>
            ${last.critical.length
              ? html`<div class="critical" part="critical-alert" role="alert">
                  ${last.critical.map((f) => html`<p>${f.message}</p>`)}
                </div>`
              : nothing}
            <dl>
              ${def.items.map((item, n) => {
                const v = last.answers[item.id];
                const label = def.optionSets.find((s) => s.id === item.optionSet)!.options.find((o) => o.value === v)?.label;
                return html`<dt>${n + 1}. ${item.text}</dt>
                  <dd>${label ? `${label} (${v})` : html`<span class="unanswered">${msg('Not answered')}</span>`}</dd>`;
              })}
            </dl>
            ${past.length > 1
              ? html`<h4>${msg('Earlier results')}</h4>
                  <ul class="history">
                    ${past.slice(0, -1).map((a) => html`<li>${this.#date(a.date)}: ${this.#recordedWords(a)}</li>`)}
                  </ul>`
              : nothing}`
        : html`<p class="unanswered">${msg('Not given yet.')}</p>`}
      <p class="licence">${def.licence}</p>
    </section>`;
  }

  #date(iso: string): string {
    const locale = this.ctx?.locale ?? 'en';
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
  }
}
