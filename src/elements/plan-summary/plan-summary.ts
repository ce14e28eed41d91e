import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { PlanContextValue } from '../../context/plan-context.js';
import type {
  Administration,
  Intervention,
  Objective,
  TreatmentPlan,
} from '../../model/plan.js';
import { frequencyWords } from '../../i18n/plan-words.js';
import { goalStatusWords, planStatusWords } from '../../i18n/status-words.js';
import { baseStyles } from '../../themes/base.styles.js';
import { PlanElement } from '../plan-element.js';
import { styles } from './plan-summary.styles.js';
import { instrumentName, modalityName } from './labels.js';

/** Latest administration of each instrument, in the order instruments were first given. */
function latestByInstrument(list: readonly Administration[]): Administration[] {
  const latest = new Map<string, Administration>();
  for (const a of list) {
    const seen = latest.get(a.instrumentId);
    if (!seen || a.date >= seen.date) latest.set(a.instrumentId, a);
  }
  return [...latest.values()];
}

/**
 * The whole plan in plain language, read-only and printable: client, status, assessment
 * results (with any critical finding in words), problems → goals → objectives, approaches and
 * homework, supports, next review and signatures.
 *
 * @tagname plan-summary
 * @summary Read-only, printable summary of the treatment plan.
 *
 * @csspart header - The plan title block (client, status, version, dates).
 * @csspart section - Each section of the summary.
 * @csspart risk - A critical finding, always shown in words.
 *
 * @cssprop [--tpk-plan-summary-heading-color=var(--tpk-color-text)] - Colour of section headings.
 * @cssprop [--tpk-plan-summary-max-inline-size=60rem] - Widest the summary grows.
 */
export class PlanSummary extends PlanElement {
  static override styles = [baseStyles, styles];

  /** Heading level (1–6) of the summary's title, so it fits the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  #heading(level: number, text: string, part?: string): TemplateResult {
    const l = Math.min(6, Math.max(1, Math.round(level)));
    switch (l) {
      case 1:
        return html`<h1 part=${part ?? nothing}>${text}</h1>`;
      case 2:
        return html`<h2 part=${part ?? nothing}>${text}</h2>`;
      case 3:
        return html`<h3 part=${part ?? nothing}>${text}</h3>`;
      case 4:
        return html`<h4 part=${part ?? nothing}>${text}</h4>`;
      case 5:
        return html`<h5 part=${part ?? nothing}>${text}</h5>`;
      default:
        return html`<h6 part=${part ?? nothing}>${text}</h6>`;
    }
  }

  protected renderPlan({ plan, mode, locale }: PlanContextValue): TemplateResult {
    const client = mode === 'client';
    // Two formatters per render, not one per date: a long plan has thousands of dates.
    const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const instantFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const date = (iso: string) =>
      iso.length === 10 ? dayFormat.format(new Date(`${iso}T00:00:00Z`)) : instantFormat.format(new Date(iso));
    const h = this.headingLevel;
    const who = plan.client?.displayName ?? plan.client?.hostId;
    return html`
      <article aria-label=${msg('Treatment plan summary')}>
        <header part="header">
          ${this.#heading(h, client ? msg('Your treatment plan') : msg('Treatment plan'))}
          <dl class="facts">
            ${who ? html`<div><dt>${msg('Client')}</dt><dd>${who}</dd></div>` : nothing}
            <div><dt>${msg('Status')}</dt><dd>${planStatusWords(plan.status)}</dd></div>
            ${plan.version > 0
              ? html`<div><dt>${msg('Version')}</dt><dd>${plan.version}</dd></div>`
              : nothing}
            <div><dt>${msg('Last changed')}</dt><dd>${date(plan.updatedAt)}</dd></div>
            <div>
              <dt>${msg('Next review')}</dt>
              <dd>${plan.review.nextDue ? date(plan.review.nextDue) : msg('Set when the plan is activated')}</dd>
            </div>
          </dl>
        </header>
        ${this.#assessment(plan, h + 1, date, client)} ${this.#goals(plan, h + 1, date, client)}
        ${this.#approaches(plan, h + 1, client)} ${this.#supports(plan, h + 1)}
        ${this.#signatures(plan, h + 1, date)}
      </article>
    `;
  }

  #assessment(plan: TreatmentPlan, h: number, date: (s: string) => string, client: boolean) {
    const a = plan.assessment;
    const latest = latestByInstrument(a.administrations);
    const concerns = a.intake.concerns.inOwnWords;
    const strengths = a.intake.strengths.text;
    if (!latest.length && !concerns && !strengths && !a.summary && !a.diagnoses.length) {
      return html`<section part="section">
        ${this.#heading(h, msg('Assessment'))}
        <p class="empty">${msg('No assessment recorded yet.')}</p>
      </section>`;
    }
    return html`<section part="section">
      ${this.#heading(h, msg('Assessment'))}
      ${concerns
        ? html`<p><strong>${client ? msg('In your words:') : msg('In the client’s words:')}</strong> ${concerns}</p>`
        : nothing}
      ${a.summary && !client ? html`<p><strong>${msg('Summary:')}</strong> ${a.summary}</p>` : nothing}
      ${strengths ? html`<p><strong>${msg('Strengths:')}</strong> ${strengths}</p>` : nothing}
      ${a.diagnoses.length && !client
        ? html`<p>
            <strong>${msg('Diagnoses:')}</strong>
            ${a.diagnoses.map((d, i) => html`${i ? '; ' : ''}${d.label}${d.code ? ` (${d.code})` : ''}`)}
          </p>`
        : nothing}
      ${latest.length
        ? html`<table>
            <caption>${msg('Latest questionnaire results')}</caption>
            <thead>
              <tr>
                <th scope="col">${msg('Questionnaire')}</th>
                <th scope="col">${msg('Date')}</th>
                <th scope="col">${msg('Score')}</th>
                <th scope="col">${msg('Meaning')}</th>
              </tr>
            </thead>
            <tbody>
              ${latest.map(
                (x) => html`<tr>
                  <th scope="row">${instrumentName(x.instrumentId)}</th>
                  <td>${date(x.date)}</td>
                  <td>
                    ${x.score.complete
                      ? msg(str`${x.score.total} of ${x.score.max}`)
                      : msg(str`Incomplete: ${x.score.answered} of ${x.score.itemCount} answered`)}
                  </td>
                  <td>
                    ${x.score.complete ? (x.score.bandLabel ?? '') : '—'}
                    ${x.critical.map((c) => html`<strong class="risk" part="risk">${c.message}</strong>`)}
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : nothing}
    </section>`;
  }

  #objective(o: Objective, date: (s: string) => string, client: boolean) {
    const m = o.measure;
    const measure =
      m.label && (m.baseline !== undefined || m.target !== undefined)
        ? msg(
            str`${m.label}: from ${m.baseline ?? '?'} to ${m.target ?? '?'}${m.unit ? ` ${m.unit}` : ''}`,
          )
        : m.label;
    return html`<li>
      <p class="wording">${client && o.clientWords ? o.clientWords : o.clinicalText || o.clientWords}</p>
      ${!client && o.clientWords ? html`<p class="own-words">“${o.clientWords}”</p>` : nothing}
      <p class="meta">
        ${measure ? html`<span>${measure}</span>` : nothing}
        ${o.dueDate ? html`<span>${msg(str`by ${date(o.dueDate)}`)}</span>` : nothing}
        <span>${goalStatusWords(o.status)}</span>
        ${o.agreement?.agreed ? html`<span>${msg('Agreed')}</span>` : nothing}
      </p>
    </li>`;
  }

  #goals(plan: TreatmentPlan, h: number, date: (s: string) => string, client: boolean) {
    return html`<section part="section">
      ${this.#heading(h, client ? msg('Your goals') : msg('Problems, goals and objectives'))}
      ${plan.problems.length === 0
        ? html`<p class="empty">${msg('No goals set yet.')}</p>`
        : plan.problems.map(
            (p) => html`<div class="problem">
              ${this.#heading(h + 1, p.title || msg('Untitled problem'))}
              ${p.evidencedBy.length && !client
                ? html`<p class="meta">${msg('As evidenced by:')} ${p.evidencedBy.join('; ')}</p>`
                : nothing}
              <ol class="goals">
                ${p.goals.map(
                  (g) => html`<li>
                    <p class="wording">
                      <strong>${client && g.clientWords ? g.clientWords : g.clinicalText || g.clientWords}</strong>
                    </p>
                    ${!client && g.clientWords ? html`<p class="own-words">“${g.clientWords}”</p>` : nothing}
                    <p class="meta">
                      <span>${goalStatusWords(g.status)}</span>
                      ${g.agreement?.agreed ? html`<span>${msg('Agreed')}</span>` : nothing}
                    </p>
                    ${g.objectives.length
                      ? html`<ol class="objectives">${g.objectives.map((o) => this.#objective(o, date, client))}</ol>`
                      : nothing}
                  </li>`,
                )}
              </ol>
            </div>`,
          )}
    </section>`;
  }

  #approaches(plan: TreatmentPlan, h: number, client: boolean) {
    const list = plan.interventions.filter((i) => i.status !== 'stopped');
    return html`<section part="section">
      ${this.#heading(h, client ? msg('What we will do') : msg('Approaches'))}
      ${list.length === 0
        ? html`<p class="empty">${msg('No approaches chosen yet.')}</p>`
        : html`<ul class="approaches">
            ${list.map(
              (i) => html`<li>
                <p class="wording"><strong>${modalityName(i.modalityId)}</strong></p>
                <p class="meta">
                  <span>${frequencyWords(i.frequency)}${i.frequency === 'other' && i.frequencyNote ? `: ${i.frequencyNote}` : ''}</span>
                  ${i.sessionMinutes ? html`<span>${msg(str`${i.sessionMinutes} minutes`)}</span>` : nothing}
                  <span>${i.plannedSessions ? msg(str`${i.plannedSessions} sessions`) : msg('until the next review')}</span>
                </p>
                ${i.homework.length
                  ? html`<p>${msg('Practice between sessions:')}</p>
                      <ul>
                        ${i.homework.map((hw) => html`<li>${hw.what} (${hw.frequency})</li>`)}
                      </ul>`
                  : nothing}
              </li>`,
            )}
          </ul>`}
    </section>`;
  }

  #supports(plan: TreatmentPlan, h: number) {
    if (!plan.supports.length) return nothing;
    return html`<section part="section">
      ${this.#heading(h, msg('Strengths and supports'))}
      <ul>
        ${plan.supports.map((s) => html`<li>${s.label}${s.details ? html` — ${s.details}` : nothing}</li>`)}
      </ul>
    </section>`;
  }

  #signatures(plan: TreatmentPlan, h: number, date: (s: string) => string) {
    if (!plan.signatures.length) return nothing;
    return html`<section part="section">
      ${this.#heading(h, msg('Signatures'))}
      <ul>
        ${plan.signatures.map(
          (s) => html`<li>${s.name} (${s.role}) — ${date(s.signedAt)}, ${msg(str`version ${s.version}`)}</li>`,
        )}
      </ul>
    </section>`;
  }
}
