import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { MAX_REVISION, createPlan, type DraftErrorEvent, type PlanProvider } from '../../src/index.js';
import { uniqueId } from '../helpers/provider.js';

async function provider(planId: string): Promise<PlanProvider> {
  const el = document.createElement('plan-provider');
  el.planId = planId;
  el.scope = 'hostile';
  el.autosaveDelay = 0;
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await el.ready;
  return el;
}

describe('<plan-provider>: hostile values from the host', () => {
  const hostile: [string, (id: string) => unknown][] = [
    [
      'an object with a throwing getter',
      (id) => ({
        ...createPlan(id),
        get problems(): never {
          throw new Error('getter exploded');
        },
      }),
    ],
    [
      'a Proxy whose get trap throws',
      (id) =>
        new Proxy(createPlan(id), {
          get() {
            throw new Error('trap exploded');
          },
        }),
    ],
  ];
  for (const [name, make] of hostile) {
    it(`${name} as provider.plan gives draft-error invalid-plan, not an exception`, async () => {
      const id = uniqueId('hostile');
      const el = await provider(id);
      el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-1', displayName: 'Kept' } });
      const error = oneEvent(el, 'draft-error') as Promise<DraftErrorEvent>;
      expect(() => (el.plan = make(id))).to.not.throw();
      const { detail } = await error;
      expect(detail.code).to.equal('invalid-plan');
      expect(detail.message).to.contain('exploded');
      expect(el.plan?.client?.displayName).to.equal('Kept');
    });
  }

  it('a plan at MAX_SAFE_INTEGER refuses the next edit with a code, and its draft still reloads', async () => {
    const id = uniqueId('max-rev');
    const el = await provider(id);
    el.plan = { ...createPlan(id), revision: MAX_REVISION };
    await el.flush();
    const edit = el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-1' } });
    expect(edit.ok).to.equal(false);
    expect(!edit.ok && edit.error.code).to.equal('command-rejected');
    expect(el.store!.undo()).to.equal(false);
    expect(el.plan?.revision).to.equal(MAX_REVISION);
    await el.flush();
    el.remove();

    const errors: string[] = [];
    const again = document.createElement('plan-provider');
    again.planId = id;
    again.scope = 'hostile';
    again.addEventListener('draft-error', (e) => errors.push(e.detail.code));
    const restored = oneEvent(again, 'draft-restored');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(again);
    expect((await restored).detail.revision).to.equal(MAX_REVISION);
    await again.ready;
    expect(errors).to.deep.equal([]);
    await expect(again).to.be.accessible();
  });

  it('one below the maximum, an edit still goes through', async () => {
    const id = uniqueId('max-rev-1');
    const el = await provider(id);
    el.plan = { ...createPlan(id), revision: MAX_REVISION - 1 };
    const edit = el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-1' } });
    expect(edit.ok).to.equal(true);
    expect(el.plan?.revision).to.equal(MAX_REVISION);
  });
});
