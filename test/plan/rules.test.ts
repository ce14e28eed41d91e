import { expect } from '@open-wc/testing';
import { commandContext } from '../helpers/commands.js';
import type { TreatmentPlan } from '../../src/model/plan.js';
import type { CommandContext } from '../../src/plan/define.js';
import { applyCommand } from '../../src/plan/reducer.js';
import {
  GOAL_STATUSES,
  interventionRule,
  itemStatusRule,
  planStatusRule,
  ruleMessage,
  statusOptions,
  type RuleViolation,
} from '../../src/plan/rules.js';
import { activePlan, objective, walkObjective } from '../fixtures/progress-plans.js';

/**
 * One home for the plan's rules (src/plan/rules.ts): each rule is driven through every command
 * that can reach it, and each command refuses with that rule's code worded by `ruleMessage`.
 */

const ctx = (): CommandContext => commandContext('2026-04-10T10:00:00.000Z', 'new');

/** Not measurable: no due date. */
const vague = objective('obj-vague', 'Feel calmer', { kind: 'rating', label: 'calm', baseline: 3, target: 7, direction: 'increase' }, { status: 'proposed' });
const plan: TreatmentPlan = activePlan('rules', [walkObjective(), vague]);

const needsReason = (status: string): RuleViolation => ({ code: 'status-needs-reason', params: { status } as { status: 'on-hold' } });
const notMeasurable: RuleViolation = { code: 'objective-not-measurable', params: { missing: ['due-date'] } };

const cases: [rule: string, command: Record<string, unknown>, expected: RuleViolation][] = [
  // status-needs-reason
  ['status-needs-reason', { type: 'goal/set-status', goalId: 'goal-mood', status: 'on-hold' }, needsReason('on-hold')],
  ['status-needs-reason', { type: 'goal/update', goalId: 'goal-mood', fields: { status: 'discontinued' } }, needsReason('discontinued')],
  ['status-needs-reason', { type: 'goal/add', problemId: 'prob-mood', fields: { status: 'on-hold' } }, needsReason('on-hold')],
  ['status-needs-reason', { type: 'objective/set-status', objectiveId: 'obj-walk', status: 'discontinued' }, needsReason('discontinued')],
  ['status-needs-reason', { type: 'objective/update', objectiveId: 'obj-walk', fields: { status: 'on-hold' } }, needsReason('on-hold')],
  ['status-needs-reason', { type: 'objective/add', goalId: 'goal-mood', fields: { status: 'on-hold' } }, needsReason('on-hold')],
  ['status-needs-reason', { type: 'progress/record-review', objectives: [{ objectiveId: 'obj-walk', status: 'on-hold' }] }, needsReason('on-hold')],
  ['status-needs-reason', { type: 'plan/set-status', status: 'discontinued' }, needsReason('discontinued')],
  // objective-not-measurable
  ['objective-not-measurable', { type: 'objective/set-status', objectiveId: 'obj-vague', status: 'active' }, notMeasurable],
  ['objective-not-measurable', { type: 'objective/update', objectiveId: 'obj-vague', fields: { status: 'active' } }, notMeasurable],
  [
    'objective-not-measurable',
    { type: 'objective/add', goalId: 'goal-mood', fields: { status: 'active', measure: { kind: 'rating', label: 'calm', baseline: 3, target: 7, direction: 'increase' } } },
    notMeasurable,
  ],
  // The bug this module fixed: a review could set a status the rules forbid.
  ['objective-not-measurable', { type: 'progress/record-review', objectives: [{ objectiveId: 'obj-vague', status: 'active' }] }, notMeasurable],
  // plan-transition-not-allowed
  ['plan-transition-not-allowed', { type: 'plan/set-status', status: 'draft' }, { code: 'plan-transition-not-allowed', params: { from: 'active', to: 'draft' } }],
  // approach-needs-objective
  ['approach-needs-objective', { type: 'intervention/add', modalityId: 'act', fields: { status: 'active' } }, { code: 'approach-needs-objective', params: {} }],
  ['approach-needs-objective', { type: 'intervention/update', interventionId: 'int-cbt', fields: { objectiveIds: [] } }, { code: 'approach-needs-objective', params: {} }],
  // unknown-objective
  ['unknown-objective', { type: 'intervention/add', modalityId: 'act', fields: { objectiveIds: ['nope'] } }, { code: 'unknown-objective', params: { objectiveId: 'nope' } }],
  ['unknown-objective', { type: 'intervention/update', interventionId: 'int-cbt', fields: { objectiveIds: ['obj-walk', 'nope'] } }, { code: 'unknown-objective', params: { objectiveId: 'nope' } }],
  ['unknown-objective', { type: 'homework/add', interventionId: 'int-cbt', fields: { what: 'Walk', frequency: 'daily', objectiveId: 'nope' } }, { code: 'unknown-objective', params: { objectiveId: 'nope' } }],
  ['unknown-objective', { type: 'homework/update', interventionId: 'int-cbt', homeworkId: 'hw-walk', fields: { objectiveId: 'nope' } }, { code: 'unknown-objective', params: { objectiveId: 'nope' } }],
  // duplicate-technique
  ['duplicate-technique', { type: 'intervention/add', modalityId: 'act', fields: { techniques: ['defusion', 'defusion'] } }, { code: 'duplicate-technique', params: { techniqueId: 'defusion' } }],
  ['duplicate-technique', { type: 'intervention/update', interventionId: 'int-cbt', fields: { techniques: ['exposure', 'exposure'] } }, { code: 'duplicate-technique', params: { techniqueId: 'exposure' } }],
];

describe('plan rules: every rule through every command that reaches it', () => {
  for (const [rule, command, expected] of cases) {
    it(`${rule} ← ${String(command.type)}`, () => {
      const r = applyCommand(plan, command, ctx());
      expect(r.ok, 'refused').to.equal(false);
      expect(r.ok ? '' : r.error.code).to.equal('command-rejected');
      expect(r.ok ? '' : r.error.message).to.equal(ruleMessage(expected));
    });
  }

  // The same commands pass once the rule is met: the refusal came from the rule, not elsewhere.
  const allowed: [string, Record<string, unknown>][] = [
    ['with a reason', { type: 'goal/set-status', goalId: 'goal-mood', status: 'on-hold', reason: 'Client travelling for a month' }],
    ['with a reason', { type: 'objective/set-status', objectiveId: 'obj-walk', status: 'discontinued', reason: 'Knee injury' }],
    ['with the review note as the reason', { type: 'progress/record-review', objectives: [{ objectiveId: 'obj-walk', status: 'on-hold', note: 'Knee injury' }] }],
    ['with a reason', { type: 'plan/set-status', status: 'discontinued', reason: 'Moved away' }],
    ['once measurable', { type: 'objective/update', objectiveId: 'obj-vague', fields: { status: 'active', dueDate: '2026-06-30' } }],
    ['achieved, which needs no reason', { type: 'progress/record-review', objectives: [{ objectiveId: 'obj-vague', status: 'achieved' }] }],
    ['linked', { type: 'intervention/add', modalityId: 'act', fields: { status: 'active', objectiveIds: ['obj-walk'] } }],
  ];
  for (const [name, command] of allowed) {
    it(`${String(command.type)} is accepted ${name}`, () => {
      const r = applyCommand(plan, command, ctx());
      expect(r.ok ? 'ok' : r.error.message).to.equal('ok');
    });
  }

  it('a review with a pause keeps the note as the status reason', () => {
    const r = applyCommand(plan, { type: 'progress/record-review', objectives: [{ objectiveId: 'obj-walk', status: 'on-hold', note: 'Knee injury' }] }, ctx());
    const o = r.ok ? r.value.plan.problems[0]!.goals[0]!.objectives[0]! : undefined;
    expect(o).to.include({ status: 'on-hold', statusReason: 'Knee injury' });
  });
});

describe('plan rules as pure functions', () => {
  it('statusOptions lists every status with the refusal the commands would give', () => {
    const options = statusOptions(plan, vague);
    expect(options.map((o) => o.status)).to.deep.equal(GOAL_STATUSES);
    expect(Object.fromEntries(options.map((o) => [o.status, o.refusal?.code ?? 'allowed']))).to.deep.equal({
      proposed: 'allowed',
      active: 'objective-not-measurable',
      achieved: 'allowed',
      'on-hold': 'status-needs-reason',
      discontinued: 'status-needs-reason',
    });
    expect(statusOptions(plan, vague, 'Waiting list').find((o) => o.status === 'on-hold')!.refusal).to.equal(undefined);
  });

  it('keeping a status is never refused, even one a later edit would not allow to be set', () => {
    const paused = { ...vague, status: 'on-hold' as const };
    expect(itemStatusRule(plan, paused, paused)).to.equal(undefined);
  });

  const transitions: [string, string, string][] = [
    // Nobody signed the fixture (agreement and signature: test/model/signing.test.ts).
    ['draft', 'active', 'plan-not-signed'],
    ['draft', 'completed', 'plan-transition-not-allowed'],
    ['active', 'under-review', 'allowed'],
    ['under-review', 'active', 'allowed'],
    ['completed', 'active', 'plan-transition-not-allowed'],
    ['discontinued', 'active', 'plan-transition-not-allowed'],
  ];
  for (const [from, to, expected] of transitions) {
    it(`plan ${from} → ${to}: ${expected}`, () => {
      const v = planStatusRule({ ...plan, status: from as TreatmentPlan['status'] }, to as TreatmentPlan['status']);
      expect(v?.code ?? 'allowed').to.equal(expected);
    });
  }

  it('a link to an objective removed elsewhere does not block editing the approach', () => {
    const before = plan.interventions[0]!;
    const stale = { ...before, objectiveIds: ['obj-walk', 'gone'] };
    expect(interventionRule(plan, stale, stale)).to.equal(undefined);
  });
});
