import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import {
  CURRENT_SCHEMA_VERSION,
  IndexedDbDraftRepository,
  PlanProvider,
  StorageError,
  createPlan,
  defineElement,
  generateDraftKey,
  type DraftConflictEvent,
  type DraftErrorEvent,
  type DraftRecord,
  type DraftRepository,
  type PlanChangeEvent,
  type PlanSummary,
  type SaveOutcome,
} from '../../src/index.js';
import v1 from '../fixtures/plan-v1.js';
import { memoryProvider, nextSave, uniqueId } from '../helpers/provider.js';

const idb = new IndexedDbDraftRepository();

async function idbProvider(planId: string, scope = 'tenant-a', extra: Partial<PlanProvider> = {}): Promise<PlanProvider> {
  const el = document.createElement('plan-provider');
  el.planId = planId;
  el.scope = scope;
  el.autosaveDelay = 0;
  Object.assign(el, extra);
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(el);
  await el.ready;
  return el;
}

function summaryText(root: ParentNode): string {
  const s = root.querySelector('plan-summary') as PlanSummary;
  return s.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

describe('<plan-provider>', () => {
  it('is accessible with a summary inside', async () => {
    const el = await fixture<PlanProvider>(
      html`<plan-provider plan-id=${uniqueId()} storage="memory"><plan-summary></plan-summary></plan-provider>`,
    );
    await el.ready;
    await expect(el).to.be.accessible();
  });

  it('restores the draft after a reload (IndexedDB), with draft-restored before ready', async () => {
    const planId = uniqueId('reload');
    const first = await idbProvider(planId);
    const saved = nextSave(first);
    first.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-20417', displayName: 'Maya Torres' } });
    const { detail } = await saved;
    expect(detail).to.include({ planId, scope: 'tenant-a', revision: 1, storage: 'indexeddb', encrypted: false });
    first.remove();

    // A new provider for the same plan, as after a page reload.
    const el = document.createElement('plan-provider');
    el.planId = planId;
    el.scope = 'tenant-a';
    el.innerHTML = '<plan-summary></plan-summary>';
    const restored = oneEvent(el, 'draft-restored');
    document.body.append(el);
    const ev = await restored;
    expect(ev.detail).to.include({ planId, revision: 1, schemaVersion: CURRENT_SCHEMA_VERSION });
    await el.ready;
    expect(el.plan?.client?.displayName).to.equal('Maya Torres');
    await (el.querySelector('plan-summary') as PlanSummary).updateComplete;
    expect(summaryText(el)).to.contain('Maya Torres');
    el.remove();
  });

  it('keeps scopes apart: a draft of one scope is invisible to another', async () => {
    const planId = uniqueId('scoped');
    const a = await idbProvider(planId, 'clinic-north');
    const saved = nextSave(a);
    a.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-1', displayName: 'North client' } });
    await saved;
    const b = await idbProvider(planId, 'clinic-south');
    expect(b.plan?.client).to.equal(undefined);
    expect(b.plan?.revision).to.equal(0);
  });

  it('debounces autosave: a burst of edits is written once, with the last revision', async () => {
    const el = await fixture<PlanProvider>(
      html`<plan-provider plan-id=${uniqueId()} storage="memory" autosave-delay="50"></plan-provider>`,
    );
    await el.ready;
    const saves: number[] = [];
    el.addEventListener('draft-saved', (e) => saves.push(e.detail.revision));
    for (const name of ['M', 'Ma', 'May', 'Maya']) {
      el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-2', displayName: name } });
    }
    await nextSave(el);
    expect(saves).to.deep.equal([4]);
  });

  it('flushes at once when the page is hidden and when it is left', async () => {
    const el = await fixture<PlanProvider>(
      html`<plan-provider plan-id=${uniqueId()} storage="memory" autosave-delay="60000"></plan-provider>`,
    );
    await el.ready;
    el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-3' } });
    expect(el.dirty).to.equal(true);
    const hidden = nextSave(el);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    delete (document as { visibilityState?: string }).visibilityState;
    expect((await hidden).detail.revision).to.equal(1);
    expect(el.dirty).to.equal(false);

    el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-4' } });
    const left = nextSave(el);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect((await left).detail.revision).to.equal(2);
  });

  it('fires draft-error with a stable code when the store fails, and keeps the plan in memory', async () => {
    const failing: DraftRepository = {
      kind: 'custom',
      load: async () => undefined,
      save: async () => {
        throw new StorageError('quota-exceeded', 'The disk is full.');
      },
      delete: async () => undefined,
      quarantine: async () => undefined,
    };
    const el = await idbProvider(uniqueId('failing'), 'tenant-a', { draftRepository: failing });
    const error = oneEvent(el, 'draft-error') as Promise<DraftErrorEvent>;
    el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-5', displayName: 'Kept' } });
    const { detail } = await error;
    expect(detail.code).to.equal('quota-exceeded');
    expect(detail.message).to.be.a('string').and.not.empty;
    expect(el.plan?.client?.displayName).to.equal('Kept');
    expect(el.dirty).to.equal(true);
  });

  it('fires draft-error restore-failed when the store cannot be read, and still becomes ready', async () => {
    const broken: DraftRepository = {
      kind: 'custom',
      load: async () => {
        throw new StorageError('storage-unavailable', 'Blocked by the browser.');
      },
      save: async (): Promise<SaveOutcome> => ({ status: 'saved' }),
      delete: async () => undefined,
      quarantine: async () => undefined,
    };
    const el = document.createElement('plan-provider');
    el.planId = uniqueId();
    el.draftRepository = broken;
    const error = oneEvent(el, 'draft-error') as Promise<DraftErrorEvent>;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    expect((await error).detail.code).to.equal('storage-unavailable');
    await el.ready;
    expect(el.plan?.id).to.equal(el.planId);
  });

  it('migrates a stored draft of an older schema when restoring', async () => {
    const planId = 'plan-legacy-7';
    const scope = uniqueId('legacy-scope');
    await idb.save(
      { scope, planId, schemaVersion: 1, revision: 12, savedAt: '2025-04-10T16:30:00.000Z', token: 't-legacy', plan: v1 } as DraftRecord,
      null,
    );
    const el = await idbProvider(planId, scope);
    expect(el.plan?.schemaVersion).to.equal(CURRENT_SCHEMA_VERSION);
    expect(el.plan?.status).to.equal('under-review');
    expect(el.plan?.problems[0]?.goals[0]?.clinicalText).to.equal('Improve mood');
  });

  it('keeps a damaged draft aside, reports draft-corrupt and starts fresh', async () => {
    const planId = uniqueId('corrupt');
    const scope = 'tenant-a';
    await idb.save(
      { scope, planId, schemaVersion: 2, revision: 3, savedAt: '2026-01-01T00:00:00.000Z', token: 't', plan: { schemaVersion: 2, id: planId, status: 'nonsense' } } as DraftRecord,
      null,
    );
    const el = document.createElement('plan-provider');
    el.planId = planId;
    el.scope = scope;
    const error = oneEvent(el, 'draft-error') as Promise<DraftErrorEvent>;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const { detail } = await error;
    expect(detail.code).to.equal('draft-corrupt');
    expect(detail.issues?.join(' ')).to.contain('status');
    await el.ready;
    expect(el.plan?.revision).to.equal(0);
  });

  it('validates a plan set by the host and rejects another patient’s plan', async () => {
    const el = await memoryProvider('plan-A');
    const errors: string[] = [];
    el.addEventListener('draft-error', (e) => errors.push(e.detail.code));
    el.plan = { nonsense: true };
    el.plan = createPlan('plan-B');
    // Judged once the host's update settles: plan-id might have been set right after plan.
    await el.updateComplete;
    expect(errors).to.deep.equal(['invalid-plan', 'plan-id-mismatch']);
    expect(el.plan?.id).to.equal('plan-A');
    const changes: PlanChangeEvent[] = [];
    el.addEventListener('plan-change', (e) => changes.push(e));
    el.plan = { ...createPlan('plan-A'), client: { hostId: 'MRN-9' } };
    expect(el.plan?.client?.hostId).to.equal('MRN-9');
    expect(changes[0]?.detail.origin).to.equal('replace');
  });

  it('shows a visible message and fires invalid-attribute when plan-id is missing', async () => {
    const el = document.createElement('plan-provider');
    const error = oneEvent(el, 'draft-error') as Promise<DraftErrorEvent>;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const { detail } = await error;
    expect(detail.code).to.equal('invalid-attribute');
    expect(detail.message).to.contain('plan-id');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="config-error"]')!.textContent).to.contain('plan-id');
    await expect(el).to.be.accessible();
  });

  it('switching plan-id never shows the previous plan', async () => {
    const el = await memoryProvider('first-plan');
    el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-A', displayName: 'Client A' } });
    el.planId = 'second-plan';
    await el.updateComplete;
    await el.ready;
    expect(el.plan?.id).to.equal('second-plan');
    expect(el.plan?.client).to.equal(undefined);
  });

  it('encrypts drafts at rest with encryptionKey and restores them with the key', async () => {
    const key = await generateDraftKey();
    const planId = uniqueId('enc');
    const el = await idbProvider(planId, 'tenant-a', { encryptionKey: key });
    const saved = nextSave(el);
    el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-7', displayName: 'Secret Name' } });
    expect((await saved).detail.encrypted).to.equal(true);
    const raw = (await idb.load('tenant-a', planId)) as DraftRecord;
    expect(raw.plan).to.equal(undefined);
    expect(raw.encrypted?.alg).to.equal('AES-GCM');
    expect(JSON.stringify(raw)).to.not.contain('Secret Name');
    el.remove();

    // Without the key: locked, not overwritten.
    const locked = document.createElement('plan-provider');
    locked.planId = planId;
    locked.scope = 'tenant-a';
    const error = oneEvent(locked, 'draft-error') as Promise<DraftErrorEvent>;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(locked);
    expect((await error).detail.code).to.equal('draft-locked');
    await locked.ready;
    locked.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'other' } });
    await locked.flush();
    expect(((await idb.load('tenant-a', planId)) as DraftRecord).token).to.equal(raw.token);

    // Setting the key opens it.
    const restored = oneEvent(locked, 'draft-restored');
    locked.encryptionKey = key;
    await restored;
    expect(locked.plan?.client?.displayName).to.equal('Secret Name');
  });

  it('reports draft-conflict when another tab saved the same field first, keeps both, and resolves it', async () => {
    const planId = uniqueId('conflict');
    const tabA = await idbProvider(planId, 'tenant-a', { autosaveDelay: 60000 });
    const tabB = await idbProvider(planId, 'tenant-a', { autosaveDelay: 60000 });
    tabA.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-8', displayName: 'From A' } });
    tabB.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-8', displayName: 'From B' } });
    const conflict = oneEvent(tabB, 'draft-conflict') as Promise<DraftConflictEvent>;
    await tabA.flush();
    await tabB.flush();
    const { detail } = await conflict;
    expect(detail).to.include({ planId, source: 'tab', localRevision: 2, storedRevision: 1 });
    expect(detail.conflicts.map((c) => [c.field, c.mine, c.theirs])).to.deep.equal([['displayName', 'From B', 'From A']]);
    // Nothing was lost: the draft holds B's value and keeps A's beside it until someone chooses.
    type Stored = { plan: { client: { displayName: string } }; conflicts?: { theirs: string }[] };
    const saved = (await idb.load('tenant-a', planId)) as Stored;
    expect(saved.plan.client.displayName).to.equal('From B');
    expect(saved.conflicts?.map((c) => c.theirs)).to.deep.equal(['From A']);
    expect(tabB.plan?.client?.displayName).to.equal('From B');
    await tabB.resolveConflict('keep-mine');
    const after = (await idb.load('tenant-a', planId)) as Stored;
    expect(after.plan.client.displayName).to.equal('From B');
    expect(after.conflicts).to.equal(undefined);
  });

  it('clearDraft() removes the stored draft and keeps the page’s plan', async () => {
    const planId = uniqueId('clear');
    const el = await idbProvider(planId);
    el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-10' } });
    await el.flush();
    expect(await idb.load('tenant-a', planId)).to.not.equal(undefined);
    await el.clearDraft();
    expect(await idb.load('tenant-a', planId)).to.equal(undefined);
    expect(el.plan?.client?.hostId).to.equal('MRN-10');
  });

  it('fires review-due when an active plan is opened after its review date', async () => {
    const other = document.createElement('plan-provider');
    other.planId = uniqueId('due');
    other.storage = 'memory';
    other.plan = { ...createPlan(other.planId), status: 'active', review: { intervalDays: 90, nextDue: '2020-01-01' } };
    const due = oneEvent(other, 'review-due');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(other);
    const ev = await due;
    expect(ev.detail.dueDate).to.equal('2020-01-01');
    expect(ev.detail.overdue).to.equal(true);
    expect(ev.detail.daysOverdue).to.be.greaterThan(365);
  });
});

describe('context reaches widgets', () => {
  it('across shadow roots', async () => {
    class Portal extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<section><plan-summary></plan-summary></section>';
      }
    }
    const tag = `portal-panel-${uniqueId('x').replace(/[^a-z0-9-]/g, '')}`;
    customElements.define(tag, Portal);
    const el = await fixture<PlanProvider>(
      html`<plan-provider plan-id="shadow-plan" storage="memory"><div></div></plan-provider>`,
    );
    const panel = document.createElement(tag);
    el.firstElementChild!.append(panel);
    await el.ready;
    el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-11', displayName: 'Deep Shadow' } });
    const summary = panel.shadowRoot!.querySelector('plan-summary') as PlanSummary;
    await summary.updateComplete;
    expect(summary.shadowRoot!.textContent).to.contain('Deep Shadow');
  });

  it('when the provider is defined after the widget', async () => {
    const tag = `late-provider-${uniqueId('y').replace(/[^a-z0-9-]/g, '')}`;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<${tag} plan-id="late-plan" storage="memory"><plan-summary></plan-summary></${tag}>`;
    const summary = host.querySelector('plan-summary') as PlanSummary;
    await summary.updateComplete;
    expect(summary.shadowRoot!.textContent).to.contain('plan provider');
    customElements.define(tag, class extends PlanProvider {});
    const provider = host.firstElementChild as PlanProvider;
    await provider.updateComplete;
    await provider.ready;
    provider.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-12', displayName: 'Late Arrival' } });
    await summary.updateComplete;
    expect(summary.shadowRoot!.textContent).to.contain('Late Arrival');
  });

  it('a widget outside any provider shows a plain message and logs one error', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = await fixture<PlanSummary>(html`<plan-summary></plan-summary>`);
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('needs to be placed inside a plan provider');
      expect(errors).to.have.length(1);
      expect(String(errors[0]![0])).to.contain('<plan-provider');
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });
});

describe('defineElement', () => {
  it('warns instead of throwing when a tag is already defined', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(defineElement('plan-provider', class extends PlanProvider {})).to.equal(false);
      expect(defineElement('plan-provider', PlanProvider)).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('already defined');
    expect(customElements.get('plan-provider')).to.equal(PlanProvider);
  });
});
