import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { GOAL_PRIORITIES, GOAL_PROPOSERS, goalStatusFor, priorityWords, proposerWords } from '../../i18n/goal-words.js';
import { goalStatusWords } from '../../i18n/status-words.js';
import type { Goal, Objective } from '../../model/plan.js';
import { GOAL_STATUSES, STATUSES_NEEDING_REASON } from '../../plan/rules.js';
import type { TextEdit, TextInputController } from '../controllers/text-input.js';
import type { CollaborativeKind, ItemFields } from './item-commands.js';
import { choices, errorMessage, optionList, selectField, textField } from '../templates/fields.js';

/** What the fields shared by goals and objectives need from the editor. */
export interface CollaborativeView {
  kind: CollaborativeKind;
  client: boolean;
  text: TextInputController;
  /** A refused status change, shown below the fields. */
  statusError: string | undefined;
  formatDate: (day: string) => string;
  update(fields: ItemFields<CollaborativeKind>, edit?: TextEdit): boolean;
  agree(agreed: boolean): void;
  /** Asks for `status` with the reason typed so far (refused with a message when not allowed). */
  setStatus(status: Goal['status'], reason: string): void;
}

/** Fields every goal and objective share: wording, proposer, agreement, priority, status with a reason. */
export function collaborativeFields(item: Goal | Objective, v: CollaborativeView): TemplateResult {
  const ownWords = textField(v.text, {
    key: `words:${item.id}`,
    label: v.client ? msg('In my own words') : msg("Client's own words"),
    value: item.clientWords,
    commit: (text, e) => v.update({ clientWords: text || undefined }, e),
    class: v.client ? 'wide' : 'words',
    focus: `words:${item.id}`,
    multiline: true,
  });
  if (v.client) {
    return html`<p class="readonly"><span class="muted">${msg('How my therapist wrote it:')}</span> ${item.clinicalText || '—'}</p>
      <div class="fields">${ownWords}</div>
      <div class="fields">${agreement(item, v)}</div>
      <p class="muted">
        ${msg(str`Suggested by: ${proposerWords(item.proposedBy, true)}. Status: ${goalStatusFor(item.status, true)}.`)}
        ${item.statusReason ? msg(str`Why: ${item.statusReason}`) : nothing}
      </p>`;
  }
  const statusErrorId = `err-status-${item.id}`;
  const reasonKey = `reason:${item.id}`;
  // A paused or stopped item keeps its reason: clearing it changes nothing until a new one is typed.
  const onReason = v.text.handler(reasonKey, (edit) => {
    if (!STATUSES_NEEDING_REASON.includes(item.status)) return v.update({ statusReason: edit.text || undefined }, edit);
    return !!edit.text.trim() && v.update({ statusReason: edit.text }, edit);
  });
  return html`<div class="fields">
      ${textField(v.text, {
        key: `text:${item.id}`,
        label: v.kind === 'goal' ? msg('Goal (clinical wording)') : msg('Objective (clinical wording)'),
        value: item.clinicalText,
        commit: (text, e) => v.update({ clinicalText: text }, e),
        class: 'words',
        focus: `text:${item.id}`,
        multiline: true,
      })}
      ${ownWords}
      ${selectField({
        label: msg('Proposed by'),
        choices: choices(GOAL_PROPOSERS, (p) => proposerWords(p, false)),
        value: item.proposedBy,
        onChange: (p) => v.update({ proposedBy: p as Goal['proposedBy'] }),
      })}
      ${selectField({
        label: msg('Priority'),
        choices: choices(GOAL_PRIORITIES, priorityWords),
        value: item.priority,
        onChange: (p) => v.update({ priority: p as Goal['priority'] }),
      })}
      <label
        >${msg('Status')}<select
          data-focus=${`status:${item.id}`}
          aria-describedby=${v.statusError ? statusErrorId : nothing}
          aria-invalid=${v.statusError ? 'true' : 'false'}
          .value=${live(item.status)}
          @change=${(e: Event) => {
            const select = e.target as HTMLSelectElement;
            const next = select.value as Goal['status'];
            // The plan decides: the select shows the plan's status until the change is accepted.
            select.value = item.status;
            v.setStatus(next, v.text.text(reasonKey, item.statusReason ?? ''));
          }}
        >
          ${optionList(choices(GOAL_STATUSES, goalStatusWords), item.status)}
        </select></label
      >
      <label
        >${msg('Reason for status')}<input
          data-focus=${reasonKey}
          .value=${live(v.text.text(reasonKey, item.statusReason ?? ''))}
          @input=${onReason}
          @change=${onReason}
      /></label>
      ${agreement(item, v)}
    </div>
    ${errorMessage(v.statusError, statusErrorId)}`;
}

function agreement(item: Goal | Objective, v: CollaborativeView): TemplateResult {
  const given = item.agreement;
  return html`<label class="inline">
      <input
        type="checkbox"
        data-focus=${`agree:${item.id}`}
        .checked=${live(given?.agreed ?? false)}
        @change=${(e: Event) => v.agree((e.target as HTMLInputElement).checked)}
      />
      ${v.client ? (v.kind === 'goal' ? msg('I agree with this goal') : msg('I agree with this step')) : msg('Client agrees')}
    </label>
    ${given
      ? html`<span class="muted"
          >${given.agreed ? msg(str`Agreed on ${v.formatDate(given.date)}`) : msg(str`Not agreed (${v.formatDate(given.date)})`)}</span
        >`
      : nothing}`;
}
