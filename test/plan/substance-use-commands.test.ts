import { expect } from '@open-wc/testing';
import { parsePlan, type TreatmentPlan } from '../../src/model/index.js';
import { MIGRATIONS } from '../../src/model/migrations.js';
import { applyCommand } from '../../src/plan/reducer.js';
import { realisticPlan } from '../fixtures/plan-fhir.js';
import { sudPlan } from '../fixtures/sud-plan.js';
import { errorOf, okValue } from '../helpers/result.js';

const ctx = (minute: number) => ({ now: `2026-11-24T10:${String(minute).padStart(2, '0')}:00.000Z`, newId: () => `id-${minute}` });
const apply = (plan: TreatmentPlan, command: unknown, minute = 1) => applyCommand(plan, command, ctx(minute));
function must(plan: TreatmentPlan, command: unknown, minute = 1): TreatmentPlan {
  const plan2 = okValue(apply(plan, command, minute)).plan;
  okValue(parsePlan(plan2));
  return plan2;
}
const refusalOf = (plan: TreatmentPlan, command: unknown) => errorOf(apply(plan, command)).refusal?.code;

describe('substance-use care commands', () => {
  it('rates a dimension 0–4 (boundaries), keeps its note, and refuses 5, −1 and 2.5', () => {
    let plan = must(realisticPlan(), { type: 'sud/rate', dimension: 'biomedical', level: 0 });
    plan = must(plan, { type: 'sud/note', dimension: 'biomedical', note: 'Liver tests due' }, 2);
    plan = must(plan, { type: 'sud/rate', dimension: 'biomedical', level: 4 }, 3);
    expect(plan.substanceUseCare!.ratings.biomedical).to.deep.equal({ level: 4, note: 'Liver tests due', ratedAt: '2026-11-24T10:03:00.000Z' });
    for (const level of [5, -1, 2.5]) expect(apply(plan, { type: 'sud/rate', dimension: 'biomedical', level }).ok, String(level)).to.equal(false);
    plan = must(plan, { type: 'sud/note', dimension: 'biomedical', note: '  ' }, 4);
    expect(plan.substanceUseCare!.ratings.biomedical).to.not.have.property('note');
    plan = must(plan, { type: 'sud/clear-rating', dimension: 'biomedical' }, 5);
    expect(plan.substanceUseCare!.ratings).to.deep.equal({});
    expect(refusalOf(plan, { type: 'sud/note', dimension: 'biomedical', note: 'x' })).to.equal('not-found');
  });

  it('records the confirmed level with who, when and the ratings then; refuses it without a name', () => {
    let plan = must(realisticPlan(), { type: 'sud/rate', dimension: 'intoxication-withdrawal', level: 3 });
    expect(refusalOf(plan, { type: 'sud/confirm-level', level: 'withdrawal-management', confirmedBy: ' ' })).to.equal('name-required');
    plan = must(plan, { type: 'sud/confirm-level', level: 'withdrawal-management', confirmedBy: 'Dr. Ana Ruiz', suggestion: 'withdrawal-management-review' }, 7);
    expect(plan.substanceUseCare!.levelOfCare).to.deep.equal({
      level: 'withdrawal-management',
      confirmedBy: 'Dr. Ana Ruiz',
      confirmedAt: '2026-11-24T10:07:00.000Z',
      suggestion: 'withdrawal-management-review',
      ratings: [3, null, null, null, null, null],
    });
  });

  it('a medication referral has no dose: a command with one is refused and nothing is stored', () => {
    const plan = realisticPlan();
    const add = { type: 'sud/add-referral', id: 'r1', disorder: 'opioid', medication: 'buprenorphine', date: '2026-11-24' };
    expect(apply(plan, { ...add, dose: '16 mg daily' }).ok).to.equal(false);
    const added = must(plan, { ...add, prescriber: 'Dr. Kim' });
    expect(added.substanceUseCare!.medicationReferrals[0]).to.deep.equal({
      id: 'r1', disorder: 'opioid', medication: 'buprenorphine', date: '2026-11-24', status: 'referred', prescriber: 'Dr. Kim', createdAt: '2026-11-24T10:01:00.000Z',
    });
    expect(apply(added, { type: 'sud/update-referral', referralId: 'r1', fields: { dose: '8 mg' } }).ok).to.equal(false);
    const started = must(added, { type: 'sud/update-referral', referralId: 'r1', fields: { status: 'started', date: '2026-12-01' } }, 2);
    expect(started.substanceUseCare!.medicationReferrals[0]).to.include({ status: 'started', date: '2026-12-01' });
    // A plan from outside with a dose on a referral is not a valid plan.
    const withDose = { ...started, substanceUseCare: { ...started.substanceUseCare!, medicationReferrals: [{ ...started.substanceUseCare!.medicationReferrals[0]!, dose: '8 mg' }] } };
    expect(parsePlan(withDose).ok).to.equal(false);
    expect(refusalOf(started, { ...add })).to.equal('id-taken');
    expect(must(started, { type: 'sud/remove-referral', referralId: 'r1' }, 3).substanceUseCare!.medicationReferrals).to.deep.equal([]);
  });

  it('a recovery support links to objectives like an approach: only to objectives of the plan', () => {
    const plan = must(realisticPlan(), { type: 'sud/add-support', id: 's1', kind: 'mutual-help', fields: { label: 'SMART Recovery', objectiveIds: ['obj-walk'] } });
    expect(plan.substanceUseCare!.recoverySupports[0]).to.deep.include({ kind: 'mutual-help', label: 'SMART Recovery', objectiveIds: ['obj-walk'] });
    expect(refusalOf(plan, { type: 'sud/update-support', supportId: 's1', fields: { objectiveIds: ['obj-walk', 'nope'] } })).to.equal('unknown-objective');
    expect(refusalOf(plan, { type: 'sud/add-support', kind: 'other', fields: { objectiveIds: ['nope'] } })).to.equal('unknown-objective');
    const linked = must(plan, { type: 'sud/update-support', supportId: 's1', fields: { objectiveIds: ['obj-walk', 'obj-gad'], label: '' } }, 2);
    expect(linked.substanceUseCare!.recoverySupports[0]).to.deep.include({ objectiveIds: ['obj-walk', 'obj-gad'] }).and.not.have.property('label');
    expect(refusalOf(linked, { type: 'sud/remove-support', supportId: 'gone' })).to.equal('not-found');
  });

  it('marks the section or the whole plan for 42 CFR Part 2, and takes the mark away', () => {
    let plan = must(realisticPlan(), { type: 'sud/set-part2', scope: 'section' });
    expect(plan.substanceUseCare!.part2).to.equal('section');
    plan = must(plan, { type: 'sud/set-part2', scope: 'plan' });
    expect(plan.substanceUseCare!.part2).to.equal('plan');
    plan = must(plan, { type: 'sud/set-part2', scope: null });
    expect(plan.substanceUseCare).to.not.have.property('part2');
  });
});

describe('migration 4 → 5: substance-use care', () => {
  it('reads a schema-4 plan unchanged (no substance-use care) as schema 5', () => {
    const { substanceUseCare: _none, ...current } = realisticPlan();
    const v4: Record<string, unknown> = { ...current, schemaVersion: 4 };
    expect(MIGRATIONS[4]).to.be.a('function');
    const plan = okValue(parsePlan(v4));
    expect(plan.schemaVersion).to.equal(5);
    expect(plan).to.not.have.property('substanceUseCare');
    expect({ ...plan, schemaVersion: 4 }).to.deep.equal(v4);
  });

  it('a schema-5 plan with substance-use care round-trips through parsePlan', () => {
    const plan = sudPlan('section');
    expect(okValue(parsePlan(JSON.parse(JSON.stringify(plan))))).to.deep.equal(plan);
  });
});
