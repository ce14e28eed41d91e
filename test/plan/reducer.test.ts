import { expect } from '@open-wc/testing';
import { applyAll, commandContext } from '../helpers/commands.js';
import { errorOf, okValue } from '../helpers/result.js';
import { createPlan, type PlanStatus, type TreatmentPlan } from '../../src/model/index.js';
import { applyCommand, type PlanCommand } from '../../src/plan/reducer.js';
import type { CommandContext } from '../../src/plan/define.js';
import { agreedAndSigned } from '../helpers/signing.js';

const NOW = '2026-03-10T09:00:00.000Z';
const ctx = (): CommandContext => commandContext(NOW);
const base = () => createPlan('p1', '2026-03-01T08:00:00.000Z');

function run(plan: TreatmentPlan, ...commands: PlanCommand[]): TreatmentPlan {
  return applyAll(plan, commands, ctx());
}

describe('applyCommand', () => {
  it('never mutates the plan and stamps revision and updatedAt', () => {
    const plan = base();
    const frozen = JSON.stringify(plan);
    const r = applyCommand(plan, { type: 'plan/set-client', client: { hostId: 'MRN-1', displayName: 'Ana' } }, ctx());
    expect(JSON.stringify(plan)).to.equal(frozen);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value.plan).to.not.equal(plan);
    expect(r.value.plan.revision).to.equal(1);
    expect(r.value.plan.updatedAt).to.equal(NOW);
    expect(r.value.plan.client).to.deep.equal({ hostId: 'MRN-1', displayName: 'Ana' });
  });

  const invalid: [string, unknown, string][] = [
    ['an unknown type', { type: 'plan/explode' }, 'invalid-command'],
    ['no type', {}, 'invalid-command'],
    ['a bad status', { type: 'plan/set-status', status: 'done' }, 'invalid-command'],
    ['a review interval of 0 days', { type: 'plan/set-review-interval', intervalDays: 0 }, 'invalid-command'],
    ['a goal under a missing problem', { type: 'goal/add', problemId: 'nope', fields: {} }, 'command-rejected'],
    ['an intake field of the wrong type', { type: 'intake/update', section: 'preferences', values: { format: 'by pigeon' } }, 'invalid-command'],
    ['an unknown intake section', { type: 'intake/update', section: 'horoscope', values: {} }, 'invalid-command'],
  ];
  for (const [name, command, code] of invalid) {
    it(`rejects ${name} with ${code} and keeps the plan`, () => {
      const plan = base();
      const r = applyCommand(plan, command, ctx());
      expect(errorOf(r).code).to.equal(code);
    });
  }

  const transitions: [PlanStatus, PlanStatus, boolean][] = [
    ['draft', 'completed', false],
    ['draft', 'under-review', false],
    // Only once agreed and signed (test/model/signing.test.ts); a status change alone is refused.
    ['draft', 'active', false],
    ['active', 'under-review', true],
    ['under-review', 'active', true],
    ['active', 'completed', true],
    ['completed', 'active', false],
    ['discontinued', 'draft', false],
  ];
  for (const [from, to, allowed] of transitions) {
    it(`status ${from} → ${to} is ${allowed ? 'allowed' : 'rejected'}`, () => {
      const plan = { ...base(), status: from };
      const r = applyCommand(plan, { type: 'plan/set-status', status: to }, ctx());
      if (!allowed) {
        expect(errorOf(r).code).to.equal('command-rejected');
        return;
      }
      const next = okValue(r).plan;
      expect(next.status).to.equal(to);
      const last = next.timeline.filter((e) => e.kind === 'status').at(-1);
      expect(last).to.include({ from, to });
    });
  }

  it('discontinuing needs a reason', () => {
    const r = applyCommand(base(), { type: 'plan/set-status', status: 'discontinued' }, ctx());
    expect(r.ok).to.equal(false);
    const ok = applyCommand(base(), { type: 'plan/set-status', status: 'discontinued', reason: 'Client moved away' }, ctx());
    expect(ok.ok).to.equal(true);
  });

  it('activation (by signing an agreed draft) records version 1 with a change summary and schedules the review', async () => {
    const draft = run(
      base(),
      { type: 'problem/add', id: 'pr1', fields: { title: 'Panic attacks' } },
      { type: 'goal/add', problemId: 'pr1', id: 'g1', fields: { clinicalText: 'Reduce panic symptoms' } },
      { type: 'objective/add', goalId: 'g1', id: 'o1', fields: { clinicalText: 'Panic attacks from 7/week to 1/week', measure: { kind: 'count', label: 'panic attacks', unit: 'per week', baseline: 7, target: 1, direction: 'decrease' } } },
    );
    const plan = await agreedAndSigned(draft, ctx());
    expect(plan.status).to.equal('active');
    expect(plan.version).to.equal(1);
    expect(plan.versions).to.have.length(1);
    expect(plan.review.nextDue).to.equal('2026-06-08');
    const rev = plan.timeline.find((e) => e.kind === 'revision');
    expect(rev && rev.kind === 'revision' && rev.changes.map((c) => `${c.kind} ${c.subject}: ${c.item}`)).to.deep.equal([
      'added problem: Panic attacks',
      'added goal: Reduce panic symptoms',
      'added objective: Panic attacks from 7/week to 1/week',
    ]);
  });

  it('edits and moves within the problem → goal → objective tree', () => {
    const plan = run(
      base(),
      { type: 'problem/add', id: 'a', fields: { title: 'Low mood' } },
      { type: 'problem/add', id: 'b', fields: { title: 'Worry' } },
      { type: 'goal/add', problemId: 'a', id: 'g1', fields: { clinicalText: 'Improve mood', clientWords: 'Feel like myself again' } },
      { type: 'goal/add', problemId: 'a', id: 'g2', fields: { clinicalText: 'Re-engage with friends' } },
      { type: 'goal/move', goalId: 'g2', toIndex: 0 },
      { type: 'problem/move', problemId: 'b', toIndex: 0 },
      { type: 'goal/update', goalId: 'g1', fields: { priority: 'high', clientWords: undefined } },
      { type: 'problem/remove', problemId: 'b' },
    );
    expect(plan.problems.map((p) => p.id)).to.deep.equal(['a']);
    expect(plan.problems[0]!.goals.map((g) => g.id)).to.deep.equal(['g2', 'g1']);
    const g1 = plan.problems[0]!.goals[1]!;
    expect(g1.priority).to.equal('high');
    expect('clientWords' in g1).to.equal(false);
    expect(plan.revision).to.equal(8);
  });

  it('merges intake fields and clears undefined ones', () => {
    const plan = run(
      base(),
      { type: 'intake/update', section: 'preferences', values: { structure: 'structured', format: 'telehealth' } },
      { type: 'intake/update', section: 'preferences', values: { format: undefined, language: 'Spanish' } },
    );
    expect(plan.assessment.intake.preferences).to.deep.equal({ structure: 'structured', language: 'Spanish' });
  });

  // A required field sent as `undefined` would leave an item the plan schema rejects (a draft that no
  // longer restores); an optional one sent as `undefined` is cleared.
  const tree = (): TreatmentPlan =>
    run(
      base(),
      { type: 'phase/add', id: 'ph1', fields: { title: 'First weeks' } },
      { type: 'problem/add', id: 'a', fields: { title: 'Low mood' } },
      { type: 'goal/add', problemId: 'a', id: 'g1', fields: { clinicalText: 'Improve mood' } },
      { type: 'objective/add', goalId: 'g1', id: 'o1', fields: { clinicalText: 'Walk 3 times a week' } },
      { type: 'intervention/add', id: 'iv1', modalityId: 'cbt', fields: { objectiveIds: ['o1'], rationale: 'Fits the plan' } },
      { type: 'homework/add', interventionId: 'iv1', id: 'hw1', fields: { what: 'Thought record', frequency: 'daily' } },
    );
  const refused: [string, unknown, string, string][] = [
    ['an approach’s techniques', { type: 'intervention/update', interventionId: 'iv1', fields: { techniques: undefined } }, 'invalid-command', 'fields.techniques'],
    ['an approach’s linked objectives', { type: 'intervention/update', interventionId: 'iv1', fields: { objectiveIds: undefined } }, 'invalid-command', 'fields.objectiveIds'],
    ['an objective’s measure', { type: 'objective/update', objectiveId: 'o1', fields: { measure: undefined } }, 'invalid-command', 'fields.measure'],
    ['a goal’s status', { type: 'goal/update', goalId: 'g1', fields: { status: undefined } }, 'invalid-command', 'fields.status'],
    ['a problem’s title', { type: 'problem/update', problemId: 'a', fields: { title: undefined } }, 'invalid-command', 'fields.title'],
    ['a homework’s wording', { type: 'homework/update', interventionId: 'iv1', homeworkId: 'hw1', fields: { what: undefined } }, 'invalid-command', 'fields.what'],
    ['a new goal on hold without a reason', { type: 'goal/add', problemId: 'a', fields: { status: 'on-hold' } }, 'command-rejected', 'Say why it is on hold.'],
    ['a new goal in a phase that does not exist', { type: 'goal/add', problemId: 'a', fields: { phaseId: 'nope' } }, 'command-rejected', 'No phase with id "nope"'],
  ];
  for (const [name, command, code, says] of refused) {
    it(`refuses to clear ${name} or break a rule (${code}), and keeps the plan`, () => {
      const plan = tree();
      const r = applyCommand(plan, command, ctx());
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(r.error.code).to.equal(code);
      expect(r.error.message).to.contain(says);
    });
  }

  it('clears an optional field sent as undefined', () => {
    const plan = run(
      tree(),
      { type: 'intervention/update', interventionId: 'iv1', fields: { rationale: undefined } },
      { type: 'goal/update', goalId: 'g1', fields: { phaseId: 'ph1' } },
      { type: 'goal/update', goalId: 'g1', fields: { phaseId: undefined } },
    );
    expect('rationale' in plan.interventions[0]!).to.equal(false);
    expect('phaseId' in plan.problems[0]!.goals[0]!).to.equal(false);
  });
});

describe('goal/set-status and objective/set-status: the reason', () => {
  const withGoal = () =>
    run(
      base(),
      { type: 'problem/add', id: 'pr', fields: { title: 'Low mood' } },
      { type: 'goal/add', problemId: 'pr', id: 'g', fields: { clinicalText: 'Feel better' } },
      { type: 'objective/add', goalId: 'g', id: 'o', fields: { clinicalText: 'Walk daily' } },
      { type: 'goal/set-status', goalId: 'g', status: 'on-hold', reason: 'Client travelling' },
      { type: 'objective/set-status', objectiveId: 'o', status: 'on-hold', reason: 'Injured knee' },
    );
  const goal = (p: TreatmentPlan) => p.problems[0]!.goals[0]!;
  for (const [reason, kept] of [
    [undefined, undefined],
    ['', undefined],
    ['   ', undefined],
    ['Back home', 'Back home'],
  ] as const) {
    it(`a reason of ${JSON.stringify(reason)} leaves ${JSON.stringify(kept)}`, () => {
      const p = run(
        withGoal(),
        { type: 'goal/set-status', goalId: 'g', status: 'proposed', ...(reason === undefined ? {} : { reason }) },
        { type: 'objective/set-status', objectiveId: 'o', status: 'proposed', ...(reason === undefined ? {} : { reason }) },
      );
      expect(goal(p).status).to.equal('proposed');
      expect(goal(p).statusReason).to.equal(kept);
      expect(goal(p).objectives[0]!.statusReason).to.equal(kept);
      expect('statusReason' in goal(p)).to.equal(kept !== undefined);
    });
  }
});
