import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ApproachStructure, CatalogEntry } from '../../clinical/modalities/schema.js';
import { searchCatalog } from '../../clinical/modalities/search.js';
import { STRUCTURES, concernWords, fitWords, structureWords } from '../../i18n/plan-words.js';
import { langOf, textOf } from '../templates/content.js';
import { toggleButton } from '../templates/disclosure.js';
import { ConcernAreaSchema, type ConcernArea, type Goal, type TreatmentPlan } from '../../model/plan.js';
import { domId, choices, labelledField as field, optionList, type Choice } from '../templates/fields.js';
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
  /** Whether a card's details are open (`cat:<id>`), and opening or closing them. */
  isOpen(key: string): boolean;
  toggle(key: string): void;
}

type Pair = Choice<string>;
/** The key of the button that shows the approaches not matched to the plan. */
const OTHERS = 'cat-others';
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
  const planAreas = new Set<ConcernArea>([...plan.assessment.intake.concerns.areas, ...plan.problems.flatMap((p) => p.areas)]);
  const fit = (e: CatalogEntry) => e.usedFor.filter((a) => planAreas.has(a));
  // Unsearched, the approaches that fit this plan's concerns come first; the others wait behind a button.
  const browsing = !v.query.trim() && !usedFor.length && !v.filterStructure && planAreas.size > 0;
  const shown = browsing ? results.filter((e) => fit(e).length) : results;
  const others = browsing ? results.filter((e) => !fit(e).length) : [];
  const othersOpen = v.isOpen(OTHERS);
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
        shown,
        (e) => catalogItem(e, inPlan.has(e.id), fit(e), v),
        msg('No approach matches. Try fewer words or clear a filter.'),
        'cards catalog-list',
      )}
      ${others.length
        ? html`${toggleButton({
              key: OTHERS,
              open: othersOpen,
              controls: 'catalog-others',
              label: othersOpen ? msg('Approaches not matched to this plan’s concerns') : msg(str`Show ${others.length} approaches not matched to this plan’s concerns`),
              onToggle: () => v.toggle(OTHERS),
              part: 'catalog-others-toggle',
            })}
            ${othersOpen
              ? html`<ul class="cards catalog-list" id="catalog-others">${others.map((e) => catalogItem(e, inPlan.has(e.id), [], v))}</ul>`
              : nothing}`
        : nothing}`,
  );
}

/** A compact card: name and fit on its button, one line, "Add to plan"; the details open below. */
function catalogItem(e: CatalogEntry, inPlan: boolean, fit: readonly ConcernArea[], v: CatalogView): TemplateResult {
  const hid = domId('cat', e.id);
  const key = `cat:${e.id}`;
  const open = v.isOpen(key);
  return html`<li part="catalog-item" class="card catalog-item">
    <h3 id=${hid}>
      ${toggleButton({ key, open, controls: `${hid}-details`, label: textOf(e, e.name), state: fitWords(fit), onToggle: () => v.toggle(key), part: 'catalog-toggle' })}
    </h3>
    <p class="one-line">${textOf(e, e.summary)}</p>
    ${open
      ? html`<div class="details" id=${`${hid}-details`}>
          <dl class="facts">
            ${[
              [msg('Structure'), structureWords(e.structure)],
              [msg('Typical dose'), e.dose ? textOf(e, e.dose.text) : msg('Decided by the prescriber')],
              [msg('Often used for'), e.usedFor.map((a) => concernWords(a)).join(', ')],
            ].map(([t, d]) => html`<dt>${t}</dt><dd>${d}</dd>`)}
          </dl>
          ${labelled(msg('What it is:'), textOf(e, e.forClient))} ${labelled(msg('What a session involves:'), textOf(e, e.sessionInvolves))}
          <p><strong>${msg('Techniques:')}</strong></p>
          ${techniqueList(e.techniques, langOf(e))}
        </div>`
      : nothing}
    <div class="actions">
      ${inPlan
        ? html`<p class="in-plan">${msg('In this plan')}</p>`
        : html`<button type="button" aria-describedby=${hid} @click=${() => v.add(e)}>${msg('Add to plan')}</button>`}
    </div>
  </li>`;
}
