import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/plan-provider/define.js';
import '../../src/elements/progress-timeline/define.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import type { ProgressTimeline } from '../../src/elements/progress-timeline/progress-timeline.js';
import type { PlanAlertEvent, ReviewDueEvent } from '../../src/events.js';
import type { TreatmentPlan } from '../../src/model/plan.js';
import { GAD7 } from '../../src/clinical/instruments/builtins.js';
import { administration } from '../fixtures/administrations.js';
import { activePlan, largePlan, sixMonthPlan, walkObjective } from '../fixtures/progress-plans.js';

let counter = 0;

async function mount(plan: TreatmentPlan, opts: { today?: string; mode?: 'client' | 'clinician' } = {}) {
  const scope = `progress-test-${++counter}-${Date.now()}`;
  const provider = await fixture<PlanProvider>(html`<plan-provider
    plan-id=${plan.id}
    scope=${scope}
    storage="memory"
    mode=${opts.mode ?? 'clinician'}
    ><progress-timeline today=${opts.today ?? '2026-06-25'}></progress-timeline
  ></plan-provider>`);
  await provider.ready;
  provider.plan = plan;
  const el = provider.querySelector('progress-timeline') as ProgressTimeline;
  await el.updateComplete;
  return { provider, el, root: el.shadowRoot! };
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('<progress-timeline>', function () {
  // axe over a six-month history is slow on a busy 2-core machine; these are not timing assertions.
  this.timeout(90_000);

  it('shows six months newest first, grouped by month, and is accessible', async () => {
    const { el, root } = await mount(sixMonthPlan('pt-six'));
    const months = texts(root, 'section[part="timeline"] h4');
    expect(months[0]).to.equal('June 2026');
    expect(months.at(-1)).to.equal('January 2026');
    const times = [...root.querySelectorAll('.entry time')].map((t) => Date.parse(t.getAttribute('datetime')!));
    for (let i = 1; i < times.length; i++) expect(times[i - 1]).to.be.at.least(times[i]!);
    expect(root.querySelector('.count')!.textContent).to.contain('Showing 46 of 46 entries');
    // Change markers in words in the list.
    const newestPhq = [...root.querySelectorAll('.entry.measurement')].find((e) => e.textContent!.includes('PHQ-9'))!;
    expect(newestPhq.textContent).to.contain('PHQ-9: 7 of 27');
    expect(newestPhq.textContent).to.contain('10 lower than baseline; reliable improvement; response');
    // Clinical, cited reliable-change values: nothing is labelled provisional any more.
    expect(newestPhq.textContent).not.to.contain('provisional');
    // Review schedule: due 2 July 2026, seven days after 25 June.
    expect(root.querySelector('.next-due')!.textContent).to.equal('Jul 2, 2026');
    expect(root.querySelector('.badge')!.getAttribute('data-state')).to.equal('due-soon');
    expect(root.querySelector('.badge')!.textContent).to.contain('Due in 7 days');
    await expect(el).to.be.accessible();
  });

  it('shows overdue reviews and not-on-track / deterioration plainly', async () => {
    const { el, root } = await mount(sixMonthPlan('pt-worse', { deteriorate: true }), { today: '2026-07-20' });
    expect(root.querySelector('.badge')!.textContent).to.contain('Overdue by 18 days');
    const alerts = [...root.querySelectorAll('[part="alerts"] li')];
    expect(alerts.map((a) => a.getAttribute('data-code'))).to.deep.equal(['not-on-track', 'not-on-track', 'reliable-deterioration']);
    // What was measured against what: the latest score and baseline, the target and the reliable-change threshold.
    expect(alerts[0]!.textContent).to.contain('was due Jun 30, 2026; latest PHQ-9: 18 on');
    expect(alerts[0]!.textContent).to.contain('(baseline 12), against a target of ≤ 9. No reliable improvement (6 points or more) yet.');
    expect(alerts[1]!.getAttribute('data-objective')).to.equal('obj-walk');
    expect(alerts[2]!.textContent).to.contain('Reliable deterioration on PHQ-9: 12 → 18');
    const status = root.querySelector('[data-objective="obj-phq"] .status')!;
    expect(status.getAttribute('data-status')).to.equal('worsening');
    expect(root.querySelector('svg .dot.worse')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('the provider fires plan-alert and review-due when a plan opens', async () => {
    const provider = document.createElement('plan-provider');
    provider.setAttribute('plan-id', 'pt-open');
    provider.setAttribute('scope', `open-${Date.now()}`);
    provider.setAttribute('storage', 'memory');
    provider.plan = sixMonthPlan('pt-open', { deteriorate: true });
    const alerts: PlanAlertEvent['detail'][] = [];
    const due: ReviewDueEvent['detail'][] = [];
    provider.addEventListener('plan-alert', (e) => alerts.push(e.detail));
    provider.addEventListener('review-due', (e) => due.push(e.detail));
    document.body.append(provider);
    await provider.ready;
    provider.remove();
    // The plan is dated 2026; "today" is the real day, after the 2 July 2026 review date.
    expect(due).to.have.length(1);
    expect(due[0]).to.include({ dueDate: '2026-07-02', overdue: true });
    expect(alerts.map((a) => a.code)).to.deep.equal(['not-on-track', 'not-on-track', 'reliable-deterioration']);
    // The host hears what was measured against what, in words and as numbers.
    expect(alerts[0]!.message).to.contain('latest PHQ-9: 18').and.to.contain('against a target of ≤ 9');
    expect(alerts[0]!.params).to.deep.include({ label: 'PHQ-9', target: 9, baseline: 12, reliableChangePoints: 6 });
  });

  it('gives each chart point a keyboard stop announcing date, score and band', async () => {
    const { root } = await mount(sixMonthPlan('pt-keys'));
    const chart = root.querySelector('.series[data-instrument="phq9"] svg')!;
    const points = [...chart.querySelectorAll<SVGGElement>('.point')];
    expect(points).to.have.length(9);
    expect(points.filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    points.at(-1)!.focus();
    expect(points.at(-1)!.getAttribute('aria-label')).to.match(/^\w{3} \d+, 2026: PHQ-9 7 of 27, Mild\. 10 lower than baseline; reliable improvement; response/);
    await sendKeys({ press: 'ArrowLeft' });
    const active = root.activeElement as Element;
    expect(active.getAttribute('data-index')).to.equal('7');
    expect(active.getAttribute('aria-label')).to.contain('PHQ-9 8 of 27, Mild');
    await sendKeys({ press: 'Home' });
    expect((root.activeElement as Element).getAttribute('aria-label')).to.contain('PHQ-9 17 of 27, Moderately severe. Baseline.');
    expect(root.querySelector('.series[data-instrument="phq9"] .target text')!.textContent).to.equal('Target ≤ 9');
    expect(root.querySelector('.series[data-instrument="phq9"] .baseline')).to.exist;
    expect(texts(chart, '.band-label')).to.deep.equal(['Minimal', 'Mild', 'Moderate', 'Moderately severe', 'Severe']);
  });

  it('"Show as table" gives the same data as the chart', async () => {
    const { el, root } = await mount(sixMonthPlan('pt-table'));
    const series = () => root.querySelector('.series[data-instrument="gad7"]')!;
    const chartData = [...series().querySelectorAll('.point')].map((p) => [p.getAttribute('data-date'), p.getAttribute('data-score')]);
    const labels = [...series().querySelectorAll('.point')].map((p) => p.getAttribute('aria-label')!);
    const toggle = series().querySelector<HTMLButtonElement>('.toggle-table')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const rows = [...series().querySelectorAll('tbody tr')];
    expect(rows.map((r) => [r.getAttribute('data-date'), r.getAttribute('data-score')])).to.deep.equal(chartData);
    // Same words: each row's date, score, band and change appear in the point's announcement.
    rows.forEach((r, i) => {
      const [date, score, band, change] = [...r.children].map((c) => c.textContent!.trim());
      expect(labels[i]).to.contain(`${date}: GAD-7 ${score!.split(' / ')[0]} of 21, ${band}.`);
      expect(labels[i]).to.contain(change!);
    });
    await expect(el).to.be.accessible();
  });

  it('filters the list by kind', async () => {
    const { el, root } = await mount(sixMonthPlan('pt-filter'));
    const box = (kind: string) => root.querySelector<HTMLInputElement>(`.filters input[value="${kind}"]`)!;
    expect(box('session').parentElement!.textContent).to.contain('Sessions (24)');
    for (const k of ['measurement', 'session', 'status', 'risk-flag']) {
      box(k).click();
      await el.updateComplete;
    }
    expect(new Set([...root.querySelectorAll('.entry')].map((e) => e.getAttribute('data-kind')))).to.deep.equal(new Set(['review', 'revision']));
    expect(texts(root, '.entry.revision .changes li')[0]).to.equal(
      'Changed objective: PHQ-9 below 10 (out of the moderate range) by the end of March: due Mar 31, 2026 → Jun 30, 2026',
    );
  });

  it('renders a plan with 1,000 entries and pages through them', async () => {
    const { el, root } = await mount(largePlan('pt-big', 1000), { today: '2026-01-10' });
    expect(root.querySelector('.count')!.textContent).to.contain('Showing 100 of 1000 entries');
    expect(root.querySelectorAll('.entry')).to.have.length(100);
    expect(root.querySelectorAll('.series[data-instrument="phq9"] .point')).to.have.length(250);
    root.querySelector<HTMLButtonElement>('button.more')!.click();
    await el.updateComplete;
    expect(root.querySelectorAll('.entry')).to.have.length(200);
    expect(root.querySelector('button.more')!.textContent).to.contain('800 more');
  });

  it('records a session from the form, with native input and change events', async () => {
    const { el, provider, root } = await mount(activePlan('pt-session', []), { today: '2026-04-10' });
    let inputs = 0;
    el.addEventListener('input', () => inputs++);
    root.querySelector<HTMLButtonElement>('[data-toggle="session-form"]')!.click();
    await el.updateComplete;
    const date = root.querySelector<HTMLInputElement>('#session-date')!;
    date.value = '2026-04-08';
    date.dispatchEvent(new Event('input', { bubbles: true }));
    root.querySelector<HTMLInputElement>('input[name="attendance"][value="no-show"]')!.click();
    const note = root.querySelector<HTMLTextAreaElement>('#session-note')!;
    note.value = 'Texted to say the bus did not come.';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    const changed = oneEvent(el, 'change');
    root.querySelector<HTMLButtonElement>('form.session button[type="submit"]')!.click();
    await changed;
    expect(inputs).to.be.at.least(3);
    expect(provider.plan!.timeline.at(-1)).to.include({ kind: 'session', date: '2026-04-08T12:00:00.000Z', attendance: 'no-show', note: 'Texted to say the bus did not come.' });
    await el.updateComplete;
    expect(root.querySelector('.outcome')!.textContent).to.contain('Session on Apr 8, 2026 recorded.');
    expect(root.querySelector('.entry.session')!.textContent).to.contain('Did not attend');
  });

  it('shows a date error next to the field, announced', async () => {
    const { el, root } = await mount(activePlan('pt-session-err', []), { today: '2026-04-10' });
    root.querySelector<HTMLButtonElement>('[data-toggle="session-form"]')!.click();
    await el.updateComplete;
    const date = root.querySelector<HTMLInputElement>('#session-date')!;
    date.value = '';
    date.dispatchEvent(new Event('input', { bubbles: true }));
    root.querySelector<HTMLButtonElement>('form.session button[type="submit"]')!.click();
    await el.updateComplete;
    const error = root.querySelector('#session-date-error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(date.getAttribute('aria-describedby')).to.equal('session-date-error');
    await expect(el).to.be.accessible();
  });

  it('offers the status from data for confirmation and acknowledges risk flags', async () => {
    const base = activePlan('pt-confirm', [], {});
    const plan = sixMonthPlan('pt-confirm');
    plan.timeline = [
      ...plan.timeline,
      { id: 'rf-1', kind: 'risk-flag', date: '2026-06-10T15:00:00.000Z', administrationId: 'phq-8', instrumentId: 'phq9', itemId: 'phq9-9', value: 1, message: 'Thoughts of death or self-harm reported — follow up today' },
    ];
    void base;
    const { el, provider, root } = await mount(plan);
    const item = root.querySelector('.objectives [data-objective="obj-phq"]')!;
    expect(item.querySelector('.status')!.textContent).to.equal('Target reached');
    item.querySelector<HTMLButtonElement>('button.confirm')!.click();
    await el.updateComplete;
    const o = provider.plan!.problems[0]!.goals[0]!.objectives[0]!;
    expect(o.status).to.equal('achieved');
    expect(o.progress?.status).to.equal('achieved');
    root.querySelector<HTMLButtonElement>('.entry.risk-flag button.acknowledge')!.click();
    await el.updateComplete;
    expect(provider.plan!.timeline.find((e) => e.id === 'rf-1')).to.have.property('acknowledgedAt');
    expect(root.querySelector('.entry.risk-flag')!.textContent).to.contain('Acknowledged on');
  });

  describe('review dialog', () => {
    it('opens by keyboard, walks the objectives, records a review and a revision with a correct summary, and returns focus', async () => {
      const { el, provider, root } = await mount(sixMonthPlan('pt-review'));
      const start = root.querySelector<HTMLButtonElement>('#start-review')!;
      start.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const dialog = root.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(root.activeElement?.classList.contains('step-heading')).to.equal(true);
      expect(dialog.textContent).to.contain('Step 1 of 3');
      await expect(el).to.be.accessible();

      // Step 1: the PHQ-9 objective — data say the target is reached; mark it achieved.
      expect(dialog.querySelector('legend.step-heading')!.textContent).to.contain('PHQ-9 below 10');
      expect(dialog.textContent).to.contain('Latest PHQ-9: 7');
      const status = dialog.querySelector<HTMLSelectElement>('#rv-status')!;
      status.value = 'achieved';
      status.dispatchEvent(new Event('change', { bubbles: true }));
      const target = dialog.querySelector<HTMLInputElement>('#rv-target')!;
      target.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(dialog.textContent).to.contain('Step 2 of 3');

      // Step 2: walking — type the current value and move on with Enter.
      expect(dialog.querySelector('legend.step-heading')!.textContent).to.contain('Walk for 20 minutes');
      const current = dialog.querySelector<HTMLInputElement>('#rv-current')!;
      current.focus();
      await sendKeys({ type: '4' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;

      // Step 3: summary with a preview of the revision.
      expect(dialog.textContent).to.contain('Step 3 of 3');
      const working = dialog.querySelector<HTMLTextAreaElement>('#rv-working')!;
      working.focus();
      await sendKeys({ type: 'Walking with her neighbour; the fixed wake-up time.' });
      await el.updateComplete;
      expect(texts(dialog, '.preview .changes li')).to.deep.equal([
        'Changed objective: PHQ-9 below 10 (out of the moderate range) by the end of March: status Active → Achieved',
      ]);
      const changed = oneEvent(el, 'change');
      dialog.querySelector<HTMLButtonElement>('button.next')!.click();
      await changed;
      await el.updateComplete;

      expect(dialog.open).to.equal(false);
      expect(root.activeElement).to.equal(start);
      const plan = provider.plan!;
      expect(plan.version).to.equal(3);
      expect(plan.versions.map((v) => v.version)).to.deep.equal([1, 2, 3]);
      expect(plan.versions[1]!.problems[0]!.goals[0]!.objectives[0]!.status).to.equal('active');
      const revision = plan.timeline.filter((e) => e.kind === 'revision').at(-1)!;
      expect(revision.kind === 'revision' && revision.changes).to.deep.equal([
        {
          kind: 'edited',
          subject: 'objective',
          itemId: 'obj-phq',
          item: 'PHQ-9 below 10 (out of the moderate range) by the end of March',
          fields: [{ field: 'status', from: 'active', to: 'achieved' }],
        },
      ]);
      const review = plan.timeline.filter((e) => e.kind === 'review').at(-1)!;
      expect(review).to.deep.include({
        working: 'Walking with her neighbour; the fixed wake-up time.',
        producedVersion: 3,
        objectives: [
          { objectiveId: 'obj-phq', currentValue: 7, status: 'achieved' },
          { objectiveId: 'obj-walk', currentValue: 4 },
        ],
      });
      expect(root.querySelector('.outcome')!.textContent).to.contain('Plan version 3 was created');
      expect(root.querySelector('.entry.revision .changes li')!.textContent).to.contain('status Active → Achieved');
    });

    it('records a review without a revision when nothing changed', async () => {
      const { el, provider, root } = await mount(sixMonthPlan('pt-review-same'));
      root.querySelector<HTMLButtonElement>('#start-review')!.click();
      await el.updateComplete;
      const dialog = root.querySelector('dialog')!;
      for (let i = 0; i < 2; i++) {
        dialog.querySelector<HTMLButtonElement>('button.next')!.click();
        await el.updateComplete;
      }
      expect(dialog.textContent).to.contain('no new version is created');
      dialog.querySelector<HTMLButtonElement>('button.next')!.click();
      await el.updateComplete;
      expect(provider.plan!.version).to.equal(2);
      expect(provider.plan!.timeline.at(-1)).to.include({ kind: 'review' });
      expect(root.querySelector('.outcome')!.textContent).to.contain('no new version');
    });

    it('recording a review on a reliably worse plan makes the provider fire plan-alert', async () => {
      const { el, provider, root } = await mount(sixMonthPlan('pt-review-alert', { deteriorate: true }));
      const alerts: PlanAlertEvent['detail'][] = [];
      provider.addEventListener('plan-alert', (e) => alerts.push(e.detail));
      root.querySelector<HTMLButtonElement>('#start-review')!.click();
      await el.updateComplete;
      const dialog = root.querySelector('dialog')!;
      for (let i = 0; i < 3; i++) {
        dialog.querySelector<HTMLButtonElement>('button.next')!.click();
        await el.updateComplete;
      }
      expect(dialog.open).to.equal(false);
      expect(alerts).to.have.length(1);
      expect(alerts[0]).to.include({ code: 'reliable-deterioration', objectiveId: 'obj-phq', instrumentId: 'phq9' });
    });

    it('rates goal attainment where the objective has a scale', async () => {
      const gas = {
        levels: ['No walks', '1 day a week', '2–3 days a week', '4 days a week', '5 or more days a week'] as [string, string, string, string, string],
        importance: 2,
        difficulty: 1,
        baseline: -1,
      };
      const plan = activePlan('pt-gas', [walkObjective({ gas })], { activatedOn: '2026-01-05' });
      const { el, provider, root } = await mount(plan, { today: '2026-04-10' });
      root.querySelector<HTMLButtonElement>('#start-review')!.click();
      await el.updateComplete;
      const dialog = root.querySelector('dialog')!;
      const radios = [...dialog.querySelectorAll<HTMLInputElement>('input[name="gas"]')];
      expect(radios.map((r) => r.parentElement!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        '−2: much less than expected — No walks',
        '−1: less than expected — 1 day a week',
        '0: as expected — 2–3 days a week',
        '+1: more than expected — 4 days a week',
        '+2: much more than expected — 5 or more days a week',
      ]);
      radios[3]!.click();
      for (let i = 0; i < 2; i++) {
        dialog.querySelector<HTMLButtonElement>('button.next')!.click();
        await el.updateComplete;
      }
      const review = provider.plan!.timeline.at(-1)!;
      expect(review).to.deep.include({ kind: 'review', objectives: [{ objectiveId: 'obj-walk', gas: 1 }] });
      expect(root.querySelector('.entry.review')!.textContent).to.contain('goal attainment +1: more than expected');
    });

    it('Escape closes without recording and focus returns to "Start review"', async () => {
      const { el, provider, root } = await mount(sixMonthPlan('pt-review-esc'));
      const before = provider.plan;
      const start = root.querySelector<HTMLButtonElement>('#start-review')!;
      start.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root.querySelector('dialog')!.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(root.querySelector('dialog')!.open).to.equal(false);
      expect(root.activeElement).to.equal(start);
      expect(provider.plan).to.equal(before);
    });

    it('shows an invalid number next to its field, announced, and stays on the step', async () => {
      const { el, root } = await mount(sixMonthPlan('pt-review-err'));
      root.querySelector<HTMLButtonElement>('#start-review')!.click();
      await el.updateComplete;
      const dialog = root.querySelector('dialog')!;
      dialog.querySelector<HTMLButtonElement>('button.next')!.click();
      await el.updateComplete;
      const current = dialog.querySelector<HTMLInputElement>('#rv-current')!;
      current.focus();
      await sendKeys({ type: 'e' });
      dialog.querySelector<HTMLButtonElement>('button.next')!.click();
      await el.updateComplete;
      expect(dialog.textContent).to.contain('Step 2 of 3');
      const error = dialog.querySelector('#obj-walk-current-error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('as a number');
      expect(current.getAttribute('aria-describedby')).to.equal('obj-walk-current-error');
      expect(root.activeElement).to.equal(current);
    });

    it('is not offered in client mode', async () => {
      const { el, root } = await mount(sixMonthPlan('pt-client'), { mode: 'client' });
      expect(root.querySelector('#start-review')).to.equal(null);
      expect(root.querySelector('form.session')).to.equal(null);
      expect(root.querySelector('h2')!.textContent).to.equal('Your progress');
      await expect(el).to.be.accessible();
    });
  });

  it('shows a plain message outside a provider', async () => {
    const el = await fixture<ProgressTimeline>(html`<progress-timeline></progress-timeline>`);
    expect(el.shadowRoot!.textContent).to.contain('needs to be placed inside a plan provider');
  });

  it('draws host-added measurements', async () => {
    const { el, provider, root } = await mount(activePlan('pt-host', []), { today: '2026-04-10' });
    provider.store!.dispatch({ type: 'progress/add-measurement', instrument: GAD7, administration: administration('h1', 'gad7', '2026-04-01', 9) });
    await el.updateComplete;
    expect(root.querySelector('.entry.measurement')!.textContent).to.contain('(added by the host system)');
  });

  it('keeps a review entry in step with the wording of the objectives it names; other entries are left as they are', async () => {
    const { provider, el, root } = await mount(sixMonthPlan('pt-rename'));
    await expect(el).to.be.accessible();
    const review = () => root.querySelector('.entry.review')!;
    const session = root.querySelector('.entry.session')!;
    // An edit the goal-editor would send: on this page (no goal-editor) its code loads first.
    await provider.store!.loadCommands();
    provider.store!.dispatch({ type: 'objective/update', objectiveId: 'obj-walk', fields: { clinicalText: 'Walk 30 minutes on five days a week' } });
    await el.updateComplete;
    expect(review().textContent).to.contain('Walk 30 minutes on five days a week: current value 3');
    // Typing elsewhere in the plan does not rebuild the course of therapy.
    expect(root.querySelector('.entry.session') === session, 'the same session entry, not a new one').to.equal(true);
  });
});
