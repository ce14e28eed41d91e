import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { planGasScore } from '../../clinical/goals/gas.js';
import { instrumentDisplayName as instrumentName } from '../../clinical/goals/instruments.js';
import type { GoalLibrary } from '../../clinical/goals/library-schema.js';
import { GOAL_SUGGESTION_PREFIX, suggestGoals } from '../../clinical/goals/suggestions.js';
import { goalLibraryContent } from '../../content/goals/index.js';
import type { Locale, PlanContextValue } from '../../context/plan-context.js';
import { planErrorWords } from '../../i18n/error-words.js';
import {
  concernAreaPhrases,
  goalStatusFor,
  goalSuggestionContent,
  objectiveSentence,
  signed,
  suggestionProposalWords,
  type GoalWording,
} from '../../i18n/goal-words.js';
import { ruleWords } from '../../i18n/rule-words.js';
import type { PlanError, Result } from '../../model/errors.js';
import { hostGoalLibrary } from '../host-library.js';
import { contentFailed, contentLoading } from '../templates/content.js';
import { withoutUndefined } from '../../model/objects.js';
import type { Goal, Objective, Problem, Support } from '../../model/plan.js';
import type { PlanCommand } from '../../plan/reducer.js';
import { statusOptions } from '../../plan/rules.js';
import { baseStyles } from '../../themes/base.styles.js';
import { LiveAnnouncer } from '../controllers/announcer.js';
import { DateFormatController } from '../controllers/date-format.js';
import { FocusAfterRender } from '../controllers/focus-after-render.js';
import { TextInputController, type TextEdit } from '../controllers/text-input.js';
import { PlanElement } from '../plan-element.js';
import { errorMessage, itemButton, selectField, textField, type Choice, type TextFieldOptions } from '../templates/fields.js';
import { styles } from './goal-editor.styles.js';
import { disclosureStyles } from '../templates/disclosure.js';
import { OpenParts } from '../controllers/open-parts.js';
import { firstProblem, openAllButton, problemAreasTemplate, problemCard, problemHolding } from './problem-card.js';
import { gasFieldset, measureFieldset, type MeasureFieldsView } from './measure-fields.js';
import { itemToolbar, phasesTemplate, supportsTemplate, type ItemListView } from './item-lists.js';
import { checklistTemplate, progressTemplate } from './objective-parts.js';
import { collaborativeFields } from './collaborative-fields.js';
import { RenderScopes, type RenderScope } from './render-scope.js';
import {
  agreeCommand,
  moveCommand,
  removeCommand,
  setStatusCommand,
  updateCommand,
  type CollaborativeKind,
  type ItemFields,
  type ItemKind,
} from './item-commands.js';
import { dismissedTemplate, dismissedWords, libraryTemplate, suggestionsTemplate, type LibraryView, type SuggestionsView } from './suggestions.js';
import { skipLinks } from '../templates/skip-links.js';
import { formatNumber } from '../../i18n/localization.js';
import { goalCommands } from '../../plan/commands/goals.js';
import { registerCommands } from '../../plan/registry.js';

// The commands this editor sends load with it, so an edit is in the plan at once (src/plan/registry.ts).
registerCommands(goalCommands);

type Collaborative = Goal | Objective;


const newId = (): string => crypto.randomUUID();

/** A removal the user can still take back (while nothing else has changed since). */
interface UndoOffer {
  text: string;
  revision: number;
  /** Where focus goes once the removal is undone (the restored item). */
  restoreFocus: string;
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
 * @csspart skip-links - "Jump to a problem" links, when there are two problems or more.
 * @csspart suggestions - The list of suggestions from the assessment.
 * @csspart library - The goal library panel.
 * @csspart problem - One problem card. Closed, it is one line: its button with the title and state.
 * @csspart problem-toggle - The button that opens and closes a problem (`aria-expanded`).
 * @csspart problem-state - Beside a problem's title: its goals by status and objectives achieved.
 * @csspart problems-toggle - "Open all problems" / "Close all problems".
 * @csspart phases-toggle - The button that opens and closes the phase list (closed by default).
 * @csspart supports-toggle - The button that opens and closes strengths, barriers and supports (closed by default).
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
  static override styles = [baseStyles, disclosureStyles, styles];

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
  /** @internal The library's entries are only rendered while it is open (keeps long plans light). */
  @state() private libraryOpen = false;
  /** @internal The kind the "Add" button of the supports gives a new support. */
  @state() private newSupportKind: Support['kind'] = 'strength';
  /** @internal Library goal (`${problemId}:${goalIndex}`) → the plan problem chosen to receive it. */
  @state() private libraryTargets: Readonly<Record<string, string>> = {};
  /** @internal The reason being typed for the suggestion being dismissed. */
  @state() private dismissReason = '';

  /** The built-in goal library in the page's language, loaded with the editor (clinician mode only). */
  #libraryContent = this.content(goalLibraryContent);
  /** The host's library in the page's language (validated), and the locale it was resolved for. */
  #host: { locale: Locale; library: Result<GoalLibrary> | undefined } | undefined;
  /** Bumped per goal when its local UI state (expanded, errors) changes, so `guard` re-renders it. */
  #uiStamp = new Map<string, number>();
  #text = new TextInputController(this);
  #announcer = new LiveAnnouncer(this);
  #focus = new FocusAfterRender(this);
  #dates = new DateFormatController(() => this.ctx?.locale ?? 'en');
  /** How dates and instrument names read in the editor's sentences. */
  #wording: GoalWording = { formatDate: (day) => this.#dates.format(day), instrumentName };
  #scopes = new RenderScopes();
  /** Open problems: the first until the user chooses; one at a time until "Open all problems". */
  #problems = new OpenParts(this, { accordion: true });
  /** The phase and support lists, closed until opened. */
  #lists = new OpenParts(this, { accordion: false });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = this.ctx?.locale ?? 'en';
    if (changed.has('library') || this.#host?.locale !== locale) {
      const parsed = this.library === undefined || this.library === null ? undefined : hostGoalLibrary(this.library, locale);
      this.#host = { locale, library: parsed };
      if (changed.has('library')) {
        this.libraryError = parsed?.ok === false ? parsed.error : undefined;
        if (parsed?.ok === false) console.error(`tailored-plan-kit: <goal-editor> library refused. ${parsed.error.message}`, parsed.error.issues);
      }
    }
  }

  /** The library in use: the host's when valid, else the built-in one (`undefined` while it loads). */
  #library(locale: Locale): GoalLibrary | undefined {
    const host = this.#host?.library;
    return host?.ok ? host.value : this.#libraryContent.get(locale);
  }

  // ---------------------------------------------------------------- commands

  /** Sends a command; `change` follows once an edit is committed (typing sends `input` only). */
  #run(command: PlanCommand, errorKey?: string, edit?: TextEdit): boolean {
    const result = this.dispatch(command, edit && { coalesce: edit.coalesce });
    if (!result.ok) {
      if (errorKey) this.#setError(errorKey, planErrorWords(result.error));
      else this.#announcer.announce(planErrorWords(result.error));
      return false;
    }
    if (errorKey && this.errors.has(errorKey)) this.#setError(errorKey, undefined);
    if (!edit || edit.final) this.emitChange();
    return true;
  }

  /** Goal and objective cards show a refused edit beside the fields; other refusals are announced. */
  #update<K extends ItemKind>(kind: K, id: string, fields: ItemFields<K>, edit?: TextEdit): boolean {
    return this.#run(updateCommand(kind, id, fields), kind === 'goal' || kind === 'objective' ? `${id}:fields` : undefined, edit);
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
    const id = (command as { id: string }).id;
    if (ok) this.#reveal(id);
    if (ok) this.#focus.request(`${focus}:${id}`);
    return ok;
  }

  #remove(kind: ItemKind, id: string, text: string, restoreFocus: string): void {
    if (!this.#run(removeCommand(kind, id))) return;
    this.undoOffer = { text, revision: this.store!.plan.revision, restoreFocus };
    this.#announcer.announce(text);
    this.#focus.request('undo');
  }

  #undo(): void {
    const offer = this.undoOffer;
    if (this.store?.undo()) {
      this.undoOffer = undefined;
      if (offer) this.#reveal(offer.restoreFocus.slice(offer.restoreFocus.indexOf(':') + 1));
      if (offer) this.#focus.request(offer.restoreFocus);
      this.#announcer.announce(msg('Restored.'));
      this.emitChange();
    }
  }

  /** Opens the problem holding this problem, goal or objective id (so focus can go into it). */
  #reveal(id: string): void {
    const problems = this.store?.plan.problems ?? [];
    const holder = problemHolding(problems, id);
    if (holder) this.#problems.reveal(holder, firstProblem(problems));
  }

  #toggle(id: string): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(id)) expanded.delete(id);
    else expanded.add(id);
    this.expanded = expanded;
    this.#touch(id);
  }

  /** Status changes: checks the activation guard and the reason before asking the store. */
  #setStatus(kind: CollaborativeKind, item: Collaborative, status: Goal['status'], reason: string, scope: RenderScope): void {
    const key = `${item.id}:status`;
    const refusal = statusOptions(scope.plan, item, reason).find((o) => o.status === status)?.refusal;
    if (refusal) this.#setError(key, ruleWords(refusal));
    else this.#run(setStatusCommand(kind, item.id, status, reason), key);
  }

  #addObjective(goal: Goal): void {
    const id = newId();
    if (this.#add({ type: 'objective/add', goalId: goal.id, id, fields: {} }, 'text')) {
      this.expanded = new Set(this.expanded).add(id);
      this.#touch(goal.id);
    }
  }

  /** The library panel's handlers. */
  #libraryActions: Omit<LibraryView, 'library' | 'problems' | 'open'> = {
    target: (key) => {
      const problems = this.plan?.problems ?? [];
      const chosen = this.libraryTargets[key];
      return problems.some((p) => p.id === chosen) ? chosen! : (problems[0]?.id ?? '');
    },
    setOpen: (open) => (this.libraryOpen = open),
    chooseTarget: (key, problemId) => (this.libraryTargets = { ...this.libraryTargets, [key]: problemId }),
    insertGoal: (lp, goalIndex) => {
      const goal = lp.goals[goalIndex];
      const problemId = this.#libraryActions.target(`${lp.id}:${goalIndex}`);
      if (!goal || !problemId) return;
      if (this.#add({ type: 'library/insert', as: 'goal', problemId, goal, ...(lp.phases ? { phases: lp.phases } : {}), id: newId() }, 'text')) {
        this.#announcer.announce(msg(str`Inserted the goal “${goal.clinicalText}”.`));
      }
    },
    insertProblem: (lp) => {
      if (this.#add({ type: 'library/insert', as: 'problem', problem: lp, id: newId() })) {
        this.#announcer.announce(msg(str`Inserted “${lp.title}”. Edit it with the client.`));
      }
    },
  };

  /** The suggestion list's handlers. */
  #suggestionActions: Pick<SuggestionsView, 'accept' | 'startDismissing' | 'typeReason' | 'dismiss' | 'cancelDismissing'> = {
    accept: (s) => {
      if (this.#run({ type: 'library/insert', ...s.insert })) this.#announcer.announce(msg(str`Added: ${suggestionProposalWords(s)}.`));
    },
    startDismissing: (s) => {
      this.dismissing = s.key;
      this.dismissReason = '';
      this.#focus.request(`dismiss-reason:${s.key}`);
    },
    typeReason: (text) => (this.dismissReason = text),
    cancelDismissing: () => (this.dismissing = undefined),
    dismiss: (s) => {
      const reason = this.dismissReason.trim();
      const key = `${s.key}:dismiss`;
      if (!reason) {
        this.errors = new Map(this.errors).set(key, msg('Say why this suggestion does not fit; the reason is kept with the plan.'));
        this.#focus.request(`dismiss-reason:${s.key}`);
        return;
      }
      if (this.#run({ type: 'goal-suggestion/dismiss', key: s.key, reason }, key)) {
        this.dismissing = undefined;
        this.#announcer.announce(msg('Suggestion dismissed.'));
        this.#focus.request('suggestions-heading');
      }
    },
  };

  // ---------------------------------------------------------------- words

  /** The phase and support lists' view of the editor. */
  #listView(client: boolean): ItemListView {
    return {
      client,
      text: this.#text,
      update: (kind, id, fields, edit) => this.#update(kind, id, fields, edit),
      tools: (kind, id, label, index, count, removed, restoreFocus) => this.#tools(kind, id, label, index, count, removed, restoreFocus),
      addPhase: () => this.#add({ type: 'phase/add', id: newId(), fields: { title: '' } }),
      newSupportKind: this.newSupportKind,
      chooseNewSupportKind: (kind) => (this.newSupportKind = kind),
      addSupport: () => this.#add({ type: 'support/add', id: newId(), fields: { kind: this.newSupportKind, label: '' } }),
      isOpen: (list) => this.#lists.open([]).has(list),
      toggle: (list) => this.#lists.toggle(list, []),
    };
  }

  /** An objective's starting point: its baseline, or for a questionnaire the baseline score. */
  #baseline(o: Objective, scope: RenderScope): number | undefined {
    return o.measure.kind === 'instrument' ? scope.progress(o)?.baseline?.value : o.measure.baseline;
  }

  // ---------------------------------------------------------------- small templates

  /** A text field of this editor (see `textField`); `key` names it uniquely in the editor. */
  #field(key: string, label: string, value: string | undefined, commit: (value: string, edit: TextEdit) => boolean, o: Partial<TextFieldOptions> = {}): TemplateResult {
    return textField(this.#text, { ...o, key, label, value, commit });
  }

  /** The toolbar of one item in a list of `count`: [before], move up, move down, remove (undoable). */
  #tools(kind: ItemKind, id: string, label: string, index: number, count: number, removed: () => string, restoreFocus: string, before: unknown = nothing): TemplateResult {
    const [upKey, downKey] = [`up:${id}`, `down:${id}`];
    return itemToolbar({
      label,
      upKey,
      downKey,
      first: index === 0,
      last: index === count - 1,
      before,
      move: (step) => {
        if (this.#run(moveCommand(kind, id, index + step))) this.#focus.request(step < 0 ? upKey : downKey, step < 0 ? downKey : upKey);
      },
      remove: () => this.#remove(kind, id, removed(), restoreFocus),
    });
  }

  // ---------------------------------------------------------------- render

  /** @internal */
  protected override renderPlan(ctx: PlanContextValue): TemplateResult {
    const plan = ctx.plan;
    const client = ctx.mode === 'client';
    const gas = planGasScore(plan);
    const scope = this.#scopes.scope(ctx, gas.latest);
    const undo = this.undoOffer?.revision === plan.revision ? this.undoOffer : undefined;
    // The library (and the suggestions drawn from it) is for the clinician: a client's page never loads it.
    const library = client ? undefined : this.#library(ctx.locale);
    const suggestions = !library || this.noSuggestions ? [] : suggestGoals(plan, library, goalSuggestionContent());
    const open = this.#problems.open(firstProblem(plan.problems));
    return html`<section part="base" aria-labelledby="ge-heading">
      <h2 id="ge-heading">${client ? msg('My goals') : msg('Goals and objectives')}</h2>
      ${this.#announcer.region()}
      ${undo
        ? html`<div class="undo-bar" part="undo"><span>${undo.text}</span><button type="button" data-focus="undo" @click=${() => this.#undo()}>${msg('Undo')}</button></div>`
        : nothing}
      ${gas.current !== undefined
        ? html`<p class="muted">${msg(str`Goal Attainment Scaling T-score: ${formatNumber(gas.current, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} (50 = as expected; ${gas.rated} of ${gas.scaled} scaled objectives rated)`)}</p>`
        : nothing}
      ${errorMessage(this.libraryError && msg(str`The goal library given to this page was refused, so the built-in one is shown. ${this.libraryError.message}`))}
      ${suggestions.length
        ? suggestionsTemplate({
            ...this.#suggestionActions,
            suggestions,
            dismissing: this.dismissing,
            dismissReason: this.dismissReason,
            errors: this.errors,
            wording: this.#wording,
          })
        : nothing}
      ${client
        ? nothing
        : !library
          ? this.#libraryContent.failed(ctx.locale) ? contentFailed() : contentLoading(msg('Loading the goal library…'))
          : [
              dismissedTemplate(
                plan.dismissals.filter((d) => d.key.startsWith(GOAL_SUGGESTION_PREFIX)),
                (key) => dismissedWords(key, library, this.#wording),
                (key) => this.#run({ type: 'goal-suggestion/restore', key }),
              ),
              libraryTemplate({ ...this.#libraryActions, library, problems: plan.problems, open: this.libraryOpen }),
            ]}
      ${phasesTemplate(scope.phases, this.#listView(client))}
      ${plan.problems.length
        ? nothing
        : html`<p class="muted">${client ? msg('No goals have been written yet.') : msg('No problems yet. Add one, or insert one from the library.')}</p>`}
      ${skipLinks(msg('Jump to a problem'), plan.problems.map((p, index) => ({ id: `problem-${p.id}`, label: p.title || msg(str`problem ${index + 1}`) })))}
      ${plan.problems.length > 1
        ? openAllButton(plan.problems.every((p) => open.has(p.id)), (all) => this.#problems.setAll(plan.problems.map((p) => p.id), all))
        : nothing}
      <ol class="plain problems">
        ${repeat(
          plan.problems,
          (p) => p.id,
          (p, i) =>
            problemCard(p, i, client, open.has(p.id), () => this.#problems.toggle(p.id, firstProblem(plan.problems)), () =>
              this.#renderProblem(p, i, plan.problems.length, scope),
            ),
        )}
      </ol>
      ${client
        ? nothing
        : html`<div class="toolbar">
            <button type="button" class="primary" data-focus="add-problem" @click=${() => this.#add({ type: 'problem/add', id: newId(), fields: { title: '' } })}>
              ${msg('Add problem')}
            </button>
          </div>`}
      ${supportsTemplate(plan.supports, this.#listView(client))}
    </section>`;
  }

  /** An open problem's fields, goals and toolbar. */
  #renderProblem(p: Problem, index: number, count: number, scope: RenderScope): TemplateResult {
    const { client } = scope;
    const label = p.title || msg(str`problem ${index + 1}`);
    const update = (fields: ItemFields<'problem'>, edit?: TextEdit) => this.#update('problem', p.id, fields, edit);
    const words = client ? undefined : concernAreaPhrases();
    return html`
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
                { class: 'wide', multiline: true },
              )}
            </div>
            ${problemAreasTemplate(p, label, words, (areas) => update({ areas }))}
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
            ${itemButton(msg('Add goal'), label, () => this.#add({ type: 'goal/add', problemId: p.id, id: newId(), fields: {} }, 'text'))}
          </div>`}`;
  }

  /** Fields every goal and objective share: wording, proposer, agreement, priority, status. */
  #renderCollaborative(kind: CollaborativeKind, item: Collaborative, scope: RenderScope): TemplateResult {
    return collaborativeFields(item, {
      kind,
      client: scope.client,
      text: this.#text,
      statusError: this.errors.get(`${item.id}:status`),
      formatDate: (day) => this.#dates.format(day),
      update: (fields, edit) => this.#update(kind, item.id, fields, edit),
      agree: (agreed) => this.#run(agreeCommand(kind, item.id, agreed)),
      setStatus: (status, reason) => this.#setStatus(kind, item, status, reason, scope),
    });
  }

  #renderGoal(g: Goal, index: number, count: number, scope: RenderScope): TemplateResult {
    const { client, phases } = scope;
    const label = g.clinicalText || g.clientWords || msg(str`goal ${index + 1}`);
    const phase = g.phaseId ? phases.find((p) => p.id === g.phaseId) : undefined;
    return html`<li class="goal" part="goal" data-goal=${g.id}>
      <h4>
        ${msg(str`Goal ${index + 1}`)}${phase ? html` <span class="badge">${phase.title}</span>` : nothing}
        <span class="badge">${goalStatusFor(g.status, client)}</span>
      </h4>
      ${client && g.clientWords ? html`<p class="sentence">${g.clientWords}</p>` : nothing}
      ${this.#renderCollaborative('goal', g, scope)}
      ${!client && phases.length
        ? html`<div class="fields">
            ${selectField({
              label: msg('Phase'),
              choices: [['', msg('No phase')], ...phases.map((p): Choice => [p.id, p.title])],
              value: g.phaseId || '',
              onChange: (v) => this.#update('goal', g.id, { phaseId: v || undefined }),
            })}
          </div>`
        : nothing}
      ${errorMessage(this.errors.get(`${g.id}:fields`))}
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
        : html`<div class="toolbar">${itemButton(msg('Add objective'), label, () => this.#addObjective(g))}</div>`}
    </li>`;
  }

  /** Collapsed cards list only what is missing (cheap for long plans); open ones show every line. */
  #renderObjective(o: Objective, index: number, count: number, scope: RenderScope): TemplateResult {
    const { client } = scope;
    const items = scope.checklist(o);
    const measurable = !items.some((i) => i.required && !i.ok);
    const expanded = this.expanded.has(o.id);
    const sentence = objectiveSentence(o, this.#baseline(o, scope), this.#wording);
    const label = o.clinicalText || sentence;
    const gasRating = scope.gasLatest.get(o.id);
    return html`<li class="objective" part="objective" data-objective=${o.id}>
      <p class="sentence">${client && o.clientWords ? o.clientWords : o.clinicalText || msg('(new objective)')}</p>
      <p data-sentence>
        ${sentence}
        <span class=${measurable ? 'badge ok' : 'badge todo'} data-measurable=${String(measurable)}>
          ${measurable ? msg('Measurable') : client ? msg('Still being worked out') : msg('Not yet measurable')}
        </span>
        <span class="badge">${goalStatusFor(o.status, client)}</span>
      </p>
      ${progressTemplate(scope.progress(o), this.#wording)}
      ${o.gas && gasRating !== undefined ? html`<p class="muted">${msg(str`Latest attainment rating: ${signed(gasRating)}`)}</p>` : nothing}
      ${client
        ? this.#renderCollaborative('objective', o, scope)
        : html`${checklistTemplate(o, expanded ? items : items.filter((i) => !i.ok), this.#baseline(o, scope), this.#wording)}
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
    const view: MeasureFieldsView = {
      text: this.#text,
      progress: scope.progress(o),
      updateMeasure: (patch, edit) => this.#update('objective', o.id, { measure: withoutUndefined({ ...o.measure, ...patch }) }, edit),
      update: (fields, edit) => this.#update('objective', o.id, fields, edit),
      rebaseline: () => this.#run({ type: 'objective/rebaseline', objectiveId: o.id }),
    };
    return html`<div class="details" data-details=${o.id}>
      ${this.#renderCollaborative('objective', o, scope)} ${measureFieldset(o, view)} ${errorMessage(this.errors.get(`${o.id}:fields`))}
      ${gasFieldset(o, view)}
    </div>`;
  }
}
