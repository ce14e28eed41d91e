import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PlanProvider, PlanSummary } from '../../src/index.js';
import { createPlan, type TreatmentPlan } from '../../src/model/index.js';
import { applyCommand } from '../../src/plan/reducer.js';
import { uniqueId } from '../helpers/provider.js';

function withSafetyPlan(id: string): TreatmentPlan {
  let plan = createPlan(id, '2026-11-01T00:00:00.000Z');
  let n = 0;
  for (const c of [
    { type: 'safety/add-plan' },
    { type: 'safety/add-line', step: 'warningSigns', text: 'Not sleeping, staying in my room' },
    { type: 'safety/add-line', step: 'helpers', text: 'My sister Ania, 555-0134' },
    { type: 'safety/add-line', step: 'professionals', text: '988 Suicide & Crisis Lifeline (call or text 988)' },
    { type: 'safety/add-line', step: 'reasonsForLiving', text: 'My son' },
    { type: 'safety/add-line', step: 'reasonsForLiving', text: '   ' },
  ]) {
    const r = applyCommand(plan, c, { now: '2026-11-24T10:00:00.000Z', newId: () => `l${++n}` });
    if (!r.ok) throw new Error(r.error.message);
    plan = r.value.plan;
  }
  return plan;
}

async function mount(mode: 'clinician' | 'client', plan?: (id: string) => TreatmentPlan): Promise<PlanSummary> {
  const id = uniqueId('summary-safety');
  const provider = await fixture<PlanProvider>(
    html`<plan-provider plan-id=${id} scope="test" storage="memory" mode=${mode}><plan-summary></plan-summary></plan-provider>`,
  );
  await provider.ready;
  if (plan) provider.plan = plan(id);
  const summary = provider.querySelector('plan-summary')!;
  await provider.updateComplete;
  await summary.updateComplete;
  return summary;
}

const section = (s: PlanSummary) =>
  [...s.shadowRoot!.querySelectorAll('section')].find((x) => x.querySelector('[part="safety-plan"]'));

describe('<plan-summary>: safety plan', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('shows every step in order with its lines, empty steps said as such', async () => {
    const summary = await mount('clinician', withSafetyPlan);
    const s = section(summary)!;
    expect(s.querySelector('h3')!.textContent).to.equal('Safety plan');
    const steps = [...s.querySelectorAll('[part="safety-plan"] > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(steps).to.deep.equal([
      'Warning signs Not sleeping, staying in my room',
      'Things I can do on my own Nothing written yet.',
      'People and places that take my mind off things Nothing written yet.',
      'People I can ask for help My sister Ania, 555-0134',
      'Professionals and crisis lines 988 Suicide & Crisis Lifeline (call or text 988)',
      'Making my surroundings safer Nothing written yet.',
      'My reasons for living My son',
    ]);
    await expect(summary).to.be.accessible();
  });

  it('is titled for the client in client mode, with the crisis line', async () => {
    const summary = await mount('client', withSafetyPlan);
    const s = section(summary)!;
    expect(s.querySelector('h3')!.textContent).to.equal('My safety plan');
    expect(s.textContent).to.contain('call or text 988 at any hour');
    await expect(summary).to.be.accessible();
  });

  it('prints', async () => {
    const summary = await mount('clinician', withSafetyPlan);
    await emulateMedia({ media: 'print' });
    const s = section(summary)!;
    expect(getComputedStyle(s).display).not.to.equal('none');
    expect(s.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(s.textContent).to.contain('My sister Ania, 555-0134');
  });

  it('has no safety plan section when the plan has none', async () => {
    const summary = await mount('clinician');
    expect(section(summary)).to.equal(undefined);
  });
});
