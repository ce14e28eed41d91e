import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { problemStateWords } from '../../i18n/goal-words.js';
import { ConcernAreaSchema, type ConcernArea, type Problem } from '../../model/plan.js';
import { toggleButton } from '../templates/disclosure.js';

/** A problem: one line (title, goals by status, objectives achieved) until it is opened; the body only while open. */
export function problemCard(p: Problem, index: number, client: boolean, open: boolean, toggle: () => void, body: () => unknown): TemplateResult {
  const bodyId = `problem-body-${p.id}`;
  return html`<li class="problem" part="problem" data-problem=${p.id}>
    <h3 id=${`problem-${p.id}`}>
      ${toggleButton({
        key: p.id,
        open,
        controls: bodyId,
        label: client ? p.title || msg('Something to work on') : msg(str`Problem ${index + 1}: ${p.title || msg('(untitled)')}`),
        state: problemStateWords(p.goals, client),
        onToggle: toggle,
        part: 'problem-toggle',
        statePart: 'problem-state',
      })}
    </h3>
    ${open ? html`<div class="body" id=${bodyId}>${body()}</div>` : nothing}
  </li>`;
}

/** "Open all problems" (then each opens on its own) or, when all are open, "Close all problems". */
export const openAllButton = (allOpen: boolean, setAll: (open: boolean) => void): TemplateResult =>
  html`<div class="toolbar">
    <button type="button" part="problems-toggle" @click=${() => setAll(!allOpen)}>
      ${allOpen ? msg('Close all problems') : msg('Open all problems')}
    </button>
  </div>`;

/** The first problem's id: the one open until the user chooses. */
export const firstProblem = (problems: readonly Problem[]): string[] => problems.slice(0, 1).map((p) => p.id);

/** The id of the problem that is, or holds, this problem, goal or objective id. */
export const problemHolding = (problems: readonly Problem[], id: string): string | undefined =>
  problems.find((p) => p.id === id || p.goals.some((g) => g.id === id || g.objectives.some((o) => o.id === id)))?.id;

const AREAS: readonly ConcernArea[] = ConcernAreaSchema.options;

/** The areas a problem covers (they link suggestions), chosen with checkboxes under a closed summary. */
export function problemAreasTemplate(p: Problem, label: string, words: Record<ConcernArea, string>, change: (areas: ConcernArea[]) => void): TemplateResult {
  return html`<details class="areas">
    <summary>${msg(str`Areas of concern: ${p.areas.length ? p.areas.map((a) => words[a]).join(', ') : msg('none chosen')}`)}</summary>
    <fieldset>
      <legend>${msg(str`Areas this problem covers (links suggestions): ${label}`)}</legend>
      ${AREAS.map(
        (a) => html`<label class="inline"
          ><input
            type="checkbox"
            data-area=${a}
            .checked=${live(p.areas.includes(a))}
            @change=${(e: Event) => change((e.target as HTMLInputElement).checked ? [...p.areas, a] : p.areas.filter((x) => x !== a))}
          />${words[a]}</label
        >`,
      )}
    </fieldset>
  </details>`;
}
