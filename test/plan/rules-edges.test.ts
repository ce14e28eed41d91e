// The plan's rules at their edges (issue 19): whitespace is no reason, a status kept is no change,
// closed plans take no signature, links an approach already had stay allowed, the same signer signs once.
import { expect } from '@open-wc/testing';
import { createPlan } from '../../src/model/factory.js';
import type { Goal, Intervention, TreatmentPlan } from '../../src/model/plan.js';
import { agreementRule, interventionRule, itemStatusRule, planStatusRule, signatureRule, statusOptions } from '../../src/plan/rules.js';
import { planHash } from '../../src/model/signing.js';
import { commandContext } from '../helpers/commands.js';
import { CLINICIAN, agreed, agreedAndSigned } from '../helpers/signing.js';

const AT = '2026-03-01T08:00:00.000Z';
const plan = (status: TreatmentPlan['status'] = 'active'): TreatmentPlan => ({ ...createPlan('p-rules', AT), status });
const goal = (extra: Partial<Goal> = {}): Goal => ({ id: 'g', clinicalText: 'Feel better', proposedBy: 'together', priority: 'high', status: 'active', createdAt: AT, objectives: [], ...extra });

describe('rules: a reason is words, not spaces', () => {
  const planCases: [string, TreatmentPlan['status'], TreatmentPlan['status'], string | undefined, string | undefined][] = [
    ['keeping the status is always allowed', 'completed', 'completed', undefined, undefined],
    ['discontinued with a reason', 'active', 'discontinued', 'Moved away', undefined],
    ['discontinued with only spaces', 'active', 'discontinued', '   ', 'status-needs-reason'],
    ['discontinued with no reason', 'draft', 'discontinued', undefined, 'status-needs-reason'],
    ['a move the lifecycle does not allow', 'completed', 'active', undefined, 'plan-transition-not-allowed'],
    ['active → under review needs nothing', 'active', 'under-review', undefined, undefined],
  ];
  for (const [name, from, to, reason, code] of planCases) {
    it(`plan ${from} → ${to}: ${name}`, () => expect(planStatusRule(plan(from), to, reason)?.code).to.equal(code));
  }

  const itemCases: [string, Goal['status'], string | undefined, string | undefined][] = [
    ['on hold with a reason', 'on-hold', 'Waiting for the group to start', undefined],
    ['on hold with only spaces', 'on-hold', ' \t ', 'status-needs-reason'],
    ['discontinued with no reason', 'discontinued', undefined, 'status-needs-reason'],
    ['achieved needs no reason', 'achieved', undefined, undefined],
  ];
  for (const [name, status, statusReason, code] of itemCases) {
    it(`goal → ${status}: ${name}`, () => {
      const after = goal({ status, ...(statusReason !== undefined ? { statusReason } : {}) });
      expect(itemStatusRule(plan(), goal(), after)?.code).to.equal(code);
    });
  }

  it('the status options offer every status, refusing those a blank reason cannot carry', () => {
    const options = (reason: string) => statusOptions(plan(), goal(), reason).map((o) => `${o.status}${o.refusal ? ` (${o.refusal.code})` : ''}`);
    expect(options('  ')).to.deep.equal(['proposed', 'active', 'achieved', 'on-hold (status-needs-reason)', 'discontinued (status-needs-reason)']);
    expect(options('Family emergency')).to.deep.equal(['proposed', 'active', 'achieved', 'on-hold', 'discontinued']);
    const kept = statusOptions(plan(), goal({ status: 'on-hold', statusReason: 'Away' }));
    expect(kept.find((o) => o.status === 'on-hold')).to.deep.equal({ status: 'on-hold' });
  });
});

describe('rules: agreeing and signing', () => {
  const closed: [TreatmentPlan['status'], string | undefined][] = [
    ['draft', undefined],
    ['active', undefined],
    ['under-review', undefined],
    ['completed', 'plan-closed'],
    ['discontinued', 'plan-closed'],
  ];
  for (const [status, code] of closed) {
    it(`a plan ${status} ${code ? 'takes no agreement' : 'may be agreed with'}`, () => {
      const r = agreementRule(plan(status), 'Maya K.', 0);
      expect(r?.code).to.equal(code);
      if (code) expect(r).to.deep.equal({ code, params: { status } });
      else expect(r).to.equal(undefined);
    });
  }

  it('a blank name, then a stale revision, are refused with what the host needs to say why', () => {
    expect(agreementRule(plan('draft'), '  ', 0)).to.deep.equal({ code: 'name-required', params: {} });
    expect(agreementRule({ ...plan('draft'), revision: 6 }, 'Maya K.', 4)).to.deep.equal({ code: 'plan-changed-while-signing', params: { revision: 4, current: 6 } });
  });

  it('the same person in the same role signs a content once (names compared without outer spaces); another role may sign', async () => {
    const ctx = commandContext('2026-03-10T09:00:00.000Z', 'x');
    const signedPlan = await agreedAndSigned(plan('draft'), ctx);
    const hash = await planHash(signedPlan);
    const again = signatureRule(signedPlan, { ...CLINICIAN, name: `  ${CLINICIAN.name} ` }, hash, signedPlan.revision);
    expect(again).to.deep.equal({ code: 'already-signed', params: { version: signedPlan.version } });
    expect(signatureRule(signedPlan, { ...CLINICIAN, role: 'supervisor' }, hash, signedPlan.revision)).to.equal(undefined);
    expect(signatureRule(signedPlan, { ...CLINICIAN, name: 'Dr. Lee' }, hash, signedPlan.revision)).to.equal(undefined);
    const unagreed = await agreed(plan('draft'), ctx);
    expect(signatureRule(unagreed, CLINICIAN, 'sha256-of-something-else', unagreed.revision)).to.deep.equal({ code: 'plan-not-agreed', params: {} });
  });
});

describe('rules: an approach’s links', () => {
  const withObjective: TreatmentPlan = {
    ...plan(),
    problems: [{ id: 'pr', title: 'P', areas: [], evidencedBy: [], createdAt: AT, goals: [goal({ objectives: [{ id: 'o1', clinicalText: 'x', proposedBy: 'together', priority: 'high', status: 'active', createdAt: AT, measure: { kind: 'count', label: 'x' } }] })] }],
  };
  const approach = (extra: Partial<Intervention> = {}): Intervention =>
    ({ id: 'i', modalityId: 'cbt', techniques: [], objectiveIds: ['o1'], frequency: 'weekly', format: 'individual', delivery: 'in-person', status: 'proposed', homework: [], createdAt: AT, ...extra }) as Intervention;

  it('a link it already had (directly or through homework) may point at a removed objective; a new one may not', () => {
    const gone = approach({ objectiveIds: ['o1', 'removed'] });
    expect(interventionRule(withObjective, gone, approach({ objectiveIds: ['removed'] }))).to.equal(undefined);
    const viaHomework = approach({ homework: [{ id: 'h', what: 'Breathing practice', frequency: 'daily', objectiveId: 'removed' }] });
    expect(interventionRule(withObjective, gone, viaHomework)).to.equal(undefined);
    expect(interventionRule(withObjective, gone, approach())).to.deep.equal({ code: 'unknown-objective', params: { objectiveId: 'removed' } });
    expect(interventionRule(withObjective, gone)).to.deep.equal({ code: 'unknown-objective', params: { objectiveId: 'removed' } });
  });
});
