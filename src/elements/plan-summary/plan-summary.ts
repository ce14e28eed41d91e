import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { CatalogEntry } from '../../clinical/modalities/schema.js';
import { catalogContent } from '../../content/catalog/index.js';
import type { Locale, PlanContextValue } from '../../context/plan-context.js';
import type { PlanError, Result } from '../../model/errors.js';
import type { Administration, Goal, Objective, TreatmentPlan } from '../../model/plan.js';
import { frequencyWords } from '../../i18n/plan-words.js';
import { goalStatusWords, planStatusWords } from '../../i18n/status-words.js';
import { baseStyles } from '../../themes/base.styles.js';
import { refused, refusedNotice } from '../host-content.js';
import { catalogInUse, hostCatalogEntries } from '../host-catalog.js';
import { contentFailed, contentLoading, textOf } from '../templates/content.js';
import { PlanElement } from '../plan-element.js';
import { formatDate } from '../controllers/date-format.js';
import { styles } from './plan-summary.styles.js';
import { instrumentName, modalityName } from '../labels.js';
import { safetyPlanSummary } from './safety-plan.js';
import { safetyPlanTitle } from '../../i18n/safety-words.js';
import { riskWordsOf } from '../../i18n/safety-words.js';
import { bandName } from '../../i18n/scoring-words.js';
import { changedSinceSigned } from '../templates/signing-state.js';
import { disclosureStyles } from '../templates/disclosure.js';
import { heading } from '../templates/heading.js';
import { SignPanel } from './sign-panel.js';
import { signatureList, signedFact } from './signatures.js';
import { OnDemand } from '../controllers/on-demand.js';

/**
 * Text a person typed, isolated for bidi (`<bdi>`): a right-to-left override (U+202E…) or
 * right-to-left words in it cannot reorder the kit's words next to it (a dose, a date).
 */
const typed = (text: string | undefined) => (text ? html`<bdi>${text}</bdi>` : nothing);
const empty = (text: string) => html`<p class="empty">${text}</p>`;
const fact = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
/** A labelled paragraph, e.g. "Summary: …", shown only when `shown`. */
const said = (shown: unknown, label: string, text: unknown) =>
  shown ? html`<p><strong>${label}</strong> ${text}</p>` : nothing;

/** Latest administration of each instrument, in the order instruments were first given. */
function latestByInstrument(list: readonly Administration[]): Administration[] {
  const latest = new Map<string, Administration>();
  for (const a of list) {
    const seen = latest.get(a.instrumentId);
    // As instants: dates may carry any UTC offset, so text order is not time order.
    if (!seen || Date.parse(a.date) >= Date.parse(seen.date)) latest.set(a.instrumentId, a);
  }
  return [...latest.values()];
}

/**
 * The whole plan in plain language, read-only and printable: client, status, assessment
 * results (with any critical finding in words), the safety plan when there is one, problems →
 * goals → objectives, approaches and homework, supports, next review and signatures.
 *
 * @tagname plan-summary
 * @summary Read-only, printable summary of the treatment plan.
 *
 * @csspart header - The plan title block (client, status, version, dates).
 * @csspart section - Each section of the summary.
 * @csspart risk - A critical finding, always shown in words.
 * @csspart safety-plan - The safety plan's list of steps.
 * @csspart catalog-error - The visible message when the host's `catalog` is invalid (not printed).
 * @csspart changed-since-signed - "Changed since signed version N" (the same part opens every widget).
 * @csspart sign-panel - Where the client agrees (client mode) or the clinician records a verbal agreement and signs (not printed).
 *   It opens and closes from its heading; closed, the heading still says the sign state. It opens by itself only when
 *   there is something to do in it now: in client mode until the client agrees; in clinician mode once the client
 *   agreed and only the signature of the page's `signer` is missing.
 * @csspart sign-toggle - The button that opens and closes the sign panel (`aria-expanded`), with the panel's name and state.
 * @csspart sign-state - The sign state beside the panel's name ("Version 2 signed by …", "Not signed yet", "Changed since signed version 2").
 *
 * @cssprop [--tpk-plan-summary-heading-color=var(--tpk-color-text)] - Colour of section headings.
 * @cssprop [--tpk-plan-summary-max-inline-size=60rem] - Widest the summary grows.
 */
export class PlanSummary extends PlanElement {
  static override styles = [baseStyles, disclosureStyles, styles];

  /** Heading level (1–6) of the summary's title, so it fits the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * The host's catalog entries, the same value given to `<modality-picker>`, so approaches the
   * host added or renamed are named here as they are there. Validated; an invalid value is refused
   * whole, built-in names are used, and the problem is shown.
   */
  @property({ attribute: false }) catalog: unknown;

  /** @internal */
  @state() protected catalogError?: PlanError;

  /** The built-in catalog in the page's language (for the approaches' names), loaded with the summary. */
  #catalogContent = this.content(catalogContent);
  #host: { locale: Locale; entries: Result<CatalogEntry[]> | undefined } | undefined;

  /** @internal The summary words its own signing state, in its header. */
  protected override showsSigningState = false;

  #signPanel = new SignPanel(this);
  /** Substance-use care and the 42 CFR Part 2 notice: loaded only for a plan that has them. */
  #sud = new OnDemand(this, () => import('./substance-use-summary.js'));

  /** @internal Complete once an on-demand part being loaded has arrived and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#sud.settled();
    return (await super.getUpdateComplete()) && done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = this.ctx?.locale ?? 'en';
    if (!changed.has('catalog') && this.#host?.locale === locale) return;
    const entries = this.catalog == null ? undefined : hostCatalogEntries(this.catalog, locale);
    this.#host = { locale, entries };
    if (changed.has('catalog')) this.catalogError = refused('plan-summary', entries);
  }

  /** The catalog in use in `locale`, or `undefined` while the built-in one loads. */
  #catalog(locale: Locale): readonly CatalogEntry[] | undefined {
    const builtin = this.#catalogContent.get(locale);
    return builtin && catalogInUse(builtin, this.#host?.entries);
  }

  #section(h: number, title: string, content: unknown): TemplateResult {
    return html`<section part="section">
      ${heading(h, title)}
      ${content}
    </section>`;
  }

  protected renderPlan(ctx: PlanContextValue): TemplateResult {
    const { plan, mode, locale } = ctx;
    const client = mode === 'client';
    // The kit's one date formatter: the same day in every widget, in the page's language.
    const date = (iso: string) => formatDate(iso, locale);
    const h = this.headingLevel;
    const who = plan.client?.displayName ?? plan.client?.hostId;
    return html`
      <div role="alert">
        ${refusedNotice(
          this.catalogError,
          msg('The approach catalog supplied by this page could not be used.'),
          msg('Approaches are named from the built-in catalog.'),
        )}
      </div>
      <article aria-label=${msg('Treatment plan summary')}>
        <header part="header">
          ${heading(h, client ? msg('Your treatment plan') : msg('Treatment plan'))}
          <dl class="facts">
            ${who ? fact(msg('Client'), typed(who)) : nothing}
            ${fact(msg('Status'), planStatusWords(plan.status))}
            ${plan.version > 0 ? fact(msg('Version'), plan.version) : nothing}
            ${fact(msg('Signature'), signedFact(plan))}
            ${fact(msg('Last changed'), date(plan.updatedAt))}
            <div>
              <dt>${msg('Next review')}</dt>
              <dd>${plan.review.nextDue ? date(plan.review.nextDue) : msg('Set when the plan is activated')}</dd>
            </div>
          </dl>
          ${changedSinceSigned(plan, mode)}
        </header>
        ${plan.substanceUseCare ? this.#sud.get()?.part2Notice(plan.substanceUseCare.part2) : nothing}
        ${this.#assessment(plan, h + 1, date, client)}
        ${plan.safetyPlan ? this.#section(h + 1, safetyPlanTitle(mode), safetyPlanSummary(plan.safetyPlan, mode)) : nothing}
        ${plan.substanceUseCare ? this.#section(h + 1, msg('Substance-use care'), this.#sud.get()?.substanceUseSummary(plan, plan.substanceUseCare, { date, client, heading: (t) => heading(h + 2, t) })) : nothing}
        ${this.#goals(plan, h + 1, date, client)}
        ${this.#approaches(plan, h + 1, client, locale)}
        ${this.#list(
          h + 1,
          msg('Strengths and supports'),
          plan.supports,
          (s) => html`<li>${typed(s.label)}${s.details ? html` — ${typed(s.details)}` : nothing}</li>`,
        )}
        ${this.#section(h + 1, msg('Agreement and signatures'), html`${signatureList(plan, date)}${this.#signPanel.render(ctx, date, h + 2)}`)}
      </article>
    `;
  }

  #assessment(plan: TreatmentPlan, h: number, date: (s: string) => string, client: boolean) {
    const a = plan.assessment;
    const latest = latestByInstrument(a.administrations);
    const concerns = a.intake.concerns.inOwnWords;
    const strengths = a.intake.strengths.text;
    return this.#section(
      h,
      msg('Assessment'),
      !latest.length && !concerns && !strengths && !a.summary && !a.diagnoses.length
        ? empty(msg('No assessment recorded yet.'))
        : html`${said(concerns, client ? msg('In your words:') : msg('In the client’s words:'), typed(concerns))}
            ${said(a.summary && !client, msg('Summary:'), typed(a.summary))}
            ${said(strengths, msg('Strengths:'), typed(strengths))}
            ${a.diagnoses.length && !client
              ? html`<p>
                  <strong>${msg('Diagnoses:')}</strong>
                  ${a.diagnoses.map((d, i) => html`${i ? '; ' : ''}${typed(d.label)}${d.code ? html` (${typed(d.code)})` : ''}`)}
                </p>`
              : nothing}
            ${latest.length
              ? html`<table>
                  <caption>${msg('Latest questionnaire results')}</caption>
                  <thead>
                    <tr>
                      ${[msg('Questionnaire'), msg('Date'), msg('Score'), msg('Meaning')].map(
                        // The leading space keeps the whitespace between cells the markup always had.
                        (c) => html` <th scope="col">${c}</th>`,
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    ${latest.map(
                      ({ instrumentId, date: day, score: s, critical }) => html`<tr>
                        <th scope="row">${instrumentName(instrumentId)}</th>
                        <td>${date(day)}</td>
                        <td>
                          ${s.complete
                            ? msg(str`${s.total} of ${s.max}`)
                            : msg(str`Incomplete: ${s.answered} of ${s.itemCount} answered`)}
                        </td>
                        <td>
                          ${s.complete ? (bandName(instrumentId, s.band, s.bandLabel) ?? '') : '—'}
                          ${riskWordsOf(client ? 'client' : 'clinician', instrumentId, critical).map((words) => html`<strong class="risk" part="risk">${words}</strong>`)}
                        </td>
                      </tr>`,
                    )}
                  </tbody>
                </table>`
              : nothing}`,
    );
  }

  /** A goal or objective: its wording (the client's own words in client mode), status and agreement. */
  #item(x: Goal | Objective, client: boolean, strong: boolean, meta: unknown, after: unknown = nothing) {
    const text = client && x.clientWords ? x.clientWords : x.clinicalText || x.clientWords;
    return html`<li>
      <p class="wording">${strong ? html` <strong>${typed(text)}</strong> ` : typed(text)}</p>
      ${!client && x.clientWords ? html`<p class="own-words">“${typed(x.clientWords)}”</p>` : nothing}
      <p class="meta">
        ${meta}
        <span>${goalStatusWords(x.status)}</span>
        ${x.agreement?.agreed ? html`<span>${msg('Agreed')}</span>` : nothing}
      </p>
      ${after}
    </li>`;
  }

  #objective(o: Objective, date: (s: string) => string, client: boolean) {
    const m = o.measure;
    const measure =
      m.label && (m.baseline !== undefined || m.target !== undefined)
        ? html`${typed(m.label)}: ${msg(str`from ${m.baseline ?? '?'} to ${m.target ?? '?'}`)}${m.unit ? html` ${typed(m.unit)}` : ''}`
        : typed(m.label);
    return this.#item(
      o,
      client,
      false,
      html`<span>${measure}</span>
        ${o.dueDate ? html`<span>${msg(str`by ${date(o.dueDate)}`)}</span>` : nothing}`,
    );
  }

  #goals(plan: TreatmentPlan, h: number, date: (s: string) => string, client: boolean) {
    return this.#section(
      h,
      client ? msg('Your goals') : msg('Problems, goals and objectives'),
      plan.problems.length === 0
        ? empty(msg('No goals set yet.'))
        : // One problem re-renders only when it changed: typing elsewhere does not redo 500 objectives.
          plan.problems.map((p) =>
            guard([p, h, client, this.ctx?.locale], () => html`<div class="problem">
              ${heading(h + 1, p.title || msg('Untitled problem'))}
              ${p.evidencedBy.length && !client
                ? html`<p class="evidence">${msg('As evidenced by:')} ${p.evidencedBy.map((e, i) => html`${i ? '; ' : ''}${typed(e)}`)}</p>`
                : nothing}
              <ol class="goals">
                ${p.goals.map((g) =>
                  guard([g, client, this.ctx?.locale], () => this.#item(
                    g,
                    client,
                    true,
                    nothing,
                    g.objectives.length
                      ? html`<ol class="objectives">${g.objectives.map((o) => this.#objective(o, date, client))}</ol>`
                      : nothing,
                  )),
                )}
              </ol>
            </div>`),
          ),
    );
  }

  #approaches(plan: TreatmentPlan, h: number, client: boolean, locale: Locale) {
    const list = plan.interventions.filter((i) => i.status !== 'stopped');
    const catalog = list.length ? this.#catalog(locale) : [];
    const name = (id: string) => {
      const entry = catalog?.find((m) => m.id === id);
      return textOf(entry, typed(modalityName(id, catalog ?? [])));
    };
    return this.#section(
      h,
      client ? msg('What we will do') : msg('Approaches'),
      list.length === 0
        ? empty(msg('No approaches chosen yet.'))
        : !catalog
          ? this.#catalogContent.failed(locale) ? contentFailed() : contentLoading(msg('Loading the approaches…'))
        : html`<ul class="approaches">
            ${list.map(
              (i) => html`<li>
                <p class="wording"><strong>${name(i.modalityId)}</strong></p>
                <p class="meta">
                  <span>${frequencyWords(i.frequency)}${i.frequency === 'other' && i.frequencyNote ? html`: ${typed(i.frequencyNote)}` : ''}</span>
                  ${i.sessionMinutes ? html`<span>${msg(str`${i.sessionMinutes} minutes`)}</span>` : nothing}
                  <span>${i.plannedSessions ? msg(str`${i.plannedSessions} sessions`) : msg('until the next review')}</span>
                </p>
                ${i.homework.length
                  ? html`<p>${msg('Practice between sessions:')}</p>
                      <ul>
                        ${i.homework.map((hw) => html`<li>${typed(hw.what)} (${typed(hw.frequency)})</li>`)}
                      </ul>`
                  : nothing}
              </li>`,
            )}
          </ul>`,
    );
  }

  #list<T>(h: number, title: string, items: readonly T[], item: (x: T) => unknown) {
    return items.length
      ? this.#section(
          h,
          title,
          html`<ul>
            ${items.map(item)}
          </ul>`,
        )
      : nothing;
  }
}
