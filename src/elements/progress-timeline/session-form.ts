import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { attendanceWords, type Attendance } from '../../i18n/progress-words.js';
import { toggleButton } from '../templates/disclosure.js';
import { labelledField } from '../templates/fields.js';

/** The session being recorded, as typed so far. */
export interface SessionDraft {
  /** Absent until the user edits the date: the form then shows today. */
  date?: string;
  attendance: Attendance;
  homework: '' | 'yes' | 'partly' | 'no';
  note: string;
}

/** What the session form needs from the timeline. */
export interface SessionFormView {
  toggle: () => void;
  edit: (patch: Partial<SessionDraft>) => void;
  submit: (e: Event) => void;
}

/** The text of the input, select or textarea that fired `e`. */
const fieldValue = (e: Event): string => (e.target as HTMLInputElement).value;

/** "Record a session" (closed, it costs one line): date, attendance, homework and a short note. */
export function sessionFormTemplate(d: SessionDraft, err: string, open: boolean, today: string, view: SessionFormView): TemplateResult {
  return html`<section part="session-form" aria-labelledby="session-title">
    <h3 id="session-title">${toggleButton({ key: 'session-form', open, controls: 'session-form', label: msg('Record a session'), onToggle: view.toggle })}</h3>
    ${open ? html`<form class="session" id="session-form" novalidate @submit=${view.submit}>
      ${labelledField(
        'session-date',
        msg('Date'),
        html`<input id="session-date" name="date" type="date" max=${today} required .value=${d.date ?? today} aria-invalid=${!!err}
            aria-describedby=${err ? 'session-date-error' : nothing} @input=${(e: Event) => view.edit({ date: fieldValue(e) })} />${err
            ? html`<p id="session-date-error" class="error" role="alert">${err}</p>`
            : nothing}`,
      )}
      <fieldset><legend>${msg('Attendance')}</legend>${Object.entries(attendanceWords()).map(
        ([v, l]) => html`<label class="choice"><input type="radio" name="attendance" value=${v} .checked=${d.attendance === v}
            @change=${() => view.edit({ attendance: v as SessionDraft['attendance'] })} />${l}</label>`,
      )}</fieldset>
      ${labelledField(
        'session-homework',
        msg('Homework'),
        html`<select id="session-homework" name="homework" @change=${(e: Event) => view.edit({ homework: fieldValue(e) as SessionDraft['homework'] })}>${[
          ['', msg('Not recorded')],
          ['yes', msg('Done')],
          ['partly', msg('Partly done')],
          ['no', msg('Not done')],
        ].map(([v, l]) => html`<option value=${v!} ?selected=${d.homework === v}>${l}</option>`)}</select>`,
      )}
      ${labelledField(
        'session-note',
        msg('Short note'),
        html`<textarea id="session-note" name="note" maxlength="20000" .value=${d.note} @input=${(e: Event) => view.edit({ note: fieldValue(e) })}></textarea>`,
      )}
      <button type="submit" class="primary">${msg('Record session')}</button>
    </form>` : nothing}
  </section>`;
}
