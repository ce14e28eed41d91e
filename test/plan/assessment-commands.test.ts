import { expect } from '@open-wc/testing';
import { commandContext } from '../helpers/commands.js';
import { errorOf, okValue } from '../helpers/result.js';
import { AUDITC, PHQ9, GAD7 } from '../../src/clinical/instruments/index.js';
import { createPlan, type TreatmentPlan } from '../../src/model/index.js';
import type { CommandContext } from '../../src/plan/define.js';
import { applyCommand } from '../../src/plan/reducer.js';

const ctx = (): CommandContext => commandContext('2026-11-24T10:00:00.000Z');

function run(plan: TreatmentPlan, command: unknown) {
  const r = applyCommand(plan, command, ctx());
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const phq9 = (values: number[]) => Object.fromEntries(values.map((v, i) => [`phq9-${i + 1}`, v]));

describe('assessment/record-administration', () => {
  it('computes the score from the answers and appends the administration', () => {
    const plan = createPlan('p1', '2026-11-01T00:00:00.000Z');
    const { plan: next, effects } = run(plan, {
      type: 'assessment/record-administration',
      instrument: PHQ9,
      answers: phq9([2, 2, 2, 1, 1, 1, 1, 1, 0]),
      date: '2026-11-24T09:30:00.000Z',
    });
    const a = next.assessment.administrations[0]!;
    expect(a.instrumentId).to.equal('phq9');
    expect(a.instrumentVersion).to.equal(PHQ9.version);
    expect(a.date).to.equal('2026-11-24T09:30:00.000Z');
    expect(a.score).to.include({ total: 11, complete: true, band: 'moderate', bandLabel: 'Moderate' });
    expect(a.answers['phq9-10']).to.equal(null);
    expect(a.critical).to.deep.equal([]);
    expect(effects).to.equal(undefined);
    expect(next.timeline).to.have.length(0);
    expect(next.revision).to.equal(1);
  });

  it('ignores any score the caller tries to send', () => {
    const plan = createPlan('p1');
    const { plan: next } = run(plan, {
      type: 'assessment/record-administration',
      instrument: GAD7,
      answers: Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`gad7-${i + 1}`, 0])),
      score: { total: 21 },
    });
    expect(next.assessment.administrations[0]!.score.total).to.equal(0);
  });

  it('raises a risk flag entry and effect for PHQ-9 item 9 above 0, even with a low total', () => {
    const plan = createPlan('p1');
    const { plan: next, effects } = run(plan, {
      type: 'assessment/record-administration',
      instrument: PHQ9,
      answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 1]),
    });
    const a = next.assessment.administrations[0]!;
    expect(a.score.band).to.equal('minimal');
    expect(a.critical).to.have.length(1);
    const flag = next.timeline[0]!;
    expect(flag).to.include({ kind: 'risk-flag', administrationId: a.id, instrumentId: 'phq9', itemId: 'phq9-9', value: 1 });
    expect(effects).to.deep.equal([
      {
        type: 'risk-flag',
        entryId: flag.id,
        administrationId: a.id,
        instrumentId: 'phq9',
        itemId: 'phq9-9',
        value: 1,
        message: 'Thoughts of death or self-harm reported — follow up today',
        recorded: true,
      },
    ]);
  });

  it('appends repeat administrations and clears the in-progress answers', () => {
    let plan = createPlan('p1');
    plan = run(plan, { type: 'assessment/update-instrument-draft', instrumentId: 'phq9', instrument: PHQ9, answers: { 'phq9-1': 1 } }).plan;
    expect(plan.assessment.inProgress?.phq9?.answers).to.deep.equal({ 'phq9-1': 1 });
    plan = run(plan, { type: 'assessment/record-administration', instrument: PHQ9, answers: phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]) }).plan;
    expect(plan.assessment.inProgress).to.equal(undefined);
    plan = run(plan, { type: 'assessment/record-administration', instrument: PHQ9, answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), id: 'second' }).plan;
    expect(plan.assessment.administrations.map((a) => a.score.total)).to.deep.equal([8, 0]);
  });

  const rejects: [string, Record<string, unknown>, string][] = [
    ['an incomplete administration', { instrument: PHQ9, answers: { 'phq9-1': 1 } }, '1 of 9'],
    ['a value that is not an option', { instrument: PHQ9, answers: phq9([4, 0, 0, 0, 0, 0, 0, 0, 0]) }, 'value 4'],
    ['an unknown item', { instrument: PHQ9, answers: { ...phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), x: 1 } }, '"x"'],
    ['an invalid definition', { instrument: { ...PHQ9, items: [] }, answers: {} }, 'instrument.items'],
  ];
  for (const [name, payload, text] of rejects) {
    it(`rejects ${name}`, () => {
      const r = applyCommand(createPlan('p1'), { type: 'assessment/record-administration', ...payload }, ctx());
      expect(`${errorOf(r).message} ${errorOf(r).issues?.join(' ')}`).to.contain(text);
    });
  }
});

describe('instrument drafts', () => {
  it('merges answers and context; null clears', () => {
    let plan = createPlan('p1');
    plan = run(plan, { type: 'assessment/update-instrument-draft', instrumentId: 'auditc', instrument: AUDITC, answers: { 'auditc-1': 2 }, context: { sex: 'female' } }).plan;
    plan = run(plan, { type: 'assessment/update-instrument-draft', instrumentId: 'auditc', instrument: AUDITC, answers: { 'auditc-2': 1, 'auditc-1': null } }).plan;
    expect(plan.assessment.inProgress?.auditc).to.deep.equal({
      answers: { 'auditc-2': 1 },
      context: { sex: 'female' },
      startedAt: '2026-11-24T10:00:00.000Z',
      administrationId: 'id-1',
    });
    plan = run(plan, { type: 'assessment/discard-instrument-draft', instrumentId: 'auditc' }).plan;
    expect(plan.assessment.inProgress).to.equal(undefined);
  });
});

describe('intake lists', () => {
  it('adds, edits and removes a past treatment', () => {
    let plan = createPlan('p1');
    plan = run(plan, { type: 'intake/add-item', list: 'pastTreatments', id: 't1', fields: { approach: 'CBT at the university clinic' } }).plan;
    plan = run(plan, { type: 'intake/update-item', list: 'pastTreatments', itemId: 't1', fields: { helped: 'Thought records', outcome: 'partly-helpful' } }).plan;
    expect(plan.assessment.intake.history.pastTreatments).to.deep.equal([
      { id: 't1', approach: 'CBT at the university clinic', helped: 'Thought records', outcome: 'partly-helpful' },
    ]);
    plan = run(plan, { type: 'intake/remove-item', list: 'pastTreatments', itemId: 't1' }).plan;
    expect(plan.assessment.intake.history.pastTreatments).to.deep.equal([]);
  });

  it('keeps support people and life events in the social section', () => {
    let plan = createPlan('p1');
    plan = run(plan, { type: 'intake/add-item', list: 'supportSystem', fields: { who: 'Older sister, Maya', strength: 'strong' } }).plan;
    plan = run(plan, { type: 'intake/add-item', list: 'lifeEvents', fields: { description: 'Moved to Leeds for work', date: '2026-08-15' } }).plan;
    expect(plan.assessment.intake.social.supportSystem[0]).to.include({ who: 'Older sister, Maya', strength: 'strong' });
    expect(plan.assessment.intake.social.lifeEvents[0]).to.include({ date: '2026-08-15' });
  });

  it('rejects an invalid field with its path', () => {
    const r = applyCommand(createPlan('p1'), { type: 'intake/add-item', list: 'lifeEvents', fields: { date: 'last spring' } }, ctx());
    expect(errorOf(r).message).to.contain('lifeEvents.date');
  });
});

describe('assessment completion and risk acknowledgement', () => {
  it('completes, reopens and acknowledges', () => {
    let plan = createPlan('p1');
    plan = run(plan, { type: 'assessment/complete' }).plan;
    expect(plan.assessment.completedAt).to.equal('2026-11-24T10:00:00.000Z');
    plan = run(plan, { type: 'assessment/reopen' }).plan;
    expect(plan.assessment.completedAt).to.equal(undefined);
    plan = run(plan, { type: 'assessment/record-administration', instrument: PHQ9, answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 2]) }).plan;
    const flagId = plan.timeline[0]!.id;
    plan = run(plan, { type: 'assessment/acknowledge-risk-flag', entryId: flagId }).plan;
    expect(plan.timeline[0]).to.include({ acknowledgedAt: '2026-11-24T10:00:00.000Z' });
  });
});
