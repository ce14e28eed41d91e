import { expect } from '@open-wc/testing';
import { errorOf, okValue } from '../helpers/result.js';
import { CURRENT_SCHEMA_VERSION, parsePlan, type TreatmentPlan } from '../../src/model/index.js';
import {
  CONFIRMED_LOINC_TOTALS,
  GOAL_RELATIONSHIP_EXTENSION_URL,
  KIT_ID_SYSTEM,
  PLAN_JSON_EXTENSION_URL,
  exportFhir,
  importFhir,
  planFitsInFhirExtension,
  uuidV5,
  type FhirCarePlan,
  type FhirCondition,
} from '../../src/interop/fhir/index.js';
import { realisticPlan } from '../fixtures/plan-fhir.js';
import { byKitId, carePlanOf, fullUrlOf, kitIdOf, resources } from '../helpers/fhir-bundle.js';

const withStatus = (plan: TreatmentPlan, patch: Partial<TreatmentPlan>): TreatmentPlan => ({ ...plan, ...patch });

describe('fixture', () => {
  it('is a valid plan', () => {
    const r = parsePlan(realisticPlan());
    expect(r.ok, r.ok ? '' : r.error.issues?.join('\n')).to.equal(true);
  });
});

describe('exportFhir — status mappings', () => {
  const planStatuses: [TreatmentPlan['status'], string][] = [
    ['draft', 'draft'],
    ['active', 'active'],
    ['under-review', 'active'],
    ['completed', 'completed'],
    ['discontinued', 'revoked'],
  ];
  for (const [kit, fhir] of planStatuses) {
    it(`plan ${kit} → CarePlan.status ${fhir}`, () => {
      expect(carePlanOf(exportFhir(withStatus(realisticPlan(), { status: kit }))).status).to.equal(fhir);
    });
  }

  const goalStatuses: [string, boolean, string][] = [
    ['proposed', false, 'proposed'],
    ['proposed', true, 'accepted'],
    ['active', true, 'active'],
    ['achieved', true, 'completed'],
    ['on-hold', false, 'on-hold'],
    ['discontinued', false, 'cancelled'],
  ];
  for (const [kit, agreed, fhir] of goalStatuses) {
    it(`goal ${kit}${agreed ? ' (agreed)' : ''} → Goal.lifecycleStatus ${fhir}`, () => {
      const plan = realisticPlan();
      const goal = plan.problems[0]!.goals[0]!;
      plan.problems[0]!.goals[0] = {
        ...goal,
        status: kit as typeof goal.status,
        ...(agreed ? { agreement: { agreed: true, date: '2026-09-08' } } : { agreement: undefined }),
      };
      const g = byKitId(resources(exportFhir(plan), 'Goal'), 'goal-mood');
      expect(g.lifecycleStatus).to.equal(fhir);
    });
  }

  const activityStatuses: [string, string][] = [
    ['proposed', 'not-started'],
    ['active', 'in-progress'],
    ['paused', 'on-hold'],
    ['completed', 'completed'],
    ['stopped', 'stopped'],
  ];
  for (const [kit, fhir] of activityStatuses) {
    it(`intervention ${kit} → activity.detail.status ${fhir}`, () => {
      const plan = realisticPlan();
      plan.interventions[0] = { ...plan.interventions[0]!, status: kit as 'active' };
      expect(carePlanOf(exportFhir(plan)).activity![0]!.detail.status).to.equal(fhir);
    });
  }

  const frequencies: [string, Record<string, unknown> | string][] = [
    ['twice-weekly', { frequency: 2, period: 1, periodUnit: 'wk' }],
    ['weekly', { frequency: 1, period: 1, periodUnit: 'wk' }],
    ['every-two-weeks', { frequency: 1, period: 2, periodUnit: 'wk' }],
    ['monthly', { frequency: 1, period: 1, periodUnit: 'mo' }],
    ['as-needed', 'as needed'],
  ];
  for (const [kit, expected] of frequencies) {
    it(`frequency ${kit} → ${typeof expected === 'string' ? 'scheduledString' : 'scheduledTiming'}`, () => {
      const plan = realisticPlan();
      plan.interventions[0] = { ...plan.interventions[0]!, frequency: kit as 'weekly' };
      const detail = carePlanOf(exportFhir(plan)).activity![0]!.detail;
      if (typeof expected === 'string') {
        expect(detail.scheduledString).to.equal(expected);
        expect(detail.scheduledTiming).to.equal(undefined);
      } else {
        expect(detail.scheduledTiming!.repeat).to.include(expected);
      }
    });
  }
});

describe('exportFhir — a realistic plan', () => {
  // Built inside each test, never once for the describe block: a bundle made while the file loads is
  // made before Stryker switches a mutant on, so no mutant of the export could change what these tests read.
  const realisticExport = () => {
    const plan = realisticPlan();
    const bundle = exportFhir(plan);
    return { plan, bundle, carePlan: carePlanOf(bundle), goals: resources(bundle, 'Goal'), observations: resources(bundle, 'Observation') };
  };

  it('is a collection Bundle with the expected resources', () => {
    const { plan, bundle } = realisticExport();
    expect(bundle.resourceType).to.equal('Bundle');
    expect(bundle.type).to.equal('collection');
    expect(bundle.timestamp).to.equal(plan.updatedAt);
    const counts = bundle.entry.reduce<Record<string, number>>((c, e) => {
      c[e.resource.resourceType] = (c[e.resource.resourceType] ?? 0) + 1;
      return c;
    }, {});
    // 2 problems + 1 diagnosis; 2 goals + 4 objectives; 4 complete administrations; 5 responses; 2 signatures.
    expect(counts).to.deep.equal({ CarePlan: 1, Condition: 3, Goal: 6, Observation: 4, QuestionnaireResponse: 5, Provenance: 2 });
    expect(bundle.entry[0]!.resource.resourceType).to.equal('CarePlan');
  });

  it('uses unique urn:uuid fullUrls and every reference resolves inside the bundle', () => {
    const { bundle } = realisticExport();
    const urls = bundle.entry.map((e) => e.fullUrl);
    for (const u of urls) expect(u).to.match(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(urls).size).to.equal(urls.length);
    const refs = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    expect(refs.length).to.be.greaterThan(20);
    for (const r of refs) expect(urls).to.include(r.slice('"reference":"'.length, -1));
  });

  it('writes the CarePlan: intent, subject by identifier only, period, created, description', () => {
    const { plan, carePlan } = realisticExport();
    expect(carePlan.intent).to.equal('plan');
    expect(carePlan.status).to.equal('active');
    expect(carePlan.subject).to.deep.equal({ identifier: { value: 'MRN-20931' } });
    expect(carePlan.created).to.equal(plan.createdAt);
    expect(carePlan.period).to.deep.equal({ start: plan.createdAt });
    expect(carePlan.description).to.equal(plan.assessment.summary);
    expect(carePlan.identifier).to.deep.equal([{ system: KIT_ID_SYSTEM, value: 'plan-maya-2026' }]);
  });

  it('names the client only when the host set a display name, and uses the host identifier system when given', () => {
    const plan = realisticPlan();
    const named = exportFhir({ ...plan, client: { hostId: 'MRN-20931', displayName: 'Maya K.' } }, { clientIdentifierSystem: 'urn:oid:1.2.36.146.595.217.0.1' });
    expect(carePlanOf(named).subject).to.deep.equal({
      identifier: { system: 'urn:oid:1.2.36.146.595.217.0.1', value: 'MRN-20931' },
      display: 'Maya K.',
    });
    const withSubject = named.entry.map((e) => e.resource).filter((r) => 'subject' in r);
    // CarePlan, Conditions, Goals, Observations, QuestionnaireResponses: a broken filter must not pass on none.
    expect(withSubject.length).to.be.greaterThan(4);
    for (const r of withSubject) expect(r.subject.display).to.equal('Maya K.');
  });

  it('addresses the problems as Conditions with the problem title as text', () => {
    const { bundle, carePlan } = realisticExport();
    const conditions = (carePlan.addresses ?? []).map((ref) => bundle.entry.find((e) => e.fullUrl === ref.reference)!.resource as FhirCondition);
    expect(conditions.map((c) => c.code?.text)).to.deep.equal([
      'Low mood since losing her job',
      'Worry that keeps her awake',
      'Major depressive disorder, single episode, moderate (F32.1)',
    ]);
    expect(conditions[0]!.category![0]!.coding![0]!.code).to.equal('problem-list-item');
    expect(conditions[2]!.category![0]!.coding![0]!.code).to.equal('encounter-diagnosis');
    expect(conditions[0]!.evidence![0]!.code!.map((c) => c.text)).to.have.length(3);
  });

  it('writes a Goal per goal and per objective, linked by goal-relationship milestones', () => {
    const { bundle, carePlan, goals } = realisticExport();
    expect(carePlan.goal).to.have.length(6);
    const mood = byKitId(goals, 'goal-mood');
    const milestoneTargets = (mood.extension ?? [])
      .filter((x) => x.url === GOAL_RELATIONSHIP_EXTENSION_URL)
      .map((x) => x.extension!.find((s) => s.url === 'target')!.valueReference!.reference);
    expect(milestoneTargets).to.deep.equal([fullUrlOf(bundle, byKitId(goals, 'obj-phq')), fullUrlOf(bundle, byKitId(goals, 'obj-walk'))]);
    expect(mood.description.text).to.equal('Reduce depressive symptoms to the mild range');
    expect(mood.priority!.coding![0]).to.deep.include({ system: 'http://terminology.hl7.org/CodeSystem/goal-priority', code: 'high-priority' });
    expect(mood.expressedBy).to.deep.equal({ display: 'Client and clinician together' });
    expect(mood.note).to.deep.equal([{ authorString: "Client (in the client's own words)", text: 'I want to feel like myself again' }]);
    expect(mood.addresses![0]!.reference).to.equal(carePlan.addresses![0]!.reference);
  });

  const objectiveCases: [string, Record<string, unknown>, string, string | undefined][] = [
    ['obj-phq', { value: 9, comparator: '<=' }, 'active', 'improving'],
    ['obj-walk', { value: 4, comparator: '>=' }, 'active', 'improving'],
    ['obj-gad', { value: 7, comparator: '<=' }, 'proposed', undefined],
    ['obj-panic', { value: 1, comparator: '<=' }, 'completed', 'achieved'],
  ];
  for (const [id, quantity, lifecycle, achievement] of objectiveCases) {
    it(`objective ${id}: target ${JSON.stringify(quantity)}, ${lifecycle}, achievement ${achievement ?? 'none'}`, () => {
      const { goals } = realisticExport();
      const g = byKitId(goals, id);
      expect(g.target![0]!.detailQuantity).to.deep.equal(quantity);
      expect(g.lifecycleStatus).to.equal(lifecycle);
      const codings = (g.achievementStatus?.coding ?? []).map(({ system, code }) => ({ system, code }));
      expect(codings).to.deep.equal(
        achievement === undefined ? [] : [{ system: 'http://terminology.hl7.org/CodeSystem/goal-achievement', code: achievement }],
      );
    });
  }

  it('codes instrument measures with the confirmed LOINC total and keeps due dates and client words', () => {
    const { goals } = realisticExport();
    const phq = byKitId(goals, 'obj-phq');
    expect(phq.target![0]!.measure).to.deep.equal({ coding: [{ system: 'http://loinc.org', code: '44261-6', display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]' }], text: 'PHQ-9 total' });
    expect(phq.target![0]!.dueDate).to.equal('2026-11-30');
    expect(phq.expressedBy).to.deep.equal({ display: 'Clinician' });
    const walk = byKitId(goals, 'obj-walk');
    expect(walk.target![0]!.measure).to.deep.equal({ text: 'days with a 20-minute walk (per week)' });
    expect(walk.expressedBy).to.deep.equal({ identifier: { value: 'MRN-20931' }, display: 'Client' });
    expect(walk.note![0]!.text).to.equal('Get out for a walk most days');
  });

  it('uses detailInteger for a plain integer target without direction or unit', () => {
    const p = realisticPlan();
    const o = p.problems[0]!.goals[0]!.objectives[0]!;
    p.problems[0]!.goals[0]!.objectives[0] = { ...o, measure: { kind: 'rating', label: 'Mood rating (0–10)', target: 6 } };
    const g = byKitId(resources(exportFhir(p), 'Goal'), 'obj-phq');
    expect(g.target![0]!.detailInteger).to.equal(6);
    expect(g.target![0]!.detailQuantity).to.equal(undefined);
  });

  it('writes an activity per intervention with ServiceRequest kind, modality code, timing and goals', () => {
    const { bundle, carePlan, goals } = realisticExport();
    const [cbt, mbsr, group] = carePlan.activity!;
    expect(cbt!.detail.kind).to.equal('ServiceRequest');
    expect(cbt!.detail.code).to.deep.equal({ text: 'cbt' });
    expect(cbt!.detail.status).to.equal('in-progress');
    expect(cbt!.detail.scheduledTiming).to.deep.equal({
      repeat: { boundsPeriod: { start: '2026-09-08' }, count: 12, duration: 50, durationUnit: 'min', frequency: 1, period: 1, periodUnit: 'wk' },
    });
    expect(cbt!.detail.performer).to.deep.equal([{ display: 'Dr. Ana Ruiz' }]);
    expect(cbt!.detail.description).to.contain('cbt').and.contain('telehealth').and.contain('cognitive-restructuring');
    const goalRefs = cbt!.detail.goal!.map((r) => r.reference);
    expect(goalRefs[0]).to.equal(fullUrlOf(bundle, byKitId(goals, 'goal-mood')));
    expect(goalRefs).to.include(fullUrlOf(bundle, byKitId(goals, 'obj-phq')));
    expect(mbsr!.detail.scheduledString).to.equal('as needed');
    expect(mbsr!.detail.status).to.equal('not-started');
    expect(mbsr!.detail.goal![0]!.reference).to.equal(fullUrlOf(bundle, byKitId(goals, 'goal-worry')));
    expect(group!.detail.scheduledString).to.equal('first Tuesday evening of the month');
    expect(group!.detail.status).to.equal('on-hold');
    expect(group!.detail.statusReason).to.deep.equal({ text: 'Group on summer break' });
    expect(group!.detail.goal).to.equal(undefined);
  });

  const observationCases: [string, { system: string; code: string } | undefined, string, number, string | undefined][] = [
    ['adm-phq-1', { system: 'http://loinc.org', code: '44261-6' }, 'PHQ-9 total score', 16, 'Moderately severe'],
    ['adm-gad-1', { system: 'http://loinc.org', code: '70274-6' }, 'GAD-7 total score', 12, 'Moderate'],
    ['adm-pcl-1', undefined, 'pcl5', 22, undefined],
    ['adm-phq-2', { system: 'http://loinc.org', code: '44261-6' }, 'PHQ-9 total score', 11, 'Moderate'],
  ];
  for (const [id, coding, text, total, band] of observationCases) {
    it(`Observation for ${id}: ${coding?.code ?? 'text code'} = ${total}`, () => {
      const { plan, bundle, observations } = realisticExport();
      const o = byKitId(observations, id);
      expect(o.status).to.equal('final');
      expect(o.code.coding?.map(({ system, code }) => ({ system, code }))).to.deep.equal(coding ? [coding] : undefined);
      expect(o.code.coding?.every((c) => c.display)).to.not.equal(false);
      expect(o.code.text).to.equal(text);
      expect(o.valueInteger).to.equal(total);
      expect(o.effectiveDateTime).to.equal(plan.assessment.administrations.find((a) => a.id === id)!.date);
      expect(o.interpretation?.[0]?.text).to.equal(band);
      expect(o.category![0]!.coding![0]!.code).to.equal('survey');
      expect(bundle.entry.some((e) => e.fullUrl === o.derivedFrom![0]!.reference)).to.equal(true);
    });
  }

  it('writes no Observation for a partial administration, only an in-progress response', () => {
    const { bundle, observations } = realisticExport();
    expect(observations.find((o) => kitIdOf(o) === 'adm-gad-2')).to.equal(undefined);
    const qr = byKitId(resources(bundle, 'QuestionnaireResponse'), 'adm-gad-2');
    expect(qr.status).to.equal('in-progress');
    // Only answered questions appear (HL7 FHIR-25949).
    expect(qr.item!.map((i) => i.linkId)).to.deep.equal(['gad7-1', 'gad7-2', 'gad7-3']);
    expect(qr.item![0]).to.deep.equal({ linkId: 'gad7-1', answer: [{ valueInteger: 1 }] });
    expect(qr.identifier).to.deep.equal({ system: KIT_ID_SYSTEM, value: 'adm-gad-2' });
  });

  it('keeps a positive critical item next to the total, in words', () => {
    const { observations } = realisticExport();
    const o = byKitId(observations, 'adm-phq-1');
    expect(o.note).to.deep.equal([{ text: 'Thoughts of death or self-harm reported — follow up today' }]);
    expect(byKitId(observations, 'adm-phq-2').note).to.equal(undefined);
  });

  it('never writes a LOINC code other than the confirmed totals', () => {
    const { plan, bundle } = realisticExport();
    const allowed = Object.values(CONFIRMED_LOINC_TOTALS).map((x) => x.code);
    const loincCodes: unknown[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (o.system === 'http://loinc.org') loincCodes.push(o.code);
        Object.values(o).forEach(walk);
      }
    };
    walk(bundle);
    expect(loincCodes, 'the PHQ-9 totals are coded').to.not.be.empty;
    for (const code of loincCodes) expect(allowed).to.include(code);
    const auditc = exportFhir({
      ...plan,
      assessment: {
        ...plan.assessment,
        administrations: [{ ...plan.assessment.administrations[0]!, id: 'adm-audit', instrumentId: 'audit-c', answers: {}, critical: [] }],
      },
    });
    expect(resources(auditc, 'Observation')[0]!.code.coding![0]!.code).to.equal('75626-2');
  });

  it('embeds the whole plan in the documented plan-json extension by default', () => {
    const { plan, carePlan } = realisticExport();
    const ext = carePlan.extension!.find((x) => x.url === 'https://tailored-plan-kit.dev/fhir/StructureDefinition/plan-json')!;
    expect(JSON.parse(ext.valueString!)).to.deep.equal(plan);
  });

  it('leaves the plan-json extension (and the intake it carries) out with embedPlan: false', () => {
    const { plan, bundle } = realisticExport();
    const minimal = exportFhir(plan, { embedPlan: false });
    expect(carePlanOf(minimal).extension).to.equal(undefined);
    expect(JSON.stringify(minimal)).not.to.contain('Wine, two glasses');
    expect(JSON.stringify(bundle)).to.contain('Wine, two glasses');
  });

  it('leaves the plan-json extension out when the plan JSON would pass FHIR\'s 1 MB string limit, and import rebuilds instead', () => {
    const big = realisticPlan();
    const paragraph = 'She describes the months after the redundancy in detail, week by week. '.repeat(280).slice(0, 20_000);
    big.assessment.intake.social.lifeEvents = Array.from({ length: 60 }, (_, i) => ({ id: `le-${i}`, description: paragraph }));
    expect(planFitsInFhirExtension(big)).to.equal(false);
    expect(planFitsInFhirExtension(realisticPlan())).to.equal(true);
    const b = exportFhir(big);
    expect(carePlanOf(b).extension).to.equal(undefined);
    const r = importFhir(b);
    expect(r.ok && r.value.problems.length).to.equal(2);
    expect(r.ok && r.value.assessment.intake.social.lifeEvents).to.deep.equal([]);
  });

  it('omits QuestionnaireResponses with questionnaireResponses: false', () => {
    const plan = realisticPlan();
    const b = exportFhir(plan, { questionnaireResponses: false });
    expect(resources(b, 'QuestionnaireResponse')).to.have.length(0);
    expect(resources(b, 'Observation')[0]!.derivedFrom).to.equal(undefined);
  });

  it('ends the period when the plan was completed', () => {
    const plan = realisticPlan();
    const done = withStatus(plan, {
      status: 'completed',
      timeline: [...plan.timeline, { id: 'tl-9', kind: 'status', date: '2027-01-10T12:00:00.000Z', from: 'active', to: 'completed' }],
    });
    expect(carePlanOf(exportFhir(done)).period).to.deep.equal({ start: plan.createdAt, end: '2027-01-10T12:00:00.000Z' });
  });

  it('exports a minimal new plan without a client', () => {
    const plan = realisticPlan();
    const empty = exportFhir({ ...realisticPlan(), client: undefined, problems: [], interventions: [], signatures: [], assessment: { ...plan.assessment, administrations: [], diagnoses: [] } });
    expect(empty.entry).to.have.length(1);
    expect(carePlanOf(empty).subject).to.deep.equal({ display: 'Client not identified in this plan' });
  });
});

describe('exportFhir — determinism', () => {
  it('gives byte-identical output for the same plan', () => {
    expect(JSON.stringify(exportFhir(realisticPlan()))).to.equal(JSON.stringify(exportFhir(realisticPlan())));
  });

  it('embeds the same text for equal plans whose keys were built in another order', () => {
    const plan = realisticPlan();
    const reordered = Object.fromEntries(Object.entries(plan).reverse()) as TreatmentPlan;
    expect(JSON.stringify(exportFhir(reordered))).to.equal(JSON.stringify(exportFhir(plan)));
  });

  it('derives ids from the plan ids: another plan id gives other fullUrls, an edit keeps them', () => {
    const a = exportFhir(realisticPlan()).entry.map((e) => e.fullUrl);
    const b = exportFhir({ ...realisticPlan(), id: 'plan-other' }).entry.map((e) => e.fullUrl);
    expect(a.filter((u) => b.includes(u))).to.deep.equal([]);
    const edited = realisticPlan();
    edited.problems[0] = { ...edited.problems[0]!, title: 'Low mood (edited)' };
    expect(exportFhir(edited).entry.map((e) => e.fullUrl)).to.deep.equal(a);
  });

  it('computes RFC 9562 version-5 UUIDs', () => {
    // Published vector: uuid5(NAMESPACE_DNS, "python.org").
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).to.equal('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });
});

describe('importFhir', () => {
  it('round-trips export → import to the identical plan', () => {
    const plan = realisticPlan();
    const r = importFhir(JSON.parse(JSON.stringify(exportFhir(plan))));
    expect(okValue(r)).to.deep.equal(plan);
  });

  it('round-trips every plan status', () => {
    for (const status of ['draft', 'active', 'under-review', 'completed', 'discontinued'] as const) {
      const plan = withStatus(realisticPlan(), { status });
      const r = importFhir(exportFhir(plan));
      expect(r.ok && r.value.status).to.equal(status);
    }
  });

  describe('rebuilding from resources (no plan-json extension)', () => {
    // Exported and imported inside each test (not once while the file loads: see realisticExport).
    const roundTrip = () => {
      const plan = realisticPlan();
      const rebuilt = okValue(importFhir(JSON.parse(JSON.stringify(exportFhir(plan, { embedPlan: false }))), { now: '2026-11-01T00:00:00.000Z' }));
      return { plan, rebuilt };
    };

    it('gives a valid plan with the identity and core of the original', () => {
      const { plan, rebuilt } = roundTrip();
      expect(rebuilt.schemaVersion).to.equal(CURRENT_SCHEMA_VERSION);
      expect(rebuilt.id).to.equal(plan.id);
      expect(rebuilt.status).to.equal('active');
      expect(rebuilt.client).to.deep.equal(plan.client);
      expect(rebuilt.createdAt).to.equal(plan.createdAt);
      expect(rebuilt.updatedAt).to.equal(plan.updatedAt);
      expect(rebuilt.assessment.summary).to.equal(plan.assessment.summary);
      expect(rebuilt.assessment.diagnoses.map((d) => d.id)).to.deep.equal(['dx-mdd']);
    });

    it('restores problems, goals and objectives with their words, statuses and measures', () => {
      const { plan, rebuilt } = roundTrip();
      expect(rebuilt.problems.map((p) => [p.id, p.title, p.evidencedBy, p.createdAt])).to.deep.equal(
        plan.problems.map((p) => [p.id, p.title, p.evidencedBy, p.createdAt]),
      );
      const strip = ({ agreement: _a, objectives: _o, ...rest }: Record<string, unknown>) => rest;
      const mood = rebuilt.problems[0]!.goals[0]!;
      const original = plan.problems[0]!.goals[0]!;
      expect(strip({ ...mood, createdAt: original.createdAt })).to.deep.equal(strip({ ...original }));
      const phq = mood.objectives[0]!;
      expect(phq.measure).to.deep.equal({ kind: 'instrument', label: 'PHQ-9 total', instrumentId: 'phq9', target: 9, direction: 'decrease' });
      expect(phq.dueDate).to.equal('2026-11-30');
      const walk = mood.objectives[1]!;
      expect(walk.measure).to.deep.equal({ kind: 'custom', label: 'days with a 20-minute walk', unit: 'per week', target: 4, direction: 'increase' });
      expect(walk.clientWords).to.equal('Get out for a walk most days');
      expect(walk.proposedBy).to.equal('client');
      const panic = rebuilt.problems[1]!.goals[0]!.objectives[1]!;
      expect([panic.status, panic.statusReason, panic.priority]).to.deep.equal(['achieved', 'One panic attack in each of the last four weeks', 'low']);
    });

    it('restores interventions with frequency, sessions, objectives and status', () => {
      const { plan, rebuilt } = roundTrip();
      expect(
        rebuilt.interventions.map((i) => [i.id, i.modalityId, i.frequency, i.frequencyNote, i.sessionMinutes, i.plannedSessions, i.objectiveIds, i.status, i.startDate, i.clinician]),
      ).to.deep.equal([
        ['iv-cbt', 'cbt', 'weekly', undefined, 50, 12, ['obj-phq', 'obj-walk'], 'active', '2026-09-08', 'Dr. Ana Ruiz'],
        ['iv-mbsr', 'mbsr', 'as-needed', undefined, undefined, undefined, ['obj-gad'], 'proposed', undefined, undefined],
        ['iv-group', 'support-group', 'other', 'first Tuesday evening of the month', undefined, undefined, [], 'paused', undefined, undefined],
      ]);
      expect(rebuilt.interventions[0]!.rationale).to.equal(plan.interventions[0]!.rationale);
    });

    it('restores administrations with totals, answers and critical findings', () => {
      const { plan, rebuilt } = roundTrip();
      const got = rebuilt.assessment.administrations;
      expect(got.map((a) => [a.id, a.instrumentId, a.instrumentVersion, a.date, a.score.total, a.score.complete])).to.deep.equal(
        plan.assessment.administrations.map((a) => [a.id, a.instrumentId, a.instrumentVersion, a.date, a.score.total, a.score.complete]),
      );
      const phq = got.find((a) => a.id === 'adm-phq-1')!;
      expect(phq.answers).to.deep.equal(plan.assessment.administrations[0]!.answers);
      // Unanswered items are not exported, so a rebuilt partial administration lists only the answers given.
      expect(got.find((a) => a.id === 'adm-gad-2')!.answers).to.deep.equal({ 'gad7-1': 1, 'gad7-2': 1, 'gad7-3': 0 });
      expect(phq.critical).to.deep.equal(plan.assessment.administrations[0]!.critical);
      expect(phq.score).to.deep.include({ max: 27, answered: 9, itemCount: 9, bandLabel: 'Moderately severe' });
      expect(got.find((a) => a.id === 'adm-gad-2')!.score).to.deep.include({ total: 2, answered: 3, itemCount: 7, complete: false });
    });
  });

  it('rebuilds a minimal CarePlan from another system (goals without problems, date-only created)', () => {
    const r = importFhir({
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        {
          fullUrl: 'https://ehr.example.org/fhir/CarePlan/cp-77',
          resource: {
            resourceType: 'CarePlan',
            id: 'cp-77',
            status: 'on-hold',
            intent: 'plan',
            title: 'Behavioral health plan',
            subject: { reference: 'Patient/p-5', display: 'J. Doe' },
            created: '2026-03-02',
            goal: [{ reference: 'Goal/g-1' }],
          },
        },
        { fullUrl: 'https://ehr.example.org/fhir/Patient/p-5', resource: { resourceType: 'Patient', id: 'p-5' } },
        {
          fullUrl: 'https://ehr.example.org/fhir/Goal/g-1',
          resource: { resourceType: 'Goal', id: 'g-1', lifecycleStatus: 'active', description: { text: 'Sleep seven hours a night' }, subject: { reference: 'Patient/p-5' } },
        },
      ],
    });
    expect(r.ok, r.ok ? '' : r.error.message).to.equal(true);
    if (!r.ok) return;
    expect(r.value.id).to.equal('cp-77');
    expect(r.value.status).to.equal('under-review');
    expect(r.value.createdAt).to.equal('2026-03-02T00:00:00.000Z');
    expect(r.value.client).to.equal(undefined);
    expect(r.value.problems).to.have.length(1);
    expect(r.value.problems[0]!.title).to.equal('Behavioral health plan');
    expect(r.value.problems[0]!.goals[0]!.clinicalText).to.equal('Sleep seven hours a night');
  });

  type LooseBundle = { resourceType: 'Bundle'; entry: { fullUrl: string; resource: Record<string, unknown> }[] };
  const milestone = (target: string) => ({
    url: GOAL_RELATIONSHIP_EXTENSION_URL,
    extension: [
      { url: 'type', valueCodeableConcept: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/goal-relationship-type', code: 'milestone' }] } },
      { url: 'target', valueReference: { reference: target } },
    ],
  });
  const foreignGoal = (id: string, text: string, children: string[] = []) => ({
    fullUrl: `urn:uuid:00000000-0000-4000-8000-00000000000${id}`,
    resource: {
      resourceType: 'Goal',
      lifecycleStatus: 'active',
      description: { text },
      subject: { reference: 'Patient/p' },
      ...(children.length ? { extension: children.map((c) => milestone(`urn:uuid:00000000-0000-4000-8000-00000000000${c}`)) } : {}),
    },
  });
  const foreignBundle = (...goals: ReturnType<typeof foreignGoal>[]) => ({
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        fullUrl: 'urn:uuid:00000000-0000-4000-8000-000000000000',
        resource: {
          resourceType: 'CarePlan',
          status: 'active',
          intent: 'plan',
          subject: { identifier: { value: 'H-1' } },
          created: '2026-01-05T09:00:00Z',
          activity: [{ detail: { code: { text: 'act' }, status: 'in-progress', goal: [{ reference: 'urn:uuid:00000000-0000-4000-8000-000000000002' }] } }],
        },
      },
      ...goals,
    ],
  });

  it('rebuilds objectives of another system by their milestone links, once each, and links activities to them', () => {
    const r = importFhir(foreignBundle(foreignGoal('1', 'Feel rested', ['2', '3']), foreignGoal('4', 'Also rested', ['2']), foreignGoal('2', 'In bed by 23:00'), foreignGoal('3', 'No screens after 22:00')));
    expect(r.ok, r.ok ? '' : r.error.message).to.equal(true);
    if (!r.ok) return;
    const goals = r.value.problems[0]!.goals;
    expect(goals.map((g) => [g.clinicalText, g.objectives.map((o) => o.clinicalText)])).to.deep.equal([
      ['Feel rested', ['In bed by 23:00', 'No screens after 22:00']],
      ['Also rested', []],
    ]);
    expect(r.value.interventions[0]!.objectiveIds).to.deep.equal([goals[0]!.objectives[0]!.id]);
    expect(r.value.client).to.deep.equal({ hostId: 'H-1' });
  });

  const exported = () => JSON.parse(JSON.stringify(exportFhir(realisticPlan()))) as LooseBundle;
  const minimal = () => JSON.parse(JSON.stringify(exportFhir(realisticPlan(), { embedPlan: false }))) as LooseBundle;
  const planJson = (b: ReturnType<typeof exported>) => (b.entry[0]!.resource as unknown as FhirCarePlan).extension!.find((x) => x.url === PLAN_JSON_EXTENSION_URL)!;

  const invalid: [string, () => unknown, string][] = [
    ['a string', () => 'bundle', 'Expected a FHIR R4 Bundle'],
    ['null', () => null, 'Expected a FHIR R4 Bundle'],
    ['a Patient', () => ({ resourceType: 'Patient' }), 'Expected a FHIR R4 Bundle'],
    ['a Bundle whose entry is not an array', () => ({ resourceType: 'Bundle', entry: {} }), 'entry'],
    ['a Bundle with no entries', () => ({ resourceType: 'Bundle', type: 'collection', entry: [] }), 'no entries'],
    ['a Bundle without a CarePlan', () => ({ ...exported(), entry: exported().entry.slice(1) }), 'exactly one CarePlan; it holds 0'],
    ['a Bundle with two CarePlans', () => ({ ...exported(), entry: [exported().entry[0], ...exported().entry] }), 'exactly one CarePlan; it holds 2'],
    [
      'a CarePlan with an unknown status',
      () => {
        const b = exported();
        b.entry[0]!.resource.status = 'paused';
        return b;
      },
      'entry.0.resource(CarePlan).status',
    ],
    [
      'a Goal without description',
      () => {
        const b = minimal();
        delete b.entry.find((e) => e.resource.resourceType === 'Goal')!.resource.description;
        return b;
      },
      'resource(Goal).description',
    ],
    [
      'plan-json that is not JSON',
      () => {
        const b = exported();
        planJson(b).valueString = '{"schemaVersion": 2,';
        return b;
      },
      'plan-json extension is not valid JSON',
    ],
    [
      'plan-json holding an invalid plan',
      () => {
        const b = exported();
        planJson(b).valueString = JSON.stringify({ ...realisticPlan(), status: 'finished' });
        return b;
      },
      'plan-json extension is not valid',
    ],
    [
      'plan-json for another plan than the CarePlan identifier',
      () => {
        const b = exported();
        planJson(b).valueString = JSON.stringify({ ...realisticPlan(), id: 'someone-else' });
        return b;
      },
      'does not match',
    ],
    [
      'a CarePlan entered in error',
      () => {
        const b = minimal();
        b.entry[0]!.resource.status = 'entered-in-error';
        return b;
      },
      'entered-in-error',
    ],
    [
      'an Observation without effectiveDateTime',
      () => {
        const b = minimal();
        delete b.entry.find((e) => e.resource.resourceType === 'Observation')!.resource.effectiveDateTime;
        return b;
      },
      'has no effectiveDateTime',
    ],
    ['goals linked only in a cycle of milestones', () => foreignBundle(foreignGoal('1', 'A', ['2']), foreignGoal('2', 'B', ['1'])), 'cycle'],
    [
      'a malformed date',
      () => {
        const b = minimal();
        b.entry[0]!.resource.created = 'last Tuesday';
        return b;
      },
      'CarePlan.created is not a FHIR date',
    ],
  ];
  for (const [name, make, expected] of invalid) {
    it(`rejects ${name} with invalid-import`, () => {
      const r = importFhir(make());
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(r.error.code).to.equal('invalid-import');
      expect(`${r.error.message}\n${(r.error.issues ?? []).join('\n')}`).to.contain(expected);
    });
  }

  it('passes a plan from a newer kit through as unsupported-schema-version', () => {
    const b = exported();
    planJson(b).valueString = JSON.stringify({ ...realisticPlan(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    const r = importFhir(b);
    expect(errorOf(r).code).to.equal('unsupported-schema-version');
  });
});
