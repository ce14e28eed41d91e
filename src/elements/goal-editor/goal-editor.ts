import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  DEFAULT_GOAL_LIBRARY,
  GAS_LEVELS,
  GOAL_SUGGESTION_PREFIX,
  GOAL_INSTRUMENTS,
  checkObjective,
  instrumentDisplayName,
  instrumentProgress,
  parseGoalLibrary,
  planGasScore,
  suggestGoals,
  type ChecklistItem,
  type GoalLibrary,
  type GoalSuggestion,
  type InstrumentProgress,
  type LibraryProblem,
} from '../../clinical/goals/index.js';
import type { PlanContextValue } from '../../context/plan-context.js';
import { goalStatusWords } from '../../i18n/status-words.js';
import { ruleWords } from '../../i18n/rule-words.js';
import { statusOptions } from '../../plan/rules.js';
import { planErrorWords } from '../../i18n/error-words.js';
import type { PlanError } from '../../model/errors.js';
import { ConcernAreaSchema } from '../../model/plan.js';
import type {
  Administration,
  ConcernArea,
  GasScale,
  Goal,
  Measure,
  Objective,
  Phase,
  PlanMode,
  Problem,
  Support,
  TreatmentPlan,
} from '../../model/plan.js';
import type { PlanCommand } from '../../plan/reducer.js';
import { baseStyles } from '../../themes/base.styles.js';
import { TextInputController, type TextEdit } from '../controllers/text-input.js';
import { PlanElement } from '../plan-element.js';
import { styles } from './goal-editor.styles.js';

type Status = Goal['status'];
type Proposer = Goal['proposedBy'];
type Priority = Goal['priority'];
type SupportKind = Support['kind'];
type Collaborative = Goal | Objective;
/** The items the editor lists. Each one's commands are `${kind}/${verb}` with a `${kind}Id`. */
type Kind = 'problem' | 'goal' | 'objective' | 'phase' | 'support';

const STATUSES: Status[] = ['proposed', 'active', 'achieved', 'on-hold', 'discontinued'];
const PROPOSERS: Proposer[] = ['client', 'clinician', 'together'];
const PRIORITIES: Priority[] = ['high', 'medium', 'low'];
const KINDS: Measure['kind'][] = ['count', 'rating', 'instrument', 'custom'];
const SUPPORT_KINDS: SupportKind[] = ['strength', 'barrier', 'person', 'group', 'community-resource'];
const AREAS: readonly ConcernArea[] = ConcernAreaSchema.options;

const newId = (): string => crypto.randomUUID();

function numberOrUndefined(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

const signed = (n: number): string | number => (n > 0 ? `+${n}` : n);

/** Completes a button's name with the item it acts on (": Panic attacks"), for screen readers. */

function options<T extends string | number>(values: readonly T[], current: T | undefined, words: (v: T) => string | number) {
  return values.map((v) => html`<option value=${v} ?selected=${v === current}>${words(v)}</option>`);
}

// ---------------------------------------------------------------- words

const statusWords = (s: Status, client: boolean): string =>
  client
    ? {
        proposed: msg('Suggested, not started'),
        active: msg('Working on it'),
        achieved: msg('Done'),
        'on-hold': msg('Paused for now'),
        discontinued: msg('Stopped'),
      }[s]
    : goalStatusWords(s);

const proposerWords = (p: Proposer, client: boolean): string =>
  (client
    ? { client: msg('Me'), clinician: msg('My therapist'), together: msg('Together') }
    : { client: msg('Client'), clinician: msg('Clinician'), together: msg('Together') })[p];

const priorityWords = (p: Priority): string => ({ high: msg('High'), medium: msg('Medium'), low: msg('Low') })[p];

const kindWords = (k: Measure['kind']): string =>
  ({
    count: msg('Count (how often)'),
    rating: msg('Rating (for example 0–10)'),
    instrument: msg('Questionnaire score'),
    custom: msg('Other measure'),
  })[k];

/** All area names at once: callers look up many per render. */
const areaWords = (): Record<ConcernArea, string> => ({
  depression: msg('depression'),
  'generalized-anxiety': msg('generalized anxiety'),
  panic: msg('panic'),
  'specific-phobia': msg('specific phobia'),
  'social-anxiety': msg('social anxiety'),
  ptsd: msg('PTSD'),
  'complex-trauma': msg('complex trauma'),
  'substance-use': msg('substance use'),
  neurodivergence: msg('neurodivergent needs'),
  sleep: msg('sleep'),
  grief: msg('grief'),
  relationships: msg('relationships'),
  stress: msg('stress'),
});

const supportWords = (): Record<SupportKind, string> => ({
  strength: msg('Strength'),
  barrier: msg('Barrier'),
  person: msg('Person'),
  group: msg('Group'),
  'community-resource': msg('Community resource'),
});

/** A removal the user can still take back (while nothing else has changed since). */
interface UndoOffer {
  text: string;
  revision: number;
  /** Where focus goes once the removal is undone (the restored item). */
  restoreFocus: string;
}

/** Per-render lookups, built once per plan snapshot so rendering stays linear in the plan size. */
interface RenderScope {
  plan: TreatmentPlan;
  mode: PlanMode;
  client: boolean;
  locale: string;
  phases: readonly Phase[];
  /** Objective id → the checklist (instrument baselines resolved). */
  checklist: (o: Objective) => ChecklistItem[];
  progress: (o: Objective) => InstrumentProgress | undefined;
  gasLatest: ReadonlyMap<string, number>;
}

/** Options of a text field rendered by `#field`. */
interface FieldOptions {
  /** Class of the label (`wide`, `words`). */
  class?: string;
  /** `data-focus` key of the control. */
  focus?: string;
  /** `data-field` of the control. */
  field?: string;
  /** A number input (decimal keyboard); otherwise text. */
  number?: boolean;
  /** A textarea instead of an input. */
  area?: boolean;
}
/**
 * Problems → long-term goals → measurable short-term objectives, written together with the
 * client: the client's own words beside the clinical wording, who proposed it, agreement,
 * priority, status with a reason, phases, strengths/barriers/supports, Goal Attainment Scaling,
 * a goal library (insert, then edit) and suggestions from the assessment, each with its reason.
 *
 * An objective cannot be activated until it is measurable (what, baseline, target, direction,
 * due date); its checklist says what is missing. Instrument-bound objectives ("PHQ-9 below 5")
 * take their baseline from the latest administration and are judged by later ones.
 *
 * In client mode (`mode="client"` on the provider) the client edits only their own words and
 * agreement, in plain language; clinical fields are read-only.
 *
 * @tagname goal-editor
 * @summary Collaborative, measurable goals: problems → goals → objectives, in the client's words.
 *
 * @fires input - A field is being edited (native, bubbling, composed).
 * @fires change - An edit was committed to the plan (native, bubbling).
 *
 * @csspart base - The editor's outer section.
 * @csspart suggestions - The list of suggestions from the assessment.
 * @csspart library - The goal library panel.
 * @csspart problem - One problem card.
 * @csspart goal - One goal card.
 * @csspart objective - One objective card.
 * @csspart checklist - An objective's measurability checklist.
 * @csspart undo - The bar offering to undo a removal.
 *
 * @cssprop --tpk-goal-editor-gap - Space between cards.
 * @cssprop --tpk-goal-editor-indent - Indent of goals under problems and objectives under goals.
 * @cssprop --tpk-goal-editor-card-background - Background of problem, goal and objective cards.
 * @cssprop --tpk-goal-editor-card-border-color - Border of the cards.
 */
export class GoalEditor extends PlanElement {
  static override styles = [baseStyles, styles];

  /**
   * A host-supplied goal library (validated; see `GoalLibrarySchema`). When invalid, the kit's
   * own library is used and the problem is shown. Unset: the kit's own library.
   */
  @property({ attribute: false }) library: unknown;

  /** Hide the suggestions from the assessment (they are shown to clinicians by default). */
  @property({ type: Boolean, attribute: 'no-suggestions' }) noSuggestions = false;

  /** @internal */
  @state() private expanded = new Set<string>();
  /** @internal */
  @state() private errors = new Map<string, string>();
  /** @internal */
  @state() private undoOffer: UndoOffer | undefined;
  /** @internal */
  @state() private dismissing: string | undefined;
  /** @internal */
  @state() private libraryError: PlanError | undefined;
  /** @internal */
  @state() private announcement = '';
  /** The library's entries are only rendered while it is open (keeps long plans light). */
  /** @internal */
  @state() private libraryOpen = false;

  #library: GoalLibrary = DEFAULT_GOAL_LIBRARY;
  /** Bumped per goal when its local UI state (expanded, errors) changes, so `guard` re-renders it. */
  #uiStamp = new Map<string, number>();
  #focusAfterRender: { key: string; fallback?: string } | undefined;
  #text = new TextInputController(this);
  #checklistCache = new WeakMap<Objective, ChecklistItem[]>();
  #checklistAdmins: readonly Administration[] | undefined;
  #dateFormats = new Map<string, Intl.DateTimeFormat>();
  #dateTexts = new Map<string, string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('library')) {
      const parsed = this.library === undefined || this.library === null ? undefined : parseGoalLibrary(this.library);
      this.#library = parsed?.ok ? parsed.value : DEFAULT_GOAL_LIBRARY;
      this.libraryError = parsed?.ok === false ? parsed.error : undefined;
      if (parsed?.ok === false) console.error(`tailored-plan-kit: <goal-editor> library refused. ${parsed.error.message}`, parsed.error.issues);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.#focusAfterRender;
    if (!target) return;
    this.#focusAfterRender = undefined;
    const find = (key: string) => this.renderRoot.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`);
    let el = find(target.key);
    if ((!el || (el as HTMLButtonElement).disabled) && target.fallback) el = find(target.fallback);
    el?.focus();
  }

  // ---------------------------------------------------------------- commands

  /** Sends a command; `change` follows once an edit is committed (typing sends `input` only). */
  #run(command: PlanCommand, errorKey?: string, edit?: TextEdit): boolean {
    const result = this.dispatch(command, edit && { coalesce: edit.coalesce });
    if (!result.ok) {
      if (errorKey) this.#setError(errorKey, planErrorWords(result.error));
      else this.announcement = planErrorWords(result.error);
      return false;
    }
    if (errorKey && this.errors.has(errorKey)) this.#setError(errorKey, undefined);
    if (!edit || edit.final) this.emitChange();
    return true;
  }

  /** A command on one item: `${kind}/${verb}` with `${kind}Id: id` and the rest of the payload. */
  #item(kind: Kind, id: string, verb: string, rest?: object, errorKey?: string, edit?: TextEdit): boolean {
    return this.#run({ type: `${kind}/${verb}`, [`${kind}Id`]: id, ...rest } as unknown as PlanCommand, errorKey, edit);
  }

  /** Goal and objective cards show a refused edit beside the fields; other refusals are announced. */
  #update(kind: Kind, id: string, fields: object, edit?: TextEdit): boolean {
    return this.#item(kind, id, 'update', { fields }, kind === 'goal' || kind === 'objective' ? `${id}:fields` : undefined, edit);
  }

  #setError(key: string, message: string | undefined): void {
    const errors = new Map(this.errors);
    if (message) errors.set(key, message);
    else errors.delete(key);
    this.errors = errors;
    this.#touch(key.split(':')[0]!);
  }

  /** Invalidates the guarded render of whatever goal holds `id` (a goal or objective id). */
  #touch(id: string): void {
    const plan = this.plan;
    if (!plan) return;
    for (const p of plan.problems)
      for (const g of p.goals)
        if (g.id === id || g.objectives.some((o) => o.id === id)) {
          this.#uiStamp.set(g.id, (this.#uiStamp.get(g.id) ?? 0) + 1);
          return;
        }
  }

  /** Runs an add or insert command; focus then goes to `${focus}:${id}` of the new item. */
  #add(command: PlanCommand, focus = 'title'): boolean {
    const ok = this.#run(command);
    if (ok) this.#focusAfterRender = { key: `${focus}:${(command as { id: string }).id}` };
    return ok;
  }

  #remove(kind: Kind, id: string, text: string, restoreFocus: string): void {
    if (!this.#item(kind, id, 'remove')) return;
    this.undoOffer = { text, revision: this.store!.plan.revision, restoreFocus };
    this.announcement = text;
    this.#focusAfterRender = { key: 'undo' };
  }

  #undo(): void {
    const offer = this.undoOffer;
    if (this.store?.undo()) {
      this.undoOffer = undefined;
      if (offer) this.#focusAfterRender = { key: offer.restoreFocus };
      this.announcement = msg('Restored.');
      this.emitChange();
    }
  }

  #toggle(id: string): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(id)) expanded.delete(id);
    else expanded.add(id);
    this.expanded = expanded;
    this.#touch(id);
  }

  /** Status changes: checks the activation guard and the reason before asking the store. */
  #setStatus(kind: 'goal' | 'objective', item: Collaborative, status: Status, reason: string, scope: RenderScope): void {
    const key = `${item.id}:status`;
    const refusal = statusOptions(scope.plan, item, reason).find((o) => o.status === status)?.refusal;
    if (refusal) this.#setError(key, ruleWords(refusal));
    else this.#item(kind, item.id, 'set-status', { status, ...(reason.trim() ? { reason } : {}) }, key);
  }

  #updateMeasure(o: Objective, patch: Partial<Measure>, edit?: TextEdit): boolean {
    const measure = { ...o.measure, ...patch } as Record<string, unknown>;
    for (const [k, v] of Object.entries(measure)) if (v === undefined) delete measure[k];
    return this.#update('objective', o.id, { measure }, edit);
  }

  #addObjective(goal: Goal): void {
    const id = newId();
    if (this.#add({ type: 'objective/add', goalId: goal.id, id, fields: {} }, 'text')) {
      this.expanded = new Set(this.expanded).add(id);
      this.#touch(goal.id);
    }
  }

  #insertGoal(lp: LibraryProblem, goalIndex: number, problemId: string): void {
    const goal = lp.goals[goalIndex];
    if (!goal || !problemId) return;
    if (this.#add({ type: 'library/insert', as: 'goal', problemId, goal, ...(lp.phases ? { phases: lp.phases } : {}), id: newId() }, 'text')) {
      this.announcement = msg(str`Inserted the goal “${goal.clinicalText}”.`);
    }
  }

  #dismissSuggestion(s: GoalSuggestion): void {
    const input = this.renderRoot.querySelector<HTMLTextAreaElement>(`[data-focus="${CSS.escape(`dismiss-reason:${s.key}`)}"]`);
    const reason = input?.value.trim() ?? '';
    const key = `${s.key}:dismiss`;
    if (!reason) {
      this.errors = new Map(this.errors).set(key, msg('Say why this suggestion does not fit; the reason is kept with the plan.'));
      input?.focus();
      return;
    }
    if (this.#run({ type: 'goal-suggestion/dismiss', key: s.key, reason }, key)) {
      this.dismissing = undefined;
      this.announcement = msg('Suggestion dismissed.');
      this.#focusAfterRender = { key: 'suggestions-heading' };
    }
  }

  // ---------------------------------------------------------------- words

  #date(day: string | undefined, locale: string): string {
    if (!day) return '';
    // A long plan formats the same few dates hundreds of times per render, and formatting is
    // the costly part (profiled: an eighth of rendering 500 objectives).
    const key = `${locale} ${day}`;
    const known = this.#dateTexts.get(key);
    if (known !== undefined) return known;
    const t = Date.parse(day.length === 10 ? `${day}T00:00:00Z` : day);
    let format = this.#dateFormats.get(locale);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
      this.#dateFormats.set(locale, format);
    }
    const text = Number.isNaN(t) ? day : format.format(t);
    this.#dateTexts.set(key, text);
    return text;
  }

  /** "panic attacks from 7 per week to 1 per week by 1 Feb 2027", in the reader's language. */
  #sentence(o: Objective, scope: RenderScope): string {
    const m = o.measure;
    const instrument = m.kind === 'instrument';
    const name = instrument && m.instrumentId ? instrumentDisplayName(m.instrumentId) : m.label.trim();
    const unit = instrument ? '' : m.unit?.trim() ?? '';
    const withUnit = (n: number) => (unit ? `${n} ${unit}` : `${n}`);
    const baseline = instrument ? scope.progress(o)?.baseline?.value : m.baseline;
    if (!name) return msg('Nothing to measure yet');
    let text = name;
    if (baseline !== undefined && m.target !== undefined) {
      text = msg(str`${name} from ${withUnit(baseline)} to ${withUnit(m.target)}`);
    } else if (m.target !== undefined) {
      text = m.direction === 'increase' ? msg(str`${name} up to ${withUnit(m.target)}`) : msg(str`${name} down to ${withUnit(m.target)}`);
    }
    return o.dueDate ? msg(str`${text} by ${this.#date(o.dueDate, scope.locale)}`) : text;
  }

  #checkWords(item: ChecklistItem, o: Objective, scope: RenderScope): string {
    const m = o.measure;
    const name = m.instrumentId ? instrumentDisplayName(m.instrumentId) : '';
    const baseline = m.kind === 'instrument' ? scope.progress(o)?.baseline?.value : m.baseline;
    switch (item.id) {
      case 'what':
        return item.ok ? msg(str`Measures: ${m.label.trim()}`) : msg('Say what is measured (for example “panic attacks”)');
      case 'instrument':
        return item.ok ? msg(str`Measured with the ${name}`) : msg('Choose the questionnaire that measures it');
      case 'baseline':
        if (item.ok) return msg(str`Starting point: ${String(baseline)}`);
        return m.kind === 'instrument'
          ? msg('No complete score of this questionnaire yet: the first one becomes the starting point')
          : msg('Give the starting point (baseline)');
      case 'target':
        return item.ok ? msg(str`Target: ${String(m.target)}`) : msg('Give a target');
      case 'target-in-range':
        return item.ok ? msg('Target is a possible score') : msg('The target is not a possible score of this questionnaire');
      case 'direction':
        return item.ok
          ? m.direction === 'decrease'
            ? msg('Should go down')
            : msg('Should go up')
          : msg('Say whether the number should go down or up');
      case 'direction-consistent':
        return item.ok
          ? msg('Target and starting point agree with the direction')
          : msg(str`Going ${m.direction === 'decrease' ? msg('down') : msg('up')} from ${String(baseline)} cannot reach ${String(m.target)}: check the direction, starting point and target`);
      case 'due-date':
        return item.ok ? msg(str`Due ${this.#date(o.dueDate, scope.locale)}`) : msg('Give a date to reach it by');
      case 'due-after-start':
        return item.ok ? msg('Due date is after the day it was set') : msg('The due date must be after the day the objective was set');
      case 'unit':
        return item.ok ? msg(str`Unit: ${m.unit ?? ''}`) : msg('Add a unit (for example “per week”) so the numbers read clearly');
    }
  }

  #reasonWords(s: GoalSuggestion): string {
    const r = s.reason;
    if (r.source === 'instrument') {
      const name = instrumentDisplayName(r.instrumentId);
      const label = r.bandLabel ?? (r.positive ? msg('positive screen') : undefined);
      return label ? `${name} = ${r.total} (${label})` : `${name} = ${r.total}`;
    }
    if (r.areas.length > 1) return msg('Depression and substance use both present: one integrated plan');
    if (s.kind === 'phases') return msg('Complex trauma: work in phases, safety and stabilization first');
    const words = areaWords();
    return msg(str`Intake: ${r.areas.map((a) => words[a]).join(', ')} marked as a concern`);
  }

  #proposalWords(s: GoalSuggestion): string {
    const i = s.insert;
    switch (i.as) {
      case 'objective':
        return msg(str`objective: ${i.objective.clinicalText}`);
      case 'goal':
        return msg(str`goal with objective: ${i.goal.objectives[0]?.clinicalText ?? i.goal.clinicalText}`);
      case 'problem':
        return s.kind === 'objective'
          ? msg(str`objective: ${i.problem.goals[0]?.objectives[0]?.clinicalText ?? ''} (in a new problem “${i.problem.title}”)`)
          : msg(str`problem: ${i.problem.title}`);
      case 'phases':
        return msg(str`phases: ${i.phases.map((p) => p.title).join(' → ')}`);
    }
  }

  /** "PHQ-9 objective", "problem: Panic attacks…" from a dismissal key. */
  #dismissedWords(key: string): string {
    const [, kind, id = ''] = key.split(':');
    if (kind === 'instrument') return msg(str`${instrumentDisplayName(id)} objective`);
    if (kind === 'phases') return msg('Phased structure');
    return this.#library.problems.find((p) => p.id === id)?.title ?? id;
  }

  // ---------------------------------------------------------------- small templates

  /** A button whose accessible name ends with the item it acts on. */
  #button(text: string, label: string, click: (e: Event) => void): TemplateResult {
    return html`<button type="button" @click=${click}>${text}<span class="visually-hidden">: ${label}</span></button>`;
  }

  /**
   * A labelled text field whose every keystroke goes to the plan (one undo step per burst, see
   * `TextInputController`); `key` names it uniquely in this editor.
   */
  #field(key: string, label: string, value: string | undefined, commit: (value: string, edit: TextEdit) => boolean, o: FieldOptions = {}): TemplateResult {
    const edit = this.#text.handler(key, (e) => commit(e.text, e));
    const shown = live(this.#text.text(key, value ?? ''));
    return html`<label class=${o.class ?? nothing}>${label}${o.area
      ? html`<textarea data-focus=${o.focus ?? nothing} .value=${shown} @input=${edit} @change=${edit}></textarea>`
      : html`<input
          data-focus=${o.focus ?? nothing}
          data-field=${o.field ?? nothing}
          type=${o.number ? 'number' : nothing}
          inputmode=${o.number ? 'decimal' : nothing}
          .value=${shown}
          @input=${edit}
          @change=${edit}
        />`}</label>`;
  }

  /** A labelled select that reports the chosen value on `change`. */
  #select<T extends string | number>(
    label: string,
    values: readonly T[],
    current: T | undefined,
    words: (v: T) => string | number,
    set: (value: string) => void,
    field?: string,
  ): TemplateResult {
    return html`<label>${label}<select data-field=${field ?? nothing} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>${options(values, current, words)}</select></label>`;
  }

  /** The toolbar of one item in a list of `count`: [before], move up, move down, remove (undoable). */
  #tools(kind: Kind, id: string, label: string, index: number, count: number, removed: () => string, restoreFocus: string, before: unknown = nothing): TemplateResult {
    const up = `up:${id}`;
    const down = `down:${id}`;
    const move = (toIndex: number, key: string, fallback: string) => () => {
      if (this.#item(kind, id, 'move', { toIndex })) this.#focusAfterRender = { key, fallback };
    };
    return html`<div class="toolbar">${before}<button type="button" data-focus=${up} ?disabled=${index === 0} @click=${move(index - 1, up, down)}>${msg('Move up')}<span class="visually-hidden">: ${label}</span></button><button type="button" data-focus=${down} ?disabled=${index === count - 1} @click=${move(index + 1, down, up)}>${msg('Move down')}<span class="visually-hidden">: ${label}</span></button><button type="button" @click=${() => this.#remove(kind, id, removed(), restoreFocus)}>${msg('Remove')}<span class="visually-hidden">: ${label}</span></button></div>`;
  }

  #error(message: string | undefined, id?: string): TemplateResult | typeof nothing {
    return message ? html`<p class="error" id=${id ?? nothing} role="alert">${message}</p>` : nothing;
  }

  // ---------------------------------------------------------------- render

  /** @internal */
  protected override renderPlan(ctx: PlanContextValue): TemplateResult {
    const plan = ctx.plan;
    const client = ctx.mode === 'client';
    const gas = planGasScore(plan);
    const scope = this.#scope(plan, ctx, gas.latest);
    const undo = this.undoOffer?.revision === plan.revision ? this.undoOffer : undefined;
    const suggestions = client || this.noSuggestions ? [] : suggestGoals(plan, this.#library);
    return html`<section part="base" aria-labelledby="ge-heading">
      <h2 id="ge-heading">${client ? msg('My goals') : msg('Goals and objectives')}</h2>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${undo
        ? html`<div class="undo-bar" part="undo"><span>${undo.text}</span><button type="button" data-focus="undo" @click=${() => this.#undo()}>${msg('Undo')}</button></div>`
        : nothing}
      ${gas.current !== undefined
        ? html`<p class="muted">${msg(str`Goal Attainment Scaling T-score: ${gas.current.toFixed(1)} (50 = as expected; ${gas.rated} of ${gas.scaled} scaled objectives rated)`)}</p>`
        : nothing}
      ${this.#error(this.libraryError && msg(str`The goal library given to this page was refused, so the built-in one is shown. ${this.libraryError.message}`))}
      ${suggestions.length ? this.#renderSuggestions(suggestions) : nothing}
      ${client ? nothing : [this.#renderDismissed(plan), this.#renderLibrary(plan)]}
      ${this.#renderPhases(scope)}
      ${plan.problems.length
        ? nothing
        : html`<p class="muted">${client ? msg('No goals have been written yet.') : msg('No problems yet. Add one, or insert one from the library.')}</p>`}
      <ol class="plain problems">
        ${repeat(
          plan.problems,
          (p) => p.id,
          (p, i) => this.#renderProblem(p, i, plan.problems.length, scope),
        )}
      </ol>
      ${client
        ? nothing
        : html`<div class="toolbar">
            <button type="button" class="primary" data-focus="add-problem" @click=${() => this.#add({ type: 'problem/add', id: newId(), fields: { title: '' } })}>
              ${msg('Add problem')}
            </button>
          </div>`}
      ${this.#renderSupports(scope)}
    </section>`;
  }

  #scope(plan: TreatmentPlan, ctx: PlanContextValue, gasLatest: ReadonlyMap<string, number>): RenderScope {
    if (this.#checklistAdmins !== plan.assessment.administrations) {
      this.#checklistAdmins = plan.assessment.administrations;
      this.#checklistCache = new WeakMap();
    }
    const progressCache = new Map<string, InstrumentProgress | undefined>();
    return {
      plan,
      mode: ctx.mode,
      client: ctx.mode === 'client',
      locale: ctx.locale,
      phases: plan.phases,
      checklist: (o) => {
        let items = this.#checklistCache.get(o);
        if (!items) {
          items = checkObjective(plan, o);
          this.#checklistCache.set(o, items);
        }
        return items;
      },
      progress: (o) => {
        if (o.measure.kind !== 'instrument') return undefined;
        if (!progressCache.has(o.id)) progressCache.set(o.id, instrumentProgress(plan, o));
        return progressCache.get(o.id);
      },
      gasLatest,
    };
  }

  #renderSuggestions(suggestions: GoalSuggestion[]): TemplateResult {
    return html`<section part="suggestions" aria-labelledby="ge-suggestions">
      <h3 id="ge-suggestions" tabindex="-1" data-focus="suggestions-heading">${msg('Suggestions from the assessment')}</h3>
      <p class="muted">${msg('Decision support: nothing is added until you choose it.')}</p>
      <ul class="plain">
        ${repeat(
          suggestions,
          (s) => s.key,
          (s) => {
            const err = this.errors.get(`${s.key}:dismiss`);
            const errId = `err-${s.key}`;
            return html`<li class="suggestion" data-suggestion=${s.key}>
              <p class="reason"><strong>${this.#reasonWords(s)}</strong> → ${this.#proposalWords(s)}</p>
              ${this.dismissing === s.key
                ? html`<div class="fields">
                      <label class="wide"
                        >${msg('Why does this not fit?')}<textarea
                          data-focus=${`dismiss-reason:${s.key}`}
                          aria-describedby=${err ? errId : nothing}
                          aria-invalid=${err ? 'true' : 'false'}
                        ></textarea>
                      </label>
                    </div>
                    ${this.#error(err, errId)}
                    <div class="toolbar">
                      <button type="button" @click=${() => this.#dismissSuggestion(s)}>${msg('Dismiss with this reason')}</button>
                      <button type="button" @click=${() => (this.dismissing = undefined)}>${msg('Cancel')}</button>
                    </div>`
                : html`<div class="toolbar">
                    <button
                      type="button"
                      class="primary"
                      data-action="accept"
                      @click=${() => {
                        if (this.#run({ type: 'library/insert', ...s.insert } as PlanCommand)) this.announcement = msg(str`Added: ${s.proposalText}.`);
                      }}
                    >
                      ${msg('Add to plan')}
                    </button>
                    <button
                      type="button"
                      data-action="dismiss"
                      @click=${() => {
                        this.dismissing = s.key;
                        this.#focusAfterRender = { key: `dismiss-reason:${s.key}` };
                      }}
                    >
                      ${msg('Dismiss…')}
                    </button>
                  </div>`}
            </li>`;
          },
        )}
      </ul>
    </section>`;
  }

  /** Goal suggestions dismissed earlier, with their reasons; each can be offered again. */
  #renderDismissed(plan: TreatmentPlan): TemplateResult | typeof nothing {
    const dismissed = plan.dismissals.filter((d) => d.key.startsWith(GOAL_SUGGESTION_PREFIX));
    if (!dismissed.length) return nothing;
    return html`<details class="dismissed">
      <summary>${msg(str`Dismissed suggestions (${dismissed.length})`)}</summary>
      <ul>
        ${dismissed.map((d) => {
          const words = this.#dismissedWords(d.key);
          return html`<li data-dismissed=${d.key}>
            ${msg(str`${words} — why: ${d.reason}`)}
            ${this.#button(msg('Offer again'), words, () => this.#run({ type: 'goal-suggestion/restore', key: d.key }))}
          </li>`;
        })}
      </ul>
    </details>`;
  }

  #renderLibrary(plan: TreatmentPlan): TemplateResult {
    const problems = plan.problems;
    return html`<details
      part="library"
      class="library"
      .open=${this.libraryOpen}
      @toggle=${(e: Event) => (this.libraryOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary>${msg(str`Goal library: ${this.#library.title}`)}</summary>
      <p class="muted">${msg('Insert a starting point, then edit it with the client in their own words.')}</p>
      ${!this.libraryOpen
        ? nothing
        : this.#library.problems.map(
            (lp) => html`<div class="library-entry" data-library=${lp.id}>
              <h3>${lp.title}</h3>
              ${lp.summary ? html`<p class="muted">${lp.summary}</p>` : nothing}
              ${lp.phases?.length ? html`<p class="muted">${msg(str`Phases: ${lp.phases.map((p) => p.title).join(' → ')}`)}</p>` : nothing}
              <ul>
                ${lp.goals.map(
                  (g, gi) => html`<li>
                    ${g.clinicalText}
                    ${problems.length
                      ? html`<span class="toolbar"
                          ><label class="inline"
                            >${msg('Add this goal to')}
                            <select data-library-goal-target=${`${lp.id}:${gi}`}>
                              ${problems.map((p) => html`<option value=${p.id}>${p.title || msg('(untitled problem)')}</option>`)}
                            </select></label
                          >
                          ${this.#button(msg('Add goal'), g.clinicalText, (e) =>
                            this.#insertGoal(lp, gi, (e.currentTarget as HTMLElement).parentElement!.querySelector('select')!.value),
                          )}</span
                        >`
                      : nothing}
                  </li>`,
                )}
              </ul>
              <button
                type="button"
                data-action="insert-problem"
                @click=${() => {
                  if (this.#add({ type: 'library/insert', as: 'problem', problem: lp, id: newId() })) {
                    this.announcement = msg(str`Inserted “${lp.title}”. Edit it with the client.`);
                  }
                }}
              >
                ${msg('Insert problem')}<span class="visually-hidden">: ${lp.title}</span>
              </button>
            </div>`,
          )}
    </details>`;
  }

  #renderPhases(scope: RenderScope): TemplateResult | typeof nothing {
    const { phases, client } = scope;
    if (client && !phases.length) return nothing;
    return html`<section aria-labelledby="ge-phases" class="phases">
      <h3 id="ge-phases">${client ? msg('Stages of my plan') : msg('Phases')}</h3>
      ${phases.length
        ? nothing
        : html`<p class="muted">
            ${msg('No phases: goals are worked on together. Add phases for a staged plan (for example safety and stabilization → processing → integration).')}
          </p>`}
      <ol class="plain">
        ${repeat(
          phases,
          (p) => p.id,
          (p, i) => {
            if (client) return html`<li class="phase"><strong>${i + 1}. ${p.title}</strong>${p.description ? html`<p class="readonly">${p.description}</p>` : nothing}</li>`;
            const update = (fields: Partial<Phase>, edit?: TextEdit) => this.#update('phase', p.id, fields, edit);
            const label = p.title || msg(str`phase ${i + 1}`);
            return html`<li class="phase" data-phase=${p.id}>
              <div class="fields">
                ${this.#field(`title:${p.id}`, msg(str`Phase ${i + 1} title`), p.title, (v, e) => update({ title: v }, e), { focus: `title:${p.id}` })}
                ${this.#field(`description:${p.id}`, msg('Description'), p.description, (v, e) => update({ description: v || undefined }, e), {
                  class: 'wide',
                  area: true,
                })}
              </div>
              ${this.#tools('phase', p.id, label, i, phases.length, () => msg(str`Removed phase “${p.title}”.`), `title:${p.id}`)}
            </li>`;
          },
        )}
      </ol>
      ${client
        ? nothing
        : html`<div class="toolbar">
            <button type="button" data-focus="add-phase" @click=${() => this.#add({ type: 'phase/add', id: newId(), fields: { title: '' } })}>
              ${msg('Add phase')}
            </button>
          </div>`}
    </section>`;
  }

  #renderProblem(p: Problem, index: number, count: number, scope: RenderScope): TemplateResult {
    const { client } = scope;
    const label = p.title || msg(str`problem ${index + 1}`);
    const update = (fields: Partial<Problem>, edit?: TextEdit) => this.#update('problem', p.id, fields, edit);
    const words = client ? undefined : areaWords();
    return html`<li class="problem" part="problem" data-problem=${p.id}>
      <h3 id=${`problem-${p.id}`}>${client ? p.title || msg('Something to work on') : msg(str`Problem ${index + 1}: ${p.title || msg('(untitled)')}`)}</h3>
      ${!words
        ? p.evidencedBy.length
          ? html`<ul>${p.evidencedBy.map((e) => html`<li>${e}</li>`)}</ul>`
          : nothing
        : html`<div class="fields">
              ${this.#field(`title:${p.id}`, msg('Problem'), p.title, (v, e) => update({ title: v }, e), { class: 'wide', focus: `title:${p.id}` })}
              ${this.#field(
                `evidence:${p.id}`,
                msg('As evidenced by (one per line)'),
                p.evidencedBy.join('\n'),
                (v, e) => update({ evidencedBy: v.split('\n').map((l) => l.trim()).filter(Boolean) }, e),
                { class: 'wide', area: true },
              )}
            </div>
            <details class="areas">
              <summary>${msg(str`Areas of concern: ${p.areas.length ? p.areas.map((a) => words[a]).join(', ') : msg('none chosen')}`)}</summary>
              <fieldset>
                <legend>${msg(str`Areas this problem covers (links suggestions): ${label}`)}</legend>
                ${AREAS.map(
                  (a) => html`<label class="inline"
                    ><input
                      type="checkbox"
                      data-area=${a}
                      .checked=${live(p.areas.includes(a))}
                      @change=${(e: Event) =>
                        update({ areas: (e.target as HTMLInputElement).checked ? [...p.areas, a] : p.areas.filter((x) => x !== a) })}
                    />${words[a]}</label
                  >`,
                )}
              </fieldset>
            </details>
            ${this.#tools('problem', p.id, label, index, count, () => msg(str`Removed problem “${label}” and its goals.`), `title:${p.id}`)}`}
      <ol class="plain goals" aria-label=${msg(str`Goals for ${label}`)}>
        ${repeat(
          p.goals,
          (g) => g.id,
          (g, gi) =>
            guard([g, gi, p.goals.length, scope.mode, scope.phases, scope.plan.assessment.administrations, scope.locale, this.#uiStamp.get(g.id) ?? 0], () =>
              this.#renderGoal(g, gi, p.goals.length, scope),
            ),
        )}
      </ol>
      ${client
        ? nothing
        : html`<div class="toolbar">
            ${this.#button(msg('Add goal'), label, () => this.#add({ type: 'goal/add', problemId: p.id, id: newId(), fields: {} }, 'text'))}
          </div>`}
    </li>`;
  }

  /** Fields every goal and objective share: wording, proposer, agreement, priority, status. */
  #renderCollaborative(kind: 'goal' | 'objective', item: Collaborative, scope: RenderScope): TemplateResult {
    const { client } = scope;
    const update = (fields: Partial<Collaborative>, edit?: TextEdit) => this.#update(kind, item.id, fields, edit);
    const statusError = this.errors.get(`${item.id}:status`);
    const statusErrId = `err-status-${item.id}`;
    const agreement = item.agreement;
    const agree = html`<label class="inline">
        <input
          type="checkbox"
          data-focus=${`agree:${item.id}`}
          .checked=${live(agreement?.agreed ?? false)}
          @change=${(e: Event) => this.#item(kind, item.id, 'agree', { agreed: (e.target as HTMLInputElement).checked })}
        />
        ${client ? (kind === 'goal' ? msg('I agree with this goal') : msg('I agree with this step')) : msg('Client agrees')}
      </label>
      ${agreement
        ? html`<span class="muted"
            >${agreement.agreed ? msg(str`Agreed on ${this.#date(agreement.date, scope.locale)}`) : msg(str`Not agreed (${this.#date(agreement.date, scope.locale)})`)}</span
          >`
        : nothing}`;
    const ownWords = this.#field(`words:${item.id}`, client ? msg('In my own words') : msg("Client's own words"), item.clientWords, (v, e) => update({ clientWords: v || undefined }, e), {
      class: client ? 'wide' : 'words',
      focus: `words:${item.id}`,
      area: true,
    });
    if (client) {
      return html`<p class="readonly"><span class="muted">${msg('How my therapist wrote it:')}</span> ${item.clinicalText || '—'}</p>
        <div class="fields">${ownWords}</div>
        <div class="fields">${agree}</div>
        <p class="muted">
          ${msg(str`Suggested by: ${proposerWords(item.proposedBy, true)}. Status: ${statusWords(item.status, true)}.`)}
          ${item.statusReason ? msg(str`Why: ${item.statusReason}`) : nothing}
        </p>`;
    }
    const reasonKey = `reason:${item.id}`;
    const reasonShown = this.#text.text(reasonKey, item.statusReason ?? '');
    let reasonValue = reasonShown;
    // A paused or stopped item keeps its reason: clearing it changes nothing until a new one is typed.
    const onReason = this.#text.handler(reasonKey, (edit) => {
      reasonValue = edit.text;
      if (item.status !== 'on-hold' && item.status !== 'discontinued') return update({ statusReason: edit.text || undefined }, edit);
      return !!edit.text.trim() && update({ statusReason: edit.text }, edit);
    });
    return html`<div class="fields">
        ${this.#field(`text:${item.id}`, kind === 'goal' ? msg('Goal (clinical wording)') : msg('Objective (clinical wording)'), item.clinicalText, (v, e) => update({ clinicalText: v }, e), {
          class: 'words',
          focus: `text:${item.id}`,
          area: true,
        })}
        ${ownWords}
        ${this.#select(msg('Proposed by'), PROPOSERS, item.proposedBy, (p) => proposerWords(p, false), (v) => update({ proposedBy: v as Proposer }))}
        ${this.#select(msg('Priority'), PRIORITIES, item.priority, priorityWords, (v) => update({ priority: v as Priority }))}
        <label
          >${msg('Status')}<select
            data-focus=${`status:${item.id}`}
            aria-describedby=${statusError ? statusErrId : nothing}
            aria-invalid=${statusError ? 'true' : 'false'}
            .value=${live(item.status)}
            @change=${(e: Event) => {
              const select = e.target as HTMLSelectElement;
              const next = select.value as Status;
              select.value = item.status;
              this.#setStatus(kind, item, next, reasonValue, scope);
            }}
          >
            ${options(STATUSES, item.status, goalStatusWords)}
          </select></label
        >
        <label
          >${msg('Reason for status')}<input data-focus=${`reason:${item.id}`} .value=${live(reasonShown)} @input=${onReason} @change=${onReason}
        /></label>
        ${agree}
      </div>
      ${this.#error(statusError, statusErrId)}`;
  }

  #renderGoal(g: Goal, index: number, count: number, scope: RenderScope): TemplateResult {
    const { client, phases } = scope;
    const label = g.clinicalText || g.clientWords || msg(str`goal ${index + 1}`);
    const phase = g.phaseId ? phases.find((p) => p.id === g.phaseId) : undefined;
    return html`<li class="goal" part="goal" data-goal=${g.id}>
      <h4>
        ${msg(str`Goal ${index + 1}`)}${phase ? html` <span class="badge">${phase.title}</span>` : nothing}
        <span class="badge">${statusWords(g.status, client)}</span>
      </h4>
      ${client && g.clientWords ? html`<p class="sentence">${g.clientWords}</p>` : nothing}
      ${this.#renderCollaborative('goal', g, scope)}
      ${!client && phases.length
        ? html`<div class="fields">
            ${this.#select(
              msg('Phase'),
              ['', ...phases.map((p) => p.id)],
              g.phaseId || '',
              (id) => (id ? phases.find((p) => p.id === id)!.title : msg('No phase')),
              (v) => this.#update('goal', g.id, { phaseId: v || undefined }),
            )}
          </div>`
        : nothing}
      ${this.#error(this.errors.get(`${g.id}:fields`))}
      ${client ? nothing : this.#tools('goal', g.id, label, index, count, () => msg(str`Removed goal “${label}”.`), `text:${g.id}`)}
      <h5>${client ? msg('Steps toward it') : msg('Objectives')}</h5>
      <ol class="plain objectives">
        ${repeat(
          g.objectives,
          (o) => o.id,
          (o, oi) => this.#renderObjective(o, oi, g.objectives.length, scope),
        )}
      </ol>
      ${client
        ? nothing
        : html`<div class="toolbar">${this.#button(msg('Add objective'), label, () => this.#addObjective(g))}</div>`}
    </li>`;
  }

  /** Collapsed cards list only what is missing (cheap for long plans); open ones show every line. */
  #renderChecklist(o: Objective, items: ChecklistItem[], scope: RenderScope): TemplateResult | typeof nothing {
    if (!items.length) return nothing;
    return html`<ul class="checklist" part="checklist" id=${`check-${o.id}`} aria-label=${msg('Measurability checklist')}>
      ${items.map(
        (i) => html`<li class=${i.ok ? 'pass' : i.required ? 'fail' : 'advice'} data-check=${i.id} data-ok=${String(i.ok)}>
          <span aria-hidden="true">${i.ok ? '✓' : i.required ? '✗' : '•'}</span>
          <span class="visually-hidden">${i.ok ? msg('Done:') : i.required ? msg('Missing:') : msg('Advice:')}</span>
          ${this.#checkWords(i, o, scope)}
        </li>`,
      )}
    </ul>`;
  }

  #renderProgress(progress: InstrumentProgress | undefined, scope: RenderScope): TemplateResult | typeof nothing {
    if (!progress) return nothing;
    const name = instrumentDisplayName(progress.instrumentId);
    const b = progress.baseline;
    return html`<p class="muted" data-progress>
      ${b
        ? msg(str`Baseline ${b.value}${b.bandLabel ? ` (${b.bandLabel})` : ''} from the ${name} of ${this.#date(b.date, scope.locale)}.`)
        : msg(str`No ${name} score yet: the next complete one becomes the baseline.`)}
      ${progress.later.length
        ? msg(str`Since then: ${progress.later.map((r) => `${r.value} (${this.#date(r.date, scope.locale)})`).join(', ')}.`)
        : nothing}
      ${progress.targetMet === true ? msg('Target reached.') : progress.targetMet === false ? msg('Target not reached yet.') : nothing}
    </p>`;
  }

  #renderObjective(o: Objective, index: number, count: number, scope: RenderScope): TemplateResult {
    const { client } = scope;
    const items = scope.checklist(o);
    const measurable = !items.some((i) => i.required && !i.ok);
    const expanded = this.expanded.has(o.id);
    const sentence = this.#sentence(o, scope);
    const label = o.clinicalText || sentence;
    const gasRating = scope.gasLatest.get(o.id);
    return html`<li class="objective" part="objective" data-objective=${o.id}>
      <p class="sentence">${client && o.clientWords ? o.clientWords : o.clinicalText || msg('(new objective)')}</p>
      <p data-sentence>
        ${sentence}
        <span class=${measurable ? 'badge ok' : 'badge todo'} data-measurable=${String(measurable)}>
          ${measurable ? msg('Measurable') : client ? msg('Still being worked out') : msg('Not yet measurable')}
        </span>
        <span class="badge">${statusWords(o.status, client)}</span>
      </p>
      ${this.#renderProgress(scope.progress(o), scope)}
      ${o.gas && gasRating !== undefined ? html`<p class="muted">${msg(str`Latest attainment rating: ${signed(gasRating)}`)}</p>` : nothing}
      ${client
        ? this.#renderCollaborative('objective', o, scope)
        : html`${this.#renderChecklist(o, expanded ? items : items.filter((i) => !i.ok), scope)}
            ${this.#tools(
              'objective',
              o.id,
              label,
              index,
              count,
              () => msg(str`Removed objective “${label}”.`),
              `edit:${o.id}`,
              html`<button type="button" aria-expanded=${String(expanded)} data-focus=${`edit:${o.id}`} @click=${() => this.#toggle(o.id)}>
                ${expanded ? msg('Close details') : msg('Edit details')}<span class="visually-hidden">: ${label}</span>
              </button>`,
            )}
            ${expanded ? this.#renderObjectiveDetails(o, scope) : nothing}`}
    </li>`;
  }

  #renderObjectiveDetails(o: Objective, scope: RenderScope): TemplateResult {
    const m = o.measure;
    const set = (patch: Partial<Measure>, edit?: TextEdit) => this.#updateMeasure(o, patch, edit);
    const instrument = m.kind === 'instrument';
    const num = (field: 'baseline' | 'target') =>
      this.#field(`${field}:${o.id}`, field === 'baseline' ? msg('Baseline') : msg('Target'), m[field] === undefined ? '' : String(m[field]), (v, e) => set({ [field]: numberOrUndefined(v) }, e), {
        field,
        number: true,
      });
    const directions = { '': msg('Choose…'), decrease: msg('Decrease (lower is better)'), increase: msg('Increase (higher is better)') };
    return html`<div class="details" data-details=${o.id}>
      ${this.#renderCollaborative('objective', o, scope)}
      <fieldset>
        <legend>${msg('Measure')}</legend>
        <div class="fields">
          ${this.#select(
            msg('Kind of measure'),
            KINDS,
            m.kind,
            kindWords,
            (v) => {
              const kind = v as Measure['kind'];
              // A baseline read from a questionnaire means nothing for a counted measure, and vice versa;
              // a measure that is no longer a questionnaire keeps no questionnaire behind it either.
              const crossing = (kind === 'instrument') !== instrument;
              set({
                kind,
                ...(crossing ? { baseline: undefined } : {}),
                ...(kind === 'instrument' ? { unit: undefined } : { instrumentId: undefined, baselineAdministrationId: undefined }),
              });
            },
            'kind',
          )}
          ${instrument
            ? this.#select(
                msg('Questionnaire'),
                ['', ...Object.keys(GOAL_INSTRUMENTS)],
                m.instrumentId || '',
                (id) => (id ? GOAL_INSTRUMENTS[id]!.name : msg('Choose…')),
                (id) => set({ instrumentId: id || undefined, label: id ? instrumentDisplayName(id) : m.label }),
                'instrument',
              )
            : [
                this.#field(`label:${o.id}`, msg('What is measured'), m.label, (v, e) => set({ label: v }, e), { field: 'label' }),
                this.#field(`unit:${o.id}`, msg('Unit'), m.unit, (v, e) => set({ unit: v || undefined }, e), { field: 'unit' }),
                num('baseline'),
              ]}
          ${num('target')}
          ${this.#select(
            msg('Direction'),
            ['', 'decrease', 'increase'] as const,
            m.direction ?? '',
            (d) => directions[d],
            (v) => set({ direction: (v || undefined) as Measure['direction'] }),
            'direction',
          )}
          <label
            >${msg('Due date')}<input
              data-field="due"
              type="date"
              .value=${live(this.#text.text(`due:${o.id}`, o.dueDate ?? ''))}
              @change=${this.#text.handler(`due:${o.id}`, (e) => this.#update('objective', o.id, { dueDate: e.text || undefined }, e))}
          /></label>
        </div>
        ${instrument && scope.progress(o)?.baseline
          ? html`<div class="toolbar">
              <button type="button" @click=${() => this.#item('objective', o.id, 'rebaseline')}>${msg('Use the latest score as baseline')}</button>
            </div>`
          : nothing}
      </fieldset>
      ${this.#error(this.errors.get(`${o.id}:fields`))}
      ${this.#renderGas(o)}
    </div>`;
  }

  #renderGas(o: Objective): TemplateResult {
    const gas = o.gas;
    const setGas = (next: GasScale | undefined, edit?: TextEdit) => this.#update('objective', o.id, { gas: next }, edit);
    const levelNames = [msg('−2 much less than expected'), msg('−1 less than expected'), msg('0 expected outcome'), msg('+1 more than expected'), msg('+2 much more than expected')];
    const rating = (label: string, key: 'importance' | 'difficulty' | 'baseline', values: readonly number[], words: (n: number) => string | number = String) =>
      this.#select(label, values, gas![key], words, (v) => setGas({ ...gas!, [key]: Number(v) }));
    return html`<fieldset>
      <legend>${msg('Goal Attainment Scaling (optional)')}</legend>
      <label class="inline">
        <input
          type="checkbox"
          data-field="gas"
          .checked=${live(!!gas)}
          @change=${(e: Event) =>
            setGas((e.target as HTMLInputElement).checked ? { levels: ['', '', '', '', ''], importance: 2, difficulty: 2, baseline: -1 } : undefined)}
        />
        ${msg('Describe five levels of attainment')}
      </label>
      ${gas
        ? html`<div class="fields">
            ${gas.levels.map((text, i) =>
              this.#field(
                `gas-${i}:${o.id}`,
                levelNames[i]!,
                text,
                (v, e) => {
                  const levels = gas.levels.slice() as GasScale['levels'];
                  levels[i] = v;
                  return setGas({ ...gas, levels }, e);
                },
                { class: 'wide', field: `gas-${i}` },
              ),
            )}
            ${rating(msg('Importance (0–3)'), 'importance', [0, 1, 2, 3])} ${rating(msg('Difficulty (0–3)'), 'difficulty', [0, 1, 2, 3])}
            ${rating(msg('Level when set'), 'baseline', GAS_LEVELS, signed)}
          </div>`
        : nothing}
    </fieldset>`;
  }

  #renderSupports(scope: RenderScope): TemplateResult {
    const { client, plan } = scope;
    const supports = plan.supports;
    const words = supportWords();
    return html`<section aria-labelledby="ge-supports" class="supports">
      <h3 id="ge-supports">${client ? msg('What helps me and what gets in the way') : msg('Strengths, barriers and supports')}</h3>
      ${supports.length ? nothing : html`<p class="muted">${msg('None recorded yet.')}</p>`}
      <ul class="plain">
        ${repeat(
          supports,
          (s) => s.id,
          (s, i) => {
            if (client) {
              return html`<li class="support"><strong>${words[s.kind]}:</strong> ${s.label}${s.details ? html` — ${s.details}` : nothing}${s.contact ? html` (${s.contact})` : nothing}</li>`;
            }
            const update = (fields: Partial<Support>, edit?: TextEdit) => this.#update('support', s.id, fields, edit);
            const label = s.label || words[s.kind];
            return html`<li class="support" data-support=${s.id}>
              <div class="fields">
                ${this.#select(msg('Kind'), SUPPORT_KINDS, s.kind, (k) => words[k], (v) => update({ kind: v as SupportKind }))}
                ${this.#field(`label:${s.id}`, msg('Name or description'), s.label, (v, e) => update({ label: v }, e), { focus: `title:${s.id}` })}
                ${this.#field(`details:${s.id}`, msg('Details'), s.details, (v, e) => update({ details: v || undefined }, e))}
                ${this.#field(`contact:${s.id}`, msg('Contact or where'), s.contact, (v, e) => update({ contact: v || undefined }, e))}
              </div>
              ${this.#tools('support', s.id, label, i, supports.length, () => msg(str`Removed “${label}”.`), `title:${s.id}`)}
            </li>`;
          },
        )}
      </ul>
      ${client
        ? nothing
        : html`<div class="toolbar">
            <label class="inline"
              >${msg('Add a')}
              <select data-field="new-support-kind">
                ${options(SUPPORT_KINDS, undefined, (k) => words[k])}
              </select>
            </label>
            <button
              type="button"
              data-focus="add-support"
              @click=${(e: Event) => {
                const kind = (e.currentTarget as HTMLElement).parentElement!.querySelector('select')!.value as SupportKind;
                this.#add({ type: 'support/add', id: newId(), fields: { kind, label: '' } });
              }}
            >
              ${msg('Add')}
            </button>
          </div>`}
    </section>`;
  }
}
