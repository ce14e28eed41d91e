import { localized, msg, str } from '@lit/localize';
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
import { PlanElement } from '../plan-element.js';
import { styles } from './goal-editor.styles.js';

type Status = Goal['status'];
type Proposer = Goal['proposedBy'];
type Priority = Goal['priority'];
type SupportKind = Support['kind'];
type Collaborative = Goal | Objective;

const STATUSES: Status[] = ['proposed', 'active', 'achieved', 'on-hold', 'discontinued'];
const PROPOSERS: Proposer[] = ['client', 'clinician', 'together'];
const PRIORITIES: Priority[] = ['high', 'medium', 'low'];
const KINDS: Measure['kind'][] = ['count', 'rating', 'instrument', 'custom'];
const SUPPORT_KINDS: SupportKind[] = ['strength', 'barrier', 'person', 'group', 'community-resource'];
const AREAS: readonly ConcernArea[] = ConcernAreaSchema.options;

function newId(): string {
  return crypto.randomUUID();
}

function numberOrUndefined(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

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
@localized()
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
  /** A typed value not yet committed (no `change` yet); committed if the element goes away. */
  #pending: (() => void) | undefined;
  #checklistCache = new WeakMap<Objective, ChecklistItem[]>();
  #checklistAdmins: readonly Administration[] | undefined;
  #dateFormats = new Map<string, Intl.DateTimeFormat>();

  override disconnectedCallback(): void {
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('library')) {
      if (this.library === undefined || this.library === null) {
        this.#library = DEFAULT_GOAL_LIBRARY;
        this.libraryError = undefined;
      } else {
        const parsed = parseGoalLibrary(this.library);
        if (parsed.ok) {
          this.#library = parsed.value;
          this.libraryError = undefined;
        } else {
          this.#library = DEFAULT_GOAL_LIBRARY;
          this.libraryError = parsed.error;
          console.error(`tailored-plan-kit: <goal-editor> library refused. ${parsed.error.message}`, parsed.error.issues);
        }
      }
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

  #run(command: PlanCommand, errorKey?: string): boolean {
    const result = this.dispatch(command);
    if (!result.ok) {
      if (errorKey) this.#setError(errorKey, result.error.message);
      else this.announcement = result.error.message;
      return false;
    }
    if (errorKey && this.errors.has(errorKey)) this.#setError(errorKey, undefined);
    this.emitChange();
    return true;
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

  /**
   * Native `input` events of inner controls are composed and would leak out retargeted; they are
   * stopped here and re-fired once from the host, so a host sees exactly one `input` per edit.
   */
  #onAnyInput = (e: Event): void => {
    e.stopPropagation();
    this.emitInput();
  };

  #typing(commit: (value: string) => void) {
    return (e: Event) => {
      const value = (e.target as HTMLInputElement).value;
      this.#pending = () => commit(value);
    };
  }

  #committing(commit: (value: string) => void) {
    return (e: Event) => {
      this.#pending = undefined;
      commit((e.target as HTMLInputElement).value);
    };
  }

  /** `@input`/`@change` handlers of a text field that commits `commit(value)` on change. */
  #text(commit: (value: string) => void) {
    return { input: this.#typing(commit), change: this.#committing(commit) };
  }

  #remove(command: PlanCommand, text: string, restoreFocus: string): void {
    if (!this.#run(command)) return;
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

  #move(command: PlanCommand, key: string, fallback: string): void {
    if (this.#run(command)) this.#focusAfterRender = { key, fallback };
  }

  #toggle(id: string): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(id)) expanded.delete(id);
    else expanded.add(id);
    this.expanded = expanded;
    this.#touch(id);
  }

  /** Status changes: checks the activation guard and the reason before asking the store. */
  #setStatus(kind: 'goal' | 'objective', item: Collaborative, status: Status, reason: string | undefined, scope: RenderScope): void {
    const key = `${item.id}:status`;
    if (status === 'active' && kind === 'objective') {
      const missing = scope.checklist(item as Objective).filter((i) => i.required && !i.ok);
      if (missing.length) {
        this.#setError(key, msg('This objective cannot be made active until it is measurable: complete the checklist below.'));
        this.requestUpdate();
        return;
      }
    }
    if ((status === 'on-hold' || status === 'discontinued') && !reason?.trim()) {
      this.#setError(key, msg('Give the reason first, then choose this status.'));
      this.requestUpdate();
      return;
    }
    const command: PlanCommand =
      kind === 'goal'
        ? { type: 'goal/set-status', goalId: item.id, status, ...(reason?.trim() ? { reason } : {}) }
        : { type: 'objective/set-status', objectiveId: item.id, status, ...(reason?.trim() ? { reason } : {}) };
    this.#run(command, key);
  }

  #updateGoal(goal: Goal, fields: Partial<Goal>): void {
    this.#run({ type: 'goal/update', goalId: goal.id, fields } as PlanCommand, `${goal.id}:fields`);
  }

  #updateObjective(o: Objective, fields: Partial<Objective>): void {
    this.#run({ type: 'objective/update', objectiveId: o.id, fields } as PlanCommand, `${o.id}:fields`);
  }

  #updateMeasure(o: Objective, patch: Partial<Measure>): void {
    const measure = { ...o.measure, ...patch } as Record<string, unknown>;
    for (const [k, v] of Object.entries(measure)) if (v === undefined) delete measure[k];
    this.#updateObjective(o, { measure: measure as Measure });
  }

  #addProblem(): void {
    const id = newId();
    if (this.#run({ type: 'problem/add', id, fields: { title: '' } })) this.#focusAfterRender = { key: `title:${id}` };
  }

  #addGoal(problem: Problem): void {
    const id = newId();
    if (this.#run({ type: 'goal/add', problemId: problem.id, id, fields: {} })) this.#focusAfterRender = { key: `text:${id}` };
  }

  #addObjective(goal: Goal): void {
    const id = newId();
    if (this.#run({ type: 'objective/add', goalId: goal.id, id, fields: {} })) {
      this.expanded = new Set(this.expanded).add(id);
      this.#touch(goal.id);
      this.#focusAfterRender = { key: `text:${id}` };
    }
  }

  #insertProblem(lp: LibraryProblem): void {
    const id = newId();
    if (this.#run({ type: 'library/insert', as: 'problem', problem: lp, id })) {
      this.announcement = msg(str`Inserted “${lp.title}”. Edit it with the client.`);
      this.#focusAfterRender = { key: `title:${id}` };
    }
  }

  #insertGoal(lp: LibraryProblem, goalIndex: number, problemId: string): void {
    const goal = lp.goals[goalIndex];
    if (!goal || !problemId) return;
    const id = newId();
    if (this.#run({ type: 'library/insert', as: 'goal', problemId, goal, ...(lp.phases ? { phases: lp.phases } : {}), id })) {
      this.announcement = msg(str`Inserted the goal “${goal.clinicalText}”.`);
      this.#focusAfterRender = { key: `text:${id}` };
    }
  }

  #acceptSuggestion(s: GoalSuggestion): void {
    if (this.#run({ type: 'library/insert', ...s.insert } as PlanCommand)) {
      this.announcement = msg(str`Added: ${s.proposalText}.`);
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

  #statusWords(status: Status, client: boolean): string {
    switch (status) {
      case 'proposed':
        return client ? msg('Suggested, not started') : msg('Proposed');
      case 'active':
        return client ? msg('Working on it') : msg('Active');
      case 'achieved':
        return client ? msg('Done') : msg('Achieved');
      case 'on-hold':
        return client ? msg('Paused for now') : msg('On hold');
      case 'discontinued':
        return client ? msg('Stopped') : msg('Discontinued');
    }
  }

  #proposerWords(p: Proposer, client: boolean): string {
    switch (p) {
      case 'client':
        return client ? msg('Me') : msg('Client');
      case 'clinician':
        return client ? msg('My therapist') : msg('Clinician');
      case 'together':
        return msg('Together');
    }
  }

  #priorityWords(p: Priority): string {
    return p === 'high' ? msg('High') : p === 'medium' ? msg('Medium') : msg('Low');
  }

  #kindWords(k: Measure['kind']): string {
    switch (k) {
      case 'count':
        return msg('Count (how often)');
      case 'rating':
        return msg('Rating (for example 0–10)');
      case 'instrument':
        return msg('Questionnaire score');
      case 'custom':
        return msg('Other measure');
    }
  }

  #areaWords(a: ConcernArea): string {
    switch (a) {
      case 'depression':
        return msg('depression');
      case 'generalized-anxiety':
        return msg('generalized anxiety');
      case 'panic':
        return msg('panic');
      case 'specific-phobia':
        return msg('specific phobia');
      case 'social-anxiety':
        return msg('social anxiety');
      case 'ptsd':
        return msg('PTSD');
      case 'complex-trauma':
        return msg('complex trauma');
      case 'substance-use':
        return msg('substance use');
      case 'neurodivergence':
        return msg('neurodivergent needs');
      case 'sleep':
        return msg('sleep');
      case 'grief':
        return msg('grief');
      case 'relationships':
        return msg('relationships');
      case 'stress':
        return msg('stress');
    }
  }

  #supportWords(k: SupportKind): string {
    switch (k) {
      case 'strength':
        return msg('Strength');
      case 'barrier':
        return msg('Barrier');
      case 'person':
        return msg('Person');
      case 'group':
        return msg('Group');
      case 'community-resource':
        return msg('Community resource');
    }
  }

  #date(day: string | undefined, locale: string): string {
    if (!day) return '';
    const t = Date.parse(day.length === 10 ? `${day}T00:00:00Z` : day);
    if (Number.isNaN(t)) return day;
    let format = this.#dateFormats.get(locale);
    if (!format) {
      // Building a formatter is costly; a long plan formats hundreds of dates per render.
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
      this.#dateFormats.set(locale, format);
    }
    return format.format(t);
  }

  /** "panic attacks from 7 per week to 1 per week by 1 Feb 2027", in the reader's language. */
  #sentence(o: Objective, scope: RenderScope): string {
    const m = o.measure;
    const name = m.kind === 'instrument' && m.instrumentId ? instrumentDisplayName(m.instrumentId) : m.label.trim();
    const unit = m.kind === 'instrument' ? '' : m.unit?.trim() ?? '';
    const withUnit = (n: number) => (unit ? `${n} ${unit}` : `${n}`);
    const baseline = m.kind === 'instrument' ? scope.progress(o)?.baseline?.value : m.baseline;
    const due = o.dueDate ? this.#date(o.dueDate, scope.locale) : undefined;
    if (!name) return msg('Nothing to measure yet');
    let text = name;
    if (baseline !== undefined && m.target !== undefined) {
      text = msg(str`${name} from ${withUnit(baseline)} to ${withUnit(m.target)}`);
    } else if (m.target !== undefined) {
      text = m.direction === 'increase' ? msg(str`${name} up to ${withUnit(m.target)}`) : msg(str`${name} down to ${withUnit(m.target)}`);
    }
    return due ? msg(str`${text} by ${due}`) : text;
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
    return msg(str`Intake: ${r.areas.map((a) => this.#areaWords(a)).join(', ')} marked as a concern`);
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

  // ---------------------------------------------------------------- render

  /** @internal */
  protected override renderPlan(ctx: PlanContextValue): TemplateResult {
    const plan = ctx.plan;
    const client = ctx.mode === 'client';
    const scope = this.#scope(plan, ctx);
    const gas = planGasScore(plan);
    scope.gasLatest = gas.latest;
    const undo = this.undoOffer && this.undoOffer.revision === plan.revision ? this.undoOffer : undefined;
    const suggestions = client || this.noSuggestions ? [] : suggestGoals(plan, this.#library);
    return html`<section part="base" aria-labelledby="ge-heading" @input=${this.#onAnyInput}>
      <h2 id="ge-heading">${client ? msg('My goals') : msg('Goals and objectives')}</h2>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${undo
        ? html`<div class="undo-bar" part="undo">
            <span>${undo.text}</span>
            <button type="button" data-focus="undo" @click=${() => this.#undo()}>${msg('Undo')}</button>
          </div>`
        : nothing}
      ${gas.current !== undefined
        ? html`<p class="muted">
            ${msg(str`Goal Attainment Scaling T-score: ${gas.current.toFixed(1)} (50 = as expected; ${gas.rated} of ${gas.scaled} scaled objectives rated)`)}
          </p>`
        : nothing}
      ${this.libraryError
        ? html`<p class="error" role="alert">${msg(str`The goal library given to this page was refused, so the built-in one is shown. ${this.libraryError.message}`)}</p>`
        : nothing}
      ${suggestions.length ? this.#renderSuggestions(suggestions) : nothing}
      ${client ? nothing : this.#renderDismissed(plan)}
      ${client ? nothing : this.#renderLibrary(plan)}
      ${this.#renderPhases(scope)}
      ${plan.problems.length === 0
        ? html`<p class="muted">${client ? msg('No goals have been written yet.') : msg('No problems yet. Add one, or insert one from the library.')}</p>`
        : nothing}
      <ol class="plain problems">
        ${repeat(
          plan.problems,
          (p) => p.id,
          (p, i) => this.#renderProblem(p, i, plan.problems.length, scope),
        )}
      </ol>
      ${client ? nothing : html`<div class="toolbar"><button type="button" class="primary" data-focus="add-problem" @click=${() => this.#addProblem()}>${msg('Add problem')}</button></div>`}
      ${this.#renderSupports(scope)}
    </section>`;
  }

  #scope(plan: TreatmentPlan, ctx: PlanContextValue): RenderScope {
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
      gasLatest: new Map(),
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
            const errKey = `${s.key}:dismiss`;
            const err = this.errors.get(errKey);
            const errId = `err-${s.key}`;
            return html`<li class="suggestion" data-suggestion=${s.key}>
              <p class="reason"><strong>${this.#reasonWords(s)}</strong> → ${this.#proposalWords(s)}</p>
              ${this.dismissing === s.key
                ? html`<div class="fields">
                      <label class="wide"
                        >${msg('Why does this not fit?')}
                        <textarea
                          data-focus=${`dismiss-reason:${s.key}`}
                          aria-describedby=${err ? errId : nothing}
                          aria-invalid=${err ? 'true' : 'false'}
                        ></textarea>
                      </label>
                    </div>
                    ${err ? html`<p class="error" id=${errId} role="alert">${err}</p>` : nothing}
                    <div class="toolbar">
                      <button type="button" @click=${() => this.#dismissSuggestion(s)}>${msg('Dismiss with this reason')}</button>
                      <button type="button" @click=${() => (this.dismissing = undefined)}>${msg('Cancel')}</button>
                    </div>`
                : html`<div class="toolbar">
                    <button type="button" class="primary" data-action="accept" @click=${() => this.#acceptSuggestion(s)}>
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
        ${dismissed.map(
          (d) => html`<li data-dismissed=${d.key}>
            ${msg(str`${this.#dismissedWords(d.key)} — why: ${d.reason}`)}
            <button type="button" @click=${() => this.#run({ type: 'goal-suggestion/restore', key: d.key })}>
              ${msg('Offer again')}<span class="visually-hidden">: ${this.#dismissedWords(d.key)}</span>
            </button>
          </li>`,
        )}
      </ul>
    </details>`;
  }

  /** "PHQ-9 objective", "problem: Panic attacks…" from a dismissal key. */
  #dismissedWords(key: string): string {
    const [, kind, id = ''] = key.split(':');
    if (kind === 'instrument') return msg(str`${instrumentDisplayName(id)} objective`);
    const lp = this.#library.problems.find((p) => p.id === id);
    if (kind === 'phases') return msg('Phased structure');
    return lp ? lp.title : id;
  }

  #renderLibrary(plan: TreatmentPlan): TemplateResult {
    return html`<details
      part="library"
      class="library"
      .open=${this.libraryOpen}
      @toggle=${(e: Event) => (this.libraryOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary>${msg(str`Goal library: ${this.#library.title}`)}</summary>
      <p class="muted">${msg('Insert a starting point, then edit it with the client in their own words.')}</p>
      ${!this.libraryOpen ? nothing : this.#library.problems.map(
        (lp) => html`<div class="library-entry" data-library=${lp.id}>
          <h3>${lp.title}</h3>
          ${lp.summary ? html`<p class="muted">${lp.summary}</p>` : nothing}
          ${lp.phases?.length ? html`<p class="muted">${msg(str`Phases: ${lp.phases.map((p) => p.title).join(' → ')}`)}</p>` : nothing}
          <ul>
            ${lp.goals.map(
              (g, gi) => html`<li>
                ${g.clinicalText}
                ${plan.problems.length
                  ? html`<span class="toolbar">
                      <label class="inline"
                        >${msg('Add this goal to')}
                        <select data-library-goal-target=${`${lp.id}:${gi}`}>
                          ${plan.problems.map((p) => html`<option value=${p.id}>${p.title || msg('(untitled problem)')}</option>`)}
                        </select>
                      </label>
                      <button
                        type="button"
                        @click=${(e: Event) => {
                          const select = (e.currentTarget as HTMLElement).parentElement!.querySelector('select')!;
                          this.#insertGoal(lp, gi, select.value);
                        }}
                      >
                        ${msg('Add goal')}<span class="visually-hidden">: ${g.clinicalText}</span>
                      </button>
                    </span>`
                  : nothing}
              </li>`,
            )}
          </ul>
          <button type="button" data-action="insert-problem" @click=${() => this.#insertProblem(lp)}>
            ${msg('Insert problem')}<span class="visually-hidden">: ${lp.title}</span>
          </button>
        </div>`,
      )}
    </details>`;
  }

  #moveButtons(label: string, focusId: string, index: number, count: number, move: (to: number) => PlanCommand): TemplateResult {
    const up = `up:${focusId}`;
    const down = `down:${focusId}`;
    return html`<button type="button" data-focus=${up} ?disabled=${index === 0} @click=${() => this.#move(move(index - 1), up, down)}>
        ${msg('Move up')}<span class="visually-hidden">: ${label}</span></button
      ><button type="button" data-focus=${down} ?disabled=${index === count - 1} @click=${() => this.#move(move(index + 1), down, up)}>
        ${msg('Move down')}<span class="visually-hidden">: ${label}</span>
      </button>`;
  }

  #renderPhases(scope: RenderScope): TemplateResult | typeof nothing {
    const { phases, client } = scope;
    if (client && !phases.length) return nothing;
    return html`<section aria-labelledby="ge-phases" class="phases">
      <h3 id="ge-phases">${client ? msg('Stages of my plan') : msg('Phases')}</h3>
      ${!phases.length ? html`<p class="muted">${msg('No phases: goals are worked on together. Add phases for a staged plan (for example safety and stabilization → processing → integration).')}</p>` : nothing}
      <ol class="plain">
        ${repeat(
          phases,
          (p) => p.id,
          (p, i) =>
            client
              ? html`<li class="phase"><strong>${i + 1}. ${p.title}</strong>${p.description ? html`<p class="readonly">${p.description}</p>` : nothing}</li>`
              : html`<li class="phase" data-phase=${p.id}>
                  <div class="fields">
                    <label
                      >${msg(str`Phase ${i + 1} title`)}
                      <input
                        data-focus=${`title:${p.id}`}
                        .value=${live(p.title)}
                        @input=${this.#typing((v) => this.#run({ type: 'phase/update', phaseId: p.id, fields: { title: v } }))}
                        @change=${this.#committing((v) => this.#run({ type: 'phase/update', phaseId: p.id, fields: { title: v } }))}
                    /></label>
                    <label class="wide"
                      >${msg('Description')}
                      <textarea
                        .value=${live(p.description ?? '')}
                        @input=${this.#typing((v) => this.#run({ type: 'phase/update', phaseId: p.id, fields: { description: v || undefined } }))}
                        @change=${this.#committing((v) => this.#run({ type: 'phase/update', phaseId: p.id, fields: { description: v || undefined } }))}
                      ></textarea>
                    </label>
                  </div>
                  <div class="toolbar">
                    ${this.#moveButtons(p.title || msg(str`phase ${i + 1}`), p.id, i, phases.length, (toIndex) => ({ type: 'phase/move', phaseId: p.id, toIndex }))}
                    <button type="button" @click=${() => this.#remove({ type: 'phase/remove', phaseId: p.id }, msg(str`Removed phase “${p.title}”.`), `title:${p.id}`)}>
                      ${msg('Remove')}<span class="visually-hidden">: ${p.title || msg(str`phase ${i + 1}`)}</span>
                    </button>
                  </div>
                </li>`,
        )}
      </ol>
      ${client
        ? nothing
        : html`<div class="toolbar">
            <button
              type="button"
              data-focus="add-phase"
              @click=${() => {
                const id = newId();
                if (this.#run({ type: 'phase/add', id, fields: { title: '' } })) this.#focusAfterRender = { key: `title:${id}` };
              }}
            >
              ${msg('Add phase')}
            </button>
          </div>`}
    </section>`;
  }

  #renderProblem(p: Problem, index: number, count: number, scope: RenderScope): TemplateResult {
    const { client } = scope;
    const label = p.title || msg(str`problem ${index + 1}`);
    const headingId = `problem-${p.id}`;
    return html`<li class="problem" part="problem" data-problem=${p.id}>
      <h3 id=${headingId}>${client ? p.title || msg('Something to work on') : msg(str`Problem ${index + 1}: ${p.title || msg('(untitled)')}`)}</h3>
      ${client
        ? p.evidencedBy.length
          ? html`<ul>${p.evidencedBy.map((e) => html`<li>${e}</li>`)}</ul>`
          : nothing
        : html`<div class="fields">
              <label class="wide"
                >${msg('Problem')}
                <input
                  data-focus=${`title:${p.id}`}
                  .value=${live(p.title)}
                  @input=${this.#typing((v) => this.#run({ type: 'problem/update', problemId: p.id, fields: { title: v } }))}
                  @change=${this.#committing((v) => this.#run({ type: 'problem/update', problemId: p.id, fields: { title: v } }))}
              /></label>
              <label class="wide"
                >${msg('As evidenced by (one per line)')}
                <textarea
                  .value=${live(p.evidencedBy.join('\n'))}
                  @input=${this.#typing((v) =>
                    this.#run({ type: 'problem/update', problemId: p.id, fields: { evidencedBy: v.split('\n').map((l) => l.trim()).filter(Boolean) } }),
                  )}
                  @change=${this.#committing((v) =>
                    this.#run({ type: 'problem/update', problemId: p.id, fields: { evidencedBy: v.split('\n').map((l) => l.trim()).filter(Boolean) } }),
                  )}
                ></textarea>
              </label>
            </div>
            <details class="areas">
              <summary>${msg(str`Areas of concern: ${p.areas.length ? p.areas.map((a) => this.#areaWords(a)).join(', ') : msg('none chosen')}`)}</summary>
              <fieldset>
                <legend>${msg(str`Areas this problem covers (links suggestions): ${label}`)}</legend>
                ${AREAS.map(
                  (a) => html`<label class="inline"
                    ><input
                      type="checkbox"
                      data-area=${a}
                      .checked=${live(p.areas.includes(a))}
                      @change=${(e: Event) => {
                        const on = (e.target as HTMLInputElement).checked;
                        const areas = on ? [...p.areas, a] : p.areas.filter((x) => x !== a);
                        this.#run({ type: 'problem/update', problemId: p.id, fields: { areas } });
                      }}
                    />${this.#areaWords(a)}</label
                  >`,
                )}
              </fieldset>
            </details>
            <div class="toolbar">
              ${this.#moveButtons(label, p.id, index, count, (toIndex) => ({ type: 'problem/move', problemId: p.id, toIndex }))}
              <button type="button" @click=${() => this.#remove({ type: 'problem/remove', problemId: p.id }, msg(str`Removed problem “${label}” and its goals.`), `title:${p.id}`)}>
                ${msg('Remove')}<span class="visually-hidden">: ${label}</span>
              </button>
            </div>`}
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
            <button type="button" @click=${() => this.#addGoal(p)}>${msg('Add goal')}<span class="visually-hidden">: ${label}</span></button>
          </div>`}
    </li>`;
  }

  /** Fields every goal and objective share: wording, proposer, agreement, priority, status. */
  #renderCollaborative(kind: 'goal' | 'objective', item: Collaborative, scope: RenderScope): TemplateResult {
    const { client } = scope;
    const update = (fields: Partial<Collaborative>) =>
      kind === 'goal' ? this.#updateGoal(item as Goal, fields) : this.#updateObjective(item as Objective, fields);
    const statusKey = `${item.id}:status`;
    const statusError = this.errors.get(statusKey);
    const statusErrId = `err-status-${item.id}`;
    const agreement = item.agreement;
    const agree = html`<label class="inline">
      <input
        type="checkbox"
        data-focus=${`agree:${item.id}`}
        .checked=${live(agreement?.agreed ?? false)}
        @change=${(e: Event) => {
          const agreed = (e.target as HTMLInputElement).checked;
          this.#run(kind === 'goal' ? { type: 'goal/agree', goalId: item.id, agreed } : { type: 'objective/agree', objectiveId: item.id, agreed });
        }}
      />
      ${client ? (kind === 'goal' ? msg('I agree with this goal') : msg('I agree with this step')) : msg('Client agrees')}
    </label>
    ${agreement ? html`<span class="muted">${agreement.agreed ? msg(str`Agreed on ${this.#date(agreement.date, scope.locale)}`) : msg(str`Not agreed (${this.#date(agreement.date, scope.locale)})`)}</span>` : nothing}`;
    const ownWords = html`<label class=${client ? 'wide' : 'words'}
      >${client ? msg('In my own words') : msg("Client's own words")}
      <textarea
        data-focus=${`words:${item.id}`}
        .value=${live(item.clientWords ?? '')}
        @input=${this.#typing((v) => update({ clientWords: v || undefined }))}
        @change=${this.#committing((v) => update({ clientWords: v || undefined }))}
      ></textarea>
    </label>`;
    if (client) {
      return html`<p class="readonly"><span class="muted">${msg('How my therapist wrote it:')}</span> ${item.clinicalText || '—'}</p>
        <div class="fields">${ownWords}</div>
        <div class="fields">${agree}</div>
        <p class="muted">
          ${msg(str`Suggested by: ${this.#proposerWords(item.proposedBy, true)}. Status: ${this.#statusWords(item.status, true)}.`)}
          ${item.statusReason ? msg(str`Why: ${item.statusReason}`) : nothing}
        </p>`;
    }
    let reasonValue = item.statusReason ?? '';
    return html`<div class="fields">
        <label class="words"
          >${kind === 'goal' ? msg('Goal (clinical wording)') : msg('Objective (clinical wording)')}
          <textarea
            data-focus=${`text:${item.id}`}
            .value=${live(item.clinicalText)}
            @input=${this.#typing((v) => update({ clinicalText: v }))}
            @change=${this.#committing((v) => update({ clinicalText: v }))}
          ></textarea>
        </label>
        ${ownWords}
        <label
          >${msg('Proposed by')}
          <select @change=${(e: Event) => update({ proposedBy: (e.target as HTMLSelectElement).value as Proposer })}>
            ${PROPOSERS.map((p) => html`<option value=${p} ?selected=${p === item.proposedBy}>${this.#proposerWords(p, false)}</option>`)}
          </select>
        </label>
        <label
          >${msg('Priority')}
          <select @change=${(e: Event) => update({ priority: (e.target as HTMLSelectElement).value as Priority })}>
            ${PRIORITIES.map((p) => html`<option value=${p} ?selected=${p === item.priority}>${this.#priorityWords(p)}</option>`)}
          </select>
        </label>
        <label
          >${msg('Status')}
          <select
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
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === item.status}>${this.#statusWords(s, false)}</option>`)}
          </select>
        </label>
        <label
          >${msg('Reason for status')}
          <input
            data-focus=${`reason:${item.id}`}
            .value=${live(item.statusReason ?? '')}
            @input=${(e: Event) => {
              reasonValue = (e.target as HTMLInputElement).value;
            }}
            @change=${(e: Event) => {
              reasonValue = (e.target as HTMLInputElement).value;
              if (item.status === 'on-hold' || item.status === 'discontinued') {
                if (reasonValue.trim()) update({ statusReason: reasonValue });
              } else update({ statusReason: reasonValue || undefined });
            }}
          />
        </label>
        ${agree}
      </div>
      ${statusError ? html`<p class="error" id=${statusErrId} role="alert">${statusError}</p>` : nothing}`;
  }

  #renderGoal(g: Goal, index: number, count: number, scope: RenderScope): TemplateResult {
    const { client, phases } = scope;
    const label = g.clinicalText || g.clientWords || msg(str`goal ${index + 1}`);
    const phase = g.phaseId ? phases.find((p) => p.id === g.phaseId) : undefined;
    const err = this.errors.get(`${g.id}:fields`);
    return html`<li class="goal" part="goal" data-goal=${g.id}>
      <h4>
        ${client ? msg(str`Goal ${index + 1}`) : msg(str`Goal ${index + 1}`)}${phase ? html` <span class="badge">${phase.title}</span>` : nothing}
        <span class="badge">${this.#statusWords(g.status, client)}</span>
      </h4>
      ${client && g.clientWords ? html`<p class="sentence">${g.clientWords}</p>` : nothing}
      ${this.#renderCollaborative('goal', g, scope)}
      ${!client && phases.length
        ? html`<div class="fields">
            <label
              >${msg('Phase')}
              <select
                @change=${(e: Event) => {
                  const v = (e.target as HTMLSelectElement).value;
                  this.#updateGoal(g, { phaseId: v || undefined });
                }}
              >
                <option value="" ?selected=${!g.phaseId}>${msg('No phase')}</option>
                ${phases.map((p) => html`<option value=${p.id} ?selected=${p.id === g.phaseId}>${p.title}</option>`)}
              </select>
            </label>
          </div>`
        : nothing}
      ${err ? html`<p class="error" role="alert">${err}</p>` : nothing}
      ${client
        ? nothing
        : html`<div class="toolbar">
            ${this.#moveButtons(label, g.id, index, count, (toIndex) => ({ type: 'goal/move', goalId: g.id, toIndex }))}
            <button type="button" @click=${() => this.#remove({ type: 'goal/remove', goalId: g.id }, msg(str`Removed goal “${label}”.`), `text:${g.id}`)}>
              ${msg('Remove')}<span class="visually-hidden">: ${label}</span>
            </button>
          </div>`}
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
        : html`<div class="toolbar">
            <button type="button" @click=${() => this.#addObjective(g)}>${msg('Add objective')}<span class="visually-hidden">: ${label}</span></button>
          </div>`}
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

  #renderProgress(o: Objective, progress: InstrumentProgress | undefined, scope: RenderScope): TemplateResult | typeof nothing {
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
    const progress = scope.progress(o);
    const gasRating = scope.gasLatest.get(o.id);
    return html`<li class="objective" part="objective" data-objective=${o.id}>
      <p class="sentence">${client && o.clientWords ? o.clientWords : o.clinicalText || msg('(new objective)')}</p>
      <p data-sentence>
        ${sentence}
        <span class=${measurable ? 'badge ok' : 'badge todo'} data-measurable=${String(measurable)}>
          ${measurable ? msg('Measurable') : client ? msg('Still being worked out') : msg('Not yet measurable')}
        </span>
        <span class="badge">${this.#statusWords(o.status, client)}</span>
      </p>
      ${this.#renderProgress(o, progress, scope)}
      ${o.gas && gasRating !== undefined ? html`<p class="muted">${msg(str`Latest attainment rating: ${gasRating > 0 ? `+${gasRating}` : gasRating}`)}</p>` : nothing}
      ${client ? nothing : this.#renderChecklist(o, expanded ? items : items.filter((i) => !i.ok), scope)}
      ${client
        ? this.#renderCollaborative('objective', o, scope)
        : html`<div class="toolbar">
              <button type="button" aria-expanded=${String(expanded)} data-focus=${`edit:${o.id}`} @click=${() => this.#toggle(o.id)}>
                ${expanded ? msg('Close details') : msg('Edit details')}<span class="visually-hidden">: ${label}</span>
              </button>
              ${this.#moveButtons(label, o.id, index, count, (toIndex) => ({ type: 'objective/move', objectiveId: o.id, toIndex }))}
              <button type="button" @click=${() => this.#remove({ type: 'objective/remove', objectiveId: o.id }, msg(str`Removed objective “${label}”.`), `edit:${o.id}`)}>
                ${msg('Remove')}<span class="visually-hidden">: ${label}</span>
              </button>
            </div>
            ${expanded ? this.#renderObjectiveDetails(o, scope) : nothing}`}
    </li>`;
  }

  #renderObjectiveDetails(o: Objective, scope: RenderScope): TemplateResult {
    const m = o.measure;
    const err = this.errors.get(`${o.id}:fields`);
    const num = (field: 'baseline' | 'target') =>
      this.#committing((v) => this.#updateMeasure(o, { [field]: numberOrUndefined(v) }));
    const instrument = m.kind === 'instrument';
    const progress = scope.progress(o);
    return html`<div class="details" data-details=${o.id}>
      ${this.#renderCollaborative('objective', o, scope)}
      <fieldset>
        <legend>${msg('Measure')}</legend>
        <div class="fields">
          <label
            >${msg('Kind of measure')}
            <select
              data-field="kind"
              @change=${(e: Event) => {
                const kind = (e.target as HTMLSelectElement).value as Measure['kind'];
                const { instrumentId: _i, baselineAdministrationId: _a, ...rest } = m;
                // A baseline read from a questionnaire means nothing for a counted measure, and vice versa.
                const crossing = (kind === 'instrument') !== (m.kind === 'instrument');
                this.#updateMeasure(o, { ...rest, kind, ...(crossing ? { baseline: undefined } : {}), ...(kind === 'instrument' ? { unit: undefined } : {}) });
              }}
            >
              ${KINDS.map((k) => html`<option value=${k} ?selected=${k === m.kind}>${this.#kindWords(k)}</option>`)}
            </select>
          </label>
          ${instrument
            ? html`<label
                >${msg('Questionnaire')}
                <select
                  data-field="instrument"
                  @change=${(e: Event) => {
                    const id = (e.target as HTMLSelectElement).value;
                    this.#updateMeasure(o, { instrumentId: id || undefined, label: id ? `${instrumentDisplayName(id)}` : m.label });
                  }}
                >
                  <option value="" ?selected=${!m.instrumentId}>${msg('Choose…')}</option>
                  ${Object.entries(GOAL_INSTRUMENTS).map(([id, meta]) => html`<option value=${id} ?selected=${id === m.instrumentId}>${meta.name}</option>`)}
                </select>
              </label>`
            : html`<label
                  >${msg('What is measured')}
                  <input
                    data-field="label"
                    .value=${live(m.label)}
                    @input=${this.#typing((v) => this.#updateMeasure(o, { label: v }))}
                    @change=${this.#committing((v) => this.#updateMeasure(o, { label: v }))}
                /></label>
                <label
                  >${msg('Unit')}
                  <input
                    data-field="unit"
                    .value=${live(m.unit ?? '')}
                    @input=${this.#typing((v) => this.#updateMeasure(o, { unit: v || undefined }))}
                    @change=${this.#committing((v) => this.#updateMeasure(o, { unit: v || undefined }))}
                /></label>
                <label
                  >${msg('Baseline')}
                  <input
                    data-field="baseline"
                    type="number"
                    inputmode="decimal"
                    .value=${live(m.baseline === undefined ? '' : String(m.baseline))}
                    @input=${this.#typing((v) => this.#updateMeasure(o, { baseline: numberOrUndefined(v) }))}
                    @change=${num('baseline')}
                /></label>`}
          <label
            >${msg('Target')}
            <input
              data-field="target"
              type="number"
              inputmode="decimal"
              .value=${live(m.target === undefined ? '' : String(m.target))}
              @input=${this.#typing((v) => this.#updateMeasure(o, { target: numberOrUndefined(v) }))}
              @change=${num('target')}
          /></label>
          <label
            >${msg('Direction')}
            <select
              data-field="direction"
              @change=${(e: Event) => {
                const v = (e.target as HTMLSelectElement).value;
                this.#updateMeasure(o, { direction: v === 'decrease' || v === 'increase' ? v : undefined });
              }}
            >
              <option value="" ?selected=${!m.direction}>${msg('Choose…')}</option>
              <option value="decrease" ?selected=${m.direction === 'decrease'}>${msg('Decrease (lower is better)')}</option>
              <option value="increase" ?selected=${m.direction === 'increase'}>${msg('Increase (higher is better)')}</option>
            </select>
          </label>
          <label
            >${msg('Due date')}
            <input
              data-field="due"
              type="date"
              .value=${live(o.dueDate ?? '')}
              @change=${this.#committing((v) => this.#updateObjective(o, { dueDate: v || undefined }))}
          /></label>
        </div>
        ${instrument && progress?.baseline
          ? html`<div class="toolbar">
              <button type="button" @click=${() => this.#run({ type: 'objective/rebaseline', objectiveId: o.id })}>${msg('Use the latest score as baseline')}</button>
            </div>`
          : nothing}
      </fieldset>
      ${err ? html`<p class="error" role="alert">${err}</p>` : nothing}
      ${this.#renderGas(o)}
    </div>`;
  }

  #renderGas(o: Objective): TemplateResult {
    const gas = o.gas;
    const setGas = (next: GasScale | undefined) => this.#updateObjective(o, { gas: next });
    const levelNames = [msg('−2 much less than expected'), msg('−1 less than expected'), msg('0 expected outcome'), msg('+1 more than expected'), msg('+2 much more than expected')];
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
            ${gas.levels.map(
              (text, i) => html`<label class="wide"
                >${levelNames[i]}
                <input
                  data-field=${`gas-${i}`}
                  .value=${live(text)}
                  @input=${this.#typing((v) => {
                    const levels = gas.levels.slice() as GasScale['levels'];
                    levels[i] = v;
                    setGas({ ...gas, levels });
                  })}
                  @change=${this.#committing((v) => {
                    const levels = gas.levels.slice() as GasScale['levels'];
                    levels[i] = v;
                    setGas({ ...gas, levels });
                  })}
              /></label>`,
            )}
            <label
              >${msg('Importance (0–3)')}
              <select @change=${(e: Event) => setGas({ ...gas, importance: Number((e.target as HTMLSelectElement).value) })}>
                ${[0, 1, 2, 3].map((n) => html`<option value=${n} ?selected=${n === gas.importance}>${n}</option>`)}
              </select>
            </label>
            <label
              >${msg('Difficulty (0–3)')}
              <select @change=${(e: Event) => setGas({ ...gas, difficulty: Number((e.target as HTMLSelectElement).value) })}>
                ${[0, 1, 2, 3].map((n) => html`<option value=${n} ?selected=${n === gas.difficulty}>${n}</option>`)}
              </select>
            </label>
            <label
              >${msg('Level when set')}
              <select @change=${(e: Event) => setGas({ ...gas, baseline: Number((e.target as HTMLSelectElement).value) })}>
                ${GAS_LEVELS.map((n) => html`<option value=${n} ?selected=${n === gas.baseline}>${n > 0 ? `+${n}` : n}</option>`)}
              </select>
            </label>
          </div>`
        : nothing}
    </fieldset>`;
  }

  #renderSupports(scope: RenderScope): TemplateResult {
    const { client, plan } = scope;
    const supports = plan.supports;
    return html`<section aria-labelledby="ge-supports" class="supports">
      <h3 id="ge-supports">${client ? msg('What helps me and what gets in the way') : msg('Strengths, barriers and supports')}</h3>
      ${!supports.length ? html`<p class="muted">${msg('None recorded yet.')}</p>` : nothing}
      <ul class="plain">
        ${repeat(
          supports,
          (s) => s.id,
          (s, i) =>
            client
              ? html`<li class="support"><strong>${this.#supportWords(s.kind)}:</strong> ${s.label}${s.details ? html` — ${s.details}` : nothing}${s.contact ? html` (${s.contact})` : nothing}</li>`
              : html`<li class="support" data-support=${s.id}>
                  <div class="fields">
                    <label
                      >${msg('Kind')}
                      <select @change=${(e: Event) => this.#run({ type: 'support/update', supportId: s.id, fields: { kind: (e.target as HTMLSelectElement).value as SupportKind } })}>
                        ${SUPPORT_KINDS.map((k) => html`<option value=${k} ?selected=${k === s.kind}>${this.#supportWords(k)}</option>`)}
                      </select>
                    </label>
                    <label
                      >${msg('Name or description')}
                      <input
                        data-focus=${`title:${s.id}`}
                        .value=${live(s.label)}
                        @input=${this.#typing((v) => this.#run({ type: 'support/update', supportId: s.id, fields: { label: v } }))}
                        @change=${this.#committing((v) => this.#run({ type: 'support/update', supportId: s.id, fields: { label: v } }))}
                    /></label>
                    <label
                      >${msg('Details')}
                      <input
                        .value=${live(s.details ?? '')}
                        @input=${this.#typing((v) => this.#run({ type: 'support/update', supportId: s.id, fields: { details: v || undefined } }))}
                        @change=${this.#committing((v) => this.#run({ type: 'support/update', supportId: s.id, fields: { details: v || undefined } }))}
                    /></label>
                    <label
                      >${msg('Contact or where')}
                      <input
                        .value=${live(s.contact ?? '')}
                        @input=${this.#typing((v) => this.#run({ type: 'support/update', supportId: s.id, fields: { contact: v || undefined } }))}
                        @change=${this.#committing((v) => this.#run({ type: 'support/update', supportId: s.id, fields: { contact: v || undefined } }))}
                    /></label>
                  </div>
                  <div class="toolbar">
                    ${this.#moveButtons(s.label || this.#supportWords(s.kind), s.id, i, supports.length, (toIndex) => ({ type: 'support/move', supportId: s.id, toIndex }))}
                    <button type="button" @click=${() => this.#remove({ type: 'support/remove', supportId: s.id }, msg(str`Removed “${s.label || this.#supportWords(s.kind)}”.`), `title:${s.id}`)}>
                      ${msg('Remove')}<span class="visually-hidden">: ${s.label || this.#supportWords(s.kind)}</span>
                    </button>
                  </div>
                </li>`,
        )}
      </ul>
      ${client
        ? nothing
        : html`<div class="toolbar">
            <label class="inline"
              >${msg('Add a')}
              <select data-field="new-support-kind">
                ${SUPPORT_KINDS.map((k) => html`<option value=${k}>${this.#supportWords(k)}</option>`)}
              </select>
            </label>
            <button
              type="button"
              data-focus="add-support"
              @click=${(e: Event) => {
                const kind = (e.currentTarget as HTMLElement).parentElement!.querySelector<HTMLSelectElement>('select')!.value as SupportKind;
                const id = newId();
                if (this.#run({ type: 'support/add', id, fields: { kind, label: '' } })) this.#focusAfterRender = { key: `title:${id}` };
              }}
            >
              ${msg('Add')}
            </button>
          </div>`}
    </section>`;
  }
}
