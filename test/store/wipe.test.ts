import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { openDB } from 'idb';
import '../../src/define.js';
import {
  DB_NAME,
  IndexedDbDraftRepository,
  MemoryDraftRepository,
  clearDrafts,
  createPlan,
  generateDraftKey,
  encryptJson,
  type DraftClearedEvent,
  type DraftErrorEvent,
  type DraftRecord,
  type DraftRepository,
  type PlanProvider,
} from '../../src/index.js';
import { pendingRecords } from '../../src/store/wipe.js';
import { uniqueId } from '../helpers/provider.js';

const idb = new IndexedDbDraftRepository();

/** Every `[scope, key]` in the kit's real database, read with a connection of the test's own. */
async function storedKeys(): Promise<string[]> {
  const db = await openDB(DB_NAME);
  try {
    const keys = (await db.getAllKeys('drafts')) as unknown as [string, string][];
    return keys.map(([scope, key]) => `${scope}|${key}`);
  } finally {
    db.close();
  }
}

function record(scope: string, planId: string, displayName: string, revision = 1): DraftRecord {
  const plan = { ...createPlan(planId), revision, client: { hostId: 'MRN-1', displayName } };
  return { scope, planId, schemaVersion: plan.schemaVersion, revision, savedAt: plan.updatedAt, token: uniqueId('t'), plan };
}

async function provider(planId: string, scope: string, extra: Partial<PlanProvider> = {}): Promise<PlanProvider> {
  const el = document.createElement('plan-provider');
  el.planId = planId;
  el.scope = scope;
  el.autosaveDelay = 60000;
  Object.assign(el, extra);
  el.innerHTML = '<plan-summary></plan-summary>';
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await el.ready;
  return el;
}

const setClient = (el: PlanProvider, displayName: string) =>
  el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-1', displayName } });

describe('wipe means wipe', () => {
  it('clearDraft() deletes the draft, its set-aside copies and pending records, and nothing else', async () => {
    const scope = uniqueId('wipe-scope');
    const planId = uniqueId('wipe');
    // A damaged draft, found when the provider opens, is set aside (plaintext health data).
    await idb.save({ ...record(scope, planId, 'Damaged'), plan: { schemaVersion: 2, id: planId, status: 'nonsense' } }, null);
    const el = await provider(planId, scope);
    setClient(el, 'Maya Torres');
    await el.flush();
    // Another engineer's pending record and the neighbours that must survive.
    await idb.save({ ...record(scope, `${planId}~pending~tab-1`, 'Pending') }, null);
    await idb.save(record(scope, `${planId}-2`, 'Prefix neighbour'), null);
    await idb.save(record(scope, `${planId}~b`, 'Plan with a tilde'), null);
    await idb.save(record(`${scope}-other`, planId, 'Other scope'), null);
    const before = (await storedKeys()).filter((k) => k.startsWith(`${scope}|${planId}~`));
    expect(before.some((k) => k.includes('~draft-corrupt~'))).to.equal(true);

    const cleared = oneEvent(el, 'draft-cleared') as Promise<DraftClearedEvent>;
    await el.clearDraft();
    expect((await cleared).detail).to.deep.equal({ planId, scope, source: 'this-provider' });

    const after = (await storedKeys()).filter((k) => k.startsWith(`${scope}`));
    expect(after.sort()).to.deep.equal(
      [`${scope}-other|${planId}`, `${scope}|${planId}-2`, `${scope}|${planId}~b`].sort(),
    );
    expect(el.plan?.client?.displayName).to.equal('Maya Torres');
    await expect(el).to.be.accessible();
  });

  it('clearDraft() also deletes the pending record this page journalled, and the journal does not write it again', async () => {
    const scope = uniqueId('wipe-journal');
    const planId = uniqueId('wipe-journal-plan');
    const el = await provider(planId, scope);
    setClient(el, 'Typed, not saved');
    // The journal writes this page's pending record a task after the change (autosave waits 60 s).
    while (!(await pendingRecords(idb, scope, planId)).length) await new Promise((r) => setTimeout(r, 0));
    await el.clearDraft();
    setClient(el, 'Typed after the wipe');
    await el.flush();
    await new Promise((r) => setTimeout(r, 0));
    const left = (await storedKeys()).filter((k) => k.startsWith(`${scope}|`));
    expect(left, 'only the draft saved after the wipe').to.deep.equal([`${scope}|${planId}`]);
    expect(JSON.stringify(await idb.load(scope, planId))).to.not.contain('Typed, not saved');
  });

  it('a second tab on the same plan drops its copy and its next edit does not re-create the wiped draft', async () => {
    const scope = uniqueId('two-tabs');
    const planId = uniqueId('shared');
    const tabA = await provider(planId, scope);
    const tabB = await provider(planId, scope);
    setClient(tabA, 'Maya Torres');
    tabA.store!.dispatch({ type: 'plan/set-review-interval', intervalDays: 30 });
    const adopted = oneEvent(tabB, 'plan-change');
    await tabA.flush();
    await adopted;
    expect(tabB.plan?.client?.displayName).to.equal('Maya Torres');
    setClient(tabB, 'Maya T. (unsaved in B)');

    const heard = oneEvent(tabB, 'draft-cleared') as Promise<DraftClearedEvent>;
    await tabA.clearDraft();
    expect((await heard).detail).to.deep.equal({ planId, scope, source: 'elsewhere' });
    expect(tabB.plan?.client).to.equal(undefined);
    expect(tabB.dirty).to.equal(false);
    expect(tabB.store!.canUndo).to.equal(false);
    await tabB.updateComplete;
    const summary = tabB.querySelector('plan-summary')!;
    await summary.updateComplete;
    expect(summary.shadowRoot!.textContent).to.not.contain('Maya');

    // B's next edit saves only itself: nothing of the wiped plan comes back.
    tabB.store!.dispatch({ type: 'plan/set-review-interval', intervalDays: 14 });
    await tabB.flush();
    const stored = (await idb.load(scope, planId)) as DraftRecord;
    expect(JSON.stringify(stored)).to.not.contain('Maya');
    expect(stored.revision).to.equal(1);
  });

  it('a save the other tab starts right after the wipe (before it hears of it) is deleted too', async () => {
    const scope = uniqueId('race');
    const planId = uniqueId('race-plan');
    const tabA = await provider(planId, scope);
    const tabB = await provider(planId, scope);
    setClient(tabA, 'Maya Torres');
    const adopted = oneEvent(tabB, 'plan-change');
    await tabA.flush();
    await adopted;
    setClient(tabB, 'Maya T. (unsaved in B)');
    const heard = oneEvent(tabB, 'draft-cleared');
    await tabA.clearDraft();
    void tabB.flush(); // runs before B's message task: B writes its old plan after the wipe
    await heard;
    await tabB.flush();
    expect(await idb.load(scope, planId)).to.equal(undefined);
    expect(await pendingRecords(idb, scope, planId), 'nor does a pending record of B survive').to.deep.equal([]);
    expect(tabB.plan?.client).to.equal(undefined);
  });

  it('clearDrafts(scope) wipes every plan of the scope, tells open tabs, and leaves other scopes alone', async () => {
    const scope = uniqueId('signed-out');
    const open = await provider('plan-open', scope);
    setClient(open, 'Open in a tab');
    await open.flush();
    // (quarantine() moves a record aside: the main record is saved after it)
    await idb.quarantine(scope, 'plan-2', record(scope, 'plan-2', 'Aside'), 'draft-corrupt');
    await idb.save(record(scope, 'plan-2', 'Second'), null);
    await idb.save(record(`${scope}-b`, 'plan-2', 'Other user'), null);

    const heard = oneEvent(open, 'draft-cleared') as Promise<DraftClearedEvent>;
    expect(await clearDrafts(scope)).to.equal(3);
    expect((await heard).detail.source).to.equal('elsewhere');
    expect(open.plan?.client).to.equal(undefined);
    const left = (await storedKeys()).filter((k) => k.startsWith(scope));
    expect(left).to.deep.equal([`${scope}-b|plan-2`]);
  });

  it('clearDrafts(scope, { storage: "memory" }) wipes this page’s memory drafts of that scope only', async () => {
    const memory = new MemoryDraftRepository();
    await memory.quarantine('mem-a', 'p1', record('mem-a', 'p1', 'A aside'), 'decrypt-failed');
    await memory.save(record('mem-a', 'p1', 'A'), null);
    await memory.save(record('mem-b', 'p1', 'B'), null);
    expect(await clearDrafts('mem-a', { storage: 'memory' })).to.equal(2);
    expect(await memory.keys('mem-a')).to.deep.equal([]);
    expect(await memory.keys('mem-b')).to.deep.equal(['p1']);
  });

  it('lists set-aside records (typed), restores one with the right key, and deletes another', async () => {
    const scope = uniqueId('aside');
    const planId = uniqueId('aside-plan');
    const key = await generateDraftKey();
    const good = record(scope, planId, 'Written before the key mix-up', 7);
    const { plan, ...rest } = good;
    await idb.quarantine(scope, planId, { ...rest, encrypted: await encryptJson(key, plan) }, 'decrypt-failed');
    await idb.quarantine(scope, planId, { scope, planId, garbage: true }, 'draft-corrupt');
    const el = await provider(planId, scope);
    setClient(el, 'Typed today');

    const list = await el.listSetAside();
    expect(list.map((r) => [r.reason, r.encrypted, r.revision, r.savedAt])).to.deep.equal([
      ['decrypt-failed', true, 7, good.savedAt],
      ['draft-corrupt', false, undefined, undefined],
    ]);
    expect(list[0]!.key.startsWith(`${planId}~decrypt-failed~`)).to.equal(true);

    // Without the key it cannot be read: it stays aside and the host is told why.
    const errors: string[] = [];
    el.addEventListener('draft-error', (e) => errors.push(e.detail.code));
    expect((await el.restoreSetAside(list[0]!.key)).ok).to.equal(false);
    expect(errors).to.deep.equal(['draft-locked']);

    el.encryptionKey = key;
    const restored = await el.restoreSetAside(list[0]!.key);
    expect(restored.ok).to.equal(true);
    expect(el.plan?.client?.displayName).to.equal('Written before the key mix-up');
    expect(el.plan?.revision).to.equal(8);
    expect(el.dirty).to.equal(false);
    expect((await idb.load(scope, planId)) as DraftRecord).to.include({ revision: 8 });

    expect((await el.restoreSetAside(list[1]!.key)).ok).to.equal(false);
    expect(errors.at(-1)).to.equal('draft-corrupt');
    await el.deleteSetAside(list[1]!.key);
    expect(await el.listSetAside()).to.deep.equal([]);
    expect((await storedKeys()).filter((k) => k.startsWith(`${scope}|`))).to.deep.equal([`${scope}|${planId}`]);
  });

  it('a restored set-aside record stays aside while its save fails (nothing is lost)', async () => {
    const scope = uniqueId('aside-fail');
    const planId = uniqueId('aside-fail-plan');
    const memory = new MemoryDraftRepository();
    let saving = true;
    const failing: DraftRepository = {
      kind: 'custom',
      load: (s, k) => memory.load(s, k),
      save: (r, t) => (saving ? memory.save(r, t) : Promise.reject(new Error('disk full'))),
      delete: (s, k) => memory.delete(s, k),
      quarantine: (s, k, raw, reason) => memory.quarantine(s, k, raw, reason),
      keys: (s) => memory.keys(s),
    };
    await memory.quarantine(scope, planId, record(scope, planId, 'Kept aside', 3), 'draft-corrupt');
    const el = await provider(planId, scope, { draftRepository: failing });
    const [aside] = await el.listSetAside();
    const errors: string[] = [];
    el.addEventListener('draft-error', (e) => errors.push(e.detail.code));
    saving = false;
    const restored = await el.restoreSetAside(aside!.key);
    expect(restored.ok, 'the plan on the page is the restored one').to.equal(true);
    expect(el.plan?.client?.displayName).to.equal('Kept aside');
    expect(el.dirty).to.equal(true);
    expect(errors).to.deep.equal(['save-failed']);
    expect((await el.listSetAside()).map((r) => r.key), 'the copy is kept until a save completes').to.deep.equal([aside!.key]);
  });

  it('a repository without keys() loses only its main record, and says so', async () => {
    const deleted: string[] = [];
    const bare: DraftRepository = {
      kind: 'custom',
      load: async () => undefined,
      save: async () => ({ status: 'saved' }),
      delete: async (_scope, planId) => void deleted.push(planId),
      quarantine: async () => undefined,
    };
    const el = await provider(uniqueId('bare'), 'tenant-a', { draftRepository: bare });
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args[0]);
    try {
      await el.clearDraft();
    } finally {
      console.warn = warn;
    }
    expect(deleted).to.deep.equal([el.planId]);
    expect(String(warnings[0])).to.contain('keys()');
    expect(await el.listSetAside()).to.deep.equal([]);
    const refused = await clearDrafts('tenant-a', { repository: bare }).catch((e: { code?: string }) => e.code);
    expect(refused).to.equal('delete-failed');
  });
});

describe('repositories: keys() and clear()', () => {
  const table: [string, () => DraftRepository][] = [
    ['IndexedDB', () => new IndexedDbDraftRepository(`tpk-wipe-${uniqueId()}`)],
    ['memory', () => new MemoryDraftRepository()],
  ];
  for (const [name, make] of table) {
    it(`${name}: clear(scope, planId) takes the plan's own keys and no neighbour's`, async () => {
      const repo = make();
      const scope = uniqueId('keys');
      const keys = ['p', 'p~draft-corrupt~2026-12-01T10:00:00.000Z', 'p~pending~tab-1', 'p-2', 'p~b', 'pp', 'q'];
      for (const k of keys) await repo.save(record(scope, k, k), null);
      await repo.save(record(`${scope}-x`, 'p', 'other scope'), null);
      expect((await repo.keys!(scope)).sort()).to.deep.equal([...keys].sort());
      expect(await repo.clear!(scope, 'p')).to.equal(3);
      expect((await repo.keys!(scope)).sort()).to.deep.equal(['p-2', 'p~b', 'pp', 'q'].sort());
      expect(await repo.clear!(scope)).to.equal(4);
      expect(await repo.keys!(scope)).to.deep.equal([]);
      expect(await repo.keys!(`${scope}-x`)).to.deep.equal(['p']);
    });
  }

  it('a failing delete is reported as delete-failed and keeps the plan', async () => {
    const broken: DraftRepository = {
      kind: 'custom',
      load: async () => undefined,
      save: async () => ({ status: 'saved' }),
      delete: async () => undefined,
      quarantine: async () => undefined,
      clear: async () => {
        throw new Error('disk gone');
      },
    };
    const el = await provider(uniqueId('broken'), 'tenant-a', { draftRepository: broken });
    setClient(el, 'Kept');
    const error = oneEvent(el, 'draft-error') as Promise<DraftErrorEvent>;
    await el.clearDraft();
    expect((await error).detail.code).to.equal('delete-failed');
    expect(el.plan?.client?.displayName).to.equal('Kept');
  });
});
