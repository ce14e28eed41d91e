import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { TreatmentPlan } from '../../model/plan.js';
import { valueAt, type FieldConflict, type PathStep } from '../../plan/merge.js';

/** Words for the list an entry lives in (the `kind` of a conflict). */
function kindWords(kind: string): string {
  const words: Record<string, string> = {
    problems: msg('Problem'),
    goals: msg('Goal'),
    objectives: msg('Objective'),
    interventions: msg('Approach'),
    homework: msg('Homework'),
    phases: msg('Phase'),
    supports: msg('Support'),
    timeline: msg('Timeline entry'),
    administrations: msg('Questionnaire'),
    diagnoses: msg('Diagnosis'),
    plan: msg('Plan'),
  };
  return words[kind] ?? kind;
}

const MAX_SHOWN = 400;

/** A value as the person typed it; anything structured as compact JSON. */
function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return msg('(empty)');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** The property names of a path (its `{ id }` steps left out). */
const names = (path: readonly PathStep[]): string[] => path.filter((s) => typeof s === 'string');

/** Where the conflict is, in words: the entry's own title when it has one, then the field. */
function placeWords(plan: TreatmentPlan, c: FieldConflict): string {
  // Without an entry on the path every step is a property name (an entry is an `{ id }` step).
  if (c.kind === 'plan' && c.itemId === undefined) return c.field === 'plan' ? msg('The whole plan') : names(c.path).join(' › ');
  const entryPath = c.path.slice(0, c.path.findLastIndex((s) => typeof s !== 'string') + 1);
  const entry = valueAt(plan, entryPath) as Record<string, unknown> | undefined;
  const title = [entry?.title, entry?.clinicalText, entry?.label, entry?.text].find((t): t is string => typeof t === 'string' && t !== '');
  const field = names(c.path.slice(entryPath.length)).join(' › ');
  return `${kindWords(c.kind)}${title ? ` “${title}”` : ''} — ${field}`;
}

export interface ConflictNoticeProps {
  plan: TreatmentPlan;
  conflicts: readonly FieldConflict[];
  offer: TreatmentPlan | undefined;
  choose: (choice: 'keep-mine' | 'take-theirs', id?: string) => void;
}

/**
 * The provider's notice of edits that could not be merged (loaded on demand: most pages never show
 * it; its styles are in plan-provider.styles.ts): every conflicting field with both
 * values and a button under each, and a host plan older than the local draft. Plain buttons in
 * document order: keyboard and screen-reader usable, announced politely when it appears.
 */
export function conflictNotice({ plan, conflicts, offer, choose }: ConflictNoticeProps): TemplateResult | typeof nothing {
  if (!conflicts.length && !offer) return nothing;
  return html`<section part="conflict-notice" aria-labelledby="conflict-heading">
    <p class="title" role="status"><strong id="conflict-heading">${conflicts.length === 1
        ? msg('This plan was edited in two places at once. Choose which version of one field to keep.')
        : conflicts.length
          ? msg(str`This plan was edited in two places at once. Choose which version to keep for ${conflicts.length} fields.`)
          : msg('An older copy of this plan was offered.')}</strong></p>
    ${conflicts.length
      ? html`<p>${msg('Everything else was combined. Until you choose, the plan shows the first version and both are kept.')}</p>`
      : nothing}
    ${conflicts.map((c, i) => {
      const now = `conflict-${i}-now`;
      const other = `conflict-${i}-other`;
      return html`<fieldset>
        <legend>${placeWords(plan, c)}</legend>
        <div class="choice">
          <p id=${now}><strong>${msg('Shown now:')}</strong> <bdi>${shown(c.mine)}</bdi></p>
          <button type="button" aria-describedby=${now} @click=${() => choose('keep-mine', c.id)}>${msg('Keep this version')}</button>
        </div>
        <div class="choice">
          <p id=${other}><strong>${msg('Other edit:')}</strong> <bdi>${shown(c.theirs)}</bdi></p>
          <button type="button" aria-describedby=${other} @click=${() => choose('take-theirs', c.id)}>${msg('Keep this version')}</button>
        </div>
      </fieldset>`;
    })}
    ${offer
      ? html`<div class="choice">
          <p id="offer-text">
            ${msg(str`The plan the page provided (revision ${offer.revision}) is older than the draft saved on this device (revision ${plan.revision}). The draft was kept.`)}
          </p>
          <button type="button" aria-describedby="offer-text" @click=${() => choose('keep-mine')}>${msg('Keep the draft')}</button>
          <button type="button" aria-describedby="offer-text" @click=${() => choose('take-theirs')}>${msg('Use the older copy')}</button>
        </div>`
      : nothing}
  </section>`;
}
