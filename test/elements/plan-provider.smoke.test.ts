import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PlanProvider } from '../../src/index.js';

describe('plan-provider smoke', () => {
  it('opens, accepts a command and saves to memory', async () => {
    const el = await fixture<PlanProvider>(html`<plan-provider plan-id="smoke-1" scope="s" storage="memory" autosave-delay="0"></plan-provider>`);
    await el.ready;
    expect(el.plan?.id).to.equal('smoke-1');
    const saved = new Promise((r) => el.addEventListener('draft-saved', r, { once: true }));
    el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-1' } });
    await saved;
    expect(el.plan?.revision).to.equal(1);
  });
});
