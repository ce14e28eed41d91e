import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  MODALITY_CATALOG,
  SUGGESTION_RULES,
  mergeCatalog,
  parseRules,
  searchCatalog,
  suggestModalities,
  suggestionKey,
  MODALITY_DISMISSAL_PREFIX,
  type CatalogEntry,
  type ModalitySuggestion,
  type ApproachStructure,
  type SuggestionRule,
} from '../../clinical/modalities/index.js';
import type { PlanContextValue } from '../../context/plan-context.js';
import type { PlanError } from '../../model/errors.js';
import { ConcernAreaSchema, type ConcernArea, type Intervention, type Objective, type TreatmentPlan } from '../../model/plan.js';
import type { PlanCommand } from '../../plan/reducer.js';
import { baseStyles } from '../../themes/base.styles.js';
import { PlanElement } from '../plan-element.js';
import { styles } from './modality-picker.styles.js';
import {
  DELIVERIES,
  FORMATS,
  FREQUENCIES,
  STATUSES,
  STRUCTURES,
  concernWords,
  deliveryWords,
  formatWords,
  frequencyWords,
  statusWords,
  structureWords,
} from '../../i18n/plan-words.js';

interface HomeworkDraft {
  what: string;
  frequency: string;
  objectiveId: string;
}

const EMPTY_HOMEWORK: HomeworkDraft = { what: '', frequency: '', objectiveId: '' };

/** Ids from plan data are safe in attributes but may hold spaces, which break `aria-describedby` lists. */
const domId = (...parts: string[]) => parts.map((p) => p.replace(/[^A-Za-z0-9_-]/g, '_')).join('-');

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
 * @csspart entry - One chosen approach (a plan entry).
 * @csspart catalog-item - One approach in the catalog list.
 *
 * @cssprop [--tpk-modality-picker-card-background=var(--tpk-color-surface)] - Background of suggestions, entries and catalog items.
 * @cssprop [--tpk-modality-picker-card-border=var(--tpk-color-border)] - Border colour of those cards.
 * @cssprop [--tpk-modality-picker-gap=var(--tpk-space-4)] - Space between cards.
 */
@localized()
export class ModalityPicker extends PlanElement {
  static override styles = [baseStyles, styles];

  /**
   * Host catalog entries to add (new id) or replace (same id as a built-in entry). Validated; an
   * invalid value is refused whole, the built-in catalog stays in use, and the problem is shown.
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
  @state() private announcement = '';

  #entries: readonly CatalogEntry[] = MODALITY_CATALOG;
  #rules: readonly SuggestionRule[] = SUGGESTION_RULES;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Inner controls' `input` events are composed and would reach the host as well; the host gets
    // exactly one `input` per edit, from itself. Search and filters are not edits of the plan.
    root.addEventListener('input', (e) => {
      if (e.target === this) return;
      e.stopPropagation();
      if (!(e.target as Element).closest?.('[data-no-emit]')) this.emitInput();
    });
    return root;
  }

  /** The catalog in use: built-in entries with the host's applied. */
  get effectiveCatalog(): readonly CatalogEntry[] {
    return this.#entries;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('catalog')) {
      if (this.catalog === undefined || this.catalog === null) {
        this.#entries = MODALITY_CATALOG;
        this.catalogError = undefined;
      } else {
        const merged = mergeCatalog(MODALITY_CATALOG, this.catalog);
        if (merged.ok) {
          this.#entries = merged.value;
          this.catalogError = undefined;
        } else {
          this.#entries = MODALITY_CATALOG;
          this.catalogError = merged.error;
          console.error(`tailored-plan-kit: <modality-picker> ${merged.error.message}`, merged.error.issues);
        }
      }
    }
    if (changed.has('rules')) {
      const parsed = this.rules === undefined || this.rules === null ? undefined : parseRules(this.rules);
      this.#rules = parsed?.ok ? parsed.value : SUGGESTION_RULES;
      this.rulesError = parsed && !parsed.ok ? parsed.error : undefined;
      if (parsed && !parsed.ok) {
        console.error(`tailored-plan-kit: <modality-picker> ${parsed.error.message}`, parsed.error.issues);
      }
    }
  }

  // ------------------------------------------------------------------ render

  protected override renderPlan(ctx: PlanContextValue): TemplateResult {
    const plan = ctx.plan;
    return html`
      ${this.#renderCatalogError()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.mode === 'client' ? this.#renderClient(plan) : this.#renderClinician(plan)}
    `;
  }

  #renderCatalogError(): TemplateResult {
    const problem = (e: PlanError | undefined, title: string, fallback: string) =>
      e
        ? html`<div part="catalog-error" class="catalog-error">
            <p><strong>${title}</strong> ${fallback}</p>
            <ul>
              ${(e.issues ?? [e.message]).map((i) => html`<li><code>${i}</code></li>`)}
            </ul>
          </div>`
        : nothing;
    // The alert region stays in the DOM so that a problem appearing later is announced.
    return html`<div role="alert">
      ${problem(
        this.catalogError,
        msg('The approach catalog supplied by this page could not be used.'),
        msg('The built-in catalog is shown instead.'),
      )}
      ${problem(
        this.rulesError,
        msg('The suggestion rules supplied by this page could not be used.'),
        msg('The built-in rules are used instead.'),
      )}
    </div>`;
  }

  #renderClinician(plan: TreatmentPlan): TemplateResult {
    return html`
      ${this.#renderSuggestions(plan)} ${this.#renderChosen(plan)} ${this.#renderCatalog(plan)}
    `;
  }

  // ------------------------------------------------------------------ suggestions

  #renderSuggestions(plan: TreatmentPlan): TemplateResult {
    const suggestions = suggestModalities(plan, this.#entries, this.#rules);
    const dismissed = plan.dismissals.filter((d) => d.key.startsWith(MODALITY_DISMISSAL_PREFIX));
    return html`<section class="suggestions" aria-labelledby="suggestions-h">
      <h2 id="suggestions-h">${msg('Suggested approaches')}</h2>
      <p class="hint">
        ${msg(
          'Suggestions come from the assessment, goals, preferences and history. Each shows why. Nothing is added to the plan until you choose it.',
        )}
      </p>
      ${suggestions.length
        ? html`<ul class="cards">
            ${suggestions.map((s) => this.#renderSuggestion(s))}
          </ul>`
        : html`<p class="empty">
            ${msg('No suggestions yet. They appear as concerns, scores and preferences are recorded in the assessment.')}
          </p>`}
      ${dismissed.length
        ? html`<details class="dismissed">
            <summary>${msg(str`Dismissed suggestions (${dismissed.length})`)}</summary>
            <ul>
              ${dismissed.map((d) => {
                const id = d.key.slice(MODALITY_DISMISSAL_PREFIX.length);
                const name = this.#entry(id)?.name ?? id;
                return html`<li>
                  <strong>${name}</strong>: ${d.reason}
                  <button type="button" class="small" @click=${() => this.#restore(d.key, name)}>
                    ${msg('Offer again')}<span class="visually-hidden">: ${name}</span>
                  </button>
                </li>`;
              })}
            </ul>
          </details>`
        : nothing}
    </section>`;
  }

  #renderSuggestion(s: ModalitySuggestion): TemplateResult {
    const hid = domId('sg', s.modalityId);
    const techniques = s.techniques.map((t) => s.entry.techniques.find((x) => x.id === t)?.name ?? t);
    const isDismissing = this.dismissing?.key === s.key;
    const errKey = `dismiss:${s.key}`;
    return html`<li part="suggestion" class="card suggestion ${s.demoted ? 'demoted' : ''}">
      <h3 id=${hid}>${s.entry.name}</h3>
      ${s.entry.kind === 'referral'
        ? html`<p class="note">${msg('A referral to a prescriber: this plan never sets a medication or dose.')}</p>`
        : nothing}
      ${techniques.length ? html`<p><strong>${msg('Emphasis:')}</strong> ${techniques.join(', ')}</p>` : nothing}
      <p class="why-label"><strong>${msg('Why:')}</strong></p>
      <ul class="reasons">
        ${s.reasons.map(
          (r) => html`<li>
            ${r.text}
            ${r.evidence.length ? html`<span class="evidence">${msg('Based on:')} ${r.evidence.join('; ')}</span>` : nothing}
          </li>`,
        )}
        ${s.preference ? html`<li class="preference">${s.preference.text}</li>` : nothing}
        ${s.demoted ? html`<li class="demotion"><strong>${msg('Moved down:')}</strong> ${s.demoted.text}</li>` : nothing}
      </ul>
      ${isDismissing
        ? html`<form
            class="dismiss-form"
            @submit=${(e: Event) => this.#confirmDismiss(e, s)}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                void this.#cancelDismiss(s.modalityId);
              }
            }}
          >
            <label for=${domId('dr', s.modalityId)}>${msg(str`Why dismiss ${s.entry.name}?`)}</label>
            <textarea
              id=${domId('dr', s.modalityId)}
              rows="2"
              aria-describedby=${this.errors[errKey] ? domId('dr-err', s.modalityId) : nothing}
              aria-invalid=${this.errors[errKey] ? 'true' : 'false'}
              .value=${live(this.dismissing!.reason)}
              @input=${(e: Event) => {
                this.dismissing = { key: s.key, reason: (e.target as HTMLTextAreaElement).value };
              }}
            ></textarea>
            ${this.#error(errKey, domId('dr-err', s.modalityId))}
            <div class="actions">
              <button type="submit" class="primary">${msg('Dismiss suggestion')}</button>
              <button type="button" @click=${() => this.#cancelDismiss(s.modalityId)}>${msg('Cancel')}</button>
            </div>
          </form>`
        : html`<div class="actions">
            <button type="button" class="primary" aria-describedby=${hid} @click=${() => this.#addFromSuggestion(s)}>
              ${msg('Add to plan')}
            </button>
            <button
              type="button"
              id=${domId('dismiss', s.modalityId)}
              aria-describedby=${hid}
              @click=${() => this.#startDismiss(s)}
            >
              ${msg('Dismiss…')}
            </button>
          </div>`}
    </li>`;
  }

  // ------------------------------------------------------------------ chosen approaches

  #renderChosen(plan: TreatmentPlan): TemplateResult {
    return html`<section class="chosen" aria-labelledby="chosen-h">
      <h2 id="chosen-h">${msg('Approaches in this plan')}</h2>
      ${plan.interventions.length
        ? html`<ul class="cards">
            ${plan.interventions.map((iv) => this.#renderEntry(plan, iv))}
          </ul>`
        : html`<p class="empty">${msg('No approaches chosen yet. Add one from the suggestions or the catalog.')}</p>`}
    </section>`;
  }

  #renderEntry(plan: TreatmentPlan, iv: Intervention): TemplateResult {
    const entry = this.#entry(iv.modalityId);
    const name = entry?.name ?? iv.modalityId;
    const id = (...p: string[]) => domId('iv', iv.id, ...p);
    const objectives = this.#objectiveGroups(plan);
    const statusErr = `status:${iv.id}`;
    const linksErr = `links:${iv.id}`;
    // Links to objectives removed elsewhere in the plan do not count.
    const linked = objectives.some((g) => g.objectives.some((o) => iv.objectiveIds.includes(o.id)));
    return html`<li part="entry" class="card entry" id=${id()}>
      <h3 id=${id('h')} tabindex="-1">${name} <span class="badge">${statusWords(iv.status)}</span></h3>
      ${entry ? html`<p>${entry.summary}</p>` : nothing}
      ${entry?.kind === 'referral'
        ? html`<p class="note">${msg('A referral to a prescriber: the prescriber decides any medication and dose.')}</p>`
        : nothing}
      ${iv.suggestedBy ? this.#renderSuggestedBy(iv.suggestedBy) : nothing}

      ${entry && entry.techniques.length
        ? html`<fieldset>
            <legend>${msg('Techniques')}</legend>
            ${entry.techniques.map(
              (t) => html`<div class="check">
                <input
                  type="checkbox"
                  id=${id('t', t.id)}
                  .checked=${live(iv.techniques.includes(t.id))}
                  aria-describedby=${id('td', t.id)}
                  @change=${(e: Event) => {
                    const on = (e.target as HTMLInputElement).checked;
                    const techniques = entry.techniques
                      .map((x) => x.id)
                      .filter((x) => (x === t.id ? on : iv.techniques.includes(x)));
                    this.#update(iv, { techniques });
                  }}
                />
                <label for=${id('t', t.id)}>${t.name}</label>
                <span class="desc" id=${id('td', t.id)}>${t.description}</span>
              </div>`,
            )}
          </fieldset>`
        : nothing}

      <fieldset aria-describedby=${linked ? nothing : id('links-hint')}>
        <legend>${msg('Objectives this approach serves')}</legend>
        ${objectives.length
          ? objectives.map(
              (g) => html`<div class="goal-group">
                <p class="goal-name">${g.label}</p>
                ${g.objectives.map(
                  (o) => html`<div class="check">
                    <input
                      type="checkbox"
                      id=${id('o', o.id)}
                      .checked=${live(iv.objectiveIds.includes(o.id))}
                      @change=${(e: Event) => {
                        const on = (e.target as HTMLInputElement).checked;
                        const objectiveIds = on
                          ? [...iv.objectiveIds, o.id]
                          : iv.objectiveIds.filter((x) => x !== o.id);
                        this.#update(iv, { objectiveIds }, linksErr);
                      }}
                    />
                    <label for=${id('o', o.id)}>${objectiveLabel(o)}</label>
                  </div>`,
                )}
              </div>`,
            )
          : html`<p>${msg('This plan has no objectives yet. Add goals and objectives first.')}</p>`}
        ${linked
          ? nothing
          : html`<p class="hint" id=${id('links-hint')}>
              ${msg('Link at least one objective before this approach can become active.')}
            </p>`}
        ${this.#error(linksErr, id('links-err'))}
      </fieldset>

      <fieldset>
        <legend>${msg('Dose and format')}</legend>
        <div class="grid">
          ${this.#select(
            id('freq'),
            msg('How often'),
            iv.frequency,
            FREQUENCIES.map((f) => [f, frequencyWords(f)]),
            (v) => this.#update(iv, { frequency: v as Intervention['frequency'] }),
          )}
          ${iv.frequency === 'other'
            ? this.#text(id('freq-note'), msg('Describe the frequency'), iv.frequencyNote ?? '', (v) =>
                this.#update(iv, { frequencyNote: v.trim() || undefined }),
              )
            : nothing}
          ${this.#number(id('minutes'), msg('Session length (minutes)'), iv.sessionMinutes, 5, 600, `minutes:${iv.id}`, (v) =>
            this.#update(iv, { sessionMinutes: v }, `minutes:${iv.id}`),
          )}
          ${this.#number(
            id('sessions'),
            msg('Planned sessions'),
            iv.plannedSessions,
            1,
            500,
            `sessions:${iv.id}`,
            (v) => this.#update(iv, { plannedSessions: v }, `sessions:${iv.id}`),
            iv.plannedSessions === undefined ? msg('Empty: until the next review.') : msg('Clear to continue until the next review.'),
          )}
          ${this.#select(
            id('format'),
            msg('Format'),
            iv.format,
            FORMATS.map((f) => [f, formatWords(f)]),
            (v) => this.#update(iv, { format: v as Intervention['format'] }),
          )}
          ${this.#select(
            id('delivery'),
            msg('Delivery'),
            iv.delivery,
            DELIVERIES.map((d) => [d, deliveryWords(d)]),
            (v) => this.#update(iv, { delivery: v as Intervention['delivery'] }),
          )}
        </div>
        ${entry?.dose ? html`<p class="hint">${msg(str`Typical: ${entry.dose.text}.`)}</p>` : nothing}
      </fieldset>

      <fieldset>
        <legend>${msg('Who, when and why')}</legend>
        <div class="grid">
          ${this.#text(id('clinician'), msg('Responsible clinician'), iv.clinician ?? '', (v) =>
            this.#update(iv, { clinician: v.trim() || undefined }),
          )}
          <div class="field">
            <label for=${id('start')}>${msg('Start date')}</label>
            <input
              type="date"
              id=${id('start')}
              .value=${live(iv.startDate ?? '')}
              @change=${(e: Event) => this.#update(iv, { startDate: (e.target as HTMLInputElement).value || undefined })}
            />
          </div>
          ${this.#select(
            id('status'),
            msg('Status'),
            iv.status,
            STATUSES.map((s) => [s, statusWords(s)]),
            (v) => this.#update(iv, { status: v as Intervention['status'] }, statusErr),
            statusErr,
          )}
        </div>
        ${iv.status === 'paused' || iv.status === 'stopped' || iv.status === 'completed' || iv.statusReason
          ? html`<div class="field">
              <label for=${id('status-reason')}>${msg('Reason for this status')}</label>
              <textarea
                id=${id('status-reason')}
                rows="2"
                .value=${live(iv.statusReason ?? '')}
                @change=${(e: Event) =>
                  this.#update(iv, { statusReason: (e.target as HTMLTextAreaElement).value.trim() || undefined })}
              ></textarea>
            </div>`
          : nothing}
        <div class="field">
          <label for=${id('rationale')}>${msg('Rationale')}</label>
          <textarea
            id=${id('rationale')}
            rows="2"
            .value=${live(iv.rationale ?? '')}
            @change=${(e: Event) =>
              this.#update(iv, { rationale: (e.target as HTMLTextAreaElement).value.trim() || undefined })}
          ></textarea>
        </div>
      </fieldset>

      ${this.#renderHomework(plan, iv)}

      <div class="actions">
        <button type="button" @click=${() => this.#remove(iv, name)}>
          ${msg('Remove from plan')}<span class="visually-hidden">: ${name}</span>
        </button>
      </div>
    </li>`;
  }

  #renderSuggestedBy(ruleId: string): TemplateResult {
    const rule = this.#rules.find((r) => r.id === ruleId);
    return html`<p class="hint">${msg('Suggested because:')} ${rule ? rule.reason : ruleId}</p>`;
  }

  #renderHomework(plan: TreatmentPlan, iv: Intervention): TemplateResult {
    const id = (...p: string[]) => domId('hw', iv.id, ...p);
    const options = this.#objectiveOptions(plan);
    const draft = this.homeworkDrafts[iv.id] ?? EMPTY_HOMEWORK;
    const setDraft = (patch: Partial<HomeworkDraft>) => {
      this.homeworkDrafts = { ...this.homeworkDrafts, [iv.id]: { ...draft, ...patch } };
    };
    const addErr = `hw-add:${iv.id}`;
    return html`<fieldset class="homework">
      <legend>${msg('Homework and practice between sessions')}</legend>
      ${iv.homework.length
        ? html`<ul class="hw-list">
            ${iv.homework.map((h) => {
              const hid = (...p: string[]) => id(h.id, ...p);
              const err = `hw:${iv.id}:${h.id}`;
              return html`<li class="hw">
                <div class="field">
                  <label for=${hid('what')}>${msg('What')}</label>
                  <textarea
                    id=${hid('what')}
                    rows="2"
                    .value=${live(h.what)}
                    @change=${(e: Event) =>
                      this.#run(
                        {
                          type: 'homework/update',
                          interventionId: iv.id,
                          homeworkId: h.id,
                          fields: { what: (e.target as HTMLTextAreaElement).value.trim() },
                        },
                        err,
                      )}
                  ></textarea>
                </div>
                <div class="grid">
                  ${this.#text(hid('freq'), msg('How often'), h.frequency, (v) =>
                    this.#run(
                      { type: 'homework/update', interventionId: iv.id, homeworkId: h.id, fields: { frequency: v.trim() } },
                      err,
                    ),
                  )}
                  ${this.#select(hid('obj'), msg('For objective'), h.objectiveId ?? '', options, (v) =>
                    this.#run(
                      {
                        type: 'homework/update',
                        interventionId: iv.id,
                        homeworkId: h.id,
                        fields: { objectiveId: v || undefined },
                      },
                      err,
                    ),
                  )}
                </div>
                <div class="check">
                  <input
                    type="checkbox"
                    id=${hid('agreed')}
                    .checked=${live(!!h.agreedWithClient)}
                    @change=${(e: Event) =>
                      this.#run(
                        {
                          type: 'homework/update',
                          interventionId: iv.id,
                          homeworkId: h.id,
                          fields: { agreedWithClient: (e.target as HTMLInputElement).checked },
                        },
                        err,
                      )}
                  />
                  <label for=${hid('agreed')}>${msg('Agreed with the client')}</label>
                  <span class="desc">${msg('Agreed homework is what the client sees in their view.')}</span>
                </div>
                ${this.#error(err, hid('err'))}
                <button
                  type="button"
                  class="small"
                  @click=${() => this.#run({ type: 'homework/remove', interventionId: iv.id, homeworkId: h.id })}
                >
                  ${msg('Remove homework')}<span class="visually-hidden">: ${h.what}</span>
                </button>
              </li>`;
            })}
          </ul>`
        : html`<p class="empty">${msg('No homework yet.')}</p>`}
      <form
        class="hw-add"
        @submit=${(e: Event) => {
          e.preventDefault();
          this.#addHomework(iv, draft, addErr);
        }}
      >
        <div class="field">
          <label for=${id('new-what')}>${msg('New homework: what')}</label>
          <textarea
            id=${id('new-what')}
            rows="2"
            aria-describedby=${this.errors[addErr] ? id('new-err') : nothing}
            .value=${live(draft.what)}
            @input=${(e: Event) => setDraft({ what: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
        </div>
        <div class="grid">
          <div class="field">
            <label for=${id('new-freq')}>${msg('How often')}</label>
            <input
              id=${id('new-freq')}
              type="text"
              aria-describedby=${this.errors[addErr] ? id('new-err') : nothing}
              .value=${live(draft.frequency)}
              @input=${(e: Event) => setDraft({ frequency: (e.target as HTMLInputElement).value })}
            />
          </div>
          <div class="field">
            <label for=${id('new-obj')}>${msg('For objective')}</label>
            <select
              id=${id('new-obj')}
              .value=${live(draft.objectiveId)}
              @change=${(e: Event) => setDraft({ objectiveId: (e.target as HTMLSelectElement).value })}
            >
              ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === draft.objectiveId}>${l}</option>`)}
            </select>
          </div>
        </div>
        ${this.#error(addErr, id('new-err'))}
        <button type="submit">${msg('Add homework')}</button>
      </form>
    </fieldset>`;
  }

  // ------------------------------------------------------------------ catalog

  #renderCatalog(plan: TreatmentPlan): TemplateResult {
    const goals = plan.problems.flatMap((p) => p.goals.map((g) => ({ goal: g, problem: p })));
    const goalAreas = goals.find((x) => x.goal.id === this.filterGoal)?.problem.areas;
    const usedFor = [...(goalAreas ?? []), ...(this.filterArea ? [this.filterArea] : [])];
    const results = searchCatalog(this.#entries, {
      text: this.query,
      ...(usedFor.length ? { usedFor } : {}),
      ...(this.filterStructure ? { structure: this.filterStructure } : {}),
    });
    const inPlan = new Set(plan.interventions.map((i) => i.modalityId));
    const goalHasNoAreas = this.filterGoal && goalAreas && goalAreas.length === 0;
    return html`<section class="catalog" aria-labelledby="catalog-h">
      <h2 id="catalog-h">${msg('Catalog of approaches')}</h2>
      <form class="filters" data-no-emit role="search" aria-label=${msg('Search the catalog')} @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="q">${msg('Search')}</label>
          <input
            id="q"
            type="search"
            .value=${live(this.query)}
            @input=${(e: Event) => {
              this.query = (e.target as HTMLInputElement).value;
            }}
          />
        </div>
        <div class="field">
          <label for="f-goal">${msg('Serves goal')}</label>
          <select
            id="f-goal"
            aria-describedby=${goalHasNoAreas ? 'f-goal-hint' : nothing}
            @change=${(e: Event) => {
              this.filterGoal = (e.target as HTMLSelectElement).value;
            }}
          >
            <option value="" ?selected=${!this.filterGoal}>${msg('Any goal')}</option>
            ${goals.map(
              ({ goal }) =>
                html`<option value=${goal.id} ?selected=${goal.id === this.filterGoal}>
                  ${goal.clinicalText || goal.clientWords || msg('Untitled goal')}
                </option>`,
            )}
          </select>
          ${goalHasNoAreas
            ? html`<p class="hint" id="f-goal-hint">
                ${msg('This goal’s problem has no concern areas yet, so every approach is shown.')}
              </p>`
            : nothing}
        </div>
        <div class="field">
          <label for="f-area">${msg('Used for')}</label>
          <select
            id="f-area"
            @change=${(e: Event) => {
              this.filterArea = (e.target as HTMLSelectElement).value as ConcernArea | '';
            }}
          >
            <option value="" ?selected=${!this.filterArea}>${msg('Anything')}</option>
            ${ConcernAreaSchema.options.map(
              (a) => html`<option value=${a} ?selected=${a === this.filterArea}>${concernWords(a)}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="f-structure">${msg('Structure')}</label>
          <select
            id="f-structure"
            @change=${(e: Event) => {
              this.filterStructure = (e.target as HTMLSelectElement).value as ApproachStructure | '';
            }}
          >
            <option value="" ?selected=${!this.filterStructure}>${msg('Any')}</option>
            ${STRUCTURES.map(
              (s) => html`<option value=${s} ?selected=${s === this.filterStructure}>${structureWords(s)}</option>`,
            )}
          </select>
        </div>
      </form>
      <p class="count" role="status">${msg(str`${results.length} of ${this.#entries.length} approaches`)}</p>
      ${results.length
        ? html`<ul class="cards catalog-list">
            ${results.map((e) => this.#renderCatalogItem(e, inPlan.has(e.id)))}
          </ul>`
        : html`<p class="empty">${msg('No approach matches. Try fewer words or clear a filter.')}</p>`}
    </section>`;
  }

  #renderCatalogItem(e: CatalogEntry, inPlan: boolean): TemplateResult {
    const hid = domId('cat', e.id);
    return html`<li part="catalog-item" class="card catalog-item">
      <h3 id=${hid}>${e.name}</h3>
      <p>${e.summary}</p>
      <dl class="facts">
        <dt>${msg('Structure')}</dt>
        <dd>${structureWords(e.structure)}</dd>
        <dt>${msg('Typical dose')}</dt>
        <dd>${e.dose ? e.dose.text : msg('Decided by the prescriber')}</dd>
        <dt>${msg('Often used for')}</dt>
        <dd>${e.usedFor.map((a) => concernWords(a)).join(', ')}</dd>
      </dl>
      <details>
        <summary>${msg('More about this approach')}<span class="visually-hidden">: ${e.name}</span></summary>
        <p><strong>${msg('What it is:')}</strong> ${e.forClient}</p>
        <p><strong>${msg('What a session involves:')}</strong> ${e.sessionInvolves}</p>
        <p><strong>${msg('Techniques:')}</strong></p>
        <ul>
          ${e.techniques.map((t) => html`<li><strong>${t.name}</strong>: ${t.description}</li>`)}
        </ul>
      </details>
      <div class="actions">
        ${inPlan
          ? html`<p class="in-plan">${msg('In this plan')}</p>`
          : html`<button type="button" aria-describedby=${hid} @click=${() => this.#addFromCatalog(e)}>
              ${msg('Add to plan')}
            </button>`}
      </div>
    </li>`;
  }

  // ------------------------------------------------------------------ client mode

  #renderClient(plan: TreatmentPlan): TemplateResult {
    const shown = plan.interventions.filter((i) => i.status !== 'stopped');
    return html`<section class="client" aria-labelledby="client-h">
      <h2 id="client-h">${msg('Your approaches')}</h2>
      ${shown.length
        ? html`<ul class="cards">
            ${shown.map((iv) => this.#renderClientEntry(plan, iv))}
          </ul>`
        : html`<p class="empty">${msg('You and your clinician have not chosen any approaches yet.')}</p>`}
    </section>`;
  }

  #renderClientEntry(plan: TreatmentPlan, iv: Intervention): TemplateResult {
    const entry = this.#entry(iv.modalityId);
    const techniques = entry ? entry.techniques.filter((t) => iv.techniques.includes(t.id)) : [];
    const homework = iv.homework.filter((h) => h.agreedWithClient);
    const objectives = new Map(this.#allObjectives(plan).map((o) => [o.id, o]));
    const dose = [
      frequencyWords(iv.frequency) + (iv.frequency === 'other' && iv.frequencyNote ? `: ${iv.frequencyNote}` : ''),
      iv.sessionMinutes ? msg(str`${iv.sessionMinutes}-minute sessions`) : '',
      formatWords(iv.format),
      deliveryWords(iv.delivery),
      iv.plannedSessions ? msg(str`${iv.plannedSessions} sessions planned`) : msg('until your next plan review'),
    ].filter(Boolean);
    return html`<li part="entry" class="card entry client-entry">
      <h3>${entry?.name ?? iv.modalityId} <span class="badge">${statusWords(iv.status)}</span></h3>
      ${entry
        ? html`<p>${entry.forClient}</p>
            <p><strong>${msg('What a session involves:')}</strong> ${entry.sessionInvolves}</p>`
        : nothing}
      <p><strong>${msg('How often:')}</strong> ${dose.join(' · ')}</p>
      ${iv.startDate ? html`<p><strong>${msg('Starting:')}</strong> ${this.#day(iv.startDate)}</p>` : nothing}
      ${techniques.length
        ? html`<h4>${msg('What you will work on')}</h4>
            <ul>
              ${techniques.map((t) => html`<li><strong>${t.name}</strong>: ${t.description}</li>`)}
            </ul>`
        : nothing}
      <h4>${msg('Practice between sessions')}</h4>
      ${homework.length
        ? html`<ul class="hw-list">
            ${homework.map((h) => {
              const o = h.objectiveId ? objectives.get(h.objectiveId) : undefined;
              return html`<li>
                <strong>${h.what}</strong> — ${h.frequency}
                ${o ? html`<span class="evidence">${msg(str`Towards: ${o.clientWords || o.clinicalText}`)}</span>` : nothing}
              </li>`;
            })}
          </ul>`
        : html`<p class="empty">${msg('No practice agreed yet.')}</p>`}
    </li>`;
  }

  // ------------------------------------------------------------------ fields

  #select(
    id: string,
    label: string,
    value: string,
    options: readonly (readonly [string, string])[],
    commit: (v: string) => void,
    errKey?: string,
  ): TemplateResult {
    const err = errKey && this.errors[errKey];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        aria-invalid=${err ? 'true' : 'false'}
        aria-describedby=${err ? `${id}-err` : nothing}
        .value=${live(value)}
        @change=${(e: Event) => commit((e.target as HTMLSelectElement).value)}
      >
        ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
      </select>
      ${errKey ? this.#error(errKey, `${id}-err`) : nothing}
    </div>`;
  }

  #text(id: string, label: string, value: string, commit: (v: string) => void): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="text"
        .value=${live(value)}
        @change=${(e: Event) => commit((e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  #number(
    id: string,
    label: string,
    value: number | undefined,
    min: number,
    max: number,
    errKey: string,
    commit: (v: number | undefined) => void,
    hint?: string,
  ): TemplateResult {
    const err = this.errors[errKey];
    const described = [hint ? `${id}-hint` : '', err ? `${id}-err` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="number"
        inputmode="numeric"
        min=${min}
        max=${max}
        step="1"
        aria-invalid=${err ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        .value=${live(value === undefined ? '' : String(value))}
        @change=${(e: Event) => {
          const raw = (e.target as HTMLInputElement).value.trim();
          if (!raw) return commit(undefined);
          const n = Number(raw);
          if (!Number.isInteger(n) || n < min || n > max) {
            this.#setError(errKey, msg(str`Enter a whole number from ${min} to ${max}.`));
            return;
          }
          commit(n);
        }}
      />
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing} ${this.#error(errKey, `${id}-err`)}
    </div>`;
  }

  #error(key: string, id: string): TemplateResult | typeof nothing {
    const m = this.errors[key];
    return m ? html`<p class="error" id=${id} role="alert">${m}</p>` : nothing;
  }

  // ------------------------------------------------------------------ actions

  /** A calendar day in the provider's locale, e.g. "November 9, 2026". */
  #day(day: string): string {
    const d = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) return day;
    return new Intl.DateTimeFormat(this.ctx?.locale ?? 'en', { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  }

  #entry(id: string): CatalogEntry | undefined {
    return this.#entries.find((e) => e.id === id);
  }

  #allObjectives(plan: TreatmentPlan): Objective[] {
    return plan.problems.flatMap((p) => p.goals.flatMap((g) => g.objectives));
  }

  #objectiveGroups(plan: TreatmentPlan): { label: string; objectives: Objective[] }[] {
    return plan.problems.flatMap((p) =>
      p.goals
        .filter((g) => g.objectives.length)
        .map((g) => ({
          label: msg(str`Goal: ${g.clinicalText || g.clientWords || msg('Untitled goal')}`),
          objectives: g.objectives,
        })),
    );
  }

  #objectiveOptions(plan: TreatmentPlan): [string, string][] {
    return [['', msg('Not linked')], ...this.#allObjectives(plan).map((o): [string, string] => [o.id, objectiveLabel(o)])];
  }

  #setError(key: string, message: string | undefined): void {
    const next = { ...this.errors };
    if (message) next[key] = message;
    else delete next[key];
    this.errors = next;
  }

  /** Sends a command; on refusal shows the reason next to the field `errKey` names. */
  #run(command: PlanCommand, errKey?: string): boolean {
    const r = this.dispatch(command);
    if (errKey) this.#setError(errKey, r.ok ? undefined : r.error.message);
    else if (!r.ok) this.announcement = r.error.message;
    if (r.ok) this.emitChange();
    // A refused change re-renders so the control shows the plan's value again (`live`).
    else this.requestUpdate();
    return r.ok;
  }

  #update(iv: Intervention, fields: Partial<Omit<Intervention, 'id' | 'modalityId' | 'homework' | 'createdAt'>>, errKey?: string) {
    return this.#run({ type: 'intervention/update', interventionId: iv.id, fields }, errKey);
  }

  /** A new entry starts from the catalog's typical dose and the client's format preference. */
  #defaults(e: CatalogEntry): Pick<Intervention, 'frequency' | 'format' | 'delivery'> & { sessionMinutes?: number } {
    const pref = this.plan?.assessment.intake.preferences.format;
    return {
      frequency: e.dose?.frequency ?? 'as-needed',
      format: e.dose?.format ?? 'individual',
      delivery: pref ?? 'in-person',
      ...(e.dose?.sessionMinutes ? { sessionMinutes: e.dose.sessionMinutes } : {}),
    };
  }

  async #added(id: string, name: string): Promise<void> {
    this.announcement = msg(str`${name} added to the plan as proposed.`);
    await this.updateComplete;
    (this.renderRoot.querySelector(`#${CSS.escape(domId('iv', id, 'h'))}`) as HTMLElement | null)?.focus();
  }

  #addFromCatalog(e: CatalogEntry): void {
    const id = crypto.randomUUID();
    if (this.#run({ type: 'intervention/add', id, modalityId: e.id, fields: this.#defaults(e) })) {
      void this.#added(id, e.name);
    }
  }

  #addFromSuggestion(s: ModalitySuggestion): void {
    const id = crypto.randomUUID();
    const fields = {
      ...this.#defaults(s.entry),
      techniques: s.techniques,
      rationale: s.reasons.map((r) => r.text).join(' '),
    };
    const added = this.#run({
      type: 'intervention/add',
      id,
      modalityId: s.modalityId,
      suggestedBy: s.reasons[0]!.ruleId,
      fields,
    });
    if (added) void this.#added(id, s.entry.name);
  }

  async #startDismiss(s: ModalitySuggestion): Promise<void> {
    this.dismissing = { key: s.key, reason: '' };
    this.#setError(`dismiss:${s.key}`, undefined);
    await this.updateComplete;
    (this.renderRoot.querySelector(`#${CSS.escape(domId('dr', s.modalityId))}`) as HTMLElement | null)?.focus();
  }

  async #cancelDismiss(modalityId: string): Promise<void> {
    this.dismissing = undefined;
    await this.updateComplete;
    (this.renderRoot.querySelector(`#${CSS.escape(domId('dismiss', modalityId))}`) as HTMLElement | null)?.focus();
  }

  #confirmDismiss(e: Event, s: ModalitySuggestion): void {
    e.preventDefault();
    const reason = this.dismissing?.reason.trim() ?? '';
    const key = `dismiss:${s.key}`;
    if (!reason) {
      this.#setError(key, msg('Say why you are dismissing this suggestion; it will not be offered again.'));
      return;
    }
    if (this.#run({ type: 'intervention/dismiss-suggestion', key: suggestionKey(s.modalityId), reason }, key)) {
      this.dismissing = undefined;
      this.announcement = msg(str`${s.entry.name} dismissed.`);
    }
  }

  #restore(key: string, name: string): void {
    if (this.#run({ type: 'intervention/restore-suggestion', key })) this.announcement = msg(str`${name} can be suggested again.`);
  }

  #remove(iv: Intervention, name: string): void {
    if (this.#run({ type: 'intervention/remove', interventionId: iv.id })) {
      this.announcement = msg(str`${name} removed from the plan.`);
      (this.renderRoot.querySelector('#chosen-h') as HTMLElement | null)?.focus();
    }
  }

  #addHomework(iv: Intervention, draft: HomeworkDraft, errKey: string): void {
    if (!draft.what.trim() || !draft.frequency.trim()) {
      this.#setError(errKey, msg('Say what the homework is and how often it is done.'));
      return;
    }
    const ok = this.#run(
      {
        type: 'homework/add',
        interventionId: iv.id,
        fields: {
          what: draft.what.trim(),
          frequency: draft.frequency.trim(),
          ...(draft.objectiveId ? { objectiveId: draft.objectiveId } : {}),
        },
      },
      errKey,
    );
    if (ok) {
      const drafts = { ...this.homeworkDrafts };
      delete drafts[iv.id];
      this.homeworkDrafts = drafts;
      this.announcement = msg('Homework added.');
    }
  }
}

function objectiveLabel(o: Objective): string {
  return o.clinicalText || o.clientWords || msg('Untitled objective');
}
