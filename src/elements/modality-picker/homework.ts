import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Intervention } from '../../model/plan.js';
import type { PlanCommand } from '../../plan/reducer.js';
import type { TextEdit } from '../controllers/text-input.js';
import { domId, errorMessage, labelledField, nameSuffix, optionList, selectField, type Choice } from '../templates/fields.js';
import { empty } from './display.js';

/** A homework not yet added: what, how often, for which objective (as typed). */
export interface HomeworkDraft {
  what: string;
  frequency: string;
  objectiveId: string;
}

/** What an approach's homework needs from the picker. */
export interface HomeworkView {
  /** The homework being written for this approach. */
  draft: HomeworkDraft;
  editDraft(draft: HomeworkDraft): void;
  /** Refusals by key, shown beside the fields. */
  errors: Readonly<Record<string, string>>;
  /** Sends a command; a refusal is shown under `errKey`. */
  run(command: PlanCommand, errKey?: string, edit?: TextEdit): boolean;
  /** The picker's text field (every keystroke into the plan). */
  textField(id: string, label: string, value: string, commit: (text: string, edit: TextEdit) => boolean, kind?: 'text' | 'date' | 'area', errKey?: string, errId?: string): TemplateResult;
  /** Adds the drafted homework (refused with a message when incomplete). */
  add(e: Event, draft: HomeworkDraft, errKey: string): void;
}


/** A checkbox with its label and, below, what checking it means. */
export const check = (id: string, label: unknown, on: boolean, commit: (on: boolean) => unknown, desc?: string, descId?: string) =>
  html`<div class="check">
    <input type="checkbox" id=${id} .checked=${live(on)} aria-describedby=${descId ?? nothing}
      @change=${(e: Event) => commit((e.target as HTMLInputElement).checked)} />
    <label for=${id}>${label}</label>
    ${desc ? html`<span class="desc" id=${descId ?? nothing}>${desc}</span>` : nothing}
  </div>`;

/** An approach's homework: each one editable, agreed with the client or not, and a form to add one. */
export function homeworkTemplate(iv: Intervention, objectiveOptions: readonly Choice<string>[], v: HomeworkView): TemplateResult {
  const id = (...p: string[]) => domId('hw', iv.id, ...p);
  const draft = v.draft;
  const setDraft = (key: keyof HomeworkDraft) =>
    (e: Event) => v.editDraft({ ...draft, [key]: (e.target as HTMLInputElement).value });
  const addErr = `hw-add:${iv.id}`;
  const addDescribed = v.errors[addErr] ? id('new-err') : nothing;
  return html`<fieldset class="homework">
    <legend>${msg('Homework and practice between sessions')}</legend>
    ${iv.homework.length
      ? html`<ul class="hw-list">
          ${iv.homework.map((h) => {
            const hid = (...p: string[]) => id(h.id, ...p);
            const err = `hw:${iv.id}:${h.id}`;
            const set = (fields: { what?: string; frequency?: string; objectiveId?: string; agreedWithClient?: boolean }, edit?: TextEdit) =>
              v.run({ type: 'homework/update', interventionId: iv.id, homeworkId: h.id, fields }, err, edit);
            return html`<li class="hw">
              ${v.textField(hid('what'), msg('What'), h.what, (v, e) => set({ what: v.trim() }, e), 'area', err, hid('err'))}
              <div class="grid">
                ${v.textField(hid('freq'), msg('How often'), h.frequency, (v, e) => set({ frequency: v.trim() }, e), 'text', err, hid('err'))}
                ${selectField({ id: hid('obj'), label: msg('For objective'), value: h.objectiveId ?? '', choices: objectiveOptions, onChange: (id) => set({ objectiveId: id || undefined }) })}
              </div>
              ${check(
                hid('agreed'),
                msg('Agreed with the client'),
                !!h.agreedWithClient,
                (agreedWithClient) => set({ agreedWithClient }),
                msg('Agreed homework is what the client sees in their view.'),
              )}
              ${errorMessage(v.errors[err], hid('err'))}
              <button type="button" class="small"
                @click=${() => v.run({ type: 'homework/remove', interventionId: iv.id, homeworkId: h.id })}>
                ${msg('Remove homework')}${nameSuffix(h.what)}
              </button>
            </li>`;
          })}
        </ul>`
      : empty(msg('No homework yet.'))}
    <form class="hw-add" @submit=${(e: Event) => v.add(e, draft, addErr)}>
      ${labelledField(
        id('new-what'),
        msg('New homework: what'),
        html`<textarea id=${id('new-what')} rows="2" aria-describedby=${addDescribed} .value=${live(draft.what)}
          @input=${setDraft('what')}></textarea>`,
      )}
      <div class="grid">
        ${labelledField(
          id('new-freq'),
          msg('How often'),
          html`<input id=${id('new-freq')} type="text" aria-describedby=${addDescribed} .value=${live(draft.frequency)}
            @input=${setDraft('frequency')} />`,
        )}
        ${labelledField(
          id('new-obj'),
          msg('For objective'),
          html`<select id=${id('new-obj')} .value=${live(draft.objectiveId)} @change=${setDraft('objectiveId')}>
            ${optionList(objectiveOptions, draft.objectiveId)}
          </select>`,
        )}
      </div>
      ${errorMessage(v.errors[addErr], id('new-err'))}
      <button type="submit">${msg('Add homework')}</button>
    </form>
  </fieldset>`;
}
