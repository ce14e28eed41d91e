import { expect } from '@open-wc/testing';
import { PlanStore, createPlan, type PlanCommand } from '../../src/index.js';
import { COMMANDS } from '../../src/plan/reducer.js';
import { registerCommands } from '../../src/plan/registry.js';

// A store applies the commands loaded on its page (each widget registers those it sends); these tests send any.
registerCommands(COMMANDS);

const NOW = new Date('2026-11-20T10:00:00.000Z');

/** A store whose plan has one problem, `pr`, titled "Start", and a listener counting notifications. */
function store(): { s: PlanStore; heard: () => number } {
  const s = new PlanStore(createPlan('preview', NOW), { clock: () => NOW, newId: () => 'x' });
  s.dispatch({ type: 'problem/add', id: 'pr', fields: { title: 'Start' } });
  let n = 0;
  s.subscribe(() => n++);
  return { s, heard: () => n };
}

// `preview` is how a widget shows what a command would do (the review's "creates plan version N")
// without carrying the reducer in its own entry (issue 16). It must never change the plan.
describe('PlanStore.preview', () => {
  const cases: { name: string; command: PlanCommand; ok: boolean; outcome: string }[] = [
    { name: 'a valid change: the plan it would make', command: { type: 'problem/update', problemId: 'pr', fields: { title: 'Later' } }, ok: true, outcome: 'Later' },
    { name: 'no change at all: the same plan', command: { type: 'problem/update', problemId: 'pr', fields: { title: 'Start' } }, ok: true, outcome: 'Start' },
    { name: 'a problem that does not exist: the typed error', command: { type: 'problem/update', problemId: 'nope', fields: { title: 'X' } }, ok: false, outcome: 'command-rejected' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { s, heard } = store();
      const before = s.plan;
      const r = s.preview(c.command);
      expect(r.ok).to.equal(c.ok);
      // The title the plan would have, or the error's code.
      expect(r.ok ? r.value.problems[0]!.title : r.error.code).to.equal(c.outcome);
      // Nothing changed and nobody was told; undo history is untouched.
      expect(s.plan).to.equal(before);
      expect(heard()).to.equal(0);
      expect(s.canUndo).to.equal(true);
      expect(s.undo()).to.equal(true);
      expect(s.plan.problems).to.deep.equal([]);
    });
  }
});
