import { expect, fixture, html } from '@open-wc/testing';
import { openDB } from 'idb';
import '../../src/define.js';
import { IndexedDbDraftRepository, type PlanProvider } from '../../src/index.js';
import { uniqueId } from '../helpers/provider.js';

async function provider(extra: Partial<PlanProvider> = {}): Promise<{ el: PlanProvider; codes: string[] }> {
  const el = document.createElement('plan-provider');
  el.planId = uniqueId('no-idb');
  el.autosaveDelay = 0;
  Object.assign(el, extra);
  el.innerHTML = '<plan-summary></plan-summary>';
  const codes: string[] = [];
  el.addEventListener('draft-error', (e) => codes.push(e.detail.code));
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await el.ready;
  return { el, codes };
}

async function editAndFlushThreeTimes(el: PlanProvider): Promise<void> {
  for (const name of ['Maya', 'Maya T', 'Maya Torres']) {
    el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-1', displayName: name } });
    await el.flush();
  }
}

describe('IndexedDB unavailable', () => {
  it('indexedDB.open throwing at once gives storage-unavailable once, and the plan keeps working', async () => {
    // Before any provider of this page opens the database.
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    try {
      const { el, codes } = await provider();
      await editAndFlushThreeTimes(el);
      expect(codes).to.deep.equal(['storage-unavailable']);
      expect(el.plan?.client?.displayName).to.equal('Maya Torres');
      expect(el.dirty).to.equal(true);
      const summary = el.querySelector('plan-summary')!;
      await summary.updateComplete;
      expect(summary.shadowRoot!.textContent).to.contain('Maya Torres');
      await expect(el).to.be.accessible();
    } finally {
      IDBFactory.prototype.open = open;
    }
  });

  it('an open that fails later (a newer database version) also gives storage-unavailable once', async () => {
    const name = uniqueId('tpk-newer-db');
    (await openDB(name, 5)).close();
    const { el, codes } = await provider({ draftRepository: new IndexedDbDraftRepository(name) });
    await editAndFlushThreeTimes(el);
    expect(codes).to.deep.equal(['storage-unavailable']);
    expect(el.plan?.client?.displayName).to.equal('Maya Torres');
  });
});
