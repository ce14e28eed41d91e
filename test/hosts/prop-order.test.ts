import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { createPlan, type PlanProvider, type TreatmentPlan } from '../../src/index.js';
import { memoryProvider, uniqueId } from '../helpers/provider.js';

/** A patient's plan as a host's server would hand it over. */
function patientPlan(id: string, name: string): TreatmentPlan {
  return { ...createPlan(id), client: { hostId: `MRN-${name}`, displayName: name } };
}

async function providerShowing(plan: TreatmentPlan): Promise<{ el: PlanProvider; errors: string[] }> {
  const el = await memoryProvider(plan.id);
  const errors: string[] = [];
  el.addEventListener('draft-error', (e) => errors.push(e.detail.code));
  el.plan = plan;
  await el.updateComplete;
  return { el, errors };
}

// React sets a custom element's props in JSX order within one commit; Vue in template order.
describe('switching patients: the order a host sets plan and plan-id in does not matter', () => {
  it('plan first, then plan-id (React: <plan-provider plan={…} plan-id={…}>)', async () => {
    const { el, errors } = await providerShowing(patientPlan(uniqueId('ada'), 'Ada'));
    const next = patientPlan(uniqueId('ben'), 'Ben');
    el.plan = next;
    el.planId = next.id;
    await el.updateComplete;
    await el.ready;
    expect(errors).to.deep.equal([]);
    expect(el.plan?.id).to.equal(next.id);
    expect(el.plan?.client?.displayName).to.equal('Ben');
    await expect(el).to.be.accessible();
  });

  it('plan-id first, then plan', async () => {
    const { el, errors } = await providerShowing(patientPlan(uniqueId('ada'), 'Ada'));
    const next = patientPlan(uniqueId('ben'), 'Ben');
    el.planId = next.id;
    el.plan = next;
    await el.updateComplete;
    await el.ready;
    expect(errors).to.deep.equal([]);
    expect(el.plan?.id).to.equal(next.id);
    expect(el.plan?.client?.displayName).to.equal('Ben');
  });

  it('as attributes and properties of one lit-html render, plan bound before plan-id', async () => {
    const ada = patientPlan(uniqueId('ada'), 'Ada');
    const ben = patientPlan(uniqueId('ben'), 'Ben');
    const parent = await fixture<HTMLDivElement>(html`<div></div>`);
    const { render } = await import('lit');
    const show = (p: TreatmentPlan) =>
      render(html`<plan-provider .plan=${p} plan-id=${p.id} storage="memory" scope="test"></plan-provider>`, parent);
    show(ada);
    const el = parent.querySelector('plan-provider')!;
    const errors: string[] = [];
    el.addEventListener('draft-error', (e) => errors.push(e.detail.code));
    await el.updateComplete;
    await el.ready;
    expect(el.plan?.client?.displayName).to.equal('Ada');
    show(ben);
    await el.updateComplete;
    await el.ready;
    expect(errors).to.deep.equal([]);
    expect(el.plan?.id).to.equal(ben.id);
    expect(el.plan?.client?.displayName).to.equal('Ben');
  });

  it('still refuses another patient’s plan when plan-id does not follow', async () => {
    const { el, errors } = await providerShowing(patientPlan(uniqueId('ada'), 'Ada'));
    const before = el.plan?.id;
    el.plan = patientPlan(uniqueId('ben'), 'Ben');
    await el.updateComplete;
    expect(errors).to.deep.equal(['plan-id-mismatch']);
    expect(el.plan?.id).to.equal(before);
    expect(el.plan?.client?.displayName).to.equal('Ada');
  });

  it('a later plan for the current patient wins over an earlier mismatched one in the same update', async () => {
    const ada = patientPlan(uniqueId('ada'), 'Ada');
    const { el, errors } = await providerShowing(ada);
    el.plan = patientPlan(uniqueId('ben'), 'Ben');
    el.plan = { ...ada, client: { hostId: 'MRN-Ada', displayName: 'Ada L.' } };
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(el.plan?.client?.displayName).to.equal('Ada L.');
  });
});
