import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { readAttributes, type ProviderAttributes } from '../../src/elements/plan-provider/attributes.js';
import type { DraftErrorEvent, PlanProvider } from '../../src/index.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { nextSave, uniqueId } from '../helpers/provider.js';

async function openProvider(planId: string, delay = '60000'): Promise<PlanProvider> {
  const el = await fixture<PlanProvider>(
    html`<plan-provider plan-id=${planId} scope="attrs" autosave-delay=${delay}><plan-summary></plan-summary></plan-provider>`,
  );
  await el.ready;
  return el;
}

const notice = (el: PlanProvider) => el.shadowRoot!.querySelector('[part="config-error"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const setClient = (el: PlanProvider, displayName: string) =>
  el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-1', displayName } });

describe('<plan-provider>: a bad attribute never discards work', () => {
  it('keeps the plan and its unsaved edit through locale="xx", shows a notice, and saves once fixed', async () => {
    const planId = uniqueId('attr');
    const el = await openProvider(planId);
    setClient(el, 'Typed before the bad locale');
    const store = el.store;

    const error = oneEvent(el, 'draft-error') as Promise<DraftErrorEvent>;
    el.setAttribute('locale', 'xx');
    const { detail } = await error;
    expect(detail.code).to.equal('invalid-attribute');
    expect(detail.message).to.contain('locale="xx"').and.contain('"en" or "es"');
    await el.updateComplete;
    expect(notice(el)).to.contain('locale="xx"').and.contain('stays open');
    expect(el.store).to.equal(store);
    expect(el.plan?.client?.displayName).to.equal('Typed before the bad locale');
    await expect(el).to.be.accessible();

    // Autosave goes on meanwhile, with the last valid values.
    setClient(el, 'Typed while the locale is bad');
    const saved = nextSave(el);
    await el.flush();
    expect((await saved).detail.revision).to.equal(2);

    el.setAttribute('locale', 'es');
    await el.updateComplete;
    expect(notice(el)).to.equal('');
    el.remove();

    // Reload: the edit is there.
    const again = await openProvider(planId);
    expect(again.plan?.client?.displayName).to.equal('Typed while the locale is bad');
  });

  it('plan-id="" on a live provider keeps the open plan (and its draft key) until it is fixed', async () => {
    const planId = uniqueId('attr-id');
    const el = await openProvider(planId);
    setClient(el, 'Kept');
    const error = oneEvent(el, 'draft-error') as Promise<DraftErrorEvent>;
    el.setAttribute('plan-id', '');
    expect((await error).detail.message).to.contain('plan-id is required');
    await el.updateComplete;
    expect(el.plan?.id).to.equal(planId);
    expect(el.plan?.client?.displayName).to.equal('Kept');
    el.setAttribute('plan-id', planId);
    await el.updateComplete;
    expect(notice(el)).to.equal('');
    expect(el.plan?.client?.displayName).to.equal('Kept');
  });

  it('autosave-delay="" and "soon" are invalid, not 0: the previous delay stays', async () => {
    const el = await openProvider(uniqueId('delay'));
    const codes: string[] = [];
    el.addEventListener('draft-error', (e) => codes.push(e.detail.code));
    let saves = 0;
    el.addEventListener('draft-saved', () => (saves += 1));
    for (const bad of ['', 'soon']) {
      el.setAttribute('autosave-delay', bad);
      await el.updateComplete;
      expect(notice(el)).to.contain(`autosave-delay="${bad}"`);
      // On a fake clock: read as 0 (or NaN), the save would be due at once; the kept 60 s delay
      // leaves it to the 3 s bound on unsaved work.
      const clock = new FakeClock().install();
      try {
        setClient(el, `Edit with delay "${bad}"`);
        clock.tick(0);
        expect(clock.dueIn.filter((ms) => ms < 2_000), 'nothing due within 2 s').to.deep.equal([]);
        expect(clock.dueIn.filter((ms) => ms >= 2_000 && ms <= 3_000), 'the autosave, at the 3 s bound').to.have.length(1);
      } finally {
        clock.uninstall();
      }
      expect(saves).to.equal(0);
      expect(el.dirty).to.equal(true);
    }
    expect(codes).to.deep.equal(['invalid-attribute', 'invalid-attribute']);
    // A valid value applies at once.
    const saved = nextSave(el);
    el.setAttribute('autosave-delay', '0');
    await el.updateComplete;
    setClient(el, 'Saved at once');
    expect((await saved).detail.revision).to.equal(3);
  });

  it('with no plan open, a missing plan-id still shows why nothing loads', async () => {
    const el = document.createElement('plan-provider');
    const error = oneEvent(el, 'draft-error') as Promise<DraftErrorEvent>;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    expect((await error).detail.code).to.equal('invalid-attribute');
    await el.updateComplete;
    expect(notice(el)).to.contain('cannot load').and.contain('plan-id is required');
    expect(el.plan).to.equal(undefined);
  });
});

describe('readAttributes', () => {
  const valid: ProviderAttributes = { planId: 'p', scope: 's', storage: 'memory', autosaveDelay: 250, locale: 'es', mode: 'client' };
  const cases: [string, Partial<Record<keyof ProviderAttributes, unknown>>, string | undefined][] = [
    ['all valid', {}, undefined],
    ['delay 0 (lowest)', { autosaveDelay: 0 }, undefined],
    ['delay 60000 (highest)', { autosaveDelay: 60000 }, undefined],
    ['delay 60001', { autosaveDelay: 60001 }, 'autosave-delay="60001"'],
    ['delay NaN (empty attribute)', { autosaveDelay: Number.NaN }, 'autosave-delay=""'],
    ['delay 1.5', { autosaveDelay: 1.5 }, 'autosave-delay="1.5"'],
    ['storage session', { storage: 'session' }, 'storage="session"'],
    ['mode admin', { mode: 'admin' }, 'mode="admin"'],
    ['empty scope', { scope: '' }, 'scope=""'],
    ['empty plan-id', { planId: '' }, 'plan-id is required'],
    ['plan-id of 129 characters', { planId: 'x'.repeat(129) }, 'plan-id="'],
  ];
  for (const [name, change, message] of cases) {
    it(name, () => {
      const raw = { ...valid, ...change };
      const fallback: ProviderAttributes = { ...valid, autosaveDelay: 999, locale: 'en', scope: 'kept', planId: 'kept', storage: 'indexeddb', mode: 'clinician' };
      const withFallback = readAttributes(raw, fallback);
      const without = readAttributes(raw, undefined);
      expect(withFallback.error?.message).to.equal(without.error?.message);
      if (message === undefined) {
        expect(without.error).to.equal(undefined);
        expect(without.value).to.deep.equal(raw);
        return;
      }
      expect(without.error?.code).to.equal('invalid-attribute');
      expect(without.error?.message).to.contain(message);
      expect(without.value).to.equal(undefined);
      const key = Object.keys(change)[0] as keyof ProviderAttributes;
      expect(withFallback.value).to.deep.equal({ ...raw, [key]: fallback[key] });
    });
  }

  it('reads an unknown locale as English, with or without a last valid value, and says so', () => {
    for (const fallback of [undefined, { ...valid, locale: 'es' }]) {
      const { value, error } = readAttributes({ ...valid, locale: 'xx' }, fallback);
      expect(value).to.deep.equal({ ...valid, locale: 'en' });
      expect(error?.code).to.equal('invalid-attribute');
      expect(error?.message).to.contain('locale="xx"').and.contain('"en" or "es"');
    }
  });

  it('names every invalid attribute', () => {
    const { error } = readAttributes({ ...valid, locale: 'xx', mode: 'admin' }, valid);
    expect(error?.issues).to.have.length(2);
    expect(error?.message).to.contain('locale="xx"').and.contain('mode="admin"');
  });
});
