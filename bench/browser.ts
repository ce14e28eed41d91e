import '../src/define.js';
import { IndexedDbDraftRepository, type PlanProvider } from '../src/index.js';
import { bigPlan } from './fixtures.js';
import { storeThroughput } from './store.js';

async function time<T>(fn: () => Promise<T> | T): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function run() {
  const results: Record<string, number> = {};
  const store = storeThroughput();
  results['store: 10,000 commands (ms)'] = store.ms;
  results['store: commands per second'] = store.perSecond;

  const plan = bigPlan('bench-draft');
  const repo = new IndexedDbDraftRepository('tpk-bench');
  const record = { scope: 'bench', planId: plan.id, schemaVersion: 2, revision: 1, savedAt: new Date().toISOString(), token: 't1', plan };
  await repo.save({ ...record, token: 't0' }, null); // warm up the database
  results['draft: save big plan (ms)'] = await time(() => repo.save(record, 't0'));

  // Restore through the provider (read + migrate + validate + publish), as on a reload.
  const el = document.createElement('plan-provider') as PlanProvider;
  el.planId = plan.id;
  el.scope = 'bench';
  el.draftRepository = repo;
  results['draft: restore big plan via provider (ms)'] = await time(async () => {
    document.body.append(el);
    await el.ready;
  });

  for (const tag of ['plan-summary', 'goal-editor', 'progress-timeline', 'modality-picker', 'assessment-form']) {
    const w = document.createElement(tag);
    results[`render: <${tag}> with the big plan (ms)`] = await time(async () => {
      el.append(w);
      await (w as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await frame();
    });
  }
  const editor = el.querySelector('goal-editor')!;
  results['edit: one objective change re-rendered (ms)'] = await time(async () => {
    el.store!.dispatch({ type: 'objective/update', objectiveId: 'o0-0-0', fields: { clientWords: 'Only one bad day a week, maybe none' } });
    await (editor as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await frame();
  });
  el.remove();
  await repo.close();
  indexedDB.deleteDatabase('tpk-bench');
  return results;
}

(window as unknown as { benchResult: Promise<Record<string, number>> }).benchResult = run();
