import { expect } from '@open-wc/testing';
import { createPlan, type Goal, type Objective, type Problem, type TreatmentPlan } from '../../src/model/index.js';
import { allObjectives, findGoal, findObjective, mapGoal, mapObjective, mapProblem, mergePatch, moveById } from '../../src/model/tree.js';

// The problem → goal → objective tree: found where it is, copied only along the path to a change,
// `undefined` for an id that is not there; moves clamped at both ends.

const AT = '2026-01-01T00:00:00.000Z';
const objective = (id: string): Objective => ({
  id,
  clinicalText: `Objective ${id}`,
  proposedBy: 'clinician',
  priority: 'medium',
  status: 'active',
  createdAt: AT,
  measure: { kind: 'count', label: 'attacks' },
});
const goal = (id: string, objectives: Objective[]): Goal => ({
  id,
  clinicalText: `Goal ${id}`,
  proposedBy: 'clinician',
  priority: 'medium',
  status: 'active',
  createdAt: AT,
  objectives,
});
const problem = (id: string, goals: Goal[]): Problem => ({ id, title: `Problem ${id}`, evidencedBy: [], areas: [], createdAt: AT, goals });

/** p1: g1 (o1, o2), g2 (o3); p2: g3 (o4). */
const tree = (): TreatmentPlan => ({
  ...createPlan('plan', AT),
  problems: [problem('p1', [goal('g1', [objective('o1'), objective('o2')]), goal('g2', [objective('o3')])]), problem('p2', [goal('g3', [objective('o4')])])],
});

describe('model/tree', () => {
  const goalCases: [string, string | undefined][] = [
    ['g1', 'p1'],
    ['g2', 'p1'],
    ['g3', 'p2'],
    ['nope', undefined],
    ['o1', undefined], // an objective's id is not a goal
  ];
  for (const [id, problemId] of goalCases) {
    it(`findGoal(${id}) → ${problemId ?? 'not found'}`, () => {
      const found = findGoal(tree(), id);
      expect(found?.problem.id).to.equal(problemId);
      expect(found?.goal.id).to.equal(problemId ? id : undefined);
    });
  }

  const objectiveCases: [string, string | undefined, string | undefined][] = [
    ['o1', 'g1', 'p1'],
    ['o2', 'g1', 'p1'],
    ['o3', 'g2', 'p1'],
    ['o4', 'g3', 'p2'],
    ['nope', undefined, undefined],
    ['g1', undefined, undefined],
  ];
  for (const [id, goalId, problemId] of objectiveCases) {
    it(`findObjective(${id}) → ${goalId ? `${problemId}/${goalId}` : 'not found'}`, () => {
      const found = findObjective(tree(), id);
      expect([found?.problem.id, found?.goal.id, found?.objective.id]).to.deep.equal(goalId ? [problemId, goalId, id] : [undefined, undefined, undefined]);
    });
  }

  it('allObjectives lists every objective in plan order (and none for an empty plan)', () => {
    expect(allObjectives(tree()).map((o) => o.id)).to.deep.equal(['o1', 'o2', 'o3', 'o4']);
    expect(allObjectives(createPlan('empty', AT))).to.deep.equal([]);
  });

  it('mapObjective copies only the path to the change', () => {
    const before = tree();
    const after = mapObjective(before, 'o3', (o) => ({ ...o, clinicalText: 'changed' }))!;
    expect(findObjective(after, 'o3')!.objective.clinicalText).to.equal('changed');
    expect(after.problems[1]).to.equal(before.problems[1]);
    expect(after.problems[0]!.goals[0]).to.equal(before.problems[0]!.goals[0]);
    expect(after.problems[0]!.goals[1]).to.not.equal(before.problems[0]!.goals[1]);
    expect(findObjective(before, 'o3')!.objective.clinicalText).to.equal('Objective o3');
  });

  it('mapGoal and mapProblem change the one item, in place in its list', () => {
    const g = mapGoal(tree(), 'g2', (x) => ({ ...x, priority: 'high' }))!;
    expect(g.problems[0]!.goals.map((x) => [x.id, x.priority])).to.deep.equal([
      ['g1', 'medium'],
      ['g2', 'high'],
    ]);
    const p = mapProblem(tree(), 'p2', (x) => ({ ...x, title: 'Sleep' }))!;
    expect(p.problems.map((x) => x.title)).to.deep.equal(['Problem p1', 'Sleep']);
  });

  const missing: [string, (plan: TreatmentPlan) => TreatmentPlan | undefined][] = [
    ['mapProblem', (plan) => mapProblem(plan, 'nope', (x) => x)],
    ['mapGoal', (plan) => mapGoal(plan, 'nope', (x) => x)],
    ['mapObjective', (plan) => mapObjective(plan, 'nope', (x) => x)],
  ];
  for (const [name, map] of missing) {
    it(`${name} of an id that is not there → undefined`, () => expect(map(tree())).to.equal(undefined));
  }

  const moves: [string, number, string[]][] = [
    ['b', 0, ['b', 'a', 'c', 'd']],
    ['b', 1, ['a', 'b', 'c', 'd']],
    ['b', 3, ['a', 'c', 'd', 'b']],
    ['b', 99, ['a', 'c', 'd', 'b']], // clamped to the end
    ['c', -5, ['c', 'a', 'b', 'd']], // clamped to the start
    ['a', 2, ['b', 'c', 'a', 'd']],
    ['d', 0, ['d', 'a', 'b', 'c']],
  ];
  for (const [id, to, expected] of moves) {
    it(`moveById(${id} → ${to}) gives ${expected.join('')}`, () => {
      const list = ['a', 'b', 'c', 'd'].map((x) => ({ id: x }));
      const out = moveById(list, id, to)!;
      expect(out.map((x) => x.id)).to.deep.equal(expected);
      expect(list.map((x) => x.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    });
  }

  it('moveById of a missing id → undefined; of the only item → a copy with it', () => {
    expect(moveById([{ id: 'a' }], 'x', 0)).to.equal(undefined);
    expect(moveById([{ id: 'a' }], 'a', 5)).to.deep.equal([{ id: 'a' }]);
  });

  it('mergePatch: an explicit undefined removes the field, other values replace, the target is untouched', () => {
    const target = { a: 1, b: 'x', c: true } as { a?: number; b?: string; c?: boolean };
    const out = mergePatch(target, { a: undefined, b: 'y' });
    expect(out).to.deep.equal({ b: 'y', c: true });
    expect('a' in out).to.equal(false);
    expect(target).to.deep.equal({ a: 1, b: 'x', c: true });
  });
});
