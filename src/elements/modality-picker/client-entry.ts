import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { CatalogEntry } from '../../clinical/modalities/schema.js';
import { langOf, textOf } from '../templates/content.js';
import { deliveryWords, formatWords, frequencyWords, statusWords } from '../../i18n/plan-words.js';
import type { Intervention, TreatmentPlan } from '../../model/plan.js';
import { allObjectives } from '../../plan/tree.js';
import { empty, labelled, techniqueList } from './display.js';

/** A chosen approach as the client reads it: what it is, how often, what to practise. */
export function clientEntryTemplate(plan: TreatmentPlan, iv: Intervention, entry: CatalogEntry | undefined, formatDate: (day: string) => string): TemplateResult {
  const techniques = entry ? entry.techniques.filter((t) => iv.techniques.includes(t.id)) : [];
  const homework = iv.homework.filter((h) => h.agreedWithClient);
  const objectives = new Map(allObjectives(plan).map((o) => [o.id, o]));
  const dose = [
    frequencyWords(iv.frequency) + (iv.frequency === 'other' && iv.frequencyNote ? `: ${iv.frequencyNote}` : ''),
    iv.sessionMinutes ? msg(str`${iv.sessionMinutes}-minute sessions`) : '',
    formatWords(iv.format),
    deliveryWords(iv.delivery),
    iv.plannedSessions ? msg(str`${iv.plannedSessions} sessions planned`) : msg('until your next plan review'),
  ].filter(Boolean);
  return html`<li part="entry" class="card entry client-entry">
    <h3>${textOf(entry, entry?.name ?? iv.modalityId)} <span class="badge">${statusWords(iv.status)}</span></h3>
    ${entry
      ? html`<p>${textOf(entry, entry.forClient)}</p>
          ${labelled(msg('What a session involves:'), textOf(entry, entry.sessionInvolves))}`
      : nothing}
    ${labelled(msg('How often:'), dose.join(' · '))}
    ${iv.startDate ? labelled(msg('Starting:'), formatDate(iv.startDate)) : nothing}
    ${techniques.length ? html`<h4>${msg('What you will work on')}</h4>${techniqueList(techniques, langOf(entry))}` : nothing}
    <h4>${msg('Practice between sessions')}</h4>
    ${homework.length
      ? html`<ul class="hw-list">
          ${homework.map((h) => {
            const o = h.objectiveId ? objectives.get(h.objectiveId) : undefined;
            return html`<li>
              <strong>${h.what}</strong> — ${h.frequency}
              ${o ? html`<span class="evidence">${msg(str`Towards: ${o.clientWords || o.clinicalText}`)}</span>` : nothing}
            </li>`;
          })}
        </ul>`
      : empty(msg('No practice agreed yet.'))}
  </li>`;
}
