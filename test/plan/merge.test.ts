import { expect } from '@open-wc/testing';
import {
  applyCommand,
  createPlan,
  mergePlans,
  mergeThreeWay,
  parsePlan,
  valueAt,
  withValueAt,
  type CommandContext,
  type PlanCommand,
  type TreatmentPlan,
} from '../../src/index.js';

const NOW = '2026-03-10T09:00:00.000Z';
function ctx(): CommandContext {
  let n = 0;
  return { now: NOW, newId: () => `id-${++n}` };
}
function run(plan: TreatmentPlan, ...commands: PlanCommand[]): TreatmentPlan {
  const c = ctx();
  return commands.reduce((p, cmd) => {
    const r = applyCommand(p, cmd, c);
    if (!r.ok) throw new Error(`${cmd.type}: ${r.error.message}`);
    return r.value.plan;
  }, plan);
}

/** Two problems, each with a goal: the common base of the plan merges below. */
const base = run(
  createPlan('p1', '2026-03-01T08:00:00.000Z'),
  { type: 'problem/add', id: 'a', fields: { title: 'Low mood' } },
  { type: 'problem/add', id: 'b', fields: { title: 'Worry' } },
  { type: 'goal/add', problemId: 'a', id: 'ga', fields: { clinicalText: 'Improve mood' } },
  { type: 'goal/add', problemId: 'b', id: 'gb', fields: { clinicalText: 'Worry less' } },
);

describe('mergeThreeWay (values)', () => {
  type Row = [name: string, base: unknown, mine: unknown, theirs: unknown, merged: unknown, conflicts: string[]];
  const rows: Row[] = [
    ['nothing changed', { a: 1 }, { a: 1 }, { a: 1 }, { a: 1 }, []],
    ['only mine changed', { a: 1 }, { a: 2 }, { a: 1 }, { a: 2 }, []],
    ['only theirs changed', { a: 1 }, { a: 1 }, { a: 3 }, { a: 3 }, []],
    ['both changed the same way', { a: 1 }, { a: 2 }, { a: 2 }, { a: 2 }, []],
    ['both changed differently: conflict, mine kept', { a: 1 }, { a: 2 }, { a: 3 }, { a: 2 }, ['a']],
    ['different fields of one object', { a: 1, b: 1 }, { a: 2, b: 1 }, { a: 1, b: 3 }, { a: 2, b: 3 }, []],
    ['a field added on one side', { a: 1 }, { a: 1, b: 'x' }, { a: 1 }, { a: 1, b: 'x' }, []],
    ['a field removed on one side', { a: 1, b: 'x' }, { a: 1 }, { a: 1, b: 'x' }, { a: 1 }, []],
    ['removed on one side, edited on the other: conflict', { b: 'x' }, {}, { b: 'y' }, {}, ['b']],
    ['empty string against a value (boundary: falsy is a value)', { a: 'x' }, { a: '' }, { a: 'y' }, { a: '' }, ['a']],
    ['0 against undefined', { n: 1 }, { n: 0 }, {}, { n: 0 }, ['n']],
    ['no base: equal sides', undefined, { a: 1 }, { a: 1 }, { a: 1 }, []],
    ['no base: differing field', undefined, { a: 1, b: 1 }, { a: 2, b: 1 }, { a: 1, b: 1 }, ['a']],
    ['plain-value lists merge as sets', { l: ['x', 'y'] }, { l: ['x', 'y', 'z'] }, { l: ['y'] }, { l: ['y', 'z'] }, []],
    ['lists of objects without id: conflict', { l: [{ k: 1 }] }, { l: [{ k: 2 }] }, { l: [{ k: 3 }] }, { l: [{ k: 2 }] }, ['l']],
    ['id lists: both add', { l: [{ id: '1' }] }, { l: [{ id: '1' }, { id: 'm' }] }, { l: [{ id: '1' }, { id: 't' }] }, { l: [{ id: '1' }, { id: 't' }, { id: 'm' }] }, []],
    ['id lists: a deletion wins over an untouched entry', { l: [{ id: '1', v: 0 }, { id: '2', v: 0 }] }, { l: [{ id: '2', v: 0 }] }, { l: [{ id: '1', v: 0 }, { id: '2', v: 5 }] }, { l: [{ id: '2', v: 5 }] }, []],
    ['id lists: an edit survives a deletion on the other side', { l: [{ id: '1', v: 0 }] }, { l: [] }, { l: [{ id: '1', v: 9 }] }, { l: [{ id: '1', v: 9 }] }, []],
    ['id lists: deleted on both sides', { l: [{ id: '1' }] }, { l: [] }, { l: [] }, { l: [] }, []],
    ['id lists: same entry, different fields', { l: [{ id: '1', a: 0, b: 0 }] }, { l: [{ id: '1', a: 1, b: 0 }] }, { l: [{ id: '1', a: 0, b: 2 }] }, { l: [{ id: '1', a: 1, b: 2 }] }, []],
    ['id lists: same entry, same field', { l: [{ id: '1', a: 0 }] }, { l: [{ id: '1', a: 1 }] }, { l: [{ id: '1', a: 2 }] }, { l: [{ id: '1', a: 1 }] }, ['l/#1/a']],
    ['object against a string: conflict', { a: 1 }, { a: { x: 1 } }, { a: 'text' }, { a: { x: 1 } }, ['a']],
  ];
  for (const [name, b, m, t, merged, conflicts] of rows) {
    it(name, () => {
      const r = mergeThreeWay(b, m, t);
      expect(r.merged).to.deep.equal(merged);
      expect(r.conflicts.map((c) => c.id)).to.deep.equal(conflicts);
    });
  }
});

describe('mergePlans', () => {
  const edit = (...commands: PlanCommand[]) => run(base, ...commands);

  it('merges edits of different problems, and the revision is above both', () => {
    const mine = edit({ type: 'goal/update', goalId: 'ga', fields: { clientWords: 'Feel like myself again' } });
    const theirs = edit(
      { type: 'problem/update', problemId: 'b', fields: { title: 'Worry most days' } },
      { type: 'goal/update', goalId: 'gb', fields: { priority: 'high' } },
    );
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).to.deep.equal([]);
    expect(merged.problems[0]!.goals[0]!.clientWords).to.equal('Feel like myself again');
    expect(merged.problems[1]!.title).to.equal('Worry most days');
    expect(merged.problems[1]!.goals[0]!.priority).to.equal('high');
    expect(merged.revision).to.equal(Math.max(mine.revision, theirs.revision) + 1);
    expect(parsePlan(merged).ok).to.equal(true);
  });

  it('keeps problems added in both tabs and honours a deletion', () => {
    const mine = edit({ type: 'problem/add', id: 'm', fields: { title: 'Sleep' } });
    const theirs = edit({ type: 'problem/add', id: 't', fields: { title: 'Drinking' } }, { type: 'problem/remove', problemId: 'a' });
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).to.deep.equal([]);
    expect(merged.problems.map((p) => p.id)).to.deep.equal(['b', 't', 'm']);
  });

  it('reports the same field changed differently with both values and where it is', () => {
    const mine = edit({ type: 'problem/update', problemId: 'a', fields: { title: 'Low mood, mornings' } });
    const theirs = edit({ type: 'problem/update', problemId: 'a', fields: { title: 'Low mood since the move' } });
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).to.have.length(1);
    expect(conflicts[0]).to.deep.include({ kind: 'problems', itemId: 'a', field: 'title', mine: 'Low mood, mornings', theirs: 'Low mood since the move' });
    expect(merged.problems[0]!.title).to.equal('Low mood, mornings');
    // Choosing the other value puts it at the same place.
    const chosen = withValueAt(merged, conflicts[0]!.path, conflicts[0]!.theirs);
    expect(chosen.problems[0]!.title).to.equal('Low mood since the move');
    expect(valueAt(chosen, conflicts[0]!.path)).to.equal('Low mood since the move');
    expect(merged.problems[0]!.title, 'withValueAt copies, never mutates').to.equal('Low mood, mornings');
  });

  it('merges intake text typed in two tabs into different sections', () => {
    const mine = edit({ type: 'intake/update', section: 'concerns', values: { inOwnWords: 'Sleeping badly' } });
    const theirs = edit({ type: 'intake/update', section: 'strengths', values: { text: 'Loyal friend' } });
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).to.deep.equal([]);
    expect(merged.assessment.intake.concerns.inOwnWords).to.equal('Sleeping badly');
    expect(merged.assessment.intake.strengths.text).to.equal('Loyal friend');
  });

  it('withValueAt leaves the plan as it is when the entry is gone', () => {
    const gone = edit({ type: 'problem/remove', problemId: 'a' });
    expect(withValueAt(gone, ['problems', { id: 'a' }, 'title'], 'x')).to.equal(gone);
  });

  it('withValueAt removes a field chosen as undefined and keeps the order of the others', () => {
    const root = { a: 1, b: { c: 2, d: 3 }, e: 4 };
    const cleared = withValueAt(root, ['b', 'c'], undefined);
    expect(cleared).to.deep.equal({ a: 1, b: { d: 3 }, e: 4 });
    expect(Object.keys(cleared.b)).to.deep.equal(['d']);
    expect('c' in cleared.b, 'the field is gone, not set to undefined').to.equal(false);
    const replaced = withValueAt(root, ['b'], { x: 1 });
    expect(Object.keys(replaced), 'a replaced field keeps its place').to.deep.equal(['a', 'b', 'e']);
    expect(root.b, 'withValueAt copies, never mutates').to.deep.equal({ c: 2, d: 3 });
  });
});
