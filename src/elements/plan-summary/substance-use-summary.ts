import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ratingsChangedSince } from '../../clinical/substance-use/level-of-care.js';
import { allObjectives } from '../../model/tree.js';
import type { TreatmentPlan } from '../../model/plan.js';
import { SUD_DIMENSIONS, type Part2Scope, type SubstanceUseCare } from '../../model/substance-use.js';
import {
  anchorWords,
  dimensionWords,
  levelOfCareWords,
  medicationWords,
  part2NoticeWords,
  part2ScopeWords,
  recoverySupportWords,
  referralRuleWords,
  referralStatusWords,
  sudSourceWords,
  useDisorderWords,
} from '../../i18n/sud-words.js';

/**
 * The redisclosure notice of 42 CFR § 2.32 (in the kit's words), printed at the top of a summary
 * whose plan, or whose substance-use care, is marked as protected by 42 CFR Part 2.
 */
export function part2Notice(scope: Part2Scope | undefined): TemplateResult | typeof nothing {
  if (!scope) return nothing;
  const n = part2NoticeWords();
  return html`<aside class="part2-notice" part="part2-notice" aria-labelledby="part2-notice-h">
    <p id="part2-notice-h"><strong>${n.title}</strong> — ${part2ScopeWords(scope)}.</p>
    <p>${n.text}</p>
    <p><small>${n.cite}</small></p>
  </aside>`;
}

/** Substance-use care as read and printed: ratings with their meaning, the confirmed level, referrals and recovery supports. */
export function substanceUseSummary(
  plan: TreatmentPlan,
  care: SubstanceUseCare,
  o: { date: (iso: string) => string; client: boolean; heading: (text: string) => TemplateResult },
): TemplateResult {
  const { date, client, heading } = o;
  const objectives = new Map(allObjectives(plan).map((o) => [o.id, o.clinicalText || o.clientWords || '']));
  const level = care.levelOfCare;
  return html`<div part="substance-use">
    ${client
      ? nothing
      : html`<table>
            <caption>${msg('Risk ratings (0–4)')}</caption>
            <thead><tr><th scope="col">${msg('Dimension')}</th> <th scope="col">${msg('Rating')}</th> <th scope="col">${msg('Meaning')}</th> <th scope="col">${msg('Note')}</th></tr></thead>
            <tbody>
              ${SUD_DIMENSIONS.map((d) => {
                const r = care.ratings[d];
                return html`<tr>
                  <th scope="row">${dimensionWords(d)}</th>
                  <td>${r ? r.level : msg('Not rated')}</td>
                  <td>${r ? anchorWords(d, r.level) : ''}</td>
                  <td>${r?.note ?? ''}</td>
                </tr>`;
              })}
            </tbody>
          </table>
          <p class="hint">${sudSourceWords()}</p>
          <p>
            <strong>${msg('Level of care:')}</strong>
            ${level
              ? (() => {
                  const words = levelOfCareWords(level.level);
                  const who = level.confirmedBy;
                  const when = date(level.confirmedAt);
                  return html`${msg(str`${words}, confirmed by ${who} on ${when}.`)}
                  ${ratingsChangedSince(level, care.ratings) ? html` <strong>${msg('The ratings changed since then.')}</strong>` : nothing}`;
                })()
              : msg('Not confirmed yet.')}
          </p>`}
    ${heading(msg('Medication referrals (MOUD / MAUD)'))}
    ${care.medicationReferrals.length
      ? html`<ul>
          ${care.medicationReferrals.map((r) => {
            const status = referralStatusWords(r.status);
            const day = date(r.date);
            return html`<li>
              ${medicationWords(r.medication)} — ${useDisorderWords(r.disorder)}: ${msg(str`${status} on ${day}`)}${r.prescriber ? html`; ${msg('prescriber:')} ${r.prescriber}` : nothing}${r.note ? html` — ${r.note}` : nothing}
            </li>`;
          })}
        </ul>`
      : html`<p class="empty">${msg('No referrals.')}</p>`}
    <p class="hint">${referralRuleWords()}</p>
    ${heading(msg('Recovery supports'))}
    ${care.recoverySupports.length
      ? html`<ul>
          ${care.recoverySupports.map((s) => {
            const served = s.objectiveIds.map((id) => objectives.get(id)).filter((t): t is string => !!t);
            return html`<li>
              <strong>${s.label?.trim() || recoverySupportWords(s.kind)}</strong>${s.label?.trim() ? html` (${recoverySupportWords(s.kind)})` : nothing}${s.frequency ? html`, ${s.frequency}` : nothing}${s.details ? html` — ${s.details}` : nothing}
              ${served.length ? html`<br />${msg('Serves:')} ${served.join('; ')}` : nothing}
            </li>`;
          })}
        </ul>`
      : html`<p class="empty">${msg('No recovery supports.')}</p>`}
  </div>`;
}
