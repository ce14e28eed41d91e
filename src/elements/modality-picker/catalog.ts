import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ApproachStructure, CatalogEntry } from '../../clinical/modalities/schema.js';
import { searchCatalog } from '../../clinical/modalities/search.js';
import { langOf, textOf } from '../templates/content.js';
import { STRUCTURES, concernWords, structureWords } from '../../i18n/plan-words.js';
import { ConcernAreaSchema, type ConcernArea, type Goal, type TreatmentPlan } from '../../model/plan.js';
import { domId, choices, labelledField as field, nameSuffix, optionList, type Choice } from '../templates/fields.js';
import { cards, labelled, section, techniqueList } from './display.js';

/** What the catalog needs from the picker. */
export interface CatalogView {
  entries: readonly CatalogEntry[];
  query: string;
  filterGoal: string;
  filterArea: ConcernArea | '';
  filterStructure: ApproachStructure | '';
  setQuery(text: string): void;
  setFilterGoal(goalId: string): void;
  setFilterArea(area: ConcernArea | ''): void;
  setFilterStructure(structure: ApproachStructure | ''): void;
  add(e: CatalogEntry): void;
}

type Pair = Choice<string>;
type Commit = (value: string) => unknown;
const onValue = (commit: Commit) => (e: Event) => commit((e.target as HTMLInputElement).value);
const options = (list: readonly Pair[], value: string) => optionList(list, value);
const words = <T extends string>(list: readonly T[], w: (v: T) => string): Pair[] => choices(list, w);
const goalLabel = (g: Goal) => g.clinicalText || g.clientWords || msg('Untitled goal');

/** The catalog of approaches: search, filters (goal, concern, structure) and the matching approaches. */
export function catalogTemplate(plan: TreatmentPlan, v: CatalogView): TemplateResult {
  const goals = plan.problems.flatMap((p) => p.goals.map((goal) => ({ goal, areas: p.areas })));
  const goalAreas = goals.find((x) => x.goal.id === v.filterGoal)?.areas;
  const usedFor = [...(goalAreas ?? []), ...(v.filterArea ? [v.filterArea] : [])];
  const results = searchCatalog(v.entries, {
    text: v.query,
    ...(usedFor.length ? { usedFor } : {}),
    ...(v.filterStructure ? { structure: v.filterStructure } : {}),
  });
  const inPlan = new Set(plan.interventions.map((i) => i.modalityId));
  const goalHint =
    v.filterGoal && goalAreas?.length === 0
      ? msg('This goal’s problem has no concern areas yet, so every approach is shown.')
      : '';
  const filter = (id: string, label: string, value: string, list: Pair[], commit: Commit, note = '') =>
    field(
      id,
      label,
      html`<select id=${id} aria-describedby=${note ? `${id}-hint` : nothing} @change=${onValue(commit)}>
        ${options(list, value)}
      </select>`,
      note ? html`<p class="hint" id=${`${id}-hint`}>${note}</p>` : nothing,
    );
  return section(
    'catalog',
    msg('Catalog of approaches'),
    html`<form class="filters" data-no-emit role="search" aria-label=${msg('Search the catalog')} @submit=${(e: Event) => e.preventDefault()}>
        ${field('q', msg('Search'), html`<input id="q" type="search" .value=${live(v.query)} @input=${onValue((text) => v.setQuery(text))} />`)}
        ${filter(
          'f-goal',
          msg('Serves goal'),
          v.filterGoal,
          [['', msg('Any goal')], ...goals.map(({ goal }): Pair => [goal.id, goalLabel(goal)])],
          (id) => v.setFilterGoal(id),
          goalHint,
        )}
        ${filter(
          'f-area',
          msg('Used for'),
          v.filterArea,
          [['', msg('Anything')], ...words(ConcernAreaSchema.options, concernWords)],
          (area) => v.setFilterArea(area as ConcernArea | ''),
        )}
        ${filter(
          'f-structure',
          msg('Structure'),
          v.filterStructure,
          [['', msg('Any')], ...words(STRUCTURES, structureWords)],
          (structure) => v.setFilterStructure(structure as ApproachStructure | ''),
        )}
      </form>
      <p class="count" role="status">${msg(str`${results.length} of ${v.entries.length} approaches`)}</p>
      ${cards(
        results,
        (e) => catalogItem(e, inPlan.has(e.id), v),
        msg('No approach matches. Try fewer words or clear a filter.'),
        'cards catalog-list',
      )}`,
  );
}

function catalogItem(e: CatalogEntry, inPlan: boolean, v: CatalogView): TemplateResult {
  const hid = domId('cat', e.id);
  return html`<li part="catalog-item" class="card catalog-item">
    <h3 id=${hid}>${textOf(e, e.name)}</h3>
    <p>${textOf(e, e.summary)}</p>
    <dl class="facts">
      ${[
        [msg('Structure'), structureWords(e.structure)],
        [msg('Typical dose'), e.dose ? textOf(e, e.dose.text) : msg('Decided by the prescriber')],
        [msg('Often used for'), e.usedFor.map((a) => concernWords(a)).join(', ')],
      ].map(([t, d]) => html`<dt>${t}</dt><dd>${d}</dd>`)}
    </dl>
    <details>
      <summary>${msg('More about this approach')}${nameSuffix(e.name)}</summary>
      ${labelled(msg('What it is:'), textOf(e, e.forClient))} ${labelled(msg('What a session involves:'), textOf(e, e.sessionInvolves))}
      <p><strong>${msg('Techniques:')}</strong></p>
      ${techniqueList(e.techniques, langOf(e))}
    </details>
    <div class="actions">
      ${inPlan
        ? html`<p class="in-plan">${msg('In this plan')}</p>`
        : html`<button type="button" aria-describedby=${hid} @click=${() => v.add(e)}>${msg('Add to plan')}</button>`}
    </div>
  </li>`;
}
