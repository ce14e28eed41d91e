import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { objectiveProgress } from '../../clinical/progress/objectives.js';
import { changeLine, type ChangeWording } from '../../i18n/change-words.js';
import { dataStatusWords, gasRatingWords } from '../../i18n/progress-words.js';
import { statusRefusalWords } from '../../i18n/rule-words.js';
import { goalStatusWords } from '../../i18n/status-words.js';
import { withoutUndefined } from '../../model/objects.js';
import type { Change, Objective, TreatmentPlan } from '../../model/plan.js';
import type { Result } from '../../model/errors.js';
import type { PlanCommand } from '../../plan/reducer.js';
import { GOAL_STATUSES, statusOptions } from '../../plan/rules.js';
import { allObjectives, findObjective } from '../../plan/tree.js';
import { labelledField as field } from '../templates/fields.js';
import { contentLoading } from '../templates/content.js';

/** What a list of changes needs: their words, and whether the approaches' names are still loading. */
export interface ChangeListView extends ChangeWording {
  /** `true` while the catalog that names approaches loads: a list naming one shows the loading state then, never a name made from the id. */
  approachesLoading(): boolean;
}

/** What the review dialog's steps need from the timeline. */
export interface ReviewView extends ChangeListView {
  /** The objective's text as the timeline shows it. */
  objectiveText(o: Objective): string;
  editObjective(id: string, patch: Partial<ReviewObjectiveDraft>): void;
  /** The plan `command` would make, changing nothing (the store's preview). */
  preview(command: PlanCommand): Result<TreatmentPlan>;
  editSummary(key: 'working' | 'notWorking' | 'adjustments', value: string): void;
  /** Submits the step: the next one, or the review recorded. */
  next(e: Event): void;
  back(): void;
  cancel(): void;
}

/** A number field's text; unparseable typing (`validity.badInput`) is kept as a value that fails validation. */
const numberInput = (e: Event): string => {
  const input = e.target as HTMLInputElement;
  return input.validity.badInput ? 'not-a-number' : input.value;
};

/** The text of the input, select or textarea that fired `e`. */
const fieldValue = (e: Event): string => (e.target as HTMLInputElement).value;

/** What the clinician enters for one objective during a review (as typed). */
export interface ReviewObjectiveDraft {
  currentValue: string;
  gas: string;
  status: Objective['status'];
  target: string;
  dueDate: string;
  note: string;
}

/** A review in progress, step by step. */
export interface ReviewDraft {
  step: number;
  objectiveIds: string[];
  objectives: Record<string, ReviewObjectiveDraft>;
  working: string;
  notWorking: string;
  adjustments: string;
  /** Field id → message, shown next to the field. */
  errors: Record<string, string>;
  /** Error from the store when recording failed. */
  failure?: string;
}


/** A review of every objective still open, starting at the first. */
export function newReviewDraft(plan: TreatmentPlan): ReviewDraft {
  const objectives = allObjectives(plan).filter((o) => o.status !== 'discontinued' && o.status !== 'achieved');
  const drafts: Record<string, ReviewObjectiveDraft> = {};
  for (const o of objectives) {
    drafts[o.id] = {
      currentValue: '',
      gas: '',
      status: o.status,
      target: o.measure.target !== undefined ? String(o.measure.target) : '',
      dueDate: o.dueDate ?? '',
      note: '',
    };
  }
  return { step: 0, objectiveIds: objectives.map((o) => o.id), objectives: drafts, working: '', notWorking: '', adjustments: '', errors: {} };
}

/** The changes of a plan revision, one line each. */
export const changeList = (changes: readonly Change[], w: ChangeListView): TemplateResult =>
  changes.some(namesApproach) && w.approachesLoading()
    ? contentLoading(msg('Loading the approaches…'))
    : html`<ul class="changes">${changes.map((c) => html`<li>${changeLine(c, w)}</li>`)}</ul>`;

/** The change names an approach by its catalog id (a migrated change read as it was names none). */
const namesApproach = (c: Change): boolean => c.subject === 'intervention' && !!c.item && c.legacyText === undefined;

/** One step of the review: an objective, or at the end what is working and what changes. */
export function reviewStepTemplate(plan: TreatmentPlan, d: ReviewDraft, view: ReviewView): TemplateResult {
  const total = d.objectiveIds.length + 1;
  const step = d.step;
  const n = step + 1;
  const objectiveId = d.objectiveIds[step];
  const o = objectiveId ? findObjective(plan, objectiveId)?.objective : undefined;
  return html`<form novalidate @submit=${(e: Event) => view.next(e)}>
    <h3 id="dialog-title">${msg('Plan review')}</h3>
    <p class="muted">${msg(str`Step ${n} of ${total}`)}</p>
    ${o ? reviewObjective(plan, o, d, view) : reviewSummary(plan, d, view)}${d.failure
      ? html`<p class="error" role="alert">${d.failure}</p>`
      : nothing}
    <div class="dialog-actions"><button type="button" class="cancel" @click=${() => view.cancel()}>${msg('Cancel')}</button>${step > 0
        ? html`<button type="button" class="back" @click=${() => view.back()}>${msg('Back')}</button>`
        : nothing}<button type="submit" class="primary next">${step === d.objectiveIds.length ? msg('Record review') : msg('Next')}</button></div>
  </form>`;
}

function reviewObjective(plan: TreatmentPlan, o: Objective, d: ReviewDraft, view: ReviewView): TemplateResult {
  const v = d.objectives[o.id]!;
  const set = (patch: Partial<ReviewObjectiveDraft>) => view.editObjective(o.id, patch);
  const p = objectiveProgress(plan, o);
  const statusError = d.errors[`${o.id}-status`];
  const unit = o.measure.unit ? ` (${o.measure.unit})` : '';
  // A number field with its error next to it; `name` keys the field id and its error.
  const number = (name: string, label: string, key: 'currentValue' | 'target') => {
    const id = `rv-${name}`;
    const error = d.errors[`${o.id}-${name}`];
    const errorId = `${o.id}-${name}-error`;
    return field(
      id,
      label,
      html`<input id=${id} type="number" step="any" inputmode="decimal" .value=${v[key]} aria-invalid=${!!error}
          aria-describedby=${error ? errorId : nothing} @input=${(e: Event) => set({ [key]: numberInput(e) })} />${error
          ? html`<p id=${errorId} class="error" role="alert">${error}</p>`
          : nothing}`,
    );
  };
  return html`<fieldset class="review-objective" data-objective=${o.id}>
    <legend tabindex="-1" class="step-heading">${view.objectiveText(o)}</legend>
    ${p
      ? html`<p>${p.latest
            ? msg(str`Latest ${p.instrumentLabel}: ${p.latest.score} on ${view.formatDate(p.latest.date)}.`)
            : msg(str`No ${p.instrumentLabel} score after the baseline yet.`)}
          ${msg('From the data:')} <strong>${dataStatusWords(p.status, p.reason)}</strong></p>`
      : number('current', msg(str`Current value: ${o.measure.label}${unit}`), 'currentValue')}${o.gas
      ? html`<fieldset><legend>${msg('Goal attainment')}</legend>${o.gas.levels.map((level, i) => {
          const value = String(i - 2);
          return html`<label class="choice"><input type="radio" name="gas" value=${value} .checked=${v.gas === value} @change=${() => set({ gas: value })} />${gasRatingWords(
              i - 2,
            )} — ${level}</label>`;
        })}</fieldset>`
      : nothing}${field(
      'rv-status',
      msg('Objective status'),
      html`<select id="rv-status" aria-invalid=${!!statusError} aria-describedby=${statusError ? `${o.id}-status-error` : nothing}
          @change=${(e: Event) => set({ status: fieldValue(e) as Objective['status'] })}>${GOAL_STATUSES.map(
          (s) => html`<option value=${s} ?selected=${v.status === s}>${goalStatusWords(s)}</option>`,
        )}</select>${statusError ? html`<p id=${`${o.id}-status-error`} class="error" role="alert">${statusError}</p>` : nothing}`,
    )}${number('target', msg('Target'), 'target')}${field(
      'rv-due',
      msg('Due date'),
      html`<input id="rv-due" type="date" .value=${v.dueDate} @input=${(e: Event) => set({ dueDate: fieldValue(e) })} />`,
    )}${field('rv-note', msg('Note on this objective'), html`<textarea id="rv-note" .value=${v.note} @input=${(e: Event) => set({ note: fieldValue(e) })}></textarea>`)}
  </fieldset>`;
}

function reviewSummary(plan: TreatmentPlan, d: ReviewDraft, view: ReviewView): TemplateResult {
  const preview = view.preview(reviewCommand(plan, d));
  const revision = preview.ok ? preview.value.timeline.find((e) => e.kind === 'revision' && e.version > plan.version) : undefined;
  return html`<fieldset class="review-summary">
    <legend tabindex="-1" class="step-heading">${msg('What is working, what is not, what changes')}</legend>
    ${(
      [
        ['working', 'rv-working', msg('What is working')],
        ['notWorking', 'rv-not-working', msg('What is not working')],
        ['adjustments', 'rv-adjustments', msg('Adjustments decided')],
      ] as const
    ).map(([key, id, label]) =>
      field(
        id,
        label,
        html`<textarea id=${id} .value=${d[key]} @input=${(e: Event) => view.editSummary(key, fieldValue(e))}></textarea>`,
      ),
    )}
    <div class="preview">${revision?.kind === 'revision'
        ? html`<p>${msg(str`Recording this review creates plan version ${revision.version} with these changes:`)}</p>${changeList(revision.changes, view)}`
        : html`<p class="muted">${msg('The plan itself does not change, so no new version is created.')}</p>`}</div>
  </fieldset>`;
}

/** The `progress/record-review` command the draft stands for: only what changed, numbers parsed. */
export function reviewCommand(plan: TreatmentPlan, d: ReviewDraft): PlanCommand {
  const num = (s: string) => (s.trim() === '' ? undefined : Number(s));
  return withoutUndefined({
    type: 'progress/record-review' as const,
    objectives: d.objectiveIds.flatMap((id) => {
      const o = findObjective(plan, id)?.objective;
      const v = d.objectives[id];
      if (!o || !v) return [];
      const p = objectiveProgress(plan, o);
      const currentValue = p ? p.latest?.score : num(v.currentValue);
      const gas = v.gas === '' ? undefined : Number(v.gas);
      const target = num(v.target);
      return [
        withoutUndefined({
          objectiveId: id,
          currentValue: Number.isFinite(currentValue) ? currentValue : undefined,
          gas,
          status: v.status !== o.status ? v.status : undefined,
          target: Number.isFinite(target) && target !== o.measure.target ? target : undefined,
          dueDate: v.dueDate && v.dueDate !== o.dueDate ? v.dueDate : undefined,
          note: v.note.trim() || undefined,
        }),
      ];
    }),
    working: d.working.trim() || undefined,
    notWorking: d.notWorking.trim() || undefined,
    adjustments: d.adjustments.trim() || undefined,
  });
}


/** The current step's problems, field id → message (empty when the step may be left). */
export function validateReviewStep(plan: TreatmentPlan, d: ReviewDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  const id = d.objectiveIds[d.step];
  if (!id) return errors;
  const o = findObjective(plan, id)?.objective;
  const v = d.objectives[id]!;
  const bad = (s: string) => s.trim() !== '' && !Number.isFinite(Number(s));
  if (o && !objectiveProgress(plan, o) && bad(v.currentValue)) errors[`${id}-current`] = msg('Enter the current value as a number, or leave it empty.');
  if (bad(v.target)) errors[`${id}-target`] = msg('Enter the target as a number.');
  // The same status rules the review command applies (plan/rules.ts); the note is the reason.
  const refusal = o && v.status !== o.status ? statusOptions(plan, o, v.note).find((x) => x.status === v.status)?.refusal : undefined;
  if (refusal) errors[`${id}-status`] = statusRefusalWords(refusal);
  return errors;
}
