import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define.js';
import type { AssessmentForm } from '../../src/elements/assessment-form/assessment-form.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import type { ProgressTimeline } from '../../src/elements/progress-timeline/progress-timeline.js';
import type { PlanSummary } from '../../src/elements/plan-summary/plan-summary.js';
import type { Administration, TreatmentPlan } from '../../src/model/plan.js';
import { administration } from '../fixtures/administrations.js';
import { activePlan, objective, walkObjective } from '../fixtures/progress-plans.js';
import { openAll } from '../helpers/disclosures.js';

/** What a person reads for the clinical-trust words: screens, incomplete scores, the review's status rules. */

let counter = 0;
const uid = (p: string) => `${p}-${Date.now().toString(36)}-${++counter}`;
const words = (n: Node) => (n.textContent ?? '').replace(/\s+/g, ' ').trim();

async function form(instruments: string, plan?: TreatmentPlan) {
  const id = plan?.id ?? uid('cw');
  const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${id} scope=${uid('scope')} storage="memory" autosave-delay="0"
    ><assessment-form sections="" instruments=${ifDefined(instruments)}></assessment-form
  ></plan-provider>`);
  await provider.ready;
  if (plan) provider.plan = plan;
  const el = provider.querySelector('assessment-form') as AssessmentForm;
  await el.updateComplete;
  await openAll(el);
  return { provider, el, root: el.shadowRoot! };
}

async function choose(el: AssessmentForm, name: string, value: number) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
  if (!input) throw new Error(`no radio ${name}=${value}`);
  input.click();
  await el.updateComplete;
}

/** A host-recorded PHQ-9 with only 4 of 9 answers: its total is a partial sum. */
function partialPhq9(date: string): Administration {
  const a = administration('phq-partial', 'phq9', date, 6);
  const answers = { 'phq9-1': 2, 'phq9-2': 2, 'phq9-3': 1, 'phq9-4': 1 };
  return { ...a, answers, source: 'host', score: { ...a.score, total: 6, answered: 4, complete: false, band: undefined, bandLabel: undefined } };
}

describe('clinical words in the widgets', function () {
  this.timeout(60_000);

  it('GAD-2: says beside the total whether the screen is positive (3 or more, Kroenke et al. 2007)', async () => {
    const { el, root } = await form('gad2');
    const status = () => words(root.querySelector('[part="score"] [role="status"]')!);
    await choose(el, 'gad2-gad2-1', 1);
    await choose(el, 'gad2-gad2-2', 1);
    expect(status()).to.equal('GAD-2 total: 2 of 6 — Negative screen');
    expect(words(root)).not.to.contain('The full GAD-7');
    await choose(el, 'gad2-gad2-2', 2);
    expect(status()).to.equal('GAD-2 total: 3 of 6 — Positive screen — give the full GAD-7');
    expect(words(root)).to.contain('The GAD-2 screen is positive. The full GAD-7 measures severity.');
    await expect(el).to.be.accessible();
  });

  it('AUDIT-C: shows the WHO questions and answers word for word, and the published follow-up advice', async () => {
    const { el, root } = await form('auditc');
    const legends = [...root.querySelectorAll('fieldset.item legend')].map(words);
    expect(legends).to.deep.equal([
      '1. How often do you have a drink containing alcohol?',
      '2. How many drinks containing alcohol do you have on a typical day when you are drinking?',
      '3. How often do you have six or more drinks on one occasion?',
    ]);
    const options = [...root.querySelectorAll('fieldset.item')][1]!.querySelectorAll('label');
    expect([...options].map(words)).to.deep.equal(['1 or 2', '3 or 4', '5 or 6', '7, 8, or 9', '10 or more']);
    root.querySelector<HTMLInputElement>('input[name="auditc-context-sex"]')!.click(); // Men
    await el.updateComplete;
    await choose(el, 'auditc-auditc-1', 4);
    await choose(el, 'auditc-auditc-2', 0);
    await choose(el, 'auditc-auditc-3', 0);
    expect(words(root.querySelector('[part="score"]')!)).to.contain(
      'All points come from question 1 (questions 2 and 3 are zero): the patient is probably drinking below recommended limits; review their alcohol intake over the past few months to confirm this.',
    );
    await choose(el, 'auditc-auditc-2', 1);
    expect(words(root.querySelector('[part="score"] [role="status"]')!)).to.contain('Positive screen for unhealthy alcohol use: offer a brief intervention');
    await expect(el).to.be.accessible();
  });

  it('GAD-7: asks the unscored "how difficult" question and completes without it', async () => {
    const { el, root } = await form('gad7');
    const legends = [...root.querySelectorAll('fieldset.item legend')].map(words);
    expect(legends).to.have.length(8);
    expect(legends[7]).to.contain('how difficult have these problems made it for you');
    for (let i = 1; i <= 7; i++) await choose(el, `gad7-gad7-${i}`, 1);
    expect(words(root.querySelector('[part="score"] [role="status"]')!)).to.equal('GAD-7 total: 7 of 21 — Mild');
    await choose(el, 'gad7-gad7-8', 3);
    expect(words(root.querySelector('[part="score"] [role="status"]')!)).to.equal('GAD-7 total: 7 of 21 — Mild');
  });

  it('the NIDA single question is offered as a built-in screen', async () => {
    const { el, root } = await form('nida-drug-screen');
    expect(words(root)).to.contain('How many times in the past year have you used an illegal drug or used a prescription medication for non-medical reasons?');
    await choose(el, 'nida-drug-screen-nida-drug-screen-1', 1);
    expect(words(root.querySelector('[part="score"] [role="status"]')!)).to.contain('Positive screen for drug use');
    await expect(el).to.be.accessible();
  });

  it('an incomplete recorded administration is labelled incomplete wherever its partial sum is shown', async () => {
    const plan = activePlan(uid('inc'), [walkObjective()], {
      administrations: [administration('phq-1', 'phq9', '2026-01-10', 14), partialPhq9('2026-02-10')],
    });
    // Assessment form: the earlier results list.
    const { el, root } = await form('phq9', plan);
    const history = [...root.querySelectorAll('.history li')].map(words);
    expect(history.find((l) => l.includes('partial sum'))).to.contain('Incomplete: 4 of 9 answered, partial sum 6 (not a total score)');
    expect(history.some((l) => /^\w{3} \d+, 2026: 6 of 27/.test(l))).to.equal(false);
    await expect(el).to.be.accessible();

    // Progress timeline: the entry says incomplete; the chart leaves it out.
    const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${plan.id} scope=${uid('tl')} storage="memory"
      ><progress-timeline today="2026-03-01"></progress-timeline><plan-summary></plan-summary
    ></plan-provider>`);
    await provider.ready;
    provider.plan = plan;
    const tl = provider.querySelector('progress-timeline') as ProgressTimeline;
    const summary = provider.querySelector('plan-summary') as PlanSummary;
    await tl.updateComplete;
    await summary.updateComplete;
    const entry = tl.shadowRoot!.querySelector('.entry[data-id="phq-partial"]')!;
    expect(words(entry)).to.contain('PHQ-9: Incomplete: 4 of 9 answered, partial sum 6 (not a total score)');
    expect([...tl.shadowRoot!.querySelectorAll('.series[data-instrument="phq9"] .point')].map((p) => p.getAttribute('data-score'))).to.deep.equal(['14']);
    // Summary: the latest PHQ-9 is the incomplete one, said so.
    expect(words(summary.shadowRoot!)).to.contain('Incomplete: 4 of 9 answered');
    await expect(tl).to.be.accessible();
  });

  const journeys: [string, number, number, string, string[]][] = [
    ['PHQ-9 15 → 10: no reliable improvement claimed', 15, 10, '5 lower than baseline.', ['reliable improvement', 'response']],
    ['PHQ-9 15 → 9: reliable improvement', 15, 9, '6 lower than baseline; reliable improvement.', ['response', 'remission']],
    ['PHQ-9 10 → 4: reliable improvement, response and remission', 10, 4, '6 lower than baseline; reliable improvement; response (at least 50% lower than baseline); remission (PHQ-9 below 5).', []],
    ['PHQ-9 9 → 3: no response or remission from a baseline below 10', 9, 3, '6 lower than baseline; reliable improvement.', ['response', 'remission']],
  ];
  for (const [name, from, to, says, never] of journeys) {
    it(`as a clinician sees it: ${name}`, async () => {
      const plan = activePlan(uid('j'), [walkObjective()], {
        administrations: [administration('j-1', 'phq9', '2026-01-10', from), administration('j-2', 'phq9', '2026-02-10', to)],
      });
      const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${plan.id} scope=${uid('j')} storage="memory"
        ><progress-timeline today="2026-03-01"></progress-timeline
      ></plan-provider>`);
      await provider.ready;
      provider.plan = plan;
      const el = provider.querySelector('progress-timeline') as ProgressTimeline;
      await el.updateComplete;
      const change = words(el.shadowRoot!.querySelector('.entry[data-id="j-2"] .change')!);
      expect(change).to.equal(says);
      for (const w of never) expect(change).not.to.contain(w);
      expect(change).not.to.contain('provisional');
    });
  }

  it('the review dialog offers only what the status rules allow, and says why', async () => {
    const vague = objective('obj-vague', 'Feel calmer', { kind: 'rating', label: 'calm', baseline: 3, target: 7, direction: 'increase' }, { status: 'proposed' });
    const plan = activePlan(uid('rv'), [vague, walkObjective()]);
    const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${plan.id} scope=${uid('rv')} storage="memory"
      ><progress-timeline today="2026-03-01"></progress-timeline
    ></plan-provider>`);
    await provider.ready;
    provider.plan = plan;
    const el = provider.querySelector('progress-timeline') as ProgressTimeline;
    await el.updateComplete;
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('#start-review')!.click();
    await el.updateComplete;
    const dialog = root.querySelector('dialog')!;
    const pick = async (value: string) => {
      const select = dialog.querySelector<HTMLSelectElement>('#rv-status')!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    const next = async () => {
      dialog.querySelector<HTMLButtonElement>('button.next')!.click();
      await el.updateComplete;
    };
    // Step 1: the vague objective cannot become active (not measurable): refused in words, no step taken.
    await pick('active');
    await next();
    expect(dialog.textContent).to.contain('Step 1 of 3');
    const error = dialog.querySelector('#obj-vague-status-error')!;
    expect(words(error)).to.equal('Active needs a measurable objective (see the goal editor’s checklist).');
    expect(dialog.querySelector('#rv-status')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    // On hold needs a reason: the note is the reason.
    await pick('on-hold');
    await next();
    expect(words(dialog.querySelector('#obj-vague-status-error')!)).to.equal('On hold needs a reason: write it in the note.');
    const note = dialog.querySelector<HTMLTextAreaElement>('#rv-note')!;
    note.focus();
    await sendKeys({ type: 'Waiting for the group to start' });
    await el.updateComplete;
    await next();
    expect(dialog.textContent).to.contain('Step 2 of 3');
    await next();
    await next();
    const o = provider.plan!.problems[0]!.goals[0]!.objectives.find((x) => x.id === 'obj-vague')!;
    expect(o).to.include({ status: 'on-hold', statusReason: 'Waiting for the group to start' });
  });
});
