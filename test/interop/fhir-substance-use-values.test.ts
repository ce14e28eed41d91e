// Substance-use care in FHIR, element by element: the resources a receiving system gets, what the
// import reads back from another system's resources (and what it leaves out), and the 42 CFR Part 2
// labels. fhir-substance-use.test.ts covers withholding and the round trip as a whole.
import { expect } from '@open-wc/testing';
import { KIT_ID_SYSTEM, exportFhir, exportFhirWithWarnings, fhirUuid, importFhir, type FhirBundle } from '../../src/interop/fhir/index.js';
import {
  PART2_SECURITY_LABELS,
  hasPart2Label,
  isSubstanceUseResource,
  readSubstanceUse,
  withPart2Label,
} from '../../src/interop/fhir/substance-use.js';
import { PLAN_JSON_EXTENSION_URL } from '../../src/interop/fhir/codes.js';
import type { SubstanceUseCare } from '../../src/model/substance-use.js';
import type { TreatmentPlan } from '../../src/model/plan.js';
import { okValue } from '../helpers/result.js';
import { sudCare, sudPlan } from '../fixtures/sud-plan.js';
import { resources } from '../helpers/fhir-bundle.js';

const BASE = 'https://tailored-plan-kit.dev/fhir';
const system = (name: string) => `${BASE}/CodeSystem/${name}`;
const withCare = (patch: Partial<SubstanceUseCare>): TreatmentPlan => {
  const plan = sudPlan();
  return { ...plan, substanceUseCare: { ...plan.substanceUseCare!, ...patch } };
};
const byKit = (b: FhirBundle, id: string) => b.entry.map((e) => e.resource).find((r) => Array.isArray(r.identifier) && r.identifier.some((i) => i.value === id))!;

describe('exportFhir: substance-use resources as a receiving system reads them', () => {
  it('a rating: an Observation coded by dimension, 0–4, with the clinician\'s note', () => {
    const plan = sudPlan();
    const b = exportFhir(plan);
    const carePlanUrl = `urn:uuid:${fhirUuid(plan.id, 'careplan', plan.id)}`;
    expect(byKit(b, `${plan.id}/sud-rating/emotional-behavioral-cognitive`)).to.deep.equal({
      resourceType: 'Observation',
      id: fhirUuid(plan.id, 'sud-rating', 'emotional-behavioral-cognitive'),
      identifier: [{ system: KIT_ID_SYSTEM, value: `${plan.id}/sud-rating/emotional-behavioral-cognitive` }],
      basedOn: [{ reference: carePlanUrl }],
      status: 'final',
      code: { coding: [{ system: system('sud-dimension'), code: 'emotional-behavioral-cognitive' }], text: 'Risk rating (0-4): emotional-behavioral-cognitive' },
      subject: { identifier: { value: 'MRN-20931' } },
      effectiveDateTime: '2026-10-01T09:02:00.000Z',
      valueInteger: 2,
      note: [{ text: 'Low mood, PHQ-9 14' }],
    });
  });

  it('the confirmed level: who and when, the rule\'s suggestion, and a component per rated dimension only', () => {
    const plan = sudPlan();
    const level = byKit(exportFhir(plan), `${plan.id}/sud-level`);
    expect(level.id).to.equal(fhirUuid(plan.id, 'sud-level', 'level-of-care'));
    expect(level).to.deep.include({
      status: 'final',
      code: { coding: [{ system: system('sud-record'), code: 'level-of-care' }], text: 'Level of care confirmed by the clinician' },
      effectiveDateTime: '2026-10-01T09:10:00.000Z',
      performer: [{ display: 'Dr. Ana Ruiz' }],
      valueCodeableConcept: { coding: [{ system: system('level-of-care'), code: 'intensive-outpatient' }] },
      method: { coding: [{ system: system('level-of-care-suggestion'), code: 'more-intensive-care' }] },
    });
    const components = (level as { component: { code: { coding: { code: string }[] }; valueInteger: number }[] }).component;
    expect(components.map((c) => [c.code.coding[0]!.code, c.valueInteger])).to.deep.equal([
      ['intoxication-withdrawal', 1],
      ['biomedical', 0],
      ['emotional-behavioral-cognitive', 2],
      ['readiness-to-change', 1],
      ['relapse-continued-use', 3],
    ]);
  });

  it('a referral: a ServiceRequest with its own status and day, for the prescriber, with no dose', () => {
    const plan = sudPlan();
    const r = byKit(exportFhir(plan), 'ref-naltrexone');
    expect(r).to.deep.include({
      resourceType: 'ServiceRequest',
      extension: [
        { url: `${BASE}/StructureDefinition/referral-status`, valueCode: 'referred' },
        { url: `${BASE}/StructureDefinition/status-date`, valueDate: '2026-10-01' },
      ],
      status: 'active',
      intent: 'plan',
      category: [{ coding: [{ system: system('sud-record'), code: 'medication-referral' }], text: 'Referral to a prescriber (no dose: the prescriber decides)' }],
      code: { coding: [{ system: system('referral-medication'), code: 'naltrexone' }], text: 'naltrexone' },
      authoredOn: '2026-10-01T09:12:00.000Z',
      performer: [{ display: 'Dr. Kim, addiction medicine' }],
      reasonCode: [{ coding: [{ system: system('use-disorder'), code: 'alcohol' }], text: 'alcohol use disorder' }],
      note: [{ text: 'Client wants to talk it over' }],
    });
  });

  it('a support: a ServiceRequest with its frequency and the objectives it serves, linked to their Goals', () => {
    const plan = sudPlan();
    const b = exportFhir(plan);
    expect(byKit(b, 'rs-smart')).to.deep.include({
      extension: [
        { url: `${BASE}/StructureDefinition/support-frequency`, valueString: 'weekly' },
        { url: `${BASE}/StructureDefinition/support-objective`, valueReference: { reference: `urn:uuid:${fhirUuid(plan.id, 'objective', 'obj-walk')}`, identifier: { system: KIT_ID_SYSTEM, value: 'obj-walk' } } },
      ],
      status: 'active',
      intent: 'plan',
      category: [{ coding: [{ system: system('sud-record'), code: 'recovery-support' }], text: 'Recovery support' }],
      code: { coding: [{ system: system('recovery-support'), code: 'mutual-help' }], text: 'SMART Recovery, Tuesday evenings' },
      authoredOn: '2026-10-01T09:15:00.000Z',
    });
    expect(byKit(b, 'rs-family')).to.deep.include({ code: { coding: [{ system: system('recovery-support'), code: 'family-involvement' }] }, note: [{ text: 'Sister joins one session a month' }] });
    expect(byKit(b, 'rs-family')).to.not.have.property('extension');
  });

  it('blank words stay out; a stopped or declined referral is revoked, a started one completed', () => {
    const care = sudCare();
    const plan = withCare({
      ratings: { biomedical: { level: 0, note: '  ', ratedAt: '2026-10-01T09:01:00.000Z' } },
      medicationReferrals: [
        ...(['started', 'declined', 'stopped'] as const).map((status, i) => ({ ...care.medicationReferrals[0]!, id: `ref-${i}`, status, prescriber: ' ', note: ' ' })),
        { id: 'ref-3', disorder: 'opioid', medication: 'buprenorphine', status: 'referred', date: '2026-10-01', createdAt: '2026-10-01T09:12:00.000Z' },
      ],
      recoverySupports: [{ id: 'rs-1', kind: 'other', label: ' ', frequency: ' ', details: ' ', objectiveIds: ['obj-gone'], createdAt: '2026-10-01T09:15:00.000Z' }],
    });
    const b = exportFhir(plan);
    expect(byKit(b, `${plan.id}/sud-rating/biomedical`)).to.not.have.property('note');
    expect(['ref-0', 'ref-1', 'ref-2'].map((id) => (byKit(b, id) as { status: string }).status)).to.deep.equal(['completed', 'revoked', 'revoked']);
    expect(byKit(b, 'ref-0')).to.not.have.any.keys('performer', 'note');
    expect(byKit(b, 'ref-3')).to.not.have.any.keys('performer', 'note');
    expect(byKit(b, 'rs-1')).to.not.have.any.keys('note', 'extension');
    expect((byKit(b, 'rs-1') as { code: unknown }).code).to.deep.equal({ coding: [{ system: system('recovery-support'), code: 'other' }] });
  });

  it('a plan with no substance-use care has no such resources; one without a level has no level Observation', () => {
    const { substanceUseCare: _none, ...plain } = sudPlan();
    expect(resources(exportFhir(plain), 'ServiceRequest')).to.deep.equal([]);
    const { levelOfCare: _level, ...care } = sudCare();
    const b = exportFhir({ ...sudPlan(), substanceUseCare: care });
    expect(JSON.stringify(b)).to.not.contain('level-of-care');
  });

  it('section marked, not included: the plan is still embedded, without its protected part', () => {
    const plan = sudPlan('section');
    const b = exportFhir(plan);
    const json = b.entry[0]!.resource.extension!.find((x) => x.url === PLAN_JSON_EXTENSION_URL)!.valueString!;
    const { substanceUseCare: _withheld, ...rest } = plan;
    expect(JSON.parse(json)).to.deep.equal({ ...rest, assessment: { ...plan.assessment, intake: { ...plan.assessment.intake, substanceUse: {} } } });
  });
});

describe('42 CFR Part 2 labels', () => {
  const [R, policy] = PART2_SECURITY_LABELS;
  const cases: [string, { system?: string; code?: string }[] | undefined, boolean][] = [
    ['the policy label', [policy!], true],
    ['the policy code in another system', [{ system: 'urn:other', code: '42CFRPart2' }], false],
    ['another code in the policy system', [{ system: policy!.system, code: 'HIV' }], false],
    ['restricted alone', [R!], false],
    ['no security at all', undefined, false],
  ];
  for (const [name, security, labelled] of cases) {
    it(`hasPart2Label: ${name} → ${labelled}`, () => expect(hasPart2Label(security ? { meta: { security } } : {})).to.equal(labelled));
  }

  it('withPart2Label keeps the labels a resource has and adds only the missing ones, once', () => {
    const other = { system: 'urn:other', code: 'X' };
    expect(withPart2Label({ meta: { lastUpdated: '2026-01-01', security: [R!, other] } })).to.deep.equal({ meta: { lastUpdated: '2026-01-01', security: [R!, other, policy!] } });
    expect(withPart2Label({ meta: { security: [{ system: R!.system, code: 'N' }] } }).meta.security).to.deep.equal([{ system: R!.system, code: 'N' }, R!, policy!]);
    const bare: Parameters<typeof withPart2Label>[0] = {};
    expect(withPart2Label(bare).meta?.security).to.deep.equal([R!, policy!]);
  });
});

describe('readSubstanceUse: another system\'s resources', () => {
  const rating = (patch: Record<string, unknown>) => ({ resourceType: 'Observation', code: { coding: [{ system: system('sud-dimension'), code: 'biomedical' }] }, effectiveDateTime: '2026-10-01T09:00:00Z', valueInteger: 2, ...patch });
  const ratings: [string, Record<string, unknown>, number | undefined][] = [
    ['0', { valueInteger: 0 }, 0],
    ['4', { valueInteger: 4 }, 4],
    ['5: left out', { valueInteger: 5 }, undefined],
    ['-1: left out', { valueInteger: -1 }, undefined],
    ['2.5: left out', { valueInteger: 2.5 }, undefined],
    ['"2": left out', { valueInteger: '2' }, undefined],
    ['no date: left out', { effectiveDateTime: undefined }, undefined],
    ['an unknown dimension: left out', { code: { coding: [{ system: system('sud-dimension'), code: 'spiritual' }] } }, undefined],
  ];
  for (const [name, patch, level] of ratings) {
    it(`a rating of ${name}`, () => expect(readSubstanceUse([rating(patch)]).care?.ratings.biomedical?.level).to.equal(level));
  }

  it('a rating keeps its note; a level needs its level, who and when, and reads its ratings by dimension', () => {
    const levelObs = (patch: Record<string, unknown>) => ({
      resourceType: 'Observation',
      code: { coding: [{ system: system('sud-record'), code: 'level-of-care' }] },
      effectiveDateTime: '2026-10-01T09:10:00Z',
      performer: [{ display: 'Dr. Ruiz' }],
      valueCodeableConcept: { coding: [{ system: 'urn:other', code: 'residential' }, { system: system('level-of-care'), code: 'outpatient' }] },
      method: { coding: [{ system: system('level-of-care-suggestion'), code: 'made-up' }] },
      component: [
        { code: { coding: [{ system: system('sud-dimension'), code: 'biomedical' }] }, valueInteger: 3 },
        { code: { coding: [{ system: system('sud-dimension'), code: 'readiness-to-change' }] }, valueInteger: 7 },
      ],
      ...patch,
    });
    const care = readSubstanceUse([rating({ note: [{ text: 'Liver tests due' }] }), levelObs({})]).care!;
    expect(care.ratings.biomedical).to.deep.equal({ level: 2, ratedAt: '2026-10-01T09:00:00Z', note: 'Liver tests due' });
    expect(care.levelOfCare).to.deep.equal({ level: 'outpatient', confirmedBy: 'Dr. Ruiz', confirmedAt: '2026-10-01T09:10:00Z', ratings: [null, 3, null, null, null, null] });
    for (const missing of [{ performer: [] }, { effectiveDateTime: '' }, { valueCodeableConcept: { coding: [{ system: system('level-of-care'), code: 'spa' }] } }]) {
      expect(readSubstanceUse([levelObs(missing)]).care?.levelOfCare, JSON.stringify(missing)).to.equal(undefined);
    }
  });

  const referral = (patch: Record<string, unknown>) => ({
    resourceType: 'ServiceRequest',
    identifier: [{ system: 'urn:other', value: 'x' }, { system: KIT_ID_SYSTEM, value: 'ref-1' }],
    extension: [null, 'text', { url: `${BASE}/StructureDefinition/referral-status`, valueCode: 'started' }, { url: `${BASE}/StructureDefinition/status-date`, valueDate: '2026-10-02' }],
    category: [{ coding: [{ system: 'urn:other', code: 'x' }] }, { coding: [{ system: system('sud-record'), code: 'medication-referral' }] }],
    code: { coding: [{ system: system('referral-medication'), code: 'buprenorphine' }] },
    reasonCode: [{ coding: [{ system: system('use-disorder'), code: 'opioid' }] }],
    authoredOn: '2026-10-01T09:12:00Z',
    performer: [{ display: 'Dr. Kim' }],
    note: [{ text: 'Wants to start soon' }],
    ...patch,
  });
  it('a referral is read whole, with its prescriber and note', () => {
    expect(readSubstanceUse([referral({})]).care?.medicationReferrals).to.deep.equal([
      { id: 'ref-1', disorder: 'opioid', medication: 'buprenorphine', status: 'started', date: '2026-10-02', createdAt: '2026-10-01T09:12:00Z', prescriber: 'Dr. Kim', note: 'Wants to start soon' },
    ]);
  });
  const incomplete: [string, Record<string, unknown>][] = [
    ['no kit id', { identifier: [{ system: 'urn:other', value: 'x' }] }],
    ['no medication', { code: { coding: [{ system: system('referral-medication'), code: 'aspirin' }] } }],
    ['no disorder', { reasonCode: [{ coding: [{ system: system('use-disorder'), code: 'cannabis' }] }] }],
    ['no status', { extension: [{ url: `${BASE}/StructureDefinition/status-date`, valueDate: '2026-10-02' }] }],
    ['no day', { extension: [{ url: `${BASE}/StructureDefinition/referral-status`, valueCode: 'started' }] }],
    ['no authoredOn', { authoredOn: '' }],
    ['an authoredOn that is not text', { authoredOn: 20261001 }],
    ['no reason at all', { reasonCode: undefined }],
  ];
  for (const [name, patch] of incomplete) {
    it(`a referral with ${name} is left out`, () => expect(readSubstanceUse([referral(patch)]).care?.medicationReferrals).to.deep.equal([]));
  }

  const support = (patch: Record<string, unknown>) => ({
    resourceType: 'ServiceRequest',
    identifier: [{ system: KIT_ID_SYSTEM, value: 'rs-1' }],
    extension: [
      { url: `${BASE}/StructureDefinition/support-frequency`, valueString: 'weekly' },
      { url: `${BASE}/StructureDefinition/support-objective`, valueReference: { reference: 'Goal/o1', identifier: { value: 'obj-walk' } } },
      { url: `${BASE}/StructureDefinition/support-objective`, valueReference: { reference: 'Goal/o2' } },
    ],
    category: [{ coding: [{ system: system('sud-record'), code: 'recovery-support' }] }],
    code: { coding: [{ system: system('recovery-support'), code: 'recovery-coach' }], text: 'Coach Sam' },
    authoredOn: '2026-10-01T09:15:00Z',
    note: [{ text: 'Calls on Mondays' }],
    ...patch,
  });
  it('a support is read whole; one without id, kind or date is left out', () => {
    expect(readSubstanceUse([support({})]).care?.recoverySupports).to.deep.equal([
      { id: 'rs-1', kind: 'recovery-coach', objectiveIds: ['obj-walk'], createdAt: '2026-10-01T09:15:00Z', label: 'Coach Sam', frequency: 'weekly', details: 'Calls on Mondays' },
    ]);
    for (const patch of [{ identifier: undefined }, { code: { coding: [{ system: system('recovery-support'), code: 'yoga' }] } }, { authoredOn: undefined }]) {
      expect(readSubstanceUse([support(patch)]).care?.recoverySupports, JSON.stringify(patch)).to.deep.equal([]);
    }
    expect(readSubstanceUse([support({ code: { coding: [{ system: system('recovery-support'), code: 'other' }] }, extension: undefined, note: [] })]).care?.recoverySupports).to.deep.equal([
      { id: 'rs-1', kind: 'other', objectiveIds: [], createdAt: '2026-10-01T09:15:00Z' },
    ]);
  });

  const kinds: [string, Record<string, unknown>, boolean][] = [
    ['a rating Observation', rating({}), true],
    ['an Observation of another code system', { resourceType: 'Observation', code: { coding: [{ system: 'urn:other', code: 'biomedical' }] } }, false],
    ['a ServiceRequest of another category', { resourceType: 'ServiceRequest', category: [{ coding: [{ system: 'urn:other', code: 'medication-referral' }] }] }, false],
    ['a ServiceRequest with no category', { resourceType: 'ServiceRequest' }, false],
    ['a Condition with the kit\'s code', { resourceType: 'Condition', code: { coding: [{ system: system('sud-dimension'), code: 'biomedical' }] }, category: [{ coding: [{ system: system('sud-record'), code: 'x' }] }] }, false],
  ];
  for (const [name, resource, expected] of kinds) {
    it(`isSubstanceUseResource: ${name} → ${expected}`, () => expect(isSubstanceUseResource(resource as Parameters<typeof isSubstanceUseResource>[0])).to.equal(expected));
  }

  it('the Part 2 mark: a CarePlan that embeds the plan does not make it "plan"; another labelled resource does', () => {
    const labelled = { meta: { security: [...PART2_SECURITY_LABELS] } };
    const embedding = { resourceType: 'CarePlan', extension: [{ url: PLAN_JSON_EXTENSION_URL, valueString: '{}' }], ...labelled };
    const lean = { resourceType: 'CarePlan', extension: [{ url: 'urn:other' }], ...labelled };
    const bare = { resourceType: 'CarePlan', ...labelled };
    expect(readSubstanceUse([{ ...rating({}), ...labelled }, bare]).part2, 'a CarePlan with no extensions embeds nothing').to.equal('plan');
    expect(readSubstanceUse([{ ...rating({}), ...labelled }, embedding]).part2).to.equal('section');
    expect(readSubstanceUse([{ ...rating({}), ...labelled }, lean]).part2).to.equal('plan');
    expect(readSubstanceUse([{ resourceType: 'Goal', ...labelled }]).part2).to.equal('plan');
    expect(readSubstanceUse([rating({})])).to.deep.equal({ care: { ratings: { biomedical: { level: 2, ratedAt: '2026-10-01T09:00:00Z' } }, medicationReferrals: [], recoverySupports: [] } });
    expect(readSubstanceUse([])).to.deep.equal({});
  });
});

describe('importFhir: the strongest Part 2 mark wins', () => {
  it('an embedded plan marked "section" in a bundle labelled whole comes back "plan"; one marked "plan" stays "plan"', () => {
    const section = exportFhirWithWarnings(sudPlan('section'), { includeProtected: true }).bundle;
    const labelled = JSON.parse(JSON.stringify(section)) as FhirBundle;
    labelled.entry.find((e) => e.resource.resourceType === 'Condition')!.resource.meta = { security: [...PART2_SECURITY_LABELS] };
    expect(okValue(importFhir(labelled)).substanceUseCare?.part2).to.equal('plan');
    expect(okValue(importFhir(section)).substanceUseCare?.part2).to.equal('section');
    const whole = exportFhirWithWarnings(sudPlan('plan'), { includeProtected: true }).bundle;
    const unlabelled = JSON.parse(JSON.stringify(whole)) as FhirBundle;
    for (const e of unlabelled.entry) delete e.resource.meta;
    expect(okValue(importFhir(unlabelled)).substanceUseCare?.part2).to.equal('plan');
  });
});
