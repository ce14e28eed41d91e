import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { SUGGESTION_RULES, parseRules, type SuggestionRule } from '../../clinical/modalities/rules.js';
import type { ApproachStructure, CatalogEntry } from '../../clinical/modalities/schema.js';
import type { ModalitySuggestion } from '../../clinical/modalities/suggest.js';
import { catalogContent } from '../../content/catalog/index.js';
import type { Locale, PlanContextValue } from '../../context/plan-context.js';
import type { PlanError, Result } from '../../model/errors.js';
import {
  type ConcernArea,
  type Goal,
  type Intervention,
  type Objective,
  type TreatmentPlan,
} from '../../model/plan.js';
import type { PlanCommand } from '../../plan/reducer.js';
import { allObjectives } from '../../plan/tree.js';
import { baseStyles } from '../../themes/base.styles.js';
import { refused, refusedNotice } from '../host-content.js';
import { catalogInUse, hostCatalogEntries } from '../host-catalog.js';
import { contentFailed, contentLoading, textOf } from '../templates/content.js';
import { LiveAnnouncer } from '../controllers/announcer.js';
import { DateFormatController } from '../controllers/date-format.js';
import { TextInputController, type TextEdit } from '../controllers/text-input.js';
import { domId, choices, errorMessage, labelledField, nameSuffix, selectField, type Choice } from '../templates/fields.js';
import { catalogTemplate, type CatalogView } from './catalog.js';
import { OpenParts } from '../controllers/open-parts.js';
import { disclosureStyles, toggleButton } from '../templates/disclosure.js';
import { suggestionsTemplate, type SuggestionsView } from './suggestions.js';
import { clientEntryTemplate } from './client-entry.js';
import { cards, section } from './display.js';
import { wholeNumberField } from './dose-fields.js';
import { check, homeworkTemplate, type HomeworkDraft, type HomeworkView } from './homework.js';
import { PlanElement } from '../plan-element.js';
import { planErrorWords } from '../../i18n/error-words.js';
import { ruleReasonWords } from '../../i18n/suggestion-words.js';
import { styles } from './modality-picker.styles.js';
import {
  DELIVERIES,
  FORMATS,
  FREQUENCIES,
  STATUSES,
  deliveryWords,
  formatWords,
  frequencyWords,
  interventionStateWords,
  statusWords,
} from '../../i18n/plan-words.js';
import { interventionCommands } from '../../plan/commands/interventions.js';
import { registerCommands } from '../../plan/registry.js';

// The commands this picker sends load with it, so a choice is in the plan at once (src/plan/registry.ts).
registerCommands(interventionCommands);

type Pair = Choice<string>;
type ObjectiveGroup = { label: string; objectives: Objective[] };
type Fields = Partial<Omit<Intervention, 'id' | 'modalityId' | 'homework' | 'createdAt'>>;

const EMPTY_HOMEWORK: HomeworkDraft = { what: '', frequency: '', objectiveId: '' };


const objectiveLabel = (o: Objective) => o.clinicalText || o.clientWords || msg('Untitled objective');
const goalLabel = (g: Goal) => g.clinicalText || g.clientWords || msg('Untitled goal');
const words = <T extends string>(list: readonly T[], w: (v: T) => string): Pair[] => choices(list, w);
/**
 * Where the clinician and client choose therapeutic approaches for this person: a searchable
 * catalog in plain language, suggestions that explain themselves (added only on a click, or
 * dismissed with a reason), and each chosen approach as a plan entry with its dose, format,
 * linked objectives and homework. In client mode it shows the agreed approaches and homework in
 * plain language, with no clinical editing.
 *
 * @tagname modality-picker
 * @summary Catalog of approaches, explainable suggestions, dose and homework.
 *
 * @fires input - A user edited a value (native, bubbles and composed).
 * @fires change - A user committed an edit: a field left, an option chosen, a button pressed (native).
 *
 * @csspart catalog-error - The visible message when the host's `catalog` is invalid.
 * @csspart suggestion - One suggested approach with its reasons.
 * @csspart entry - One chosen approach (a plan entry): one line until opened to edit it in place.
 * @csspart entry-toggle - The button that opens and closes a chosen approach (`aria-expanded`).
 * @csspart catalog-toggle - The button that opens a catalog card's details (`aria-expanded`).
 * @csspart catalog-others-toggle - Shows the approaches not matched to the plan's concerns (listed after those that fit, until a search or filter shows all results).
 * @csspart catalog-item - One approach in the catalog list.
 *
 * @cssprop [--tpk-modality-picker-card-background=var(--tpk-color-surface)] - Background of suggestions, entries and catalog items.
 * @cssprop [--tpk-modality-picker-card-border=var(--tpk-color-border)] - Border colour of those cards.
 * @cssprop [--tpk-modality-picker-gap=var(--tpk-space-4)] - Space between cards.
 */
export class ModalityPicker extends PlanElement {
  static override styles = [baseStyles, disclosureStyles, styles];

  /**
   * Host catalog entries to add (new id) or replace (same id as a built-in entry). Any text may be
   * given per language (`{ en: '…', es: '…' }`, English required); an entry not written in the
   * page's language is shown in English, marked `lang="en"`. Validated; an invalid value is
   * refused whole, the built-in catalog stays in use, and the problem is shown.
   */
  @property({ attribute: false }) catalog: unknown;

  /**
   * Suggestion rules to use instead of the kit's `SUGGESTION_RULES` (same shape). Validated; an
   * invalid value is refused whole, the kit's rules stay in use, and the problem is shown.
   */
  @property({ attribute: false }) rules: unknown;

  /** @internal */
  @state() private catalogError: PlanError | undefined;
  /** @internal */
  @state() private rulesError: PlanError | undefined;
  /** @internal */
  @state() private query = '';
  /** @internal */
  @state() private filterGoal = '';
  /** @internal */
  @state() private filterArea: ConcernArea | '' = '';
  /** @internal */
  @state() private filterStructure: ApproachStructure | '' = '';
  /** @internal Dismissal key being explained, and the reason typed so far. */
  @state() private dismissing: { key: string; reason: string } | undefined;
  /** @internal Unsaved new-homework forms, by intervention id. */
  @state() private homeworkDrafts: Record<string, HomeworkDraft> = {};
  /** @internal Field key → error shown next to that field. */
  @state() private errors: Record<string, string> = {};
  /** @internal Polite status message for screen readers. */

  /** The built-in catalog in the page's language, loaded with the picker. */
  #catalogContent = this.content(catalogContent);
  /** The host's entries in the page's language (validated), and the locale they were resolved for. */
  #host: { locale: Locale; entries: Result<CatalogEntry[]> | undefined } | undefined;
  #merged: { builtin: readonly CatalogEntry[]; host: unknown; entries: readonly CatalogEntry[] } | undefined;
  #rules: readonly SuggestionRule[] = SUGGESTION_RULES;

  // Search and filters are not edits of the plan: they are marked `data-no-emit`.
  #text = new TextInputController(this);
  #announcer = new LiveAnnouncer(this);
  /** Chosen approaches and catalog cards opened for details (`cat:<id>`); each on its own. */
  #open = new OpenParts(this, { accordion: false });
  #dates = new DateFormatController(() => this.ctx?.locale ?? 'en');

  /**
   * The catalog in use, in the page's language: built-in entries with the host's applied. Empty
   * while the built-in catalog loads (`await updateComplete` waits for it).
   */
  get effectiveCatalog(): readonly CatalogEntry[] {
    return this.#entries ?? [];
  }

  /** The catalog in use, or `undefined` while the built-in one loads. */
  get #entries(): readonly CatalogEntry[] | undefined {
    const builtin = this.#catalogContent.get(this.ctx?.locale ?? 'en');
    if (!builtin) return undefined;
    const host = this.#host?.entries;
    if (this.#merged?.builtin !== builtin || this.#merged.host !== host) this.#merged = { builtin, host, entries: catalogInUse(builtin, host) };
    return this.#merged.entries;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = this.ctx?.locale ?? 'en';
    if (changed.has('catalog') || this.#host?.locale !== locale) {
      const entries = this.catalog == null ? undefined : hostCatalogEntries(this.catalog, locale);
      this.#host = { locale, entries };
      if (changed.has('catalog')) this.catalogError = refused('modality-picker', entries);
    }
    if (changed.has('rules')) {
      const parsed = this.rules == null ? undefined : parseRules(this.rules);
      this.#rules = parsed?.ok ? parsed.value : SUGGESTION_RULES;
      this.rulesError = refused('modality-picker', parsed);
    }
  }

  // ------------------------------------------------------------------ render

  protected override renderPlan(ctx: PlanContextValue): TemplateResult {
    const plan = ctx.plan;
    if (!this.#entries) {
      return this.#catalogContent.failed(ctx.locale) ? contentFailed() : contentLoading(msg('Loading the approaches…'));
    }
    // The alert region stays in the DOM so that a problem appearing later is announced.
    return html`<div role="alert">
        ${refusedNotice(
          this.catalogError,
          msg('The approach catalog supplied by this page could not be used.'),
          msg('The built-in catalog is shown instead.'),
        )}
        ${refusedNotice(
          this.rulesError,
          msg('The suggestion rules supplied by this page could not be used.'),
          msg('The built-in rules are used instead.'),
        )}
      </div>
      ${this.#announcer.region()}
      ${this.mode === 'client'
        ? section('client', msg('Your approaches'), cards(
            plan.interventions.filter((i) => i.status !== 'stopped'),
            (iv) => clientEntryTemplate(plan, iv, this.#entry(iv.modalityId), (day) => this.#dates.format(day, 'long-day')),
            msg('You and your clinician have not chosen any approaches yet.'),
          ))
        : [suggestionsTemplate(plan, this.#suggestionsView()), this.#renderChosen(plan), catalogTemplate(plan, this.#catalogView())]}`;
  }

  // ------------------------------------------------------------------ chosen approaches

  #renderChosen(plan: TreatmentPlan): TemplateResult {
    const groups = plan.problems.flatMap((p) =>
      p.goals
        .filter((g) => g.objectives.length)
        .map((g) => ({ label: msg(str`Goal: ${goalLabel(g)}`), objectives: g.objectives })),
    );
    const objectiveOptions: Pair[] = [['', msg('Not linked')], ...allObjectives(plan).map((o): Pair => [o.id, objectiveLabel(o)])];
    return section(
      'chosen',
      msg('Approaches in this plan'),
      cards(
        plan.interventions,
        (iv) => this.#renderEntry(iv, groups, objectiveOptions),
        msg('No approaches chosen yet. Add one from the suggestions or the catalog.'),
      ),
    );
  }

  /** A chosen approach: one line (name, status, dose, objectives served) that opens to edit it in place. */
  #renderEntry(iv: Intervention, groups: ObjectiveGroup[], objectiveOptions: Pair[]): TemplateResult {
    const entry = this.#entry(iv.modalityId);
    const name = entry?.name ?? iv.modalityId;
    const id = (...p: string[]) => domId('iv', iv.id, ...p);
    // Links to objectives removed elsewhere in the plan do not count.
    const linked = groups.some((g) => g.objectives.some((o) => iv.objectiveIds.includes(o.id)));
    const open = this.#open.open([]).has(iv.id);
    const linkedCount = groups.reduce((n, g) => n + g.objectives.filter((o) => iv.objectiveIds.includes(o.id)).length, 0);
    return html`<li part="entry" class="card entry" id=${id()}>
      <h3 id=${id('h')} tabindex="-1">
        ${toggleButton({ key: iv.id, open, controls: id('body'), label: textOf(entry, name), state: interventionStateWords(iv, linkedCount), onToggle: () => this.#open.toggle(iv.id, []), part: 'entry-toggle' })}
      </h3>
      ${open ? this.#renderEntryBody(iv, entry, name, groups, objectiveOptions, linked) : nothing}
    </li>`;
  }

  /** An open approach, edited in place: techniques, objectives, dose, who and why, homework. */
  #renderEntryBody(iv: Intervention, entry: CatalogEntry | undefined, name: string, groups: ObjectiveGroup[], objectiveOptions: Pair[], linked: boolean): TemplateResult {
    const id = (...p: string[]) => domId('iv', iv.id, ...p);
    const set = (fields: Fields, errKey?: string, edit?: TextEdit) =>
      this.#run({ type: 'intervention/update', interventionId: iv.id, fields }, errKey, edit);
    /** Free text: an empty value clears the field. */
    const trimmed = (key: 'frequencyNote' | 'clinician' | 'startDate' | 'statusReason' | 'rationale') => (v: string, edit: TextEdit) =>
      set({ [key]: v.trim() || undefined }, undefined, edit);
    const statusErr = `status:${iv.id}`;
    const linksErr = `links:${iv.id}`;
    const rule = iv.suggestedBy && this.#rules.find((r) => r.id === iv.suggestedBy);
    return html`<div class="entry-body" id=${id('body')}>
      ${entry ? html`<p>${textOf(entry, entry.summary)}</p>` : nothing}
      ${entry?.kind === 'referral'
        ? html`<p class="note">${msg('A referral to a prescriber: the prescriber decides any medication and dose.')}</p>`
        : nothing}
      ${iv.suggestedBy
        ? html`<p class="hint">${msg('Suggested because:')} ${ruleReasonWords(rule || { id: iv.suggestedBy })}</p>`
        : nothing}
      ${entry?.techniques.length
        ? html`<fieldset>
            <legend>${msg('Techniques')}</legend>
            ${entry.techniques.map((t) =>
              check(
                id('t', t.id),
                textOf(entry, t.name),
                iv.techniques.includes(t.id),
                (on) =>
                  set({
                    techniques: entry.techniques.map((x) => x.id).filter((x) => (x === t.id ? on : iv.techniques.includes(x))),
                  }),
                t.description,
                id('td', t.id),
              ),
            )}
          </fieldset>`
        : nothing}

      <fieldset aria-describedby=${linked ? nothing : id('links-hint')}>
        <legend>${msg('Objectives this approach serves')}</legend>
        ${groups.length
          ? groups.map(
              (g) => html`<div class="goal-group">
                <p class="goal-name">${g.label}</p>
                ${g.objectives.map((o) =>
                  check(id('o', o.id), objectiveLabel(o), iv.objectiveIds.includes(o.id), (on) =>
                    set(
                      { objectiveIds: on ? [...iv.objectiveIds, o.id] : iv.objectiveIds.filter((x) => x !== o.id) },
                      linksErr,
                    ),
                  ),
                )}
              </div>`,
            )
          : html`<p>${msg('This plan has no objectives yet. Add goals and objectives first.')}</p>`}
        ${linked
          ? nothing
          : html`<p class="hint" id=${id('links-hint')}>${msg('Link at least one objective before this approach can become active.')}</p>`}
        ${errorMessage(this.errors[linksErr], id('links-err'))}
      </fieldset>

      <fieldset>
        <legend>${msg('Dose and format')}</legend>
        <div class="grid">
          ${selectField({
            id: id('freq'),
            label: msg('How often'),
            value: iv.frequency,
            choices: words(FREQUENCIES, frequencyWords),
            onChange: (v) => set({ frequency: v as Intervention['frequency'] }),
          })}
          ${iv.frequency === 'other'
            ? this.#textField(id('freq-note'), msg('Describe the frequency'), iv.frequencyNote ?? '', trimmed('frequencyNote'))
            : nothing}
          ${wholeNumberField(this.#text, {
            id: id('minutes'),
            label: msg('Session length (minutes)'),
            value: iv.sessionMinutes,
            min: 5,
            max: 600,
            error: this.errors[`minutes:${iv.id}`],
            refuse: (message) => this.#setError(`minutes:${iv.id}`, message),
            commit: (v, e) => set({ sessionMinutes: v }, `minutes:${iv.id}`, e),
          })}
          ${wholeNumberField(this.#text, {
            id: id('sessions'),
            label: msg('Planned sessions'),
            value: iv.plannedSessions,
            min: 1,
            max: 500,
            error: this.errors[`sessions:${iv.id}`],
            refuse: (message) => this.#setError(`sessions:${iv.id}`, message),
            commit: (v, e) => set({ plannedSessions: v }, `sessions:${iv.id}`, e),
            hint: iv.plannedSessions === undefined ? msg('Empty: until the next review.') : msg('Clear to continue until the next review.'),
          })}
          ${selectField({ id: id('format'), label: msg('Format'), value: iv.format, choices: words(FORMATS, formatWords), onChange: (v) => set({ format: v as Intervention['format'] }) })}
          ${selectField({
            id: id('delivery'),
            label: msg('Delivery'),
            value: iv.delivery,
            choices: words(DELIVERIES, deliveryWords),
            onChange: (v) => set({ delivery: v as Intervention['delivery'] }),
          })}
        </div>
        ${entry?.dose ? html`<p class="hint">${msg('Typical:')} ${textOf(entry, entry.dose.text)}</p>` : nothing}
      </fieldset>

      <fieldset>
        <legend>${msg('Who, when and why')}</legend>
        <div class="grid">
          ${this.#textField(id('clinician'), msg('Responsible clinician'), iv.clinician ?? '', trimmed('clinician'))}
          ${this.#textField(id('start'), msg('Start date'), iv.startDate ?? '', trimmed('startDate'), 'date')}
          ${selectField({
            id: id('status'),
            label: msg('Status'),
            value: iv.status,
            choices: words(STATUSES, statusWords),
            onChange: (v) => set({ status: v as Intervention['status'] }, statusErr),
            error: this.errors[statusErr],
          })}
        </div>
        ${['paused', 'stopped', 'completed'].includes(iv.status) || iv.statusReason
          ? this.#textField(id('status-reason'), msg('Reason for this status'), iv.statusReason ?? '', trimmed('statusReason'), 'area')
          : nothing}
        ${this.#textField(id('rationale'), msg('Rationale'), iv.rationale ?? '', trimmed('rationale'), 'area')}
      </fieldset>

      ${homeworkTemplate(iv, objectiveOptions, this.#homeworkView(iv))}

      <div class="actions">
        <button type="button" @click=${() => this.#remove(iv.id, name)}>${msg('Remove from plan')}${nameSuffix(name)}</button>
      </div>
    </div>`;
  }

  /** The homework list's view of the picker, for approach `iv`. */
  #homeworkView(iv: Intervention): HomeworkView {
    return {
      draft: this.homeworkDrafts[iv.id] ?? EMPTY_HOMEWORK,
      editDraft: (draft) => (this.homeworkDrafts = { ...this.homeworkDrafts, [iv.id]: draft }),
      errors: this.errors,
      run: (command, errKey, edit) => this.#run(command, errKey, edit),
      textField: (...args) => this.#textField(...args),
      add: (e, draft, errKey) => this.#addHomework(e, iv.id, draft, errKey),
    };
  }

  /** The suggestions' view of the picker: adding, dismissing with a reason, offering again. */
  #suggestionsView(): SuggestionsView {
    return {
      entries: this.effectiveCatalog,
      rules: this.#rules,
      dismissing: this.dismissing,
      errors: this.errors,
      name: (modalityId) => this.#entry(modalityId)?.name ?? modalityId,
      formatDate: (day) => this.#dates.format(day),
      typeReason: (key, reason) => (this.dismissing = { key, reason }),
      add: (s) => this.#add(s.entry, s),
      startDismiss: (key, m) => this.#startDismiss(key, m),
      cancelDismiss: (m) => this.#cancelDismiss(m),
      confirmDismiss: (e, s) => this.#confirmDismiss(e, s),
      restore: (key, name) => this.#restore(key, name),
    };
  }

  /** The catalog's view of the picker: the search and filters, and adding an approach. */
  #catalogView(): CatalogView {
    return {
      entries: this.effectiveCatalog,
      query: this.query,
      filterGoal: this.filterGoal,
      filterArea: this.filterArea,
      filterStructure: this.filterStructure,
      setQuery: (text) => (this.query = text),
      setFilterGoal: (id) => (this.filterGoal = id),
      setFilterArea: (area) => (this.filterArea = area),
      setFilterStructure: (structure) => (this.filterStructure = structure),
      add: (e) => this.#add(e),
      isOpen: (key) => this.#open.open([]).has(key),
      toggle: (key) => this.#open.toggle(key, []),
    };
  }

  // ------------------------------------------------------------------ fields

  /**
   * A text input (or `area`: a textarea) whose every keystroke goes to the plan, one undo step per
   * burst (`TextInputController`). A refused edit stays in the field; the error under `errKey` is
   * shown by the caller at `errId`, which the field points to.
   */
  #textField(
    id: string,
    label: string,
    value: string,
    commit: (text: string, edit: TextEdit) => boolean,
    kind: 'text' | 'date' | 'area' = 'text',
    errKey?: string,
    errId?: string,
  ): TemplateResult {
    const on = this.#text.handler(id, (e) => commit(e.text, e));
    const shown = live(this.#text.text(id, value));
    const err = errKey ? this.errors[errKey] : undefined;
    const invalid = err ? 'true' : nothing;
    const described = err && errId ? errId : nothing;
    return labelledField(
      id,
      label,
      kind === 'area'
        ? html`<textarea id=${id} rows="2" aria-invalid=${invalid} aria-describedby=${described} .value=${shown} @input=${on} @change=${on}></textarea>`
        : html`<input id=${id} type=${kind} aria-invalid=${invalid} aria-describedby=${described} .value=${shown} @input=${on} @change=${on} />`,
    );
  }

  // ------------------------------------------------------------------ actions

  #entry(id: string): CatalogEntry | undefined {
    return this.effectiveCatalog.find((e) => e.id === id);
  }

  #setError(key: string, message: string | undefined): void {
    const { [key]: _cleared, ...others } = this.errors;
    this.errors = message ? { ...this.errors, [key]: message } : others;
  }

  /**
   * Sends a command; on refusal shows the reason next to the field `errKey` names. Typing (`edit`)
   * is one undo step per burst and fires `change` only when the field is committed.
   */
  #run(command: PlanCommand, errKey?: string, edit?: TextEdit): boolean {
    const r = this.dispatch(command, edit && { coalesce: edit.coalesce });
    const words = r.ok ? undefined : planErrorWords(r.error);
    if (errKey) this.#setError(errKey, words);
    else if (words) this.#announcer.announce(words);
    if (r.ok && (!edit || edit.final)) this.emitChange();
    // A refused choice re-renders so the control shows the plan's value again (`live`); refused
    // typing stays in its field (`TextInputController`).
    else if (!r.ok) this.requestUpdate();
    return r.ok;
  }

  /** Moves focus to the element with this id once the next render is in the DOM. */
  async #focus(id: string): Promise<void> {
    await this.updateComplete;
    (this.renderRoot as ShadowRoot).getElementById(id)?.focus();
  }

  /**
   * Adds an approach, only ever on a click. A new entry starts from the catalog's typical dose and
   * the client's format preference; one from a suggestion keeps its techniques and reasons.
   */
  #add(e: CatalogEntry, s?: ModalitySuggestion): void {
    const id = crypto.randomUUID();
    const added = this.#run({
      type: 'intervention/add',
      id,
      modalityId: e.id,
      ...(s && { suggestedBy: s.reasons[0]!.ruleId }),
      fields: {
        frequency: e.dose?.frequency ?? 'as-needed',
        format: e.dose?.format ?? 'individual',
        delivery: this.plan?.assessment.intake.preferences.format ?? 'in-person',
        ...(e.dose?.sessionMinutes ? { sessionMinutes: e.dose.sessionMinutes } : {}),
        ...(s && { techniques: s.techniques, rationale: s.reasons.map((r) => r.text).join(' ') }),
      },
    });
    if (added) {
      this.#open.reveal(id, []);
      this.#announcer.announce(msg(str`${e.name} added to the plan as proposed.`));
      void this.#focus(domId('iv', id, 'h'));
    }
  }

  #startDismiss(key: string, m: string): void {
    this.dismissing = { key, reason: '' };
    this.#setError(`dismiss:${key}`, undefined);
    void this.#focus(`dr-${m}`);
  }

  #cancelDismiss(m: string): void {
    this.dismissing = undefined;
    void this.#focus(`dismiss-${m}`);
  }

  #confirmDismiss(e: Event, s: ModalitySuggestion): void {
    e.preventDefault();
    const reason = this.dismissing?.reason.trim() ?? '';
    const errKey = `dismiss:${s.key}`;
    if (!reason) {
      this.#setError(errKey, msg('Say why you are dismissing this suggestion; it will not be offered again.'));
    } else if (this.#run({ type: 'intervention/dismiss-suggestion', key: s.key, reason }, errKey)) {
      this.dismissing = undefined;
      this.#announcer.announce(msg(str`${s.entry.name} dismissed.`));
    }
  }

  #restore(key: string, name: string): void {
    if (this.#run({ type: 'intervention/restore-suggestion', key })) this.#announcer.announce(msg(str`${name} can be suggested again.`));
  }

  #remove(interventionId: string, name: string): void {
    if (this.#run({ type: 'intervention/remove', interventionId })) {
      this.#announcer.announce(msg(str`${name} removed from the plan.`));
      this.renderRoot.querySelector<HTMLElement>('#chosen-h')?.focus();
    }
  }

  #addHomework(e: Event, interventionId: string, draft: HomeworkDraft, errKey: string): void {
    e.preventDefault();
    const what = draft.what.trim();
    const frequency = draft.frequency.trim();
    if (!what || !frequency) {
      this.#setError(errKey, msg('Say what the homework is and how often it is done.'));
    } else if (
      this.#run(
        {
          type: 'homework/add',
          interventionId,
          fields: { what, frequency, ...(draft.objectiveId ? { objectiveId: draft.objectiveId } : {}) },
        },
        errKey,
      )
    ) {
      const { [interventionId]: _added, ...drafts } = this.homeworkDrafts;
      this.homeworkDrafts = drafts;
      this.#announcer.announce(msg('Homework added.'));
    }
  }
}
