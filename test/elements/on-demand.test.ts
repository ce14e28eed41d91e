import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { MemoryDraftRepository, applyCommand, createPlan, type DraftConflictEvent, type PlanProvider, type TreatmentPlan } from '../../src/index.js';
import type { SyncErrorEvent } from '../../src/remote/events.js';
import { uniqueId } from '../helpers/provider.js';

// Parts of <plan-provider> that only some pages need load on demand (issue 16): the conflict notice
// and the FHIR server sync. Each test first shows that a page without the need never requested the
// module, then that the part works once it is needed.

// This page loads more modules than the default buffer of 250 resource entries holds.
performance.setResourceTimingBufferSize(10_000);
/** Whether the page has requested a source module whose file name starts with `name`. */
const requested = (name: string) =>
  performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.split('/').at(-1)!.startsWith(`${name}.`));

async function provider(planId = uniqueId('lazy'), repo = new MemoryDraftRepository()): Promise<PlanProvider> {
  const el = await fixture<PlanProvider>(html`<plan-provider plan-id=${planId} .draftRepository=${repo} autosave-delay="0"></plan-provider>`);
  await el.ready;
  return el;
}

const atRevision = (planId: string, revision: number): TreatmentPlan => {
  const r = applyCommand(createPlan(planId), { type: 'problem/add', id: 'host', fields: { title: 'From the host' } }, {
    now: new Date().toISOString(),
    newId: () => crypto.randomUUID(),
  });
  if (!r.ok) throw new Error(r.error.message);
  return { ...r.value.plan, revision };
};

describe('<plan-provider>: parts loaded on demand', () => {
  it('the conflict notice loads only when a conflict is met, and is shown by the same update', async () => {
    // Work saved on this device at revision 3, then the page opens again.
    const repo = new MemoryDraftRepository();
    const first = await provider(uniqueId('lazy'), repo);
    for (const title of ['Low mood', 'Worry', 'Sleep']) first.store!.dispatch({ type: 'problem/add', fields: { title } });
    await first.flush();
    first.remove();
    const el = await provider(first.planId, repo);
    await el.updateComplete;
    expect(requested('conflict-notice'), 'a page with no conflict never loads the notice').to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="conflict-notice"]')).to.equal(null);

    // The host hands over a plan older than the local draft: the draft stays, the notice offers the other copy.
    const conflict = oneEvent(el, 'draft-conflict') as Promise<DraftConflictEvent>;
    el.plan = atRevision(el.planId, 1);
    expect((await conflict).detail).to.include({ source: 'host', localRevision: 3 });
    await el.updateComplete;
    expect(requested('conflict-notice')).to.equal(true);
    const notice = el.shadowRoot!.querySelector('[part="conflict-notice"]')!;
    expect(notice.textContent).to.contain('revision 1').and.contain('revision 3');
    await expect(el).to.be.accessible();

    // Its buttons work: taking the older copy ends the conflict and the notice goes.
    const buttons = [...notice.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['Keep the draft', 'Use the older copy']);
    const changed = oneEvent(el, 'plan-change');
    buttons[1]!.click();
    await changed;
    await el.updateComplete;
    expect(el.plan!.problems.map((p) => p.title)).to.deep.equal(['From the host']);
    expect(el.shadowRoot!.querySelector('[part="conflict-notice"]')).to.equal(null);
  });

  it('the FHIR sync loads only when a remote is set, and reports to the host through it', async () => {
    const el = await provider();
    el.store!.dispatch({ type: 'problem/add', fields: { title: 'Low mood' } });
    el.sync = 'manual';
    expect(requested('remote-sync'), 'a page that never syncs never loads the sync').to.equal(false);
    expect(el.remote).to.equal(undefined);

    // Without a remote, push() still answers as documented (this loads the sync).
    expect(await el.push()).to.include({ ok: false, code: 'no-remote' });
    expect(requested('remote-sync')).to.equal(true);

    // A server that cannot be reached: `offline`, told to the host, nothing thrown.
    const calls: string[] = [];
    el.remote = {
      baseUrl: 'https://fhir.example.test/r4',
      patient: 'Patient/p-1',
      fetch: (input) => {
        calls.push(String(input));
        return Promise.reject(new TypeError('Failed to fetch'));
      },
    };
    expect(el.remote.patient).to.equal('Patient/p-1');
    const error = oneEvent(el, 'sync-error') as Promise<SyncErrorEvent>;
    expect(await el.push()).to.include({ ok: false, code: 'offline', retrying: false });
    expect((await error).detail).to.include({ code: 'offline', retrying: false });
    expect(calls.length).to.be.greaterThan(0);
    expect(calls[0]).to.match(/^https:\/\/fhir\.example\.test\/r4\//);
  });
});
