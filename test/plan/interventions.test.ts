import { expect } from '@open-wc/testing';
import { errorOf, okValue } from '../helpers/result.js';
import type { TreatmentPlan } from '../../src/model/plan.js';
import type { CommandContext } from '../../src/plan/define.js';
import { applyCommand, type PlanCommand } from '../../src/plan/reducer.js';
import { mayaPlan } from '../fixtures/modality-plans.js';

let n = 0;
const ctx: CommandContext = { now: '2026-11-02T10:00:00.000Z', newId: () => `id-${++n}` };

function run(plan: TreatmentPlan, ...commands: PlanCommand[]): TreatmentPlan {
  let p = plan;
  for (const c of commands) {
    const r = applyCommand(p, c, ctx);
    if (!r.ok) throw new Error(`${c.type}: ${r.error.message}`);
    p = r.value.plan;
  }
  return p;
}

function reject(plan: TreatmentPlan, command: PlanCommand): string {
  const r = applyCommand(plan, command, ctx);
  expect(r.ok, `${command.type} should be refused`).to.equal(false);
  return r.ok ? '' : r.error.message;
}

const withCbt = () => run(mayaPlan(), { type: 'intervention/add', id: 'iv-cbt', modalityId: 'cbt' });

describe('intervention commands', () => {
  it('adds an approach as proposed with sensible defaults and no objectives', () => {
    const plan = withCbt();
    const iv = plan.interventions[0]!;
    expect(iv).to.deep.include({
      id: 'iv-cbt', modalityId: 'cbt', status: 'proposed', frequency: 'weekly', format: 'individual', delivery: 'in-person',
      createdAt: ctx.now,
    });
    expect(iv.objectiveIds).to.deep.equal([]);
    expect(iv.homework).to.deep.equal([]);
  });

  it('adds from a suggestion with its rule, techniques and dose', () => {
    const plan = run(mayaPlan(), {
      type: 'intervention/add',
      modalityId: 'somatic',
      suggestedBy: 'trauma-physical-somatic',
      fields: { techniques: ['grounding'], sessionMinutes: 55, rationale: 'Strong physical symptoms of trauma' },
    });
    expect(plan.interventions[0]).to.deep.include({ suggestedBy: 'trauma-physical-somatic', sessionMinutes: 55 });
    expect(plan.interventions[0]!.techniques).to.deep.equal(['grounding']);
  });

  it('edits dose, format, delivery, clinician, start date and rationale', () => {
    const plan = run(withCbt(), {
      type: 'intervention/update',
      interventionId: 'iv-cbt',
      fields: {
        frequency: 'twice-weekly', sessionMinutes: 60, format: 'group', delivery: 'telehealth', plannedSessions: 16,
        clinician: 'Dr. Lena Ortiz', startDate: '2026-11-09', rationale: 'Panic with avoidance',
      },
    });
    expect(plan.interventions[0]).to.deep.include({
      frequency: 'twice-weekly', sessionMinutes: 60, format: 'group', delivery: 'telehealth', plannedSessions: 16,
      clinician: 'Dr. Lena Ortiz', startDate: '2026-11-09',
    });
    const untilReview = run(plan, { type: 'intervention/update', interventionId: 'iv-cbt', fields: { plannedSessions: undefined } });
    expect('plannedSessions' in untilReview.interventions[0]!).to.equal(false);
  });

  it('refuses to activate an approach with no linked objective, with a clear reason', () => {
    const msg = reject(withCbt(), { type: 'intervention/update', interventionId: 'iv-cbt', fields: { status: 'active' } });
    expect(msg).to.equal('Link this approach to at least one objective before making it active.');
    expect(reject(mayaPlan(), { type: 'intervention/add', modalityId: 'cbt', fields: { status: 'active' } })).to.contain('at least one objective');
  });

  it('activates once linked, and refuses to unlink the last objective of an active approach', () => {
    const plan = run(
      withCbt(),
      { type: 'intervention/update', interventionId: 'iv-cbt', fields: { objectiveIds: ['obj-panic'] } },
      { type: 'intervention/update', interventionId: 'iv-cbt', fields: { status: 'active' } },
    );
    expect(plan.interventions[0]!.status).to.equal('active');
    expect(reject(plan, { type: 'intervention/update', interventionId: 'iv-cbt', fields: { objectiveIds: [] } })).to.contain(
      'at least one objective',
    );
  });

  it('refuses links to objectives that do not exist', () => {
    expect(reject(withCbt(), { type: 'intervention/update', interventionId: 'iv-cbt', fields: { objectiveIds: ['nope'] } })).to.equal(
      'No objective with id "nope" in this plan.',
    );
  });

  it('refuses an invalid frequency through the schema', () => {
    const r = applyCommand(withCbt(), { type: 'intervention/update', interventionId: 'iv-cbt', fields: { frequency: 'daily' } } as never, ctx);
    expect(errorOf(r).code).to.equal('invalid-command');
  });

  it('stays editable after a linked objective is removed elsewhere, but cannot stay active on it alone', () => {
    let plan = run(
      withCbt(),
      { type: 'intervention/update', interventionId: 'iv-cbt', fields: { objectiveIds: ['obj-panic', 'obj-drive'], status: 'active' } },
      { type: 'homework/add', interventionId: 'iv-cbt', id: 'hw-1', fields: { what: 'Sit in the parked car', frequency: 'Daily', objectiveId: 'obj-drive' } },
      { type: 'objective/remove', objectiveId: 'obj-drive' },
    );
    plan = run(plan, { type: 'intervention/update', interventionId: 'iv-cbt', fields: { sessionMinutes: 45 } });
    plan = run(plan, { type: 'homework/update', interventionId: 'iv-cbt', homeworkId: 'hw-1', fields: { frequency: 'Twice a day' } });
    expect(plan.interventions[0]!.sessionMinutes).to.equal(45);
    plan = run(plan, { type: 'objective/remove', objectiveId: 'obj-panic' });
    expect(reject(plan, { type: 'intervention/update', interventionId: 'iv-cbt', fields: { sessionMinutes: 50 } })).to.contain(
      'at least one objective',
    );
    expect(run(plan, { type: 'intervention/update', interventionId: 'iv-cbt', fields: { status: 'paused' } }).interventions[0]!.status).to.equal('paused');
  });

  it('removes an approach', () => {
    expect(run(withCbt(), { type: 'intervention/remove', interventionId: 'iv-cbt' }).interventions).to.deep.equal([]);
    expect(reject(mayaPlan(), { type: 'intervention/remove', interventionId: 'iv-cbt' })).to.contain('No approach');
  });

  it('adds, edits and removes homework linked to an objective', () => {
    let plan = run(withCbt(), {
      type: 'homework/add',
      interventionId: 'iv-cbt',
      id: 'hw-1',
      fields: { what: 'Thought record after each panic attack', frequency: 'after each attack', objectiveId: 'obj-panic' },
    });
    expect(plan.interventions[0]!.homework).to.deep.equal([
      { id: 'hw-1', what: 'Thought record after each panic attack', frequency: 'after each attack', objectiveId: 'obj-panic' },
    ]);
    plan = run(plan, {
      type: 'homework/update', interventionId: 'iv-cbt', homeworkId: 'hw-1', fields: { frequency: 'daily', agreedWithClient: true },
    });
    expect(plan.interventions[0]!.homework[0]).to.deep.include({ frequency: 'daily', agreedWithClient: true });
    expect(reject(plan, { type: 'homework/update', interventionId: 'iv-cbt', homeworkId: 'hw-1', fields: { what: '  ' } })).to.equal(
      'Say what the homework is.',
    );
    expect(
      reject(plan, { type: 'homework/update', interventionId: 'iv-cbt', homeworkId: 'hw-1', fields: { objectiveId: 'gone' } }),
    ).to.contain('No objective');
    plan = run(plan, { type: 'homework/remove', interventionId: 'iv-cbt', homeworkId: 'hw-1' });
    expect(plan.interventions[0]!.homework).to.deep.equal([]);
  });

  it('dismisses a suggestion only with a reason, and can offer it again', () => {
    expect(reject(mayaPlan(), { type: 'intervention/dismiss-suggestion', key: 'modality:somatic', reason: ' ' })).to.equal(
      'Say why this suggestion does not fit.',
    );
    const plan = run(mayaPlan(), { type: 'intervention/dismiss-suggestion', key: 'modality:somatic', reason: 'Client dislikes body focus' });
    expect(plan.dismissals).to.deep.equal([{ key: 'modality:somatic', reason: 'Client dislikes body focus', at: ctx.now }]);
    expect(run(plan, { type: 'intervention/restore-suggestion', key: 'modality:somatic' }).dismissals).to.deep.equal([]);
  });

  it('never mutates the plan it was given', () => {
    const before = withCbt();
    const frozen = JSON.stringify(before);
    run(before, { type: 'intervention/update', interventionId: 'iv-cbt', fields: { sessionMinutes: 45 } });
    expect(JSON.stringify(before)).to.equal(frozen);
  });
});
