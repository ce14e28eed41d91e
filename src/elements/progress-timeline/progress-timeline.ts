import { fail } from '../../model/errors.js';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { computeAlerts, type PlanAlert } from '../../clinical/progress/alerts.js';
import { planAlertWords } from '../../i18n/alert-words.js';
import { instrumentSeries, type InstrumentSeries, type PointChange } from '../../clinical/progress/change.js';
import { allObjectiveProgress, type ObjectiveProgress } from '../../clinical/progress/objectives.js';
import { normalizeInstrumentId } from '../../clinical/progress/parameters.js';
import { reviewSchedule, type ReviewSchedule } from '../../clinical/progress/review.js';
import { TIMELINE_KINDS, buildTimeline, type Timeline, type TimelineKind } from '../../clinical/progress/timeline.js';
import type { PlanContextValue } from '../../context/plan-context.js';
import { toDay } from '../../model/dates.js';
import type { Objective, TreatmentPlan } from '../../model/plan.js';
import { allObjectives, findObjective } from '../../plan/tree.js';
import { baseStyles } from '../../themes/base.styles.js';
import { DateFormatController, type DateStyle } from '../controllers/date-format.js';
import { pageLocale } from '../controllers/page-locale.js';
import { Memo } from '../memo.js';
import { disclosureStyles } from '../templates/disclosure.js';
import { modalityName } from '../labels.js';
import { contentFailed } from '../templates/content.js';
import { riskFlagKindWords } from '../../i18n/safety-words.js';
import { catalogContent } from '../../content/catalog/index.js';
import { refusedWords } from '../../i18n/refusal-words.js';
import { bandName } from '../../i18n/scoring-words.js';
import { withoutUndefined } from '../../model/objects.js';
import { changeWords, dataStatusWords } from '../../i18n/progress-words.js';
import { newReviewDraft, reviewCommand, reviewStepTemplate, validateReviewStep, type ReviewDraft, type ReviewObjectiveDraft, type ReviewView } from './review-dialog.js';
import { PlanElement } from '../plan-element.js';
import { namedObjectives, timelineEntry, type EntryView } from './timeline-entry.js';
import { sessionFormTemplate, type SessionDraft } from './session-form.js';
import { CHART, markerGlyph, renderChartBody } from './chart.js';
import { ChartFrameController } from './chart-frame.js';
import { styles } from './progress-timeline.styles.js';
import { progressCommands } from '../../plan/commands/progress.js';
import { registerCommands } from '../../plan/registry.js';

// The commands this timeline sends load with it, so a session or review is recorded at once (src/plan/registry.ts).
registerCommands(progressCommands);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A copy of `set` with `value` added (`on`) or removed; toggled when `on` is absent. */
const toggled = <T>(set: ReadonlySet<T>, value: T, on = !set.has(value)): Set<T> => {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
};

// Words are looked up when rendering (never at module load) so a locale change re-renders them.

/**
 * The course of therapy: measurements, sessions, reviews, plan revisions, status changes and
 * risk flags, newest first and grouped by month, with a kind filter. A chart per questionnaire
 * (severity bands, baseline, objective targets, change markers; every point reachable by
 * keyboard; "show as table" gives the same data). Objectives measured by a questionnaire get a
 * status from the data for the clinician to confirm; objectives not on track are shown plainly.
 * Shows the next review date with due/overdue badges; "Start review" opens a dialog that walks
 * the objectives and records the review (a new plan version when the plan changed). Clinicians
 * can record sessions and acknowledge risk flags; `mode="client"` on the provider shows the same
 * history read-only.
 *
 * Must be placed inside `<plan-provider>`. The provider fires `plan-alert` (not on track,
 * reliable deterioration) and `review-due` when a plan opens; recording a review fires
 * `plan-alert` for reliable deterioration.
 *
 * @tagname progress-timeline
 * @summary Measurements, sessions, reviews and revisions over time, with score charts and reviews.
 *
 * @fires input - A field of the session form or the review dialog was edited (native, bubbles, composed).
 * @fires change - A session or review was recorded, an objective status confirmed, or a risk flag acknowledged.
 *
 * @csspart alerts - The "needs attention" box (not on track, reliable deterioration).
 * @csspart review - The review schedule with the "Start review" button.
 * @csspart objectives - Objectives with their status from data.
 * @csspart chart - Each score chart (`<figure>`).
 * @csspart table - Each score table shown instead of a chart.
 * @csspart session-form - The form that records a session.
 * @csspart timeline - The list of entries.
 * @csspart dialog - The review dialog.
 *
 * @cssprop --tpk-progress-timeline-line-color - Line and point outline of the chart (default: accent).
 * @cssprop --tpk-progress-timeline-target-color - Objective target lines (default: success).
 * @cssprop --tpk-progress-timeline-baseline-color - Baseline line (default: muted text).
 * @cssprop --tpk-progress-timeline-band-opacity - Opacity of the severity bands (default 0.7).
 * @cssprop --tpk-progress-timeline-chart-max-inline-size - Widest a chart or table grows (default 48rem).
 */
export class ProgressTimeline extends PlanElement {
  static override styles = [baseStyles, disclosureStyles, styles];

  /**
   * The day (`YYYY-MM-DD`) used for due/overdue badges and "not on track"; defaults to the
   * current day (UTC). Set it to show the plan as of another day.
   */
  @property() today = '';

  /** How many entries the list shows before "Show older entries" (default 100). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 100;

  /** @internal */
  @state() private shownKinds: ReadonlySet<TimelineKind> = new Set(TIMELINE_KINDS);
  /** @internal */
  @state() private shownCount = 0;
  /** @internal Instruments shown as tables. */
  @state() private tableInstruments: ReadonlySet<string> = new Set();
  /** @internal Roving-tabindex point per chart. */
  @state() private activePoints: Readonly<Record<string, number>> = {};
  /** @internal */
  @state() private selectedPoints: Readonly<Record<string, string>> = {};
  /** @internal */
  @state() private reviewDraft?: ReviewDraft;
  /** @internal */
  @state() private sessionDraft: SessionDraft = { attendance: 'attended', homework: '', note: '' };
  /** @internal */
  @state() private sessionError = '';
  /** @internal The session form opens from its heading's button (closed, it costs one line). */
  @state() private sessionFormOpen = false;
  /** @internal The last outcome (a review or session recorded, a refusal), shown in the review section's status line. */
  @state() private outcome = '';

  // Kept while the parts of the plan they are built from stay the same, so an edit elsewhere in the
  // plan (typing an objective's wording) does not rebuild and re-render a thousand entries.
  #dates = new DateFormatController(() => this.ctx?.locale ?? 'en');
  /** The built-in catalog in the page's language, for approaches' names (loaded when an entry first names one). */
  #catalog = this.content(catalogContent);
  #chart = new ChartFrameController(this);
  #timelineMemo = new Memo<Timeline>();
  #seriesMemo = new Memo<InstrumentSeries[]>();
  #objectivesMemo = new Memo<ReadonlyMap<string, Objective>>();
  /** Derived data depends only on the plan snapshot (and day/locale): recomputed when those change, not on every keystroke. */
  #derived?: { plan: TreatmentPlan; today: string; locale: string; alerts: PlanAlert[]; progress: ObjectiveProgress[]; labels: Map<string, string[]> };

  // ------------------------------------------------------------------ helpers

  #day(): string {
    return DAY.test(this.today) ? this.today : toDay(new Date());
  }

  /** A plan day or moment in the provider's locale ("Nov 9, 2026"; `style` for months and chart ticks). */
  #format(value: string | number, style: DateStyle = 'day'): string {
    return this.#dates.format(value, style);
  }

  #series(plan: TreatmentPlan): InstrumentSeries[] {
    return this.#seriesMemo.get([plan.assessment.administrations], () => instrumentSeries(plan));
  }

  #timeline(plan: TreatmentPlan): Timeline {
    const kinds = this.shownKinds;
    return this.#timelineMemo.get([plan.timeline, plan.assessment.administrations, kinds], () => buildTimeline(plan, kinds));
  }

  /** An approach's catalog name (its id in words only when the catalog could not load: the timeline says so). */
  #approachName(id: string): string {
    return modalityName(id, this.#catalog.get(this.ctx?.locale ?? 'en') ?? []);
  }

  /** The catalog is still loading (asked for only when something shown names an approach). */
  #approachesLoading(): boolean {
    const locale = this.ctx?.locale ?? 'en';
    return !this.#catalog.get(locale) && !this.#catalog.failed(locale);
  }

  #objectiveText(o: Objective): string {
    return (this.mode === 'client' ? o.clientWords || o.clinicalText : o.clinicalText || o.clientWords) || o.measure.label;
  }

  #pointLabel(s: InstrumentSeries, p: PointChange): string {
    const date = this.#format(p.point.date);
    const band = bandName(p.point.instrumentId, p.point.band, p.point.bandLabel) ?? msg('no band');
    const label = s.label;
    const score = p.point.score;
    const max = p.point.max;
    return `${msg(str`${date}: ${label} ${score} of ${max}, ${band}.`)} ${changeWords(p)}`;
  }

  /** Announces the outcome of a recorded change and fires `change`. */
  #changed(status: string): void {
    this.outcome = status;
    this.emitChange();
  }

  // ------------------------------------------------------------------ render

  #derive(plan: TreatmentPlan, today: string) {
    const locale = this.ctx?.locale ?? 'en';
    const d = this.#derived;
    if (d?.plan === plan && d.today === today && d.locale === locale) return d;
    return (this.#derived = { plan, today, locale, alerts: computeAlerts(plan, today), progress: allObjectiveProgress(plan), labels: new Map<string, string[]>() });
  }

  protected renderPlan(ctx: PlanContextValue): TemplateResult {
    const plan = ctx.plan;
    const today = this.#day();
    const derived = this.#derive(plan, today);
    const clinician = this.mode === 'clinician';
    return html`<section aria-labelledby="progress-title">
        <h2 id="progress-title">${clinician ? msg('Progress') : msg('Your progress')}</h2>
        ${this.#renderAlerts(plan, derived.alerts)}${this.#renderReview(plan, reviewSchedule(plan, today))}${this.#renderObjectives(plan, derived.progress)}${this.#renderCharts(
          plan,
          derived.labels,
        )}${clinician ? this.#renderSessionForm(today) : nothing}${this.#renderTimeline(plan)}
      </section>
      ${this.#renderDialog(plan)}`;
  }

  /** Objectives by id, for the many lookups of one render (500 alerts on a long plan). */
  #objectives(plan: TreatmentPlan): ReadonlyMap<string, Objective> {
    return this.#objectivesMemo.get([plan.problems], () => new Map(allObjectives(plan).map((o) => [o.id, o])));
  }

  #renderAlerts(plan: TreatmentPlan, alerts: PlanAlert[]): TemplateResult | typeof nothing {
    if (!alerts.length) return nothing;
    const objectives = this.#objectives(plan);
    const words = (a: PlanAlert) => {
      const o = a.objectiveId ? objectives.get(a.objectiveId) : undefined;
      return planAlertWords(a, { ...(o ? { objectiveText: this.#objectiveText(o) } : {}), formatDate: (d) => this.#format(d) });
    };
    return html`<div class="notice danger" part="alerts" role="group" aria-labelledby="alerts-title">
      <h3 id="alerts-title">${msg('Needs attention')}</h3>
      <ul>${alerts.map((a) =>
        // An alert's words change with its objective's wording or the scores, not with every edit.
        guard(
          [a.code, a.message, a.objectiveId && objectives.get(a.objectiveId), plan.assessment.administrations, this.ctx?.locale, pageLocale(), this.mode],
          () => html`<li data-code=${a.code} data-objective=${a.objectiveId ?? nothing}>${words(a)}</li>`,
        ),
      )}</ul>
    </div>`;
  }

  #renderReview(plan: TreatmentPlan, s: ReviewSchedule): TemplateResult {
    const days = Math.abs(s.daysUntil ?? 0);
    const state = s.state;
    const badge =
      state === 'overdue'
        ? days === 1
          ? msg('Overdue by 1 day')
          : msg(str`Overdue by ${days} days`)
        : state === 'due'
          ? msg('Due today')
          : state === 'due-soon'
            ? days === 1
              ? msg('Due tomorrow')
              : msg(str`Due in ${days} days`)
            : '';
    const interval = s.intervalDays;
    return html`<section part="review" aria-labelledby="review-title">
      <h3 id="review-title">${msg('Reviews')}</h3>
      ${s.nextDue
        ? html`<p class="row"><span>${msg('Next review:')} <strong class="next-due">${this.#format(s.nextDue)}</strong></span>${badge
              ? html`<span class=${`badge ${state}`} data-state=${state}>${badge}</span>`
              : nothing}</p>`
        : html`<p class="muted">${msg('No review is scheduled: reviews start once the plan is active.')}</p>`}
      <p class="muted">${msg(str`Reviewed every ${interval} days.`)}</p>
      ${this.mode === 'clinician' && (plan.status === 'active' || plan.status === 'under-review')
        ? html`<button id="start-review" class="primary" type="button" aria-haspopup="dialog" @click=${this.#openReview}>${msg('Start review')}</button>`
        : nothing}
      <p class="outcome" role="status">${this.outcome}</p>
    </section>`;
  }

  #renderObjectives(plan: TreatmentPlan, progress: ObjectiveProgress[]): TemplateResult | typeof nothing {
    if (!progress.length) return nothing;
    return html`<section part="objectives" aria-labelledby="objectives-title">
      <h3 id="objectives-title">${msg('Objectives measured by questionnaires')}</h3>
      <ul class="objectives">${progress.map((p) => {
        const o = findObjective(plan, p.objectiveId)!.objective;
        const confirmed = o.progress?.status === p.status && o.progress.administrationId === p.latest?.administrationId;
        const target = p.target;
        const baseline = p.baseline;
        const latest = p.latest?.score;
        const label = p.instrumentLabel;
        return html`<li data-objective=${p.objectiveId}><p><strong>${this.#objectiveText(o)}</strong></p><p>${baseline !== undefined && latest !== undefined
            ? msg(str`${label}: baseline ${baseline}, latest ${latest}`)
            : label}${target !== undefined ? html`; ${msg(str`target ${p.direction === 'decrease' ? '≤' : '≥'} ${target}`)}` : nothing}</p><p>${msg('From the data:')}
            <span class=${`status ${p.status}`} data-status=${p.status}>${dataStatusWords(p.status, p.reason)}</span></p>${p.verified
            ? nothing
            : html`<p class="provisional">${msg('Provisional: the reliable-change rule uses a reference value still being verified.')}</p>`}${confirmed
            ? html`<p class="muted confirmed">${msg(str`Confirmed by the clinician on ${this.#format(o.progress!.confirmedAt)}.`)}</p>`
            : this.mode === 'clinician' && p.status !== 'not-enough-data'
              ? html`<button type="button" class="confirm" @click=${() => this.#confirm(p)}>${msg(str`Confirm: ${dataStatusWords(p.status)}`)}</button>`
              : nothing}</li>`;
      })}</ul>
    </section>`;
  }

  #renderCharts(plan: TreatmentPlan, labels: Map<string, string[]>): TemplateResult {
    const series = this.#series(plan);
    return html`<section aria-labelledby="charts-title">
      <h3 id="charts-title">${msg('Scores over time')}</h3>
      ${series.length ? html`<div class="charts">${series.map((s) => this.#renderSeries(plan, s, labels))}</div>` : html`<p class="muted">${msg('No questionnaire scores yet.')}</p>`}
    </section>`;
  }

  #renderSeries(plan: TreatmentPlan, s: InstrumentSeries, cache: Map<string, string[]>): TemplateResult {
    const key = normalizeInstrumentId(s.instrumentId);
    const asTable = this.tableInstruments.has(key);
    const points = s.points;
    let labels = cache.get(key);
    if (!labels) cache.set(key, (labels = points.map((p) => this.#pointLabel(s, p))));
    const last = points.length - 1;
    const label = s.label;
    return html`<div class="series" data-instrument=${s.instrumentId}>
      <div class="row"><h4 id=${`series-${key}`}>${label}</h4><button type="button" class="toggle-table" aria-pressed=${asTable}
        @click=${() => (this.tableInstruments = toggled(this.tableInstruments, key))}>${msg('Show as table')}</button></div>
      ${asTable
        ? html`<div class="table-wrap" part="table"><table>
            <caption>${msg(str`${label} scores`)}</caption>
            <thead><tr>${[msg('Date'), msg('Score'), msg('Severity'), msg('Change from baseline')].map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
            <tbody>${points.map(
              (p) => html`<tr data-date=${p.point.date} data-score=${p.point.score}><th scope="row">${this.#format(p.point.date)}</th><td>${p.point.score} / ${p.point
                .max}</td><td>${bandName(p.point.instrumentId, p.point.band, p.point.bandLabel) ?? '—'}</td><td>${changeWords(p)}</td></tr>`,
            )}</tbody>
          </table></div>`
        : html`<figure part="chart">
            <svg viewBox=${`0 0 ${this.#chart.frame.width} ${CHART.height}`} role="group"
              aria-label=${msg(str`${label} scores over time. Use the arrow keys to move between points.`)}
              @keydown=${(e: KeyboardEvent) => this.#onChartKey(e, key, points.length)} @focusin=${(e: FocusEvent) => this.#onPointFocus(e, key, labels)}>${renderChartBody({
                series: s,
                targets: allObjectives(plan)
                  .filter(
                    (o) =>
                      o.measure.kind === 'instrument' &&
                      o.measure.instrumentId &&
                      normalizeInstrumentId(o.measure.instrumentId) === key &&
                      o.measure.target !== undefined &&
                      o.status !== 'discontinued',
                  )
                  .map((o) => {
                    const t = o.measure.target!;
                    const sign = (o.measure.direction ?? 'decrease') === 'decrease' ? '≤' : '≥';
                    return { objectiveId: o.id, value: t, label: msg(str`Target ${sign} ${t}`) };
                  }),
                activeIndex: Math.min(this.activePoints[key] ?? last, last),
                pointLabels: labels,
                formatTick: (t, long) => this.#format(t, long ? 'short-month' : 'tick'),
                baselineLabel: msg('Baseline'),
                frame: this.#chart.frame,
              })}</svg>
            <p class="selected" aria-hidden="true">${this.selectedPoints[key] ?? ''}</p>
            <ul class="legend">${[
              [`◆ ${markerGlyph('reliable-improvement')} `, msg('reliable improvement')],
              [`■ ${markerGlyph('reliable-deterioration')} `, msg('reliable deterioration')],
              [`${markerGlyph('response')} `, msg('response')],
              [`${markerGlyph('remission')} `, msg('remission')],
              ['- - ', msg('baseline')],
              ['··· ', msg('target')],
            ].map(([mark, words]) => html`<li>${mark}${words}</li>`)}</ul>
          </figure>`}
      ${points.some((p) => !p.verified)
        ? html`<p class="provisional">${msg('Reliable-change markers are provisional: the reference value they use is still being verified.')}</p>`
        : nothing}
    </div>`;
  }

  #renderSessionForm(today: string): TemplateResult {
    return sessionFormTemplate(this.sessionDraft, this.sessionError, this.sessionFormOpen, today, {
      toggle: () => (this.sessionFormOpen = !this.sessionFormOpen),
      edit: (patch) => this.#editSession(patch),
      submit: (e) => this.#recordSession(e),
    });
  }

  #renderTimeline(plan: TreatmentPlan): TemplateResult {
    const t = this.#timeline(plan);
    // An entry naming an approach is worded again when the catalog (loaded on demand) arrives or fails.
    const locale = this.ctx?.locale ?? 'en';
    const catalogFailed = this.#catalog.failed(locale);
    const limit = this.shownCount || this.pageSize;
    let shown = 0;
    const groups: TemplateResult[] = [];
    for (const g of t.groups) {
      if (shown >= limit) break;
      const items = g.items.slice(0, limit - shown);
      shown += items.length;
      const id = `month-${g.month}`;
      groups.push(
        html`<h4 id=${id}>${this.#format(`${g.month}-01`, 'month')}</h4><ol class="month" aria-labelledby=${id}>${items.map((i) =>
          // The page's language (`pageLocale()`) as well as the provider's: the words of an entry follow both.
          guard([i, locale, pageLocale(), this.mode, this.#catalog.peek(locale), catalogFailed, ...namedObjectives(plan, i)], () =>
            timelineEntry(plan, i, this.#entryView()),
          ),
        )}</ol>`,
      );
    }
    const available = t.groups.reduce((n, g) => n + g.items.length, 0);
    const remaining = available - shown;
    const kinds: Record<TimelineKind, string> = {
      measurement: msg('Measurements'),
      session: msg('Sessions'),
      review: msg('Reviews'),
      revision: msg('Plan revisions'),
      status: msg('Status changes'),
      'risk-flag': riskFlagKindWords(this.mode, true),
    };
    return html`<section part="timeline" aria-labelledby="timeline-title">
      <h3 id="timeline-title">${msg('Course of therapy')}</h3>
      <fieldset class="filters"><legend>${msg('Show')}</legend>${TIMELINE_KINDS.map(
        (k) => html`<label class="choice"><input type="checkbox" name="kind" value=${k} .checked=${this.shownKinds.has(k)} @change=${(e: Event) => {
            this.shownKinds = toggled(this.shownKinds, k, (e.target as HTMLInputElement).checked);
            this.shownCount = 0;
          }} />${kinds[k]} (${t.counts[k]})</label>`,
      )}</fieldset>
      <p class="muted count">${msg(str`Showing ${shown} of ${available} entries.`)}</p>${catalogFailed ? contentFailed() : nothing}
      ${available ? groups : html`<p class="muted">${msg('Nothing to show yet.')}</p>`}${remaining > 0
        ? html`<button type="button" class="more" @click=${() => (this.shownCount = limit + this.pageSize)}>${msg(str`Show older entries (${remaining} more)`)}</button>`
        : nothing}
    </section>`;
  }

  /** The objectives an entry names (a review's), so its render is redone when their wording changes. */
  async #openReview(): Promise<void> {
    const plan = this.plan;
    if (!plan) return;
    this.outcome = '';
    this.reviewDraft = newReviewDraft(plan);
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('dialog .step-heading')?.focus();
  }

  #editReviewObjective(id: string, patch: Partial<ReviewObjectiveDraft>): void {
    const d = this.reviewDraft;
    if (!d) return;
    this.reviewDraft = { ...d, objectives: { ...d.objectives, [id]: { ...d.objectives[id]!, ...patch } } };
    this.emitInput();
  }

  async #goToStep(step: number): Promise<void> {
    if (!this.reviewDraft) return;
    this.reviewDraft = { ...this.reviewDraft, step, errors: {} };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('dialog .step-heading')?.focus();
  }

  async #reviewNext(e: Event, plan: TreatmentPlan): Promise<void> {
    e.preventDefault();
    const d = this.reviewDraft;
    if (!d) return;
    const errors = validateReviewStep(plan, d);
    if (Object.keys(errors).length) {
      this.reviewDraft = { ...d, errors };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('dialog [aria-invalid="true"]')?.focus();
      return;
    }
    if (d.step < d.objectiveIds.length) {
      await this.#goToStep(d.step + 1);
      return;
    }
    const before = plan.version;
    const result = this.dispatch(reviewCommand(plan, d));
    if (!result.ok) {
      this.reviewDraft = { ...d, failure: refusedWords(result.error) };
      return;
    }
    const version = result.value.version;
    this.#changed(
      version > before
        ? msg(str`Review recorded. Plan version ${version} was created.`)
        : msg('Review recorded. The plan did not change, so no new version was created.'),
    );
    this.#closeDialog();
  }

  #closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  #onDialogClose(): void {
    this.reviewDraft = undefined;
    this.renderRoot.querySelector<HTMLElement>('#start-review')?.focus();
  }

  /** A timeline entry's view of the timeline. */
  #entryView(): EntryView {
    return {
      formatDate: (day) => this.#format(day),
      approachName: (id) => this.#approachName(id),
      approachesLoading: () => this.#approachesLoading(),
      objectiveText: (o) => this.#objectiveText(o),
      clinician: this.mode === 'clinician',
      acknowledge: (id) => this.#acknowledge(id),
    };
  }

  // ------------------------------------------------------------------ review dialog

  #renderDialog(plan: TreatmentPlan): TemplateResult {
    const d = this.reviewDraft;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#onDialogClose}>
      ${d ? reviewStepTemplate(plan, d, this.#reviewView(plan)) : nothing}
    </dialog>`;
  }

  #reviewView(plan: TreatmentPlan): ReviewView {
    return {
      objectiveText: (o) => this.#objectiveText(o),
      formatDate: (day) => this.#format(day),
      approachName: (id) => this.#approachName(id),
      approachesLoading: () => this.#approachesLoading(),
      editObjective: (id, patch) => this.#editReviewObjective(id, patch),
      // The dialog opens only with a plan, so from a provider's store.
      preview: (command) => this.store?.preview(command) ?? fail('command-rejected', 'No <plan-provider> around this element.'),
      editSummary: (key, value) => {
        this.reviewDraft = { ...this.reviewDraft!, [key]: value };
        this.emitInput();
      },
      next: (e) => void this.#reviewNext(e, plan),
      back: () => void this.#goToStep(this.reviewDraft!.step - 1),
      cancel: () => this.#closeDialog(),
    };
  }

  // ------------------------------------------------------------------ other actions

  async #onChartKey(e: KeyboardEvent, key: string, count: number): Promise<void> {
    const from = Number((e.target as Element).closest('.point')?.getAttribute('data-index') ?? NaN);
    if (!Number.isFinite(from)) return;
    const later = this.#chart.frame.rtl ? -1 : 1; // the arrow that points the way time runs
    const to = { ArrowRight: from + later, ArrowUp: from + 1, ArrowLeft: from - later, ArrowDown: from - 1, Home: 0, End: count - 1 }[e.key];
    // (Inherited names such as "toString" are not keys a keyboard reports, but they are not numbers either.)
    if (typeof to !== 'number') return;
    e.preventDefault();
    const index = Math.max(0, Math.min(count - 1, to));
    this.activePoints = { ...this.activePoints, [key]: index };
    await this.updateComplete;
    (e.target as Element).closest('svg')?.querySelector<SVGGElement>(`.point[data-index="${index}"]`)?.focus();
  }

  #onPointFocus(e: FocusEvent, key: string, labels: readonly string[]): void {
    const i = Number((e.target as Element).closest('.point')?.getAttribute('data-index') ?? NaN);
    if (!Number.isFinite(i)) return;
    this.selectedPoints = { ...this.selectedPoints, [key]: labels[i] ?? '' };
    if (this.activePoints[key] !== i) this.activePoints = { ...this.activePoints, [key]: i };
  }

  #editSession(patch: Partial<SessionDraft>): void {
    this.sessionDraft = { ...this.sessionDraft, ...patch };
    if (patch.date !== undefined) this.sessionError = '';
    this.emitInput();
  }

  #recordSession(e: Event): void {
    e.preventDefault();
    const d = { ...this.sessionDraft, date: this.sessionDraft.date ?? this.#day() };
    if (!DAY.test(d.date)) {
      this.sessionError = msg('Enter the date of the session.');
      return;
    }
    if (d.attendance !== 'cancelled' && d.date > toDay(new Date())) {
      this.sessionError = msg('A session in the future can only be recorded as cancelled.');
      return;
    }
    const result = this.dispatch(
      withoutUndefined({
        type: 'progress/record-session' as const,
        date: d.date,
        attendance: d.attendance,
        homeworkDone: d.homework || undefined,
        note: d.note.trim() || undefined,
      }),
    );
    if (!result.ok) {
      this.sessionError = refusedWords(result.error);
      return;
    }
    this.sessionError = '';
    this.sessionDraft = { date: d.date, attendance: 'attended', homework: '', note: '' };
    const day = this.#format(d.date);
    this.#changed(msg(str`Session on ${day} recorded.`));
  }

  #confirm(p: ObjectiveProgress): void {
    if (p.status === 'not-enough-data') return;
    const result = this.dispatch({ type: 'progress/confirm-objective-status', objectiveId: p.objectiveId, status: p.status });
    if (result.ok) this.#changed(msg('Status confirmed.'));
    else this.outcome = refusedWords(result.error);
  }

  #acknowledge(entryId: string): void {
    if (this.dispatch({ type: 'progress/acknowledge-risk-flag', entryId }).ok) this.#changed(msg('Risk flag acknowledged.'));
  }
}
