// Push/pull against a real FHIR engine (Medplum's router + in-memory repository on a loopback port,
// started by web-test-runner.config.mjs; every write validated against the R4 StructureDefinitions).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import type { SyncConflictEvent, SyncErrorEvent } from '../../src/remote/events.js';
import type { TreatmentPlan } from '../../src/model/plan.js';
import { realisticPlan } from '../fixtures/plan-fhir.js';
import { bigPlan } from '../../bench/fixtures.js';

interface ServerInfo {
  baseUrl: string;
  stats: { writes: number; invalid: number; requests: number; transactions: number };
}
const server = (action?: 'reset' | 'down' | 'up') => executeServerCommand<ServerInfo, { action?: string }>('fhir-server', { action });

let n = 0;
const PLAN_ID = realisticPlan().id;
async function device(plan: TreatmentPlan | undefined, baseUrl: string, attrs: { sync?: 'auto'; scope?: string } = {}): Promise<PlanProvider> {
  const el = await fixture<PlanProvider>(
    html`<plan-provider plan-id=${plan?.id ?? PLAN_ID} scope=${attrs.scope ?? `sync-${++n}`} storage="memory" autosave-delay="0" sync=${attrs.sync ?? 'manual'}></plan-provider>`,
  );
  await el.ready;
  if (plan) el.plan = plan;
  el.remote = { baseUrl, patient: 'Patient/p-123' };
  return el;
}

const rename = (el: PlanProvider, displayName: string) =>
  el.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-20931', displayName } });

async function serverCarePlan(baseUrl: string, el: PlanProvider) {
  const bundle = await el.exportFhir({ bundleType: 'transaction' });
  const r = await fetch(`${baseUrl}/CarePlan/${bundle!.entry[0]!.resource.id}`);
  return (await r.json()) as { meta: { versionId: string }; subject: { reference?: string; display?: string } };
}

describe('sync with a FHIR server (Medplum engine, loopback)', () => {
  let baseUrl = '';
  beforeEach(async () => {
    baseUrl = (await server('reset')).baseUrl;
  });

  it('device A pushes a transaction the server accepts whole; a fresh browser pulls the same plan', async () => {
    const a = await device(realisticPlan(), baseUrl);
    await expect(a).to.be.accessible();
    const pushed = await a.push();
    expect(pushed).to.include({ ok: true, direction: 'push' });
    const { stats } = await server();
    const bundle = await a.exportFhir({ bundleType: 'transaction' });
    expect(stats.writes).to.equal(bundle!.entry.length);
    expect(stats.invalid).to.equal(0);
    const cp = await serverCarePlan(baseUrl, a);
    expect(cp.subject.reference).to.equal('Patient/p-123');

    const b = await device(undefined, baseUrl);
    const synced = oneEvent(b, 'synced');
    const pulled = await b.pull();
    expect(pulled).to.include({ ok: true });
    expect((await synced).detail.direction).to.equal('pull');
    expect(b.plan).to.deep.equal(a.plan);
  });

  it('pushing twice creates nothing twice (PUT by stable ids)', async () => {
    const a = await device(realisticPlan(), baseUrl);
    await a.push();
    const r = await fetch(`${baseUrl}/Goal?subject=Patient/p-123&_count=1000`);
    const before = ((await r.json()) as { entry?: unknown[] }).entry?.length;
    rename(a, 'Maya K.');
    expect((await a.push()).ok).to.equal(true);
    const after = ((await (await fetch(`${baseUrl}/Goal?subject=Patient/p-123&_count=1000`)).json()) as { entry?: unknown[] }).entry?.length;
    expect(after).to.equal(before);
    expect((await serverCarePlan(baseUrl, a)).subject.display).to.equal('Maya K.');
  });

  it('concurrent pushes from two devices: exactly one sync-conflict, nothing overwritten, pull keeps the local copy', async () => {
    const a = await device(realisticPlan(), baseUrl);
    await a.push();
    const b = await device(undefined, baseUrl);
    await b.pull();
    rename(a, 'Edited on A');
    rename(b, 'Edited on B');
    const conflicts: SyncConflictEvent[] = [];
    const heard = (e: SyncConflictEvent) => conflicts.push(e);
    a.addEventListener('sync-conflict', heard);
    b.addEventListener('sync-conflict', heard);
    const results = await Promise.all([a.push(), b.push()]);
    expect(conflicts).to.have.length(1);
    expect(results.filter((r) => r.ok)).to.have.length(1);
    const winner = results[0]!.ok ? a : b;
    const loser = winner === a ? b : a;
    expect((await serverCarePlan(baseUrl, a)).subject.display).to.equal(winner.plan!.client!.displayName);
    expect(conflicts[0]!.detail.localRevision).to.equal(loser.plan!.revision);
    // The loser's edit is still on its page, and kept aside when it pulls the server's plan.
    const lost = loser.plan!.client!.displayName;
    const pulled = await loser.pull();
    expect(pulled.ok && pulled.keptCopy).to.be.a('string');
    expect(loser.plan!.client!.displayName).to.equal(winner.plan!.client!.displayName);
    const restored = await loser.restoreSetAside((pulled.ok && pulled.keptCopy) || '');
    expect(restored.ok && restored.value.client?.displayName).to.equal(lost);
  });

  it('server down: sync-error with retrying, the edit stays in the draft and arrives after recovery', async () => {
    const a = await device(realisticPlan(), baseUrl, { sync: 'auto' });
    await a.push();
    await server('down');
    try {
      const failed = oneEvent(a, 'sync-error') as Promise<SyncErrorEvent>;
      rename(a, 'Written offline');
      const { detail } = await failed;
      expect(detail).to.include({ code: 'offline', retrying: true });
      expect(a.plan!.client!.displayName).to.equal('Written offline');
    } finally {
      await server('up');
    }
    await oneEvent(a, 'synced');
    expect((await serverCarePlan(baseUrl, a)).subject.display).to.equal('Written offline');
  });

  it('a manual push while offline says it will not retry by itself', async () => {
    const a = await device(realisticPlan(), baseUrl);
    await server('down');
    try {
      const r = await a.push();
      expect(r).to.include({ ok: false, code: 'offline', retrying: false });
    } finally {
      await server('up');
    }
    expect((await a.push()).ok).to.equal(true);
  });

  it('the large plan (100 goals × 5 objectives, 1,000 entries) syncs', async () => {
    const plan = bigPlan(PLAN_ID);
    const a = await device(plan, baseUrl);
    const r = await a.push();
    expect(r.ok).to.equal(true);
    expect((await server()).stats.invalid).to.equal(0);
    const b = await device(undefined, baseUrl);
    expect((await b.pull()).ok).to.equal(true);
    expect(b.plan).to.deep.equal(a.plan);
  });

  it('after a reload in auto mode, edits made offline are pushed (not replaced by the server plan)', async () => {
    const scope = `sync-reload-${++n}`;
    const a = await device(realisticPlan(), baseUrl, { scope });
    await a.push();
    await server('down');
    try {
      rename(a, 'Offline, then reloaded');
      expect((await a.push()).ok).to.equal(false);
    } finally {
      await server('up');
    }
    const offlinePlan = a.plan!;
    a.remove();
    // The page comes back with its draft (here handed over as the restored plan) and sync="auto".
    const synced = new Promise<CustomEvent<{ direction: string }>>((resolve) => document.addEventListener('synced', (e) => resolve(e as CustomEvent<{ direction: string }>), { once: true }));
    const b = await device(offlinePlan, baseUrl, { scope, sync: 'auto' });
    expect((await synced).detail.direction).to.equal('push');
    expect(b.plan!.client!.displayName).to.equal('Offline, then reloaded');
    expect((await serverCarePlan(baseUrl, b)).subject.display).to.equal('Offline, then reloaded');
  });
});
