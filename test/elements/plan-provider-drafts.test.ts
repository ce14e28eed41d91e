import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { exportFhir } from '../../src/interop/fhir/index.js';
import {
  IndexedDbDraftRepository,
  MemoryDraftRepository,
  applyCommand,
  createPlan,
  decryptJson,
  generateDraftKey,
  type DraftConflictEvent,
  type DraftErrorEvent,
  type DraftRecord,
  type DraftRepository,
  type PlanProvider,
  type TreatmentPlan,
} from '../../src/index.js';
import { pendingRecords } from '../../src/store/wipe.js';
import { uniqueId } from '../helpers/provider.js';

// Drafts a clinic can trust (issue 12): two tabs merge, a host plan never overwrites newer local
// work, keys and versions never strand a draft. Two providers on one plan in one page stand for
// two tabs: each has its own tab id and BroadcastChannel.

const SCOPE = 'drafts-test';
const idb = new IndexedDbDraftRepository();

async function provider(planId: string, extra: Partial<PlanProvider> = {}): Promise<PlanProvider> {
  const el = document.createElement('plan-provider');
  el.planId = planId;
  el.scope = SCOPE;
  el.autosaveDelay = 60000; // saves happen when a test flushes
  Object.assign(el, extra);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await el.ready;
  return el;
}

/** Resolves on the first `plan-change` after which `check` holds. */
function until(el: PlanProvider, check: (plan: TreatmentPlan) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const listener = () => {
      if (!el.plan || !check(el.plan)) return;
      el.removeEventListener('plan-change', listener);
      resolve();
    };
    el.addEventListener('plan-change', listener);
  });
}

const titles = (plan: TreatmentPlan | undefined) => plan?.problems.map((p) => p.title);

async function stored(planId: string, key?: CryptoKey): Promise<{ record: DraftRecord; plan: TreatmentPlan }> {
  const record = (await idb.load(SCOPE, planId)) as DraftRecord;
  const plan = (record.encrypted ? await decryptJson(key!, record.encrypted) : record.plan) as TreatmentPlan;
  return { record, plan };
}

/** Opens a plan with two problems in tab A, saved, and the same plan in tab B. */
async function twoTabs(): Promise<{ planId: string; a: PlanProvider; b: PlanProvider }> {
  const planId = uniqueId('tabs');
  const a = await provider(planId);
  a.store!.dispatch({ type: 'problem/add', id: 'mood', fields: { title: 'Low mood' } });
  a.store!.dispatch({ type: 'problem/add', id: 'worry', fields: { title: 'Worry' } });
  await a.flush();
  const b = await provider(planId);
  expect(titles(b.plan)).to.deep.equal(['Low mood', 'Worry']);
  return { planId, a, b };
}

function notice(el: PlanProvider): HTMLElement | null {
  return el.shadowRoot!.querySelector('[part="conflict-notice"]');
}

describe('<plan-provider>: leaving the page', () => {
  it('starts the write inside the pagehide handler itself (nothing awaited before the put)', async () => {
    const puts: string[] = [];
    const memory = new MemoryDraftRepository();
    const spy: DraftRepository = {
      kind: 'custom',
      load: (scope, planId) => memory.load(scope, planId),
      save: (record, token) => memory.save(record, token),
      delete: (scope, planId) => memory.delete(scope, planId),
      quarantine: (scope, planId, raw, reason) => memory.quarantine(scope, planId, raw, reason),
      putPending: (record) => {
        puts.push((record.plan as TreatmentPlan).assessment.intake.concerns.inOwnWords ?? '');
        return memory.putPending(record);
      },
      keys: (scope) => memory.keys(scope),
    };
    const el = await provider(uniqueId('sync'), { draftRepository: spy });
    el.store!.dispatch({ type: 'intake/update', section: 'concerns', values: { inOwnWords: 'Typed, then left' } });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(puts, 'written before the handler returned').to.deep.equal(['Typed, then left']);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    el.store!.dispatch({ type: 'intake/update', section: 'concerns', values: { inOwnWords: 'Typed, then hidden' } });
    document.dispatchEvent(new Event('visibilitychange'));
    delete (document as { visibilityState?: string }).visibilityState;
    expect(puts).to.deep.equal(['Typed, then left', 'Typed, then hidden']);
    await el.flush();
    expect(await pendingRecords(memory, SCOPE, el.planId), 'the draft was saved, so the pending record went').to.deep.equal([]);
  });
});

describe('<plan-provider>: the journal', () => {
  it('puts unsaved work in the pending record a task after a change, before any leaving', async () => {
    const planId = uniqueId('journal');
    const el = await provider(planId);
    el.store!.dispatch({ type: 'intake/update', section: 'concerns', values: { inOwnWords: 'Not saved yet' } });
    // Waits for the write (no autosave, no leaving: the provider's autosave delay is 60 s).
    const pending = await new Promise<{ plan: TreatmentPlan }[]>((resolve) => {
      const poll = async () => {
        const list = (await pendingRecords(idb, SCOPE, planId)) as { plan: TreatmentPlan }[];
        if (list.length) resolve(list);
        else setTimeout(poll, 0);
      };
      void poll();
    });
    expect(pending[0]!.plan.assessment.intake.concerns.inOwnWords).to.equal('Not saved yet');
    expect(el.dirty, 'the draft itself waits for autosave').to.equal(true);
    await el.flush();
    expect(await pendingRecords(idb, SCOPE, planId), 'saved: the pending record went').to.deep.equal([]);
  });

  it('keeps its own pending record when an edit made during a save is journaled: that record holds the newest work', async () => {
    // A save that waits until the test lets it finish, and a signal for every pending write.
    const memory = new MemoryDraftRepository();
    let saveStarted!: () => void;
    const started = new Promise<void>((resolve) => (saveStarted = resolve));
    let releaseSave!: () => void;
    const released = new Promise<void>((resolve) => (releaseSave = resolve));
    const written: ((text: string) => void)[] = [];
    const pendingWritten = (text: string) => new Promise<void>((resolve) => written.push((t) => t === text && resolve()));
    const slow: DraftRepository = {
      kind: 'custom',
      load: (scope, id) => memory.load(scope, id),
      save: async (record, token) => {
        saveStarted();
        await released;
        return memory.save(record, token);
      },
      delete: (scope, id) => memory.delete(scope, id),
      quarantine: (scope, id, raw, reason) => memory.quarantine(scope, id, raw, reason),
      putPending: async (record) => {
        await memory.putPending(record);
        for (const w of written) w((record.plan as TreatmentPlan).assessment.intake.concerns.inOwnWords ?? '');
      },
      keys: (scope) => memory.keys(scope),
    };
    const inOwnWords = (record: unknown) => (record as { plan: TreatmentPlan }).plan.assessment.intake.concerns.inOwnWords;
    const el = await provider(uniqueId('journal-own'), { draftRepository: slow });

    const first = pendingWritten('Typed first');
    el.store!.dispatch({ type: 'intake/update', section: 'concerns', values: { inOwnWords: 'Typed first' } });
    await first;
    const saving = el.flush();
    await started;
    const second = pendingWritten('Typed while saving');
    el.store!.dispatch({ type: 'intake/update', section: 'concerns', values: { inOwnWords: 'Typed while saving' } });
    await second;
    releaseSave();
    await saving;

    expect(inOwnWords(await memory.load(SCOPE, el.planId)), 'the save wrote the first edit').to.equal('Typed first');
    expect(el.dirty, 'the second edit is not in the draft yet').to.equal(true);
    const left = await pendingRecords(memory, SCOPE, el.planId);
    expect(left.map(inOwnWords), 'a crash now loses nothing: the pending record still holds the second edit').to.deep.equal(['Typed while saving']);

    // What the next page to open the plan shows.
    const next = await provider(el.planId, { draftRepository: slow });
    expect(next.plan!.assessment.intake.concerns.inOwnWords).to.equal('Typed while saving');
  });
});

describe('<plan-provider>: two tabs merge', () => {
  it('edits of different problems in two tabs end up in both tabs and in storage, with no host handler', async () => {
    const { planId, a, b } = await twoTabs();
    const conflicts: DraftConflictEvent[] = [];
    for (const el of [a, b]) el.addEventListener('draft-conflict', (e) => conflicts.push(e));
    a.store!.dispatch({ type: 'problem/update', problemId: 'mood', fields: { title: 'Low mood since the move' } });
    b.store!.dispatch({ type: 'problem/update', problemId: 'worry', fields: { title: 'Worry about work' } });
    const both = ['Low mood since the move', 'Worry about work'];
    const aHasBoth = until(a, (p) => titles(p)!.join() === both.join());
    await a.flush();
    await b.flush();
    await aHasBoth;
    expect(titles(a.plan)).to.deep.equal(both);
    expect(titles(b.plan)).to.deep.equal(both);
    const { plan } = await stored(planId);
    expect(titles(plan)).to.deep.equal(both);
    expect(plan.revision, 'the merged revision is above both tabs’').to.be.greaterThan(2 + 1);
    expect(conflicts).to.deep.equal([]);
    expect(a.dirty || b.dirty).to.equal(false);
  });

  it('keeps problems added in each tab and a deletion made in one', async () => {
    const { planId, a, b } = await twoTabs();
    a.store!.dispatch({ type: 'problem/add', id: 'sleep', fields: { title: 'Sleep' } });
    b.store!.dispatch({ type: 'problem/remove', problemId: 'mood' });
    b.store!.dispatch({ type: 'problem/add', id: 'drink', fields: { title: 'Drinking' } });
    const aDone = until(a, (p) => p.problems.length === 3);
    const bDone = until(b, (p) => p.problems.length === 3);
    await b.flush();
    await a.flush();
    await Promise.all([aDone, bDone]);
    expect(titles(b.plan)).to.have.members(['Worry', 'Drinking', 'Sleep']);
    expect(titles(a.plan)).to.have.members(['Worry', 'Drinking', 'Sleep']);
    expect(titles((await stored(planId)).plan)).to.have.members(['Worry', 'Drinking', 'Sleep']);
  });

  it('the same field changed in both: draft-conflict, both values shown and kept over a reload, the choice reaches every tab', async () => {
    const { planId, a, b } = await twoTabs();
    a.store!.dispatch({ type: 'problem/update', problemId: 'mood', fields: { title: 'Low mood, mornings' } });
    b.store!.dispatch({ type: 'problem/update', problemId: 'mood', fields: { title: 'Low mood since March' } });
    b.store!.dispatch({ type: 'problem/update', problemId: 'worry', fields: { title: 'Worry about work' } });
    // B merges when A's save message arrives, or when its own save finds A's: either may come first.
    const conflict = oneEvent(b, 'draft-conflict') as Promise<DraftConflictEvent>;
    const aSees = until(a, (p) => p.problems[1]!.title === 'Worry about work');
    await a.flush();
    await b.flush();
    const { detail } = await conflict;
    expect(detail.source).to.equal('tab');
    expect(detail.conflicts.map(({ kind, itemId, field, mine, theirs }) => ({ kind, itemId, field, mine, theirs }))).to.deep.equal([
      { kind: 'problems', itemId: 'mood', field: 'title', mine: 'Low mood since March', theirs: 'Low mood, mornings' },
    ]);
    await aSees;
    // Autosave never stopped: the rest merged and was saved, and both tabs show both versions.
    for (const el of [a, b]) {
      await el.updateComplete;
      const text = notice(el)!.textContent!;
      expect(text).to.contain('Low mood since March').and.contain('Low mood, mornings').and.contain('title');
      expect(el.conflicts).to.have.length(1);
    }
    await expect(b).to.be.accessible();

    // A reload keeps both versions.
    const reloaded = await provider(planId);
    expect(reloaded.conflicts.map((c) => [c.mine, c.theirs])).to.deep.equal([['Low mood since March', 'Low mood, mornings']]);
    reloaded.remove();

    // Choose with the keyboard in tab B: the other edit.
    const aResolved = until(a, (p) => p.problems[0]!.title === 'Low mood, mornings');
    const buttons = notice(b)!.querySelectorAll('button');
    expect([...buttons].map((x) => x.textContent)).to.deep.equal(['Keep this version', 'Keep this version']);
    buttons[1]!.focus();
    const saved = oneEvent(b, 'draft-saved');
    await sendKeys({ press: 'Enter' });
    await saved;
    await aResolved;
    for (const el of [a, b]) {
      await el.updateComplete;
      expect(el.plan!.problems.map((p) => p.title)).to.deep.equal(['Low mood, mornings', 'Worry about work']);
      expect(el.conflicts).to.deep.equal([]);
      expect(notice(el)).to.equal(null);
    }
    const { record, plan } = await stored(planId);
    expect(record.conflicts).to.equal(undefined);
    expect(plan.problems[0]!.title).to.equal('Low mood, mornings');
  });

  it('resolveConflict() still decides every field for hosts', async () => {
    const { a, b } = await twoTabs();
    a.store!.dispatch({ type: 'problem/update', problemId: 'mood', fields: { title: 'A' } });
    b.store!.dispatch({ type: 'problem/update', problemId: 'mood', fields: { title: 'B' } });
    const conflict = oneEvent(b, 'draft-conflict');
    await a.flush();
    await b.flush();
    await conflict;
    await b.resolveConflict('take-theirs');
    expect(b.plan!.problems[0]!.title).to.equal('A');
    expect(b.conflicts).to.deep.equal([]);
  });
});

describe('<plan-provider>: a host plan never overwrites newer local work', () => {
  async function localDraftAt4(): Promise<string> {
    const planId = uniqueId('host');
    const first = await provider(planId);
    for (const t of ['L', 'Lo', 'Loc', 'Local']) first.store!.dispatch({ type: 'problem/add', fields: { title: t } });
    await first.flush();
    expect(first.plan!.revision).to.equal(4);
    first.remove();
    return planId;
  }
  const serverPlan = (planId: string): TreatmentPlan => {
    const r = applyCommand(createPlan(planId), { type: 'problem/add', id: 'srv', fields: { title: 'From the server' } }, {
      now: new Date().toISOString(),
      newId: () => crypto.randomUUID(),
    });
    if (!r.ok) throw new Error(r.error.message);
    return { ...r.value.plan, revision: 3 };
  };

  it('README order: await ready, then plan = server revision 3 against a local draft at revision 4', async () => {
    const planId = await localDraftAt4();
    const el = await provider(planId);
    const conflict = oneEvent(el, 'draft-conflict') as Promise<DraftConflictEvent>;
    el.plan = serverPlan(planId);
    const { detail } = await conflict;
    expect(detail).to.include({ source: 'host', localRevision: 4, storedRevision: 3 });
    expect(el.plan!.revision).to.equal(4);
    expect(titles(el.plan)).to.deep.equal(['L', 'Lo', 'Loc', 'Local']);
    await el.updateComplete;
    expect(notice(el)!.textContent).to.contain('revision 3').and.contain('revision 4');
    await expect(el).to.be.accessible();
    await el.flush();
    expect((await stored(planId)).plan.revision).to.equal(4);
    // The user may still take the host's copy: it gets a revision above the draft's.
    await el.resolveConflict('take-theirs');
    expect(titles(el.plan)).to.deep.equal(['From the server']);
    expect(el.plan!.revision).to.equal(5);
  });

  it('set before the provider is ready, and through importFhir, the newer draft wins too', async () => {
    const planId = await localDraftAt4();
    const el = document.createElement('plan-provider');
    el.planId = planId;
    el.scope = SCOPE;
    el.plan = serverPlan(planId);
    const conflict = oneEvent(el, 'draft-conflict') as Promise<DraftConflictEvent>;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.ready;
    expect((await conflict).detail.source).to.equal('host');
    expect(el.plan!.revision).to.equal(4);

    const older = serverPlan(planId);
    const again = oneEvent(el, 'draft-conflict') as Promise<DraftConflictEvent>;
    el.importFhir(exportFhir(older));
    expect((await again).detail.storedRevision).to.equal(3);
    expect(titles(el.plan)).to.deep.equal(['L', 'Lo', 'Loc', 'Local']);
  });

  it('a newer host plan replaces the draft', async () => {
    const planId = await localDraftAt4();
    const el = await provider(planId);
    el.plan = { ...serverPlan(planId), revision: 9 };
    expect(titles(el.plan)).to.deep.equal(['From the server']);
  });
});

describe('<plan-provider>: keys and versions never strand a draft', () => {
  async function encryptedDraft(key: CryptoKey): Promise<{ planId: string; record: DraftRecord }> {
    const planId = uniqueId('keys');
    const el = await provider(planId, { encryptionKey: key });
    el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-7', displayName: 'Secret Name' } });
    await el.flush();
    el.remove();
    return { planId, record: (await idb.load(SCOPE, planId)) as DraftRecord };
  }

  it('wrong key, then the right key: the original comes back with the edits made meanwhile', async () => {
    const right = await generateDraftKey();
    const { planId, record } = await encryptedDraft(right);
    const el = document.createElement('plan-provider');
    el.planId = planId;
    el.scope = SCOPE;
    el.autosaveDelay = 60000;
    el.encryptionKey = await generateDraftKey();
    const error = oneEvent(el, 'draft-error') as Promise<DraftErrorEvent>;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    expect((await error).detail.code).to.equal('decrypt-failed');
    await el.ready;
    el.store!.dispatch({ type: 'intake/update', section: 'concerns', values: { inOwnWords: 'Typed under the wrong key' } });
    await el.flush();
    expect(await idb.load(SCOPE, planId), 'never replaced nor set aside').to.deep.equal(record);

    const restored = oneEvent(el, 'draft-restored');
    el.encryptionKey = right;
    await restored;
    await el.flush();
    expect(el.plan!.client?.displayName).to.equal('Secret Name');
    expect(el.plan!.assessment.intake.concerns.inOwnWords).to.equal('Typed under the wrong key');
    const { plan } = await stored(planId, right);
    expect(plan.client?.displayName).to.equal('Secret Name');
    expect(plan.assessment.intake.concerns.inOwnWords).to.equal('Typed under the wrong key');
    expect(await pendingRecords(idb, SCOPE, planId), 'the pending record went after the merge').to.deep.equal([]);
  });

  it('locked, then the key: text typed while locked is kept', async () => {
    const key = await generateDraftKey();
    const { planId, record } = await encryptedDraft(key);
    const el = document.createElement('plan-provider');
    el.planId = planId;
    el.scope = SCOPE;
    el.autosaveDelay = 60000;
    const error = oneEvent(el, 'draft-error') as Promise<DraftErrorEvent>;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    expect((await error).detail.code).to.equal('draft-locked');
    await el.ready;
    el.store!.dispatch({ type: 'intake/update', section: 'strengths', values: { text: 'Typed while locked' } });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await el.flush();
    expect(await idb.load(SCOPE, planId)).to.deep.equal(record);
    expect(await pendingRecords(idb, SCOPE, planId)).to.have.length(1);

    const restored = oneEvent(el, 'draft-restored');
    el.encryptionKey = key;
    await restored;
    await el.flush();
    expect(el.plan!.client?.displayName).to.equal('Secret Name');
    expect(el.plan!.assessment.intake.strengths.text).to.equal('Typed while locked');
    expect((await stored(planId, key)).plan.assessment.intake.strengths.text).to.equal('Typed while locked');
    expect(await pendingRecords(idb, SCOPE, planId)).to.deep.equal([]);
  });

  it('a draft of a future schemaVersion stays intact through later edits', async () => {
    const planId = uniqueId('future');
    const future: DraftRecord = {
      scope: SCOPE,
      planId,
      schemaVersion: 99,
      revision: 40,
      savedAt: '2027-06-01T10:00:00.000Z',
      token: 't-future',
      plan: { ...createPlan(planId), schemaVersion: 99, somethingNew: { kept: true } },
    };
    await idb.save(future, null);
    const el = document.createElement('plan-provider');
    el.planId = planId;
    el.scope = SCOPE;
    const error = oneEvent(el, 'draft-error') as Promise<DraftErrorEvent>;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    expect((await error).detail.code).to.equal('unsupported-schema-version');
    await el.ready;
    el.store!.dispatch({ type: 'problem/add', fields: { title: 'Edited by an older kit' } });
    await el.flush();
    expect(await idb.load(SCOPE, planId)).to.deep.equal(future);
    const pending = (await pendingRecords(idb, SCOPE, planId)) as { plan: TreatmentPlan }[];
    expect(titles(pending[0]?.plan)).to.deep.equal(['Edited by an older kit']);
  });

  it('a key set after the first save re-encrypts the draft and removes every plain-text copy', async () => {
    const planId = uniqueId('late-key');
    const el = await provider(planId);
    el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-77', displayName: 'Plain Name' } });
    await el.flush();
    // A tab that was closed while typing left its unsaved work in plain text.
    await idb.putPending({
      scope: SCOPE,
      planId: `${planId}~pending~closed-tab`,
      pendingFor: planId,
      schemaVersion: 2,
      revision: 2,
      savedAt: new Date().toISOString(),
      token: 't-left',
      baseToken: null,
      plan: { ...el.plan!, revision: 2, assessment: { ...el.plan!.assessment, intake: { ...el.plan!.assessment.intake, strengths: { text: 'Left behind' } } } },
    });
    const key = await generateDraftKey();
    const saved = oneEvent(el, 'draft-saved');
    el.encryptionKey = key;
    expect((await saved).detail.encrypted).to.equal(true);
    await el.flush();
    const all = [await idb.load(SCOPE, planId), ...(await pendingRecords(idb, SCOPE, planId))];
    expect(all).to.have.length(1);
    expect(JSON.stringify(all)).to.not.contain('Plain Name').and.not.contain('Left behind');
    const { plan } = await stored(planId, key);
    expect(plan.client?.displayName).to.equal('Plain Name');
    expect(plan.assessment.intake.strengths.text).to.equal('Left behind');
  });
});
