import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineItem } from '../../clinical/progress/timeline.js';
import { attendanceWords, changeWords, gasRatingWords } from '../../i18n/progress-words.js';
import { riskFlagKindWords, riskFlagState, riskWords } from '../../i18n/safety-words.js';
import { bandName } from '../../i18n/scoring-words.js';
import { goalStatusWords, planStatusWords } from '../../i18n/status-words.js';
import type { Objective, TreatmentPlan } from '../../model/plan.js';
import { findObjective } from '../../plan/tree.js';
import { changeList, type ChangeListView } from './review-dialog.js';

/** What a timeline entry needs from the timeline. */
export interface EntryView extends ChangeListView {
  /** The objective's text as the timeline shows it. */
  objectiveText(o: Objective): string;
  /** Clinicians may acknowledge risk flags. */
  clinician: boolean;
  acknowledge(entryId: string): void;
}

/** The objectives a review entry names, as they are now (a removed one is `undefined`). */
export function namedObjectives(plan: TreatmentPlan, item: TimelineItem): (Objective | undefined)[] {
  return item.kind === 'review' && item.entry.kind === 'review'
    ? item.entry.objectives.map((r) => findObjective(plan, r.objectiveId)?.objective)
    : [];
}

/** One entry of the timeline, dated, in words. */
export function timelineEntry(plan: TreatmentPlan, item: TimelineItem, v: EntryView): TemplateResult {
  // A positive critical item in the words of whoever reads the timeline.
  const reader = v.clinician ? 'clinician' : 'client';
  // Every entry: its kind in words, the day, then what happened.
  const entry = (kind: string, body: unknown) =>
    html`<li class=${`entry ${item.kind}`} data-kind=${item.kind} data-id=${item.id}><p class="entry-head"><span class="kind">${kind}</span> <time
          datetime=${item.date}>${v.formatDate(item.date)}</time></p>${body}</li>`;
  if (item.kind === 'measurement') {
    const a = item.administration;
    const s = a.score;
    const c = item.change;
    const label = item.instrumentLabel;
    const total = s.total;
    const max = s.max;
    const answered = s.answered;
    const count = s.itemCount;
    const band = bandName(a.instrumentId, s.band, s.bandLabel);
    return entry(
      msg('Measurement'),
      html`<p>${s.complete
          ? html`<strong>${msg(str`${label}: ${total} of ${max}`)}</strong>${band ? html` — ${band}` : nothing}`
          : html`<strong>${label}</strong>: <span class="incomplete" data-incomplete>${msg(str`Incomplete: ${answered} of ${count} answered, partial sum ${total} (not a total score)`)}</span>`} ${a.source === 'host'
          ? html`<span class="muted"> ${msg('(added by the host system)')}</span>`
          : nothing}</p>${!c
          ? nothing
          : c.isBaseline
            ? html`<p class="change muted">${msg('Baseline.')}</p>`
            : html`<p class=${c.markers.includes('reliable-deterioration') ? 'worse-text change' : 'change'}>${changeWords(c)}${c.verified
                  ? nothing
                  : html` <span class="provisional">${msg('(provisional)')}</span>`}</p>`}${a.critical.map(
          (x) => html`<p class="worse-text"><strong>${riskWords(reader, a.instrumentId, x.itemId, x.message)}</strong></p>`,
        )}`,
    );
  }
  const e = item.entry;
  switch (e.kind) {
    case 'session': {
      const hw = e.homeworkDone && { yes: msg('homework done'), partly: msg('homework partly done'), no: msg('homework not done') }[e.homeworkDone];
      return entry(msg('Session'), html`<p>${attendanceWords()[e.attendance]}${hw ? ` · ${hw}` : ''}</p>${e.note ? html`<p>${e.note}</p>` : nothing}`);
    }
    case 'review':
      return entry(
        msg('Review'),
        html`${e.objectives.length
          ? html`<ul>${e.objectives.map((r) => {
              const o = findObjective(plan, r.objectiveId)?.objective;
              const parts: string[] = [];
              if (r.currentValue !== undefined) parts.push(msg(str`current value ${r.currentValue}`));
              if (r.gas !== undefined) parts.push(msg(str`goal attainment ${gasRatingWords(r.gas)}`));
              if (r.status) parts.push(msg(str`status ${goalStatusWords(r.status)}`));
              if (r.note) parts.push(r.note);
              return html`<li>${o ? v.objectiveText(o) : msg('(objective removed)')}: ${parts.join('; ')}</li>`;
            })}</ul>`
          : nothing}${[
          [msg('Working:'), e.working],
          [msg('Not working:'), e.notWorking],
          [msg('Adjustments:'), e.adjustments],
        ].map(([label, text]) => (text ? html`<p><strong>${label}</strong> ${text}</p>` : nothing))}<p class="muted">${e.producedVersion !== undefined
          ? msg(str`Created plan version ${e.producedVersion}.`)
          : msg('The plan itself did not change.')}</p>`,
      );
    case 'revision': {
      const version = e.version;
      const why = e.reason === 'signed' ? msg('signed') : e.reason === 'activated' ? msg('plan activated') : e.reason === 'review' ? msg('after a review') : msg('edited');
      return entry(
        msg('Plan revision'),
        html`<p><strong>${msg(str`Version ${version}`)}</strong> (${why})</p>${e.changes.length
          ? changeList(e.changes, v)
          : html`<p class="muted">${msg('No content changes.')}</p>`}`,
      );
    }
    case 'status': {
      const from = planStatusWords(e.from);
      const to = planStatusWords(e.to);
      const why = e.reason ?? (e.cause === 'review-recorded' ? msg('review recorded') : undefined);
      return entry(msg('Status'), html`<p>${msg(str`Plan status: ${from} → ${to}`)}${why ? html` — ${why}` : nothing}</p>`);
    }
    case 'risk-flag': {
      const state = riskFlagState(e, v.formatDate(e.withdrawnAt ?? e.date));
      return entry(
        riskFlagKindWords(reader, false),
        html`<p><strong>${riskWords(reader, e.instrumentId, e.itemId, e.message)}</strong></p>${state ? html`<p class="muted">${state}</p>` : nothing}${e.acknowledgedAt
          ? html`<p class="muted">${msg(str`Acknowledged on ${v.formatDate(e.acknowledgedAt)}.`)}</p>`
          : v.clinician
            ? html`<button type="button" class="acknowledge" @click=${() => v.acknowledge(e.id)}>${msg('Acknowledge')}</button>`
            : nothing}`,
      );
    }
  }
}
