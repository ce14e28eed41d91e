// Gaps from issue 19: each test here failed on a bug the suite used to miss.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { openDB } from 'idb';
import '../../src/define.js';
import {
  DB_NAME,
  DraftClearedEvent,
  DraftConflictEvent,
  DraftErrorEvent,
  DraftRestoredEvent,
  DraftSavedEvent,
  MemoryDraftRepository,
  PlanAlertEvent,
  PlanChangeEvent,
  ReviewDueEvent,
  RiskFlagEvent,
  generateDraftKey,
  type DraftRecord,
  type DraftRepository,
  type PlanProvider,
  type SaveOutcome,
  type TreatmentPlan,
} from '../../src/index.js';
import { sixMonthPlan } from '../fixtures/progress-plans.js';
import { uniqueId } from '../helpers/provider.js';

/** A repository whose saves wait until the test lets each one through. */
class GatedRepository implements DraftRepository {
  readonly kind = 'custom' as const;
  readonly inner = new MemoryDraftRepository();
  /** Saves started and not yet let through, oldest first. */
  readonly waiting: { record: DraftRecord; release: () => void }[] = [];
  readonly written: DraftRecord[] = [];

  load(scope: string, planId: string): Promise<unknown> {
    return this.inner.load(scope, planId);
  }
  async save(record: DraftRecord, expectedToken: string | null): Promise<SaveOutcome> {
    await new Promise<void>((release) => this.waiting.push({ record, release }));
    const outcome = await this.inner.save(record, expectedToken);
    if (outcome.status === 'saved') this.written.push(record);
    return outcome;
  }
  delete(scope: string, planId: string): Promise<void> {
    return this.inner.delete(scope, planId);
  }
  quarantine(scope: string, planId: string, raw: unknown, reason: string): Promise<void> {
    return this.inner.quarantine(scope, planId, raw, reason);
  }
  /** Lets the oldest waiting save through. */
  releaseNext(): void {
    this.waiting.shift()!.release();
  }
}

async function mount(props: Partial<PlanProvider>, parent?: ParentNode): Promise<PlanProvider> {
  const el = document.createElement('plan-provider');
  el.autosaveDelay = 0;
  Object.assign(el, props);
  (parent ?? (await fixture<HTMLDivElement>(html`<div></div>`))).append(el);
  await el.ready;
  return el;
}

/** The client name in a record's plaintext plan. */
const clientOf = (r: DraftRecord) => (r.plan as TreatmentPlan | undefined)?.client?.displayName;

const setClient = (el: PlanProvider, displayName: string) =>
  el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-1', displayName } });

describe('plan-provider: an edit made while a save is still running', () => {
  it('writes the last edit, and is dirty until that edit is truly saved', async () => {
    const repo = new GatedRepository();
    const el = await mount({ planId: uniqueId('slow'), scope: uniqueId('slow-scope'), draftRepository: repo });
    setClient(el, 'First');
    await waitUntil(() => repo.waiting.length === 1, 'the first save starts');
    setClient(el, 'Second');
    expect(el.dirty, 'edited during the save').to.equal(true);

    const firstSaved = oneEvent(el, 'draft-saved') as Promise<DraftSavedEvent>;
    repo.releaseNext();
    await firstSaved;
    expect(el.dirty, 'the saved copy is the first edit, not the second').to.equal(true);

    await waitUntil(() => repo.waiting.length === 1, 'a second save starts for the later edit');
    expect(clientOf(repo.waiting[0]!.record)).to.equal('Second');
    const secondSaved = oneEvent(el, 'draft-saved') as Promise<DraftSavedEvent>;
    repo.releaseNext();
    await secondSaved;
    expect(el.dirty).to.equal(false);
    expect(repo.written.map(clientOf)).to.deep.equal(['First', 'Second']);
    const stored = (await repo.load(el.scope, el.planId!)) as DraftRecord;
    expect(clientOf(stored)).to.equal('Second');
  });
});

describe('plan-provider storage="memory": scopes', () => {
  it('keeps a draft of one scope invisible to another with the same plan id', async () => {
    const planId = uniqueId('mem');
    const scopeA = uniqueId('tenant-a');
    const a = await mount({ planId, scope: scopeA, storage: 'memory' });
    setClient(a, 'Tenant A client');
    await a.flush();

    const b = await mount({ planId, scope: uniqueId('tenant-b'), storage: 'memory' });
    expect(b.plan?.client, 'nothing of tenant A').to.equal(undefined);
    await expect(b).to.be.accessible();

    const again = await mount({ planId, scope: scopeA, storage: 'memory' });
    expect(again.plan?.client?.displayName, 'the same scope restores').to.equal('Tenant A client');
  });

  it('changing scope on a live provider saves the old scope and opens the new one', async () => {
    const planId = uniqueId('mem-live');
    const [scopeA, scopeB] = [uniqueId('live-a'), uniqueId('live-b')];
    const other = await mount({ planId, scope: scopeB, storage: 'memory' });
    setClient(other, 'Only in B');
    await other.flush();
    other.remove();

    const el = await mount({ planId, scope: scopeA, storage: 'memory', autosaveDelay: 60_000 });
    setClient(el, 'Only in A');
    const restored = oneEvent(el, 'draft-restored') as Promise<DraftRestoredEvent>;
    el.scope = scopeB;
    expect((await restored).detail.scope).to.equal(scopeB);
    await el.ready;
    expect(el.plan?.client?.displayName).to.equal('Only in B');

    el.scope = scopeA;
    await el.updateComplete;
    await el.ready;
    expect(el.plan?.client?.displayName, 'the unsaved edit of A was saved on leaving').to.equal('Only in A');
  });
});

describe('kit events cross shadow roots', () => {
  const classes: [string, Event][] = [
    ['plan-change', new PlanChangeEvent({} as PlanChangeEvent['detail'])],
    ['draft-restored', new DraftRestoredEvent({} as DraftRestoredEvent['detail'])],
    ['draft-saved', new DraftSavedEvent({} as DraftSavedEvent['detail'])],
    ['draft-conflict', new DraftConflictEvent({} as DraftConflictEvent['detail'])],
    ['draft-cleared', new DraftClearedEvent({} as DraftClearedEvent['detail'])],
    ['draft-error', new DraftErrorEvent({} as DraftErrorEvent['detail'])],
    ['risk-flag', new RiskFlagEvent({} as RiskFlagEvent['detail'])],
    ['plan-alert', new PlanAlertEvent({} as PlanAlertEvent['detail'])],
    ['review-due', new ReviewDueEvent({} as ReviewDueEvent['detail'])],
  ];
  for (const [type, event] of classes) {
    it(`${type} bubbles and is composed`, () => {
      expect(event.type).to.equal(type);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    });
  }

  it('a provider inside a shadow root is heard on document for every event it fires', async () => {
    const types = ['plan-change', 'draft-saved', 'draft-restored', 'draft-cleared', 'draft-error', 'draft-conflict', 'plan-alert', 'review-due'];
    const heard = new Set<string>();
    const on = (e: Event) => heard.add(e.type);
    for (const t of types) document.addEventListener(t, on);
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const planId = uniqueId('shadow');
      const scope = uniqueId('shadow-scope');
      // plan-alert and review-due: a plan that is off track and past its review date.
      const el = await mount({ planId, scope, storage: 'memory', plan: sixMonthPlan(planId, { deteriorate: true }) }, root);
      setClient(el, 'Maya'); // plan-change
      await el.flush(); // draft-saved

      const twin = await mount({ planId, scope, storage: 'memory' }, root); // draft-restored
      setClient(twin, 'Edited in the twin');
      await twin.flush();
      setClient(el, 'Edited here too');
      const conflict = oneEvent(document, 'draft-conflict');
      await el.flush();
      await conflict;

      await twin.clearDraft(); // draft-cleared

      const failing = new GatedRepository();
      failing.save = () => Promise.reject(new Error('disk full'));
      const broken = await mount({ planId: uniqueId('shadow-err'), scope, draftRepository: failing }, root);
      setClient(broken, 'Never saved');
      const error = oneEvent(document, 'draft-error');
      await broken.flush();
      await error;

      expect([...heard].sort()).to.deep.equal([...types].sort());
    } finally {
      for (const t of types) document.removeEventListener(t, on);
    }
  });
});

describe('encrypted drafts', () => {
  it('every save uses a fresh AES-GCM IV (raw records read from IndexedDB)', async () => {
    const planId = uniqueId('iv');
    const scope = uniqueId('iv-scope');
    const el = await mount({ planId, scope, encryptionKey: await generateDraftKey() });
    const ivs: string[] = [];
    for (const name of ['One', 'Two', 'Three']) {
      setClient(el, name);
      await el.flush();
      const db = await openDB(DB_NAME);
      try {
        const raw = (await db.get('drafts', [scope, planId])) as DraftRecord;
        expect(raw.plan, 'no plaintext plan at rest').to.equal(undefined);
        expect(JSON.stringify(raw)).to.not.contain(name);
        ivs.push(Array.from(new Uint8Array(raw.encrypted!.iv)).join(','));
      } finally {
        db.close();
      }
    }
    expect(ivs[0]!.split(',')).to.have.length(12);
    expect(new Set(ivs).size, ivs.join(' | ')).to.equal(3);
    await el.clearDraft();
  });
});

