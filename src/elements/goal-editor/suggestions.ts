import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { GoalLibrary, GoalSuggestion, LibraryProblem } from '../../clinical/goals/index.js';
import { suggestionProposalWords, suggestionReasonWords, type GoalWording } from '../../i18n/goal-words.js';
import type { Dismissal, Problem } from '../../model/plan.js';
import { errorMessage, itemButton, nameSuffix } from '../templates/fields.js';
import { textOf } from '../templates/content.js';

/** What the suggestions list shows and what its buttons do. */
export interface SuggestionsView {
  suggestions: readonly GoalSuggestion[];
  /** Key of the suggestion whose dismissal reason is being asked for. */
  dismissing: string | undefined;
  /** The reason typed so far. */
  dismissReason: string;
  /** `${key}:dismiss` → the refusal shown beside the reason. */
  errors: ReadonlyMap<string, string>;
  wording: GoalWording;
  accept(s: GoalSuggestion): void;
  startDismissing(s: GoalSuggestion): void;
  typeReason(text: string): void;
  dismiss(s: GoalSuggestion): void;
  cancelDismissing(): void;
}

/** Suggestions from the assessment: each with its reason, added only on a click or dismissed with a reason. */
export function suggestionsTemplate(v: SuggestionsView): TemplateResult {
  return html`<section part="suggestions" aria-labelledby="ge-suggestions">
    <h3 id="ge-suggestions" tabindex="-1" data-focus="suggestions-heading">${msg('Suggestions from the assessment')}</h3>
    <p class="muted">${msg('Decision support: nothing is added until you choose it.')}</p>
    <ul class="plain">
      ${repeat(
        v.suggestions,
        (s) => s.key,
        (s) => html`<li class="suggestion" data-suggestion=${s.key}>
          <p class="reason"><strong>${suggestionReasonWords(s, v.wording)}</strong> → ${suggestionProposalWords(s)}</p>
          ${v.dismissing === s.key ? dismissForm(v, s) : suggestionActions(v, s)}
        </li>`,
      )}
    </ul>
  </section>`;
}

function dismissForm(v: SuggestionsView, s: GoalSuggestion): TemplateResult {
  const error = v.errors.get(`${s.key}:dismiss`);
  const errorId = `err-${s.key}`;
  return html`<div class="fields">
      <label class="wide"
        >${msg('Why does this not fit?')}<textarea
          data-focus=${`dismiss-reason:${s.key}`}
          aria-describedby=${error ? errorId : nothing}
          aria-invalid=${error ? 'true' : 'false'}
          .value=${live(v.dismissReason)}
          @input=${(e: Event) => v.typeReason((e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>
    </div>
    ${errorMessage(error, errorId)}
    <div class="toolbar">
      <button type="button" @click=${() => v.dismiss(s)}>${msg('Dismiss with this reason')}</button>
      <button type="button" @click=${() => v.cancelDismissing()}>${msg('Cancel')}</button>
    </div>`;
}

function suggestionActions(v: SuggestionsView, s: GoalSuggestion): TemplateResult {
  return html`<div class="toolbar">
    <button type="button" class="primary" data-action="accept" @click=${() => v.accept(s)}>${msg('Add to plan')}</button>
    <button type="button" data-action="dismiss" @click=${() => v.startDismissing(s)}>${msg('Dismiss…')}</button>
  </div>`;
}

/** Goal suggestions dismissed earlier, with their reasons; each can be offered again. */
export function dismissedTemplate(
  dismissed: readonly Dismissal[],
  words: (key: string) => string,
  restore: (key: string) => void,
): TemplateResult | typeof nothing {
  if (!dismissed.length) return nothing;
  return html`<details class="dismissed">
    <summary>${msg(str`Dismissed suggestions (${dismissed.length})`)}</summary>
    <ul>
      ${dismissed.map((d) => {
        const what = words(d.key);
        return html`<li data-dismissed=${d.key}>
          ${msg(str`${what} — why: ${d.reason}`)} ${itemButton(msg('Offer again'), what, () => restore(d.key))}
        </li>`;
      })}
    </ul>
  </details>`;
}

/** What the goal library panel shows and what its buttons do. */
export interface LibraryView {
  library: GoalLibrary;
  /** The plan's problems, which can receive a library goal. */
  problems: readonly Problem[];
  open: boolean;
  /** The problem chosen to receive library goal `${libraryProblemId}:${goalIndex}`. */
  target(key: string): string;
  setOpen(open: boolean): void;
  chooseTarget(key: string, problemId: string): void;
  insertGoal(lp: LibraryProblem, goalIndex: number): void;
  insertProblem(lp: LibraryProblem): void;
}

/** The goal library: starting points to insert, then edit with the client. Entries render only while open. */
export function libraryTemplate(v: LibraryView): TemplateResult {
  return html`<details part="library" class="library" .open=${v.open} @toggle=${(e: Event) => v.setOpen((e.target as HTMLDetailsElement).open)}>
    <summary>${msg(str`Goal library: ${v.library.title}`)}</summary>
    <p class="muted">${msg('Insert a starting point, then edit it with the client in their own words.')}</p>
    ${v.open ? v.library.problems.map((lp) => libraryEntry(v, lp)) : nothing}
  </details>`;
}

function libraryEntry(v: LibraryView, lp: LibraryProblem): TemplateResult {
  return html`<div class="library-entry" data-library=${lp.id}>
    <h3>${textOf(lp, lp.title)}</h3>
    ${lp.summary ? html`<p class="muted">${textOf(lp, lp.summary)}</p>` : nothing}
    ${lp.phases?.length ? html`<p class="muted">${msg('Phases:')} ${textOf(lp, lp.phases.map((p) => p.title).join(' → '))}</p>` : nothing}
    <ul>
      ${lp.goals.map((g, gi) => {
        const key = `${lp.id}:${gi}`;
        return html`<li>
          ${textOf(lp, g.clinicalText)}
          ${v.problems.length
            ? html`<span class="toolbar"
                ><label class="inline"
                  >${msg('Add this goal to')}
                  <select
                    data-library-goal-target=${key}
                    .value=${live(v.target(key))}
                    @change=${(e: Event) => v.chooseTarget(key, (e.target as HTMLSelectElement).value)}
                  >
                    ${v.problems.map((p) => html`<option value=${p.id} ?selected=${p.id === v.target(key)}>${p.title || msg('(untitled problem)')}</option>`)}
                  </select></label
                >
                ${itemButton(msg('Add goal'), g.clinicalText, () => v.insertGoal(lp, gi))}</span
              >`
            : nothing}
        </li>`;
      })}
    </ul>
    <button type="button" data-action="insert-problem" @click=${() => v.insertProblem(lp)}>${msg('Insert problem')}${nameSuffix(lp.title)}</button>
  </div>`;
}

/** "PHQ-9 objective", "Phased structure", or the library problem's title, from a dismissal key. */
export function dismissedWords(key: string, library: GoalLibrary, w: GoalWording): string {
  const [, kind, id = ''] = key.split(':');
  if (kind === 'instrument') return msg(str`${w.instrumentName(id)} objective`);
  if (kind === 'phases') return msg('Phased structure');
  return library.problems.find((p) => p.id === id)?.title ?? id;
}
