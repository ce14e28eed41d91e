import { expect } from '@open-wc/testing';
import { commandContext } from '../helpers/commands.js';
import { errorOf, okValue } from '../helpers/result.js';
import { CLINICIAN, agreed, agreedAndSigned, signed } from '../helpers/signing.js';
import { createPlan, parsePlan, type TreatmentPlan } from '../../src/model/index.js';
import { canonicalJson } from '../../src/model/canonical.js';
import { COMMANDS, applyCommand, type PlanCommand } from '../../src/plan/reducer.js';
import { contentHash, planHash, sameContent, signedText, signingState, type SignedContent } from '../../src/model/signing.js';
import { PlanStore } from '../../src/store/plan-store.js';
import { registerCommands } from '../../src/plan/registry.js';

// A store applies the commands loaded on its page (each widget registers those it sends); these tests send any.
registerCommands(COMMANDS);

const NOW = '2026-03-10T09:00:00.000Z';
const ctx = (now = NOW) => commandContext(now, 'sig');
const AT = '2026-03-01T08:00:00.000Z';

const objective = (extra: Record<string, unknown> = {}) => ({
  id: 'o1',
  clinicalText: 'Panic attacks from 7 a week to 1',
  proposedBy: 'together' as const,
  priority: 'high' as const,
  status: 'proposed' as const,
  createdAt: AT,
  measure: { kind: 'count' as const, label: 'panic attacks', unit: 'per week', baseline: 7, target: 1, direction: 'decrease' as const },
  ...extra,
});
const content = (o: Record<string, unknown> = objective()): Omit<SignedContent, 'substanceUseCare'> => ({
  problems: [{ id: 'p1', title: 'Panic', evidencedBy: [], areas: [], createdAt: AT, goals: [{ id: 'g1', clinicalText: 'Fewer panic attacks', proposedBy: 'client', priority: 'high', status: 'proposed', createdAt: AT, objectives: [o as ReturnType<typeof objective>] }] }],
  phases: [],
  interventions: [],
  supports: [],
});
const REFERRAL = { id: 'r1', disorder: 'opioid' as const, medication: 'buprenorphine' as const, status: 'referred' as const, date: '2026-03-10', createdAt: AT };
const SUPPORT = { id: 's1', kind: 'mutual-help' as const, objectiveIds: [], createdAt: AT };
const draft = (): TreatmentPlan => ({ ...createPlan('plan-sign', AT), ...content() });

describe('canonical JSON', () => {
  const cases: [string, unknown, string][] = [
    ['keys sorted', { b: 1, a: 2 }, '{"a":2,"b":1}'],
    ['nested keys sorted, arrays kept in order', { z: [{ y: 1, x: 2 }, 3], a: null }, '{"a":null,"z":[{"x":2,"y":1},3]}'],
    ['undefined values left out', { a: undefined, b: 1 }, '{"b":1}'],
    ['uppercase before lowercase (UTF-16 order)', { a: 1, B: 2, _: 3 }, '{"B":2,"_":3,"a":1}'],
    ['numbers as JavaScript writes them', { n: 1e21, m: 0.1, z: -0 }, '{"m":0.1,"n":1e+21,"z":0}'],
    ['strings escaped, non-ASCII kept', { s: 'línea "1"\n' }, '{"s":"línea \\"1\\"\\n"}'],
    ['empty object and array', { o: {}, a: [] }, '{"a":[],"o":{}}'],
  ];
  for (const [name, value, text] of cases) {
    it(name, () => expect(canonicalJson(value)).to.equal(text));
  }
});

describe('content hash', () => {
  it('is the SHA-256 of the canonical text, 64 lowercase hex digits', async () => {
    const hash = await contentHash('plan-sign', content());
    expect(hash).to.match(/^[0-9a-f]{64}$/);
    const bytes = new TextEncoder().encode(signedText('plan-sign', content()));
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    expect(hash).to.equal([...digest].map((b) => b.toString(16).padStart(2, '0')).join(''));
    expect(signedText('plan-sign', content())).to.match(/^\{"format":"tailored-plan-kit\/signed-content@1","interventions":\[\],"phases":\[\],"planId":"plan-sign","problems":/);
  });

  const reversed = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).reverse());
  const same: [string, SignedContent][] = [
    ['keys in another order', content(reversed(objective()))],
    ['an optional field present as undefined', content(objective({ dueDate: undefined }))],
    ['a confirmed progress status (data, not a decision)', content(objective({ progress: { status: 'improving', confirmedAt: NOW } }))],
    // Substance-use care without a decision (ratings are assessment, Part 2 a privacy label) hashes as a plan without it.
    ['substance-use care with no decision in it', { ...content(), substanceUseCare: { medicationReferrals: [], recoverySupports: [] } }],
  ];
  for (const [name, other] of same) {
    it(`stays the same with ${name}`, async () => {
      expect(await contentHash('plan-sign', other)).to.equal(await contentHash('plan-sign', content()));
      expect(sameContent(other, content())).to.equal(true);
    });
  }

  const differs: [string, SignedContent, string?][] = [
    ['another target', content(objective({ measure: { ...objective().measure, target: 2 } }))],
    ['one character of wording', content(objective({ clinicalText: 'Panic attacks from 7 a week to 1.' }))],
    ['a due date added', content(objective({ dueDate: '2026-06-01' }))],
    ['a status change', content(objective({ status: 'active' }))],
    ['an approach added', { ...content(), interventions: [{ id: 'i1', modalityId: 'cbt', techniques: [], objectiveIds: ['o1'], frequency: 'weekly', format: 'individual', delivery: 'in-person', status: 'proposed', homework: [], createdAt: AT }] }],
    ['a medication referral added', { ...content(), substanceUseCare: { medicationReferrals: [REFERRAL], recoverySupports: [] } }],
    ['a recovery support added', { ...content(), substanceUseCare: { medicationReferrals: [], recoverySupports: [SUPPORT] } }],
    [
      'a confirmed level of care',
      { ...content(), substanceUseCare: { medicationReferrals: [], recoverySupports: [], levelOfCare: { level: 'outpatient', confirmedBy: 'Dr. Ana Ruiz', confirmedAt: NOW, ratings: [1, 0, 1, 1, 1, 0] } } },
    ],
    ['the same content of another plan', content(), 'other-plan'],
  ];
  for (const [name, other, planId = 'plan-sign'] of differs) {
    it(`changes with ${name}`, async () => {
      expect(await contentHash(planId, other)).to.not.equal(await contentHash('plan-sign', content()));
      if (planId === 'plan-sign') expect(sameContent(other, content())).to.equal(false);
    });
  }
});

describe('agreement and signature', () => {
  it('a draft cannot become active by a status change, agreed or not, and says why with a code', async () => {
    const refusal = (p: TreatmentPlan) => errorOf(applyCommand(p, { type: 'plan/set-status', status: 'active' }, ctx()));
    expect(refusal(draft()).refusal?.code).to.equal('plan-not-signed');
    expect(refusal(await agreed(draft(), ctx())).refusal?.code).to.equal('plan-not-signed');
  });

  it('cannot be signed before the client agreed with this content', async () => {
    const plan = draft();
    const r = applyCommand(plan, { type: 'plan/sign', signer: CLINICIAN, hash: await planHash(plan), revision: plan.revision }, ctx());
    expect(errorOf(r).refusal?.code).to.equal('plan-not-agreed');
  });

  it('an agreement on earlier content does not count after an edit', async () => {
    const before = await agreed(draft(), ctx());
    const edited = okValue(applyCommand(before, { type: 'objective/update', objectiveId: 'o1', fields: { dueDate: '2026-06-01' } }, ctx())).plan;
    const r = applyCommand(edited, { type: 'plan/sign', signer: CLINICIAN, hash: await planHash(edited), revision: edited.revision }, ctx());
    expect(errorOf(r).refusal?.code).to.equal('plan-not-agreed');
  });

  it('agreed and signed: active, version 1 frozen with its hash, events for the audit record', async () => {
    const a = await agreed(draft(), ctx());
    const hash = await planHash(a);
    const agreement = a.agreements[0]!;
    expect(agreement).to.deep.include({ how: 'client', name: 'Maya K.', date: '2026-03-10', hash });
    const r = okValue(applyCommand(a, { type: 'plan/sign', signer: CLINICIAN, hash, revision: a.revision }, ctx()));
    const plan = r.plan;
    expect(plan.status).to.equal('active');
    expect(plan.versions.map((v) => [v.version, v.reason, v.hash])).to.deep.equal([[1, 'signed', hash]]);
    expect(plan.signatures).to.deep.equal([{ id: 'sig-2', role: 'clinician', name: 'Dr. Ana Ruiz', credentials: 'PhD', signedAt: NOW, version: 1, hash }]);
    expect(r.effects).to.deep.equal([
      { type: 'plan-signed', planId: 'plan-sign', signatureId: 'sig-2', version: 1, hash, signer: CLINICIAN, signedAt: NOW, activated: true },
    ]);
    expect(signingState(plan)).to.deep.include({ changedSinceSigned: false, agreement });
    expect(parsePlan(plan).ok).to.equal(true);
  });

  it('an edit after signing is "changed since signed"; signing again makes version 2 with a new hash', async () => {
    const v1 = await agreedAndSigned(draft(), ctx());
    const edited = okValue(applyCommand(v1, { type: 'objective/update', objectiveId: 'o1', fields: { dueDate: '2026-06-01' } }, ctx())).plan;
    expect(signingState(edited).changedSinceSigned).to.equal(true);
    expect(signingState(edited).signed?.version).to.equal(1);
    expect(edited.status).to.equal('active');
    const v2 = await agreedAndSigned(edited, ctx('2026-03-11T09:00:00.000Z'));
    expect(v2.versions.map((v) => v.version)).to.deep.equal([1, 2]);
    expect(v2.versions[1]!.hash).to.not.equal(v2.versions[0]!.hash);
    expect(v2.versions[0]!.problems[0]!.goals[0]!.objectives[0]!.dueDate).to.equal(undefined);
    expect(signingState(v2)).to.deep.include({ changedSinceSigned: false });
    expect(signingState(v2).signed?.version).to.equal(2);
  });

  it('a referral or a recovery support added after signing is "changed since signed"; a rating is not; the new version keeps them', async () => {
    const v1 = await agreedAndSigned({ ...draft(), substanceUseCare: { ratings: {}, medicationReferrals: [], recoverySupports: [] } }, ctx());
    const rated = okValue(applyCommand(v1, { type: 'sud/rate', dimension: 'readiness-to-change', level: 2 }, ctx())).plan;
    expect(signingState(rated).changedSinceSigned).to.equal(false);
    const referred = okValue(applyCommand(rated, { type: 'sud/add-referral', disorder: 'opioid', medication: 'buprenorphine', date: '2026-03-10' }, ctx())).plan;
    expect(signingState(referred).changedSinceSigned).to.equal(true);
    const supported = okValue(applyCommand(v1, { type: 'sud/add-support', kind: 'mutual-help' }, ctx())).plan;
    expect(signingState(supported).changedSinceSigned).to.equal(true);
    const v2 = await agreedAndSigned(referred, ctx('2026-03-11T09:00:00.000Z'));
    expect(v2.versions[1]!.substanceUseCare?.medicationReferrals.map((r) => r.medication)).to.deep.equal(['buprenorphine']);
    expect(v2.versions[0]!.substanceUseCare).to.equal(undefined);
    expect(v2.versions[1]!.hash).to.equal(await planHash(referred));
    expect(signingState(v2).changedSinceSigned).to.equal(false);
  });

  it('an edit undone by hand is no longer "changed since signed" (same content, same hash)', async () => {
    const v1 = await agreedAndSigned(draft(), ctx());
    const there = okValue(applyCommand(v1, { type: 'objective/update', objectiveId: 'o1', fields: { dueDate: '2026-06-01' } }, ctx())).plan;
    const back = okValue(applyCommand(there, { type: 'objective/update', objectiveId: 'o1', fields: { dueDate: undefined } }, ctx())).plan;
    expect(signingState(back).changedSinceSigned).to.equal(false);
    expect(await planHash(back)).to.equal(v1.versions[0]!.hash);
  });

  it('a supervisor co-signs the same version; the same person cannot sign it twice', async () => {
    const v1 = await agreedAndSigned(draft(), ctx());
    const co = await signed(v1, ctx(), { name: 'Dr. Lee', credentials: 'PsyD', role: 'supervisor' as 'clinician' });
    expect(co.versions).to.have.length(1);
    expect(co.signatures.map((s) => [s.role, s.version])).to.deep.equal([['clinician', 1], ['supervisor', 1]]);
    const again = applyCommand(co, { type: 'plan/sign', signer: CLINICIAN, hash: await planHash(co), revision: co.revision }, ctx());
    expect(errorOf(again).refusal?.code).to.equal('already-signed');
  });

  it('a review that changes the plan records a version that asks for signing again', async () => {
    const v1 = await agreedAndSigned(draft(), ctx());
    const reviewed = okValue(applyCommand(v1, { type: 'progress/record-review', objectives: [{ objectiveId: 'o1', target: 2 }] }, ctx('2026-04-10T09:00:00.000Z'))).plan;
    expect(reviewed.version).to.equal(2);
    expect(reviewed.versions[1]!.hash).to.equal(undefined);
    expect(signingState(reviewed)).to.deep.include({ changedSinceSigned: true });
    // Signing freezes the review's version (same content): no third version.
    const resigned = await agreedAndSigned(reviewed, ctx('2026-04-10T10:00:00.000Z'));
    expect(resigned.versions.map((v) => [v.version, v.reason, !!v.hash])).to.deep.equal([[1, 'signed', true], [2, 'review', true]]);
    expect(signingState(resigned).changedSinceSigned).to.equal(false);
  });

  const refusals: [string, (p: TreatmentPlan, hash: string) => PlanCommand, string][] = [
    ['a hash read at an older revision', (p, hash) => ({ type: 'plan/agree', how: 'client', name: 'Maya', hash, revision: p.revision - 1 }), 'plan-changed-while-signing'],
    ['a blank name', (p, hash) => ({ type: 'plan/agree', how: 'client', name: '  ', hash, revision: p.revision }), 'name-required'],
    ['a blank signer', (p, hash) => ({ type: 'plan/sign', signer: { name: ' ', role: 'clinician' }, hash, revision: p.revision }), 'name-required'],
  ];
  for (const [name, make, rule] of refusals) {
    it(`refuses ${name} (${rule})`, async () => {
      const plan = { ...draft(), revision: 4 };
      expect(errorOf(applyCommand(plan, make(plan, await planHash(plan)), ctx())).refusal?.code).to.equal(rule);
    });
  }

  it('a closed plan is not agreed or signed', async () => {
    const plan = { ...draft(), status: 'completed' as const };
    const r = applyCommand(plan, { type: 'plan/agree', how: 'client', name: 'Maya', hash: await planHash(plan), revision: 0 }, ctx());
    expect(errorOf(r).refusal?.code).to.equal('plan-closed');
  });

  it('a verbal agreement keeps who agreed, the day and who recorded it; never dated ahead', async () => {
    const plan = draft();
    const hash = await planHash(plan);
    const r = okValue(applyCommand(plan, { type: 'plan/agree', how: 'verbal', name: 'Maya K.', date: '2026-03-09', recordedBy: 'Dr. Ana Ruiz', hash, revision: 0 }, ctx()));
    expect(r.plan.agreements[0]).to.deep.include({ how: 'verbal', name: 'Maya K.', date: '2026-03-09', recordedBy: 'Dr. Ana Ruiz' });
    expect(r.effects).to.deep.equal([{ type: 'plan-agreed', planId: 'plan-sign', agreementId: 'sig-1', how: 'verbal', name: 'Maya K.', date: '2026-03-09', recordedBy: 'Dr. Ana Ruiz', hash }]);
    const ahead = applyCommand(plan, { type: 'plan/agree', how: 'verbal', name: 'Maya K.', date: '2026-03-11', hash, revision: 0 }, ctx());
    expect(errorOf(ahead).message).to.contain('future');
  });

  it('undo never takes a signature back', async () => {
    const store = new PlanStore(await agreed(draft(), ctx()), { clock: () => new Date(NOW) });
    okValue(store.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-1' } }));
    // The agreement above was made on other content: agree again on this one, then sign.
    okValue(store.dispatch({ type: 'plan/agree', how: 'client', name: 'Maya', hash: await planHash(store.plan), revision: store.plan.revision }));
    okValue(store.dispatch({ type: 'plan/sign', signer: CLINICIAN, hash: await planHash(store.plan), revision: store.plan.revision }));
    expect(store.canUndo).to.equal(false);
    expect(store.undo()).to.equal(false);
    expect(store.plan.signatures).to.have.length(1);
  });
});

describe('schema 3 → 4', () => {
  it('gives a stored schema-3 plan an empty list of agreements', () => {
    const { agreements: _, ...old } = createPlan('old', AT);
    const r = okValue(parsePlan({ ...old, schemaVersion: 3 }));
    expect(r.agreements).to.deep.equal([]);
    expect(r.schemaVersion).to.equal(5); // migrated on through schema 5 (substance-use care)
  });
});
