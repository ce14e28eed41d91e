import { expect } from '@open-wc/testing';
import { createPlan, parsePlan, SAFETY_PLAN_STEPS, type TreatmentPlan } from '../../src/model/index.js';
import { applyCommand } from '../../src/plan/reducer.js';

const ctx = (minute: number) => ({ now: `2026-11-24T10:${String(minute).padStart(2, '0')}:00.000Z`, newId: () => `line-${minute}` });

function apply(plan: TreatmentPlan, command: unknown, minute = 1) {
  return applyCommand(plan, command, ctx(minute));
}

function must(plan: TreatmentPlan, command: unknown, minute = 1): TreatmentPlan {
  const r = apply(plan, command, minute);
  if (!r.ok) throw new Error(r.error.message);
  expect(parsePlan(r.value.plan).ok, 'the plan still parses').to.equal(true);
  return r.value.plan;
}

describe('safety plan commands', () => {
  it('an older plan without a safety plan is still valid', () => {
    const plan = createPlan('p');
    expect(plan.safetyPlan).to.equal(undefined);
    expect(parsePlan(plan).ok).to.equal(true);
  });

  it('adds an empty plan with the seven steps in order, once', () => {
    const plan = must(createPlan('p'), { type: 'safety/add-plan' });
    expect(Object.keys(plan.safetyPlan!.steps)).to.deep.equal([...SAFETY_PLAN_STEPS]);
    expect(Object.values(plan.safetyPlan!.steps).every((l) => l.length === 0)).to.equal(true);
    expect(plan.safetyPlan!.createdAt).to.equal('2026-11-24T10:01:00.000Z');
    const again = apply(plan, { type: 'safety/add-plan' });
    expect(again.ok ? '' : again.error.message).to.equal('This plan already has a safety plan.');
  });

  it('adds, edits (every keystroke) and removes lines of one step, stamping updatedAt', () => {
    let plan = must(createPlan('p'), { type: 'safety/add-plan' }, 1);
    plan = must(plan, { type: 'safety/add-line', step: 'helpers', id: 'sister' }, 2);
    plan = must(plan, { type: 'safety/add-line', step: 'helpers', text: 'Neighbour, Tom' }, 3);
    for (const [i, text] of ['C', 'Ca', 'Call Ania'].entries()) plan = must(plan, { type: 'safety/update-line', step: 'helpers', lineId: 'sister', text }, 4 + i);
    expect(plan.safetyPlan!.steps.helpers).to.deep.equal([
      { id: 'sister', text: 'Call Ania' },
      { id: 'line-3', text: 'Neighbour, Tom' },
    ]);
    expect(plan.safetyPlan!.updatedAt).to.equal('2026-11-24T10:06:00.000Z');
    plan = must(plan, { type: 'safety/remove-line', step: 'helpers', lineId: 'sister' }, 7);
    expect(plan.safetyPlan!.steps.helpers.map((l) => l.id)).to.deep.equal(['line-3']);
    expect(plan.safetyPlan!.steps.warningSigns).to.deep.equal([]);
  });

  const base = must(must(createPlan('p'), { type: 'safety/add-plan' }), { type: 'safety/add-line', step: 'warningSigns', id: 'w1' }, 2);
  const refusals: [string, TreatmentPlan, Record<string, unknown>, string][] = [
    ['a line before there is a plan', createPlan('p'), { type: 'safety/add-line', step: 'helpers' }, 'no safety plan yet'],
    ['an edit before there is a plan', createPlan('p'), { type: 'safety/update-line', step: 'helpers', lineId: 'x', text: 'a' }, 'no safety plan yet'],
    ['a line id already used in another step', base, { type: 'safety/add-line', step: 'helpers', id: 'w1' }, 'is taken'],
    ['an edit of a line in the wrong step', base, { type: 'safety/update-line', step: 'helpers', lineId: 'w1', text: 'a' }, 'no line with id "w1"'],
    ['removing an unknown line', base, { type: 'safety/remove-line', step: 'warningSigns', lineId: 'nope' }, 'no line with id "nope"'],
    ['an unknown step', base, { type: 'safety/add-line', step: 'hobbies' }, 'step'],
  ];
  for (const [name, plan, command, text] of refusals) {
    it(`refuses ${name}`, () => {
      const r = apply(plan, command, 9);
      expect(r.ok).to.equal(false);
      expect(r.ok ? '' : r.error.message).to.contain(text);
    });
  }

  it('a stored plan with a repeated line id is refused whole', () => {
    const plan = must(base, { type: 'safety/add-line', step: 'helpers', id: 'h1' }, 3);
    const broken = { ...plan, safetyPlan: { ...plan.safetyPlan!, steps: { ...plan.safetyPlan!.steps, helpers: [{ id: 'w1', text: '' }] } } };
    expect(parsePlan(broken).ok).to.equal(false);
  });
});
