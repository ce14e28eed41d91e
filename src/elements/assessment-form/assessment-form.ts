import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import * as z from 'zod/mini';
import {
  findCritical,
  instrumentRegistry,
  isAsked,
  scoreAdministration,
  type InstrumentDefinition,
  type InstrumentItem,
} from '../../clinical/instruments/index.js';
import type { PlanContextValue } from '../../context/plan-context.js';
import { describeIssues } from '../../model/errors.js';
import {
  ConcernAreaSchema,
  IntakeSchema,
  TraumaFeatureSchema,
  type Administration,
  type InstrumentDraft,
  type InstrumentScore,
  type Intake,
  type TreatmentPlan,
} from '../../model/plan.js';
import { INTAKE_SECTIONS } from '../../plan/commands/intake.js';
import type { IntakeListName } from '../../plan/commands/assessment.js';
import type { PlanCommand } from '../../plan/reducer.js';
import { baseStyles } from '../../themes/base.styles.js';
import { TextInputController, type TextEdit } from '../controllers/text-input.js';
import { PlanElement } from '../plan-element.js';
import { styles } from './assessment-form.styles.js';
import { clientRiskWords } from '../../i18n/safety-words.js';
import { riskFollowUp, safetyPlanEditor, withdrawnNote, type SafetyPlanActions } from './safety-plan.js';

type Section = keyof Intake;
type Entry = { id: string } & Record<string, unknown>;
type Choices = [value: string, label: string][];
/** A field of a list entry: `text`, `long` (textarea), `date`, or the choices of a select. */
type EntryField = [key: string, label: string, kind: 'text' | 'long' | 'date' | Choices, required?: boolean];

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

/** Intake fields whose values are ids from a fixed list (shown as words when read-only). */
const ENUM_FIELDS = new Set(['socialEnergy', 'structure', 'format', 'uses', 'outcome', 'strength']);

const ALL_SECTIONS = 'concerns history profile biological social preferences substance-use accommodations strengths';

/** Each repeatable list: the section it lives in and the field an entry cannot be saved without. */
const LISTS: Record<IntakeListName, [Section, string]> = {
  pastTreatments: ['history', 'approach'],
  supportSystem: ['social', 'who'],
  lifeEvents: ['social', 'description'],
};

interface Problem {
  /** `data-field` of the control to focus. */
  key: string;
  message: string;
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

const listItems = (intake: Intake, list: IntakeListName) =>
  (intake[LISTS[list][0]] as unknown as Record<IntakeListName, Entry[]>)[list];

/** Indexes of the scored items asked so far that have no answer yet. */
const unanswered = (def: InstrumentDefinition, draft: InstrumentDraft | undefined) =>
  def.items.flatMap((item, n) =>
    item.scored !== false && isAsked(item, draft?.answers ?? {}) && typeof draft?.answers[item.id] !== 'number' ? [n] : [],
  );

const optionsOf = (def: InstrumentDefinition, item: InstrumentItem) =>
  def.optionSets.find((s) => s.id === item.optionSet)!.options;

const pastOf = (plan: TreatmentPlan, def: InstrumentDefinition) =>
  plan.assessment.administrations.filter((a) => a.instrumentId === def.id);

// ------------------------------------------------------------------ words

/** Title and plain explanation of each intake section. */
const sectionText = (s: Section): [string, string] =>
  (({
    concerns: [
      msg('What brings you here'),
      msg('In your own words: what is troubling you, and what you hope will change.'),
    ],
    history: [
      msg('Health history'),
      msg('Your physical, mental and emotional health so far, and any help you have tried before: what helped and what did not.'),
    ],
    profile: [
      msg('How you think and cope'),
      msg('How you tend to recharge, think things through and cope. There are no right or wrong answers.'),
    ],
    biological: [
      msg('Family and physical health'),
      msg('Mental health conditions in your family, your own health conditions, and any medicines you take.'),
    ],
    social: [
      msg('Background and people around you'),
      msg('Your background and what matters in it, your family, the people you can count on, and big events lately.'),
    ],
    preferences: [
      msg('How you would like therapy to work'),
      msg('What kind of sessions would suit you, so the plan fits your life.'),
    ],
    substanceUse: [
      msg('Alcohol and other substances'),
      msg('This helps plan care that fits. Answer only what you are comfortable sharing.'),
    ],
    accommodations: [
      msg('Accommodations'),
      msg('Anything that would make sessions easier: sensory, communication, processing or access needs.'),
    ],
    strengths: [
      msg('Strengths'),
      msg('What you are good at and what you can lean on. These are part of the plan too.'),
    ],
  }) as Record<Section, [string, string]>)[s];

/** Words for every enumerated intake answer (concern areas included). */
const valueWords = (): Record<string, string> => ({
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
});

/** Field names as the read-only view shows them. */
const fieldLabel = (key: string): string =>
  ({
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
  })[key] ?? key;

/** The problem shown when a list entry lacks its required field. */
const entryProblem = (list: IntakeListName): string =>
  ({
    pastTreatments: msg('Name the treatment or approach (for example "group therapy"), or remove this entry.'),
    supportSystem: msg('Say who this person is, or remove this entry.'),
    lifeEvents: msg('Describe what happened, or remove this entry.'),
  })[list];

/** Heading, add-button text, legend of entry `n` and the fields of each repeatable list. */
const listText = (list: IntakeListName, n: number): [string, string, string, EntryField[]] => {
  const words = valueWords();
  switch (list) {
    case 'pastTreatments':
      return [
        msg('Help you have tried before'),
        msg('Add a past treatment'),
        msg(str`Past treatment ${n + 1}`),
        [
          ['approach', msg('Treatment or approach'), 'text', true],
          ['when', msg('When'), 'text'],
          ['helped', msg('What helped'), 'long'],
          ['didNotHelp', msg('What did not help'), 'long'],
          ['outcome', msg('Overall, was it helpful?'), ['helpful', 'partly-helpful', 'unhelpful', 'unknown'].map((v) => [v, words[v]!])],
        ],
      ];
    case 'supportSystem':
      return [
        msg('People you can count on'),
        msg('Add a person'),
        msg(str`Person ${n + 1}`),
        [
          ['who', msg('Who'), 'text', true],
          [
            'strength',
            msg('How much can you count on them?'),
            [
              ['strong', msg('A lot')],
              ['moderate', msg('Somewhat')],
              ['weak', msg('A little')],
            ],
          ],
          ['note', msg('Notes'), 'long'],
        ],
      ];
    case 'lifeEvents':
      return [
        msg('Recent significant life events'),
        msg('Add a life event'),
        msg(str`Life event ${n + 1}`),
        [
          ['description', msg('What happened'), 'long', true],
          ['date', msg('When (date)'), 'date'],
        ],
      ];
  }
};

const band = (s: InstrumentScore) => (s.bandLabel ? ` — ${s.bandLabel}` : '');

/** A screen's result in the instrument's own words ("Positive screen — give the full GAD-7"), when it has a cut-off. */
const screenWords = ({ scoring }: InstrumentDefinition, s: InstrumentScore): string =>
  s.positive === undefined ? '' : ((scoring.cutoff ?? scoring.contextCutoff)?.[s.positive ? 'positiveLabel' : 'negativeLabel'] ?? '');

/** The total, its band and, for a screen, the result in words beside it. */
const scoreWords = (def: InstrumentDefinition, s: InstrumentScore): string => {
  if (!s.complete) return msg(str`${def.shortTitle}: ${s.answered} of ${s.itemCount} answered`);
  const screen = screenWords(def, s);
  return `${msg(str`${def.shortTitle} total: ${s.total} of ${s.max}${band(s)}`)}${screen ? ` — ${screen}` : ''}`;
};

const recordedWords = (a: Administration): string => {
  const s = a.score;
  const critical = a.critical.length ? ` · ${a.critical.map((c) => c.message).join(' · ')}` : '';
  // A partial sum is never shown as if it were a total (a host or an import may record one).
  return s.complete
    ? msg(str`${s.total} of ${s.max}${band(s)}${critical}`)
    : msg(str`Incomplete: ${s.answered} of ${s.itemCount} answered, partial sum ${s.total} (not a total score)${critical}`);
};

// ------------------------------------------------------------------ small templates

const list = (items: unknown[]) => html`<ul>${items.map((l) => html`<li>${l}</li>`)}</ul>`;

/** Screening result, the rule's notes and any subscale totals. */
const scoreDetails = ({ scoring }: InstrumentDefinition, s: InstrumentScore) => {
  // The screen result itself is said beside the total (scoreWords).
  const lines = [...(s.notes ?? [])];
  const subs = scoring.subscales ?? [];
  return [
    lines.length ? list(lines) : nothing,
    subs.length && s.subscores ? list(subs.map((sub) => html`${sub.label}: ${s.subscores![sub.id]}`)) : nothing,
  ];
};

const alertBox = (content: unknown) => html`<div class="critical" part="critical-alert" role="alert">${content}</div>`;

const box = (part: string, id: string, title: string, body: unknown) =>
  html`<section part=${part} aria-labelledby=${id}><h3 id=${id}>${title}</h3>${body}</section>`;

const group = (legend: unknown, options: unknown) =>
  html`<fieldset><legend>${legend}</legend><div class="options">${options}</div></fieldset>`;

/** One radio or checkbox with its label; `field` marks the first of a group for focus. */
const option = (
  label: unknown,
  checked: boolean,
  onChange: (e: Event) => void,
  type = 'radio',
  name?: string,
  value?: string,
  field?: string,
  invalid?: string,
) =>
  html`<label><input type=${type} name=${name ?? nothing} value=${value ?? nothing} data-field=${field ?? nothing}
    aria-invalid=${invalid ?? nothing} .checked=${live(checked)} @change=${onChange} />${label}</label>`;

/** Enumerated answers read as words; free text is shown as typed. */
const readonlySection = (data: Record<string, unknown>) => {
  const words = valueWords();
  const word = (k: string, v: string) => (ENUM_FIELDS.has(k) ? (words[v] ?? v) : v);
  const rows: TemplateResult[] = [];
  for (const [k, v] of Object.entries(data)) {
    if (isEmpty(v)) continue;
    const text =
      typeof v === 'string'
        ? word(k, v)
        : !Array.isArray(v)
          ? undefined
          : v.every((x) => typeof x === 'string')
            ? v.map((x) => words[x] ?? x).join(', ')
            : (v as Record<string, unknown>[])
                .map((x) =>
                  Object.entries(x)
                    .filter(([kk]) => kk !== 'id')
                    .map(([kk, vv], i) => (i ? `${fieldLabel(kk)}: ` : '') + word(kk, String(vv)))
                    .join(' · '),
                )
                .join('\n');
    if (text !== undefined) rows.push(html`<dt>${fieldLabel(k)}</dt><dd>${text}</dd>`);
  }
  return rows.length ? html`<dl>${rows}</dl>` : html`<p class="unanswered">${msg('Nothing entered.')}</p>`;
};

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
 *
 * @tagname assessment-form
 * @summary Intake sections and scored instruments (PHQ-9, GAD-7, PHQ-2, GAD-2, PCL-5, AUDIT-C, ASQ).
 *
 * @fires input - Native: every edit (typing, choosing an answer).
 * @fires change - Native: a committed edit (leaving a text field, choosing an answer, recording a score).
 *
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
   * Instruments to show, space-separated ids: `phq9 gad7 phq2 gad2 pcl5 auditc asq` or the id of an
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
    let data: AssessmentPrefill | undefined;
    let error: string | undefined;
    if (value !== undefined && value !== null) {
      const parsed = AssessmentPrefillSchema.safeParse(value);
      if (parsed.success) data = parsed.data as AssessmentPrefill;
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
  @state() private announcement = '';
  @state() private formDisabled = false;

  #internals: ElementInternals;
  #prefill: AssessmentPrefill | undefined;
  #prefillApplied: string | undefined;
  #unsubscribeRegistry: (() => void) | undefined;
  #reportedTokens = new Set<string>();
  /** Text fields: every keystroke into the plan, one undo step per burst. The form fires its own `input`. */
  #text = new TextInputController(this, { relayInput: false });

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
      for (const section of INTAKE_SECTIONS) {
        const given = this.#prefill.intake?.[section] as Record<string, unknown> | undefined;
        const current = plan.assessment.intake[section] as Record<string, unknown>;
        const values: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(given ?? {})) if (isEmpty(current[k]) && !isEmpty(v)) values[k] = v;
        if (Object.keys(values).length) this.dispatch({ type: 'intake/update', section, values });
      }
    }
    this.#internals.setFormValue(this.value);
    const first = this.plan && !this.#readonly ? this.#problems(this.plan)[0] : undefined;
    const anchor = first && this.#control(first.key);
    if (anchor) this.#internals.setValidity({ valueMissing: true }, first!.message, anchor);
    else this.#internals.setValidity({});
  }

  // ------------------------------------------------------------------ what is shown

  #sectionList(): Section[] {
    const out: Section[] = [];
    for (const token of this.sections.split(/\s+/).filter(Boolean)) {
      const s = (token === 'substance-use' ? 'substanceUse' : token) as Section;
      if (!INTAKE_SECTIONS.includes(s)) this.#reportToken('sections', token);
      else if (!out.includes(s)) out.push(s);
    }
    return out;
  }

  #instrumentList(): { defs: InstrumentDefinition[]; unknown: string[] } {
    const defs: InstrumentDefinition[] = [];
    const unknown: string[] = [];
    for (const id of [...this.instruments.split(/\s+/).filter(Boolean), ...this.followUps]) {
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
    const need = (key: string, message: string) => out.push({ key, message });
    const intake = plan.assessment.intake;
    const sections = this.#sectionList();
    if (sections.includes('concerns') && isEmpty(intake.concerns.inOwnWords)) {
      need('concerns.inOwnWords', msg('Describe what brings you here, in your own words. A sentence or two is enough.'));
    }
    for (const l in LISTS) {
      const list = l as IntakeListName;
      const [section, key] = LISTS[list];
      if (sections.includes(section)) {
        for (const e of listItems(intake, list)) if (isEmpty(e[key])) need(`${list}:${e.id}:${key}`, entryProblem(list));
      }
    }
    if (sections.includes('substanceUse') && intake.substanceUse.uses === 'yes' && isEmpty(intake.substanceUse.substances)) {
      need('substanceUse.substances', msg('List the substances used, or change the answer above to "No".'));
    }
    for (const def of this.#instrumentList().defs) out.push(...this.#instrumentProblems(plan, def));
    return out;
  }

  /** An instrument needs every scored item when it was never recorded or has been started again. */
  #instrumentProblems(plan: TreatmentPlan, def: InstrumentDefinition): Problem[] {
    const draft = plan.assessment.inProgress?.[def.id];
    const started = draft && Object.keys(draft.answers).length > 0;
    if (pastOf(plan, def).length && !started && !this.submittedInstruments.has(def.id)) return [];
    return unanswered(def, draft).map((n) => ({
      key: `${def.id}:${def.items[n]!.id}`,
      message: msg(str`${def.shortTitle} question ${n + 1} has no answer. Choose the option that fits best.`),
    }));
  }

  #visibleProblem(problems: Problem[], key: string, instrumentId?: string): string {
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
    this.dispatch(command);
    if (touch) this.#touch(touch);
    this.emitInput();
    if (change) this.emitChange();
  }

  /** Sends a keystroke's edit: `input` while typing, `change` once the field is committed. */
  #type(command: PlanCommand, edit: TextEdit): boolean {
    const accepted = this.dispatch(command, { coalesce: edit.coalesce }).ok;
    if (edit.final) this.emitChange();
    else this.emitInput();
    return accepted;
  }

  async #addListItem(list: IntakeListName): Promise<void> {
    const id = crypto.randomUUID();
    this.#edit({ type: 'intake/add-item', list, id });
    await this.updateComplete;
    this.#control(`${list}:${id}:${LISTS[list][1]}`)?.focus();
  }

  async #removeListItem(list: IntakeListName, itemId: string): Promise<void> {
    this.#edit({ type: 'intake/remove-item', list, itemId });
    this.announcement = msg('Entry removed.');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-add="${list}"]`)?.focus();
  }

  /** Records the instrument when every item is answered; otherwise shows what is missing. */
  async #record(def: InstrumentDefinition): Promise<boolean> {
    const draft = this.plan!.assessment.inProgress?.[def.id];
    const missing = unanswered(def, draft);
    if (missing.length || !draft) {
      this.submittedInstruments = new Set([...this.submittedInstruments, def.id]);
      this.announcement =
        missing.length === 1
          ? msg(str`${def.shortTitle}: one question still needs an answer.`)
          : msg(str`${def.shortTitle}: ${missing.length} questions still need an answer.`);
      await this.updateComplete;
      if (missing.length) this.#control(`${def.id}:${def.items[missing[0]!]!.id}`)?.focus();
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
    this.announcement = msg(str`${def.shortTitle} recorded: ${s.total} of ${s.max}${band(s)}.`);
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
    this.announcement = msg('Assessment completed.');
    this.emitChange();
  }

  /** The safety plan's edits: each one a command; typing sends `input`, structure changes `input` + `change`. */
  #safety: SafetyPlanActions = {
    addPlan: async () => {
      this.#edit({ type: 'safety/add-plan' });
      this.announcement = msg('Safety plan added. Start with the warning signs.');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-add-step="warningSigns"]')?.focus();
    },
    addLine: async (step) => {
      const id = crypto.randomUUID();
      this.#edit({ type: 'safety/add-line', step, id });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[data-line="${id}"]`)?.focus();
    },
    editLine: (step, lineId, text) => this.#edit({ type: 'safety/update-line', step, lineId, text }, false),
    removeLine: async (step, lineId) => {
      this.#edit({ type: 'safety/remove-line', step, lineId });
      this.announcement = msg('Line removed.');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[data-add-step="${step}"]`)?.focus();
    },
    screenWithAsq: () => this.#offerFollowUp('asq'),
  };

  #offerFollowUp(id: string): void {
    if (!this.followUps.includes(id)) this.followUps = [...this.followUps, id];
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-instrument="${CSS.escape(id)}"] input`)?.focus(),
    );
  }

  // ------------------------------------------------------------------ rendering

  /** @internal The form shows the assessment, and with a risk answer the safety plan and withdrawn risk flags (timeline). */
  protected override planParts(plan: TreatmentPlan): readonly unknown[] {
    return [plan.id, plan.assessment, plan.safetyPlan, plan.timeline];
  }

  protected override renderPlan(ctx: PlanContextValue): TemplateResult {
    const plan = ctx.plan;
    if (this.#readonly) return this.#renderReadonly(plan);
    const problems = this.#problems(plan);
    const sections = this.#sectionList();
    const { defs, unknown } = this.#instrumentList();
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
      ${sections.map((s) => {
        const [title, explanation] = sectionText(s);
        return box('section', `section-${s}`, title, [
          html`<p class="explain">${explanation}</p>`,
          this.#sectionFields(plan.assessment.intake, s, problems),
        ]);
      })}
      ${unknown.map(
        (id) => html`<p class="summary" role="status">${msg(str`The instrument "${id}" is not available on this page.`)}</p>`,
      )}
      ${defs.map((d) => this.#renderInstrument(ctx, d, defs, problems))}
      ${plan.safetyPlan ? safetyPlanEditor(plan.safetyPlan, ctx.mode, this.#safety) : nothing}
      <div class="summary" part="error-summary" role="alert">${showSummary ? this.announcement : nothing}</div>
      ${completed && !problems.length
        ? html`<p class="done" role="status">${msg(str`Assessment completed on ${this.#date(completed)}.`)}</p>`
        : nothing}
      <div class="actions">
        <button type="button" class="primary" part="complete-button" @click=${this.#complete}>
          ${msg('Complete assessment')}
        </button>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${showSummary ? '' : this.announcement}</p>
    `;
  }

  #sectionFields(intake: Intake, s: Section, problems: Problem[]): unknown {
    const data = intake[s] as Record<string, unknown>;
    const update = (key: string, v: unknown): PlanCommand => ({ type: 'intake/update', section: s, values: { [key]: isEmpty(v) ? undefined : v } });
    const set = (key: string, v: string, change?: boolean, touch?: string) => this.#edit(update(key, v), change, touch);
    const t = (key: string, label: string, long = true, required?: boolean, hint?: string) =>
      this.#field(`f-${s}-${key}`, `${s}.${key}`, label, long ? 'long' : 'text', data[key], problems, (v, e) => this.#type(update(key, v), e), required, hint);
    const choice = (key: string, legend: string, choices: Choices) =>
      group(
        legend,
        choices.map(([v, label], n) =>
          option(label, data[key] === v, () => set(key, v, true, `${s}.${key}`), 'radio', `${s}-${key}`, v, n ? undefined : `${s}.${key}`),
        ),
      );
    switch (s) {
      case 'concerns':
        return [
          t('inOwnWords', msg('In your own words, what brings you here?'), true, true),
          t('hopesToChange', msg('What do you hope will change?')),
          this.mode === 'clinician' ? this.#concernAreas(intake.concerns) : nothing,
        ];
      case 'history':
        return [
          t('physical', msg('Physical health')),
          t('mental', msg('Mental health')),
          t('emotional', msg('Emotional health')),
          this.#list(intake, 'pastTreatments', problems),
        ];
      case 'profile':
        return [
          choice('socialEnergy', msg('After time with other people, do you usually feel…'), [
            ['introverted', msg('Drained: I recharge alone (more introverted)')],
            ['in-between', msg('Somewhere in between')],
            ['extroverted', msg('Energized: I recharge with others (more extroverted)')],
          ]),
          t('traits', msg('How would you describe yourself?')),
          t(
            'cognitiveStyle',
            msg('How do you usually think problems through?'),
            true,
            false,
            msg('For example: step by step, by talking it over, by writing, by picturing it.'),
          ),
          t('copingThatWorks', msg('Ways of coping that work for you')),
          t('copingThatDoesNot', msg('Ways of coping that do not work, or make things worse')),
        ];
      case 'biological':
        return [
          t('familyHistory', msg('Mental health conditions in your family')),
          t('conditions', msg('Your current health conditions and their treatment')),
          t('medications', msg('Medicines you take now')),
          t('geneticNotes', msg('Anything known to run in your family (genetic predispositions)')),
        ];
      case 'social':
        return [
          t('culturalBackground', msg('Your cultural background')),
          t('culturalValues', msg('What matters to you in it (beliefs, traditions, community)')),
          t('familyDynamics', msg('How things are in your family')),
          this.#list(intake, 'supportSystem', problems),
          this.#list(intake, 'lifeEvents', problems),
        ];
      case 'preferences':
        return [
          choice('structure', msg('Would you prefer sessions that are…'), [
            ['structured', msg('Structured, with clear steps and homework')],
            ['balanced', msg('A mix of both')],
            ['exploratory', msg('Open-ended, exploring what comes up')],
          ]),
          t('therapistStyle', msg('What would you like your therapist to be like?')),
          choice('format', msg('How would you like to meet?'), [
            ['in-person', msg('In person')],
            ['telehealth', msg('By video or phone (telehealth)')],
            ['either', msg('Either is fine')],
          ]),
          t('language', msg('Language you prefer for sessions'), false),
          t('scheduling', msg('Times that work or do not work for you')),
        ];
      case 'substanceUse':
        return [
          choice('uses', msg('Do you use alcohol, drugs or other substances?'), [
            ['yes', msg('Yes')],
            ['no', msg('No')],
            ['prefer-not-to-say', msg('I would rather not say')],
          ]),
          intake.substanceUse.uses === 'yes'
            ? [
                t('substances', msg('Which substances?'), true, true),
                t('frequency', msg('How often, and how much?')),
                t('lastUse', msg('When did you last use?'), false),
                t('triggers', msg('What tends to set off using?')),
                t('previousAttempts', msg('Have you tried to cut down or stop before? What happened?')),
              ]
            : nothing,
        ];
      case 'accommodations':
        return [
          t('sensory', msg('Sensory needs (light, sound, touch, smell)')),
          t('communication', msg('Communication needs (how you prefer to talk, write or get information)')),
          t('processing', msg('Processing needs (time to think, written summaries, breaks)')),
          t('accessibility', msg('Access needs (mobility, vision, hearing, other)')),
        ];
      case 'strengths':
        return t('text', msg('What are you good at? What or who can you lean on?'));
    }
  }

  /** A labelled text box (`long`: a textarea); `key` is its problem key and `data-field`. */
  #field(
    id: string,
    key: string,
    label: string,
    kind: string,
    value: unknown,
    problems: Problem[],
    onInput: (value: string, edit: TextEdit) => boolean,
    required?: boolean,
    hint?: string,
  ): TemplateResult {
    const error = this.#visibleProblem(problems, key);
    const invalid = error ? 'true' : 'false';
    const describedBy = `${hint ? `${id}-hint ` : ''}${id}-error`;
    const text = live(this.#text.text(key, (value as string | undefined) ?? ''));
    const input = this.#text.handler(key, (e) => onInput(e.text, e));
    const blur = () => this.#touch(key);
    return html`<div class="field">
      <label for=${id}>${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${kind === 'long'
        ? html`<textarea id=${id} maxlength="20000" data-field=${key} ?required=${required} aria-invalid=${invalid}
            aria-describedby=${describedBy} .value=${text} @input=${input} @change=${input} @blur=${blur}></textarea>`
        : html`<input type=${kind} id=${id} maxlength=${kind === 'text' ? '500' : nothing} data-field=${key}
            ?required=${required} aria-invalid=${invalid} aria-describedby=${describedBy} .value=${text}
            @input=${input} @change=${input} @blur=${blur} />`}
      <p class="error" id="${id}-error" aria-live="polite">${error}</p>
    </div>`;
  }

  #concernAreas({ areas, traumaFeatures }: Intake['concerns']): unknown {
    const words = valueWords();
    const check = (key: 'areas' | 'traumaFeatures', chosen: string[], v: string) =>
      option(words[v]!, chosen.includes(v), (e) => {
        const rest = (this.plan!.assessment.intake.concerns[key] as string[]).filter((x) => x !== v);
        this.#edit({
          type: 'intake/update',
          section: 'concerns',
          values: { [key]: (e.target as HTMLInputElement).checked ? [...rest, v] : rest },
        });
      }, 'checkbox');
    return [
      group(msg('Areas of concern (clinician)'), ConcernAreaSchema.options.map((a) => check('areas', areas, a))),
      areas.includes('ptsd') || areas.includes('complex-trauma')
        ? group(
            msg('Features of the trauma presentation'),
            TraumaFeatureSchema.options.map((f) => check('traumaFeatures', traumaFeatures, f)),
          )
        : nothing,
    ];
  }

  #list(intake: Intake, list: IntakeListName, problems: Problem[]): TemplateResult {
    const [title, add] = listText(list, 0);
    const headingId = `list-${list}`;
    return html`<div role="group" aria-labelledby=${headingId}>
      <h4 id=${headingId}>${title}</h4>
      ${listItems(intake, list).map((item, n) => this.#listEntry(list, item, n, problems))}
      <button type="button" data-add=${list} @click=${() => void this.#addListItem(list)}>${add}</button>
    </div>`;
  }

  #listEntry(list: IntakeListName, item: Entry, n: number, problems: Problem[]): TemplateResult {
    const [, , legend, fields] = listText(list, n);
    const update = (key: string, value: string, required?: boolean): PlanCommand => ({
      type: 'intake/update-item',
      list,
      itemId: item.id,
      fields: { [key]: value === '' && !required ? undefined : value },
    });
    return html`<fieldset class="list-entry">
      <legend>${legend}</legend>
      ${fields.map(([key, label, kind, required]) => {
        const id = `f-${list}-${item.id}-${key}`;
        const value = item[key] as string | undefined;
        return typeof kind === 'string'
          ? this.#field(id, `${list}:${item.id}:${key}`, label, kind, value, problems, (v, e) => this.#type(update(key, v, required), e), required)
          : html`<div class="field">
              <label for=${id}>${label}</label>
              <select id=${id} @change=${(e: Event) => this.#edit(update(key, (e.target as HTMLSelectElement).value))}>
                <option value="" ?selected=${!value}>${msg('Not said')}</option>
                ${kind.map(([v, l]) => html`<option value=${v} ?selected=${value === v}>${l}</option>`)}
              </select>
            </div>`;
      })}
      <button type="button" @click=${() => void this.#removeListItem(list, item.id)}>${msg(str`Remove ${legend.toLowerCase()}`)}</button>
    </fieldset>`;
  }

  // ------------------------------------------------------------------ instruments

  #renderInstrument(ctx: PlanContextValue, def: InstrumentDefinition, defs: InstrumentDefinition[], problems: Problem[]): TemplateResult {
    const draft = ctx.plan.assessment.inProgress?.[def.id];
    const answers = draft?.answers ?? {};
    const context = draft?.context ?? {};
    const score = scoreAdministration(def, answers, context);
    const past = pastOf(ctx.plan, def);
    const last = past.at(-1);
    const now = findCritical(def, answers);
    // The critical-item alert: for answers being given now, or else for the latest recorded
    // administration. It never depends on the total.
    const findings = now.length ? now : (last?.critical ?? []);
    const when = !now.length && last ? ` (${msg(str`recorded ${this.#date(last.date)}`)})` : '';
    const cc = def.scoring.contextCutoff;
    const titleId = `i-${def.id}-title`;
    return html`<section part="instrument" class="instrument" data-instrument=${def.id} aria-labelledby=${titleId}>
      <h3 id=${titleId}>${def.title}</h3>
      <p class="instructions">${def.instructions}</p>
      ${cc
        ? group(
            cc.question,
            [
              ...cc.values.map((v): [string | null, string] => [v.value, v.label]),
              [null, msg('Not given (show both thresholds)')] as [null, string],
            ].map(
              ([v, label]) =>
                option(
                  label,
                  (context[cc.key] ?? null) === v,
                  () => this.#edit({ type: 'assessment/update-instrument-draft', instrumentId: def.id, instrument: def, context: { [cc.key]: v } }),
                  'radio',
                  `${def.id}-context-${cc.key}`,
                ),
            ),
          )
        : nothing}
      ${def.items.map((item, n) => {
        // A conditional item (ASQ question 5) appears once its condition holds.
        if (!isAsked(item, answers)) return nothing;
        const key = `${def.id}:${item.id}`;
        const error = this.#visibleProblem(problems, key, def.id);
        const errorId = `e-${def.id}-${item.id}`;
        return html`<fieldset class="item ${error ? 'invalid' : ''}" aria-describedby=${errorId} @focusout=${(e: FocusEvent) => {
            // Touched when focus leaves the group, not while moving between its own radios.
            if (!(e.relatedTarget instanceof Node && (e.currentTarget as HTMLElement).contains(e.relatedTarget))) this.#touch(key);
          }}>
          <legend>${n + 1}. ${item.text}</legend>
          <div class="options">
            ${optionsOf(def, item).map((o, i) =>
                option(
                  o.label,
                  answers[item.id] === o.value,
                  () =>
                    // With the definition, the reducer records a positive critical answer at once (risk-flag).
                    this.#edit({ type: 'assessment/update-instrument-draft', instrumentId: def.id, instrument: def, answers: { [item.id]: o.value } }, true, key),
                  'radio',
                  `${def.id}-${item.id}`,
                  String(o.value),
                  i ? undefined : key,
                  error ? 'true' : 'false',
                ),
              )}
          </div>
          <p class="error" id=${errorId} aria-live="polite">${error}</p>
        </fieldset>`;
      })}
      <div class="score" part="score" id="i-${def.id}-score">
        <p role="status" aria-live="polite">${scoreWords(def, score)}</p>
        ${score.complete ? scoreDetails(def, score) : nothing}
      </div>
      ${findings.length
        ? alertBox(
            ctx.mode === 'client'
              ? [...new Set(findings.map((f) => clientRiskWords(def, f.itemId, instrumentRegistry.isBuiltin(def.id))))].map((t) => html`<p>${t}</p>`)
              : findings.map(
                  (f) =>
                    html`<p>${f.message}${when}. ${msg(str`${def.shortTitle} question ${def.items.findIndex((i) => i.id === f.itemId) + 1}: answer ${f.value}.`)}</p>`,
                ),
          )
        : nothing}
      ${ctx.mode === 'clinician' ? withdrawnNote(ctx.plan, draft?.administrationId, (iso) => this.#date(iso)) : nothing}
      ${findings.length
        ? riskFollowUp(ctx.plan.safetyPlan, def.id !== 'asq' && instrumentRegistry.has('asq') && !defs.some((d) => d.id === 'asq'), ctx.mode, this.#safety)
        : nothing}
      ${this.#followUpOffer(def, score, defs)}
      <div class="actions">
        <button type="button" @click=${() => void this.#record(def)}>${msg(str`Save ${def.shortTitle} result`)}</button>
      </div>
      ${past.length ? this.#history(msg(str`Earlier ${def.shortTitle} results`), past) : nothing}
      <p class="licence">${def.licence}</p>
    </section>`;
  }

  #followUpOffer(def: InstrumentDefinition, s: InstrumentScore, defs: InstrumentDefinition[]): unknown {
    const next = def.followUp && instrumentRegistry.get(def.followUp);
    const hasCutoff = def.scoring.cutoff || def.scoring.contextCutoff;
    if (!next || !s.complete || (hasCutoff && !s.positive)) return nothing;
    return html`<div class="offer" role="status">
      <p>
        ${hasCutoff
          ? msg(str`The ${def.shortTitle} screen is positive. The full ${next.shortTitle} measures severity.`)
          : msg(str`The full ${next.shortTitle} measures severity in more detail.`)}
      </p>
      ${defs.includes(next)
        ? html`<p>${msg(str`The ${next.shortTitle} is below.`)}</p>`
        : html`<button type="button" @click=${() => this.#offerFollowUp(next.id)}>${msg(str`Add the ${next.shortTitle}`)}</button>`}
    </div>`;
  }

  #history(heading: string, past: Administration[]): TemplateResult {
    return html`<h4>${heading}</h4>
      <ul class="history">
        ${past.map((a) => html`<li>${this.#date(a.date)}: ${recordedWords(a)}</li>`)}
      </ul>`;
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
      ${this.#sectionList().map((s) =>
        box('section', `ro-${s}`, sectionText(s)[0], readonlySection(plan.assessment.intake[s] as Record<string, unknown>)),
      )}
      ${defs.map((def) => {
        const past = pastOf(plan, def);
        const last = past.at(-1);
        return box(
          'instrument',
          `ro-i-${def.id}`,
          def.title,
          html`${last
              ? html`<div class="score" part="score">
                    <p class="total">${this.#date(last.date)}: ${recordedWords(last)}</p>
                    ${scoreDetails(def, last.score)}
                  </div>
                  ${last.critical.length ? alertBox(last.critical.map((f) => html`<p>${f.message}</p>`)) : nothing}
                  <dl>
                    ${def.items.map((item, n) => {
                      const v = last.answers[item.id];
                      const label = optionsOf(def, item).find((o) => o.value === v)?.label;
                      return html`<dt>${n + 1}. ${item.text}</dt>
                        <dd>${label ? `${label} (${v})` : html`<span class="unanswered">${msg('Not answered')}</span>`}</dd>`;
                    })}
                  </dl>
                  ${past.length > 1 ? this.#history(msg('Earlier results'), past.slice(0, -1)) : nothing}`
              : html`<p class="unanswered">${msg('Not given yet.')}</p>`}
            <p class="licence">${def.licence}</p>`,
        );
      })}
    `;
  }

  #date(iso: string): string {
    return new Intl.DateTimeFormat(this.ctx?.locale ?? 'en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
  }
}
