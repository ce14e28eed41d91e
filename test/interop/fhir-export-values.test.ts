// The values a FHIR server reads from the export, element by element, with their edge cases: which
// number goes in which FHIR type, what achievement a goal shows, which words and links go out and which
// stay home, and the ids a server stores them under. (fhir.test.ts covers the realistic plan as a whole.)
import { expect } from '@open-wc/testing';
import {
  CRITICAL_FINDING_EXTENSION_URL,
  FHIR_STRING_MAX,
  KIT_QUESTIONNAIRE_BASE,
  PLAN_JSON_EXTENSION_URL,
  exportFhir,
  exportFhirWithWarnings,
  fhirUuid,
  planFitsInFhirExtension,
  type FhirBundle,
} from '../../src/interop/fhir/index.js';
import { canonicalJson } from '../../src/model/canonical.js';
import { wellFormed } from '../../src/interop/fhir/export.js';
import type { Administration, Intervention, Measure, Objective, TimelineEntry, TreatmentPlan } from '../../src/model/plan.js';
import { administration, administrationOf } from '../fixtures/administrations.js';
import { realisticPlan } from '../fixtures/plan-fhir.js';
import { sleepCheck } from '../fixtures/host-instruments.js';
import { byKitId, carePlanOf, resources } from '../helpers/fhir-bundle.js';

/** The realistic plan with its first objective (obj-phq, under goal-mood) replaced by `patch`. */
function withObjective(patch: Partial<Objective>, plan = realisticPlan()): TreatmentPlan {
  const goal = plan.problems[0]!.goals[0]!;
  goal.objectives[0] = { ...goal.objectives[0]!, ...patch };
  return plan;
}
const goalResource = (bundle: FhirBundle, id: string) => byKitId(resources(bundle, 'Goal'), id);
const achievement = (bundle: FhirBundle, id: string) => goalResource(bundle, id).achievementStatus?.coding?.[0]?.code;

describe('exportFhir: Goal.achievementStatus from the newest value', () => {
  const at = (day: string) => `2026-${day}T10:00:00.000Z`;
  const phq = (id: string, day: string, total: number, extra: Partial<Administration> = {}): Administration => ({ ...administration(id, 'phq9', at(day), total), ...extra });
  const review = (id: string, day: string, objectiveId: string, currentValue?: number): TimelineEntry => ({
    id,
    kind: 'review',
    date: at(day),
    objectives: [{ objectiveId, ...(currentValue === undefined ? {} : { currentValue }) }],
  });
  // The PHQ-9 objective: baseline 16 read from adm-base, lower is better. 11 → improving, 20 → worsening, 16 → no change.
  const phqMeasure: Measure = { kind: 'instrument', label: 'PHQ-9 total', instrumentId: 'phq9', baseline: 16, baselineAdministrationId: 'adm-base', target: 9, direction: 'decrease' };
  const cases: [string, Measure, Administration[], TimelineEntry[], string][] = [
    ['the newest complete PHQ-9 after the baseline decides', phqMeasure, [phq('adm-base', '09-01', 16), phq('a1', '09-20', 20), phq('a2', '10-20', 11)], [], 'improving'],
    ['an older administration listed last does not win', phqMeasure, [phq('adm-base', '09-01', 16), phq('a2', '10-20', 11), phq('a1', '09-20', 20)], [], 'improving'],
    ['of two at the same instant the first recorded counts', phqMeasure, [phq('adm-base', '09-01', 16), phq('a1', '10-20', 20), phq('a2', '10-20', 11)], [], 'worsening'],
    ['the baseline administration itself is not a new value', phqMeasure, [phq('a1', '09-20', 20), phq('adm-base', '10-20', 11)], [], 'worsening'],
    ['an incomplete administration is not a value', phqMeasure, [phq('a1', '09-20', 20), phq('a2', '10-20', 11, { score: { ...phq('x', '10-20', 11).score, complete: false } })], [], 'worsening'],
    ['another instrument is not a value', phqMeasure, [phq('a1', '09-20', 20), administration('g1', 'gad7', at('10-20'), 2)], [], 'worsening'],
    ['the same total as the baseline is no change', phqMeasure, [phq('a1', '09-20', 16)], [], 'no-change'],
    ['no administration yet: in progress', phqMeasure, [], [], 'in-progress'],
    ['without administrations the newest review value counts', phqMeasure, [], [review('r1', '09-20', 'obj-phq', 11), review('r2', '10-20', 'obj-phq', 20)], 'worsening'],
    ['of two reviews at the same instant the later entry counts', phqMeasure, [], [review('r1', '10-20', 'obj-phq', 20), review('r2', '10-20', 'obj-phq', 11)], 'improving'],
    ['an older review listed last does not win', phqMeasure, [], [review('r2', '10-20', 'obj-phq', 11), review('r1', '09-20', 'obj-phq', 20)], 'improving'],
    ['a review of another objective or without a value is skipped', phqMeasure, [], [review('r1', '09-20', 'obj-phq', 11), review('r2', '10-20', 'obj-walk', 20), review('r3', '10-21', 'obj-phq')], 'improving'],
    [
      'a measure switched to custom keeps no link to the instrument it named',
      { kind: 'custom', label: 'mood', instrumentId: 'phq9', baseline: 16, direction: 'decrease' },
      [phq('a1', '09-20', 11)],
      [review('r1', '09-21', 'obj-phq', 20)],
      'worsening',
    ],
    ['higher is better: a rise is improving', { kind: 'count', label: 'walks', baseline: 4, direction: 'increase' }, [], [review('r1', '09-20', 'obj-phq', 6)], 'improving'],
    ['higher is better: a fall is worsening', { kind: 'count', label: 'walks', baseline: 4, direction: 'increase' }, [], [review('r1', '09-20', 'obj-phq', 2)], 'worsening'],
    ['no baseline: in progress', { kind: 'count', label: 'walks', direction: 'increase' }, [], [review('r1', '09-20', 'obj-phq', 2)], 'in-progress'],
    ['no direction: in progress', { kind: 'count', label: 'walks', baseline: 4 }, [], [review('r1', '09-20', 'obj-phq', 2)], 'in-progress'],
  ];
  for (const [name, measure, administrations, timeline, expected] of cases) {
    it(`${name} → ${expected}`, () => {
      const plan = withObjective({ measure, status: 'active' });
      plan.assessment.administrations = administrations;
      plan.timeline = timeline;
      expect(achievement(exportFhir(plan), 'obj-phq')).to.equal(expected);
    });
  }

  it('an active goal is in progress; proposed, paused and dropped items show none', () => {
    const plan = realisticPlan();
    const goal = plan.problems[0]!.goals[0]!;
    const statuses = ['active', 'proposed', 'on-hold', 'discontinued'] as const;
    const got = statuses.map((status) => achievement(exportFhir({ ...plan, problems: [{ ...plan.problems[0]!, goals: [{ ...goal, status }] }] }), 'goal-mood'));
    expect(got).to.deep.equal(['in-progress', undefined, undefined, undefined]);
  });
});

describe('exportFhir: Goal.target', () => {
  const cases: [string, Measure, Record<string, unknown>][] = [
    ['label and unit: "label (unit)" as the measure text', { kind: 'count', label: 'panic attacks', unit: 'per week', target: 1, direction: 'decrease' }, { measure: { text: 'panic attacks (per week)' }, detailQuantity: { value: 1, comparator: '<=' } }],
    ['a unit without a direction: a Quantity with no comparator', { kind: 'count', label: 'walks', unit: 'per week', target: 4 }, { measure: { text: 'walks (per week)' }, detailQuantity: { value: 4 } }],
    ['a blank unit: the label alone', { kind: 'count', label: 'walks', unit: '  ', target: 4, direction: 'increase' }, { measure: { text: 'walks' }, detailQuantity: { value: 4, comparator: '>=' } }],
    ['a blank label: the unit alone', { kind: 'count', label: ' ', unit: 'per week', target: 4, direction: 'increase' }, { measure: { text: 'per week' }, detailQuantity: { value: 4, comparator: '>=' } }],
    ['no words and no instrument: no measure at all', { kind: 'rating', label: '', target: 3 }, { detailInteger: 3 }],
    ['a fractional target with no direction: a Quantity', { kind: 'rating', label: 'mood', target: 6.5 }, { measure: { text: 'mood' }, detailQuantity: { value: 6.5 } }],
    ['a target past 32 bits: a Quantity (FHIR integers are 32-bit)', { kind: 'rating', label: 'steps', target: 2_147_483_648 }, { measure: { text: 'steps' }, detailQuantity: { value: 2_147_483_648 } }],
    ['the largest 32-bit target: detailInteger', { kind: 'rating', label: 'steps', target: 2_147_483_647 }, { measure: { text: 'steps' }, detailInteger: 2_147_483_647 }],
    ['no target: no detail', { kind: 'rating', label: 'mood', direction: 'increase' }, { measure: { text: 'mood' } }],
    ['an instrument measure not yet given an instrument: words only', { kind: 'instrument', label: 'PHQ-9 total', target: 9, direction: 'decrease' }, { measure: { text: 'PHQ-9 total' }, detailQuantity: { value: 9, comparator: '<=' } }],
    ['a custom measure that still names an instrument: no LOINC', { kind: 'custom', label: 'mood score', instrumentId: 'phq9', target: 9, direction: 'decrease' }, { measure: { text: 'mood score' }, detailQuantity: { value: 9, comparator: '<=' } }],
  ];
  for (const [name, measure, target] of cases) {
    it(name, () => {
      const { dueDate: _due, ...withoutDue } = realisticPlan().problems[0]!.goals[0]!.objectives[0]!;
      const plan = withObjective({});
      plan.problems[0]!.goals[0]!.objectives[0] = { ...withoutDue, measure };
      expect(goalResource(exportFhir(plan), 'obj-phq').target).to.deep.equal([target]);
    });
  }
});

describe('exportFhir: Goals', () => {
  it('startDate is the day the item was created; expressedBy, priority and status reason as the plan says', () => {
    const bundle = exportFhir(realisticPlan());
    const panic = goalResource(bundle, 'obj-panic');
    expect(panic.startDate).to.equal('2026-09-01');
    expect(panic.statusReason).to.equal('One panic attack in each of the last four weeks');
    expect(panic.priority?.coding?.[0]?.code).to.equal('low-priority');
    expect(panic.expressedBy).to.deep.equal({ display: 'Client and clinician together' });
    expect(goalResource(bundle, 'goal-mood').statusReason).to.equal(undefined);
  });

  it('a goal left out for want of words leaves its objectives in, and no activity points to the missing goal', () => {
    const plan = realisticPlan();
    plan.problems[0]!.goals[0]!.clinicalText = ' ';
    const { bundle, warnings } = exportFhirWithWarnings(plan);
    expect(warnings).to.deep.equal([{ code: 'goal-without-text', itemId: 'goal-mood' }]);
    expect(resources(bundle, 'Goal').map((g) => g.identifier?.[0]?.value)).to.deep.equal(['obj-phq', 'obj-walk', 'goal-worry', 'obj-gad', 'obj-panic']);
    const cbt = carePlanOf(bundle).activity![0]!.detail;
    const urlOf = (id: string) => `urn:uuid:${fhirUuid(plan.id, 'objective', id)}`;
    expect(cbt.goal).to.deep.equal([{ reference: urlOf('obj-phq') }, { reference: urlOf('obj-walk') }]);
  });

  it('an activity links only objectives that went out: not one left out for want of words, not one deleted since', () => {
    const plan = realisticPlan();
    plan.problems[0]!.goals[0]!.objectives[1]!.clinicalText = '';
    plan.interventions[0] = { ...plan.interventions[0]!, objectiveIds: ['obj-walk', 'obj-gone', 'obj-phq'] };
    const { bundle, warnings } = exportFhirWithWarnings(plan);
    expect(warnings).to.deep.equal([{ code: 'goal-without-text', itemId: 'obj-walk' }]);
    const refs = carePlanOf(bundle).activity![0]!.detail.goal!.map((r) => r.reference);
    expect(refs).to.deep.equal([`urn:uuid:${fhirUuid(plan.id, 'goal', 'goal-mood')}`, `urn:uuid:${fhirUuid(plan.id, 'objective', 'obj-phq')}`]);
    const milestones = goalResource(bundle, 'goal-mood').extension!.map((x) => x.extension!.find((s) => s.url === 'target')!.valueReference!.reference);
    expect(milestones).to.deep.equal([`urn:uuid:${fhirUuid(plan.id, 'objective', 'obj-phq')}`]);
  });

  it('a plan whose every item has words has no warnings', () => {
    expect(exportFhirWithWarnings(realisticPlan()).warnings).to.deep.equal([]);
  });
});

describe('exportFhir: Conditions', () => {
  it('are active; blank evidence lines stay out; a diagnosis without a code is its label alone', () => {
    const plan = realisticPlan();
    plan.problems[0]!.evidencedBy = ['  ', 'Has stopped seeing friends', ''];
    plan.problems[1]!.evidencedBy = [' '];
    plan.assessment.diagnoses = [{ id: 'dx-1', label: 'Generalized anxiety disorder', code: ' ' }, { id: 'dx-2', label: 'Insomnia disorder', code: 'F51.01' }];
    const conditions = resources(exportFhir(plan), 'Condition');
    expect(conditions.map((c) => c.clinicalStatus?.coding?.[0]?.code)).to.deep.equal(['active', 'active', 'active', 'active']);
    expect(conditions.map((c) => c.evidence)).to.deep.equal([[{ code: [{ text: 'Has stopped seeing friends' }] }], undefined, undefined, undefined]);
    expect(conditions.map((c) => c.code?.text)).to.deep.equal(['Low mood since losing her job', 'Worry that keeps her awake', 'Generalized anxiety disorder', 'Insomnia disorder (F51.01)']);
  });
});

describe('exportFhir: CarePlan activities', () => {
  const detailOf = (patch: Partial<Intervention>) => {
    const plan = realisticPlan();
    plan.interventions = [{ ...plan.interventions[0]!, ...patch }];
    return carePlanOf(exportFhir(plan)).activity![0]!.detail;
  };

  const descriptions: [string, Partial<Intervention>, string][] = [
    ['everything', {}, 'cbt — individual, telehealth, weekly, 50-minute sessions, 12 sessions planned; techniques: cognitive-restructuring, behavioral-activation'],
    ['no length, no count, no techniques', { sessionMinutes: undefined, plannedSessions: undefined, techniques: [] }, 'cbt — individual, telehealth, weekly'],
    ['another frequency with a note: the note', { frequency: 'other', frequencyNote: 'after each shift' }, 'cbt — individual, telehealth, after each shift, 50-minute sessions, 12 sessions planned; techniques: cognitive-restructuring, behavioral-activation'],
    ['another frequency without a note: "other"', { frequency: 'other', techniques: ['exposure'] }, 'cbt — individual, telehealth, other, 50-minute sessions, 12 sessions planned; techniques: exposure'],
    ['a note kept from an earlier "other" is not the frequency', { frequency: 'monthly', frequencyNote: 'after each shift', techniques: [] }, 'cbt — individual, telehealth, monthly, 50-minute sessions, 12 sessions planned'],
  ];
  for (const [name, patch, description] of descriptions) {
    it(`description, ${name}`, () => expect(detailOf(patch).description).to.equal(description));
  }

  const counts: [string, number | undefined, number | undefined][] = [
    ['1 session', 1, 1],
    ['0 sessions: no count', 0, undefined],
    ['a fraction: no count', 2.5, undefined],
    ['past 32 bits: no count', 3_000_000_000, undefined],
    ['none planned: no count', undefined, undefined],
  ];
  for (const [name, plannedSessions, count] of counts) {
    it(`Timing.repeat.count, ${name}`, () => expect(detailOf({ plannedSessions }).scheduledTiming?.repeat?.count).to.equal(count));
  }

  it('another frequency with no note is scheduled as "other"; blank words stay out', () => {
    const d = detailOf({ frequency: 'other', frequencyNote: ' ', rationale: '  ', clinician: ' ', statusReason: ' ', modalityId: ' ' });
    expect(d.scheduledString).to.equal('other');
    expect([d.reasonCode, d.performer, d.statusReason, d.code]).to.deep.equal([undefined, undefined, undefined, undefined]);
  });
});

describe('exportFhir: Observations and QuestionnaireResponses', () => {
  const exported = (administrations: Administration[], options = {}) => {
    const plan = realisticPlan();
    plan.assessment.administrations = administrations;
    return exportFhir(plan, options);
  };

  it('a total past 32 bits or with a fraction is a Quantity; the largest 32-bit total an integer', () => {
    const totals = [2_147_483_647, 2_147_483_648, 12.5];
    const bundle = exported(totals.map((total, i) => ({ ...administration(`a${i}`, 'pcl5', '2026-09-01T10:00:00.000Z', 20), score: { ...administration('x', 'pcl5', '2026-09-01T10:00:00.000Z', 20).score, total } })));
    expect(resources(bundle, 'Observation').map((o) => [o.valueInteger, o.valueQuantity])).to.deep.equal([
      [2_147_483_647, undefined],
      [undefined, { value: 2_147_483_648 }],
      [undefined, { value: 12.5 }],
    ]);
  });

  it('a fractional answer is a valueDecimal; an unanswered item is left out', () => {
    const a = administrationOf('a1', 'phq9', '2026-09-01T10:00:00.000Z', [1, null, 2, 0, 0, 0, 0, 0, 0]);
    const qr = resources(exported([{ ...a, answers: { ...a.answers, 'phq9-1': 0.5 } }]), 'QuestionnaireResponse')[0]!;
    expect(qr.item!.slice(0, 2)).to.deep.equal([
      { linkId: 'phq9-1', answer: [{ valueDecimal: 0.5 }] },
      { linkId: 'phq9-3', answer: [{ valueInteger: 2 }] },
    ]);
    expect(qr.item!.map((i) => i.linkId)).to.not.include('phq9-2');
  });

  it('items follow the questionnaire (a host instrument too), then items it does not know, by id', () => {
    const host = sleepCheck();
    const answers = { zz: 1, s2: 1, aa: 0, s1: 0 };
    const a: Administration = { ...administrationOf('a1', 'sleep-check', '2026-09-01T10:00:00.000Z', [0, 1]), answers };
    const linkIds = (options: object) => resources(exported([a], options), 'QuestionnaireResponse')[0]!.item!.map((i) => i.linkId);
    expect(linkIds({ instruments: [host] })).to.deep.equal(['s1', 's2', 'aa', 'zz']);
    expect(linkIds({}), 'without its definition: by id').to.deep.equal(['aa', 's1', 's2', 'zz']);
    const unknown = { ...a, instrumentId: 'other-check', answers: { b: 1, c: 0, a: 1 } };
    expect(resources(exported([unknown]), 'QuestionnaireResponse')[0]!.item!.map((i) => i.linkId)).to.deep.equal(['a', 'b', 'c']);
  });

  it('the questionnaire canonical carries the version only when there is one', () => {
    const a = administration('a1', 'phq9', '2026-09-01T10:00:00.000Z', 5);
    const canonical = (version: string) => resources(exported([{ ...a, instrumentVersion: version }]), 'QuestionnaireResponse')[0]!.questionnaire;
    expect(canonical('1.0')).to.equal(`${KIT_QUESTIONNAIRE_BASE}/phq9|1.0`);
    expect(canonical(' ')).to.equal(`${KIT_QUESTIONNAIRE_BASE}/phq9`);
  });

  it('a critical finding travels as an extension and as a note; a finding without words is still named', () => {
    const a = administration('a1', 'phq9', '2026-09-01T10:00:00.000Z', 10, { item9: 2 });
    const o = resources(exported([{ ...a, critical: [...a.critical, { itemId: 'phq9-3', value: 3, message: ' ' }] }]), 'Observation')[0]!;
    expect(o.extension).to.deep.equal([
      { url: CRITICAL_FINDING_EXTENSION_URL, extension: [{ url: 'itemId', valueString: 'phq9-9' }, { url: 'value', valueDecimal: 2 }, { url: 'message', valueString: a.critical[0]!.message }] },
      { url: CRITICAL_FINDING_EXTENSION_URL, extension: [{ url: 'itemId', valueString: 'phq9-3' }, { url: 'value', valueDecimal: 3 }, { url: 'message', valueString: ' ' }] },
    ]);
    expect(o.note).to.deep.equal([{ text: a.critical[0]!.message }, { text: 'Critical item phq9-3: 3' }]);
  });
});

describe('exportFhir: ids a server stores the resources under', () => {
  it('every fullUrl is the UUID v5 of the plan id, the kind of item and its id; the resource id is that UUID', () => {
    const plan = realisticPlan();
    const bundle = exportFhir(plan);
    const url = (kind: Parameters<typeof fhirUuid>[1], id: string) => `urn:uuid:${fhirUuid(plan.id, kind, id)}`;
    const expected: [string, string][] = [
      ['CarePlan', url('careplan', plan.id)],
      ['Condition', url('problem', 'prob-mood')],
      ['Condition', url('diagnosis', 'dx-mdd')],
      ['Goal', url('goal', 'goal-mood')],
      ['Goal', url('objective', 'obj-phq')],
      ['QuestionnaireResponse', url('response', 'adm-phq-1')],
      ['Observation', url('observation', 'adm-phq-1')],
      ['Provenance', url('provenance', 'signature:sig-1')],
    ];
    for (const [type, fullUrl] of expected) {
      const entry = bundle.entry.find((e) => e.fullUrl === fullUrl);
      expect(entry?.resource.resourceType, fullUrl).to.equal(type);
      expect(entry!.resource.id).to.equal(fullUrl.slice('urn:uuid:'.length));
    }
    expect(bundle.id).to.equal(fhirUuid(plan.id, 'bundle', String(plan.revision)));
  });
});

describe('exportFhir: the CarePlan', () => {
  const status = (id: string, day: string, from: TreatmentPlan['status'], to: TreatmentPlan['status']): TimelineEntry => ({ id, kind: 'status', date: `2027-01-${day}T12:00:00.000Z`, from, to });
  const periods: [string, TreatmentPlan['status'], TimelineEntry[], string | undefined][] = [
    ['discontinued: ends when it was last discontinued', 'discontinued', [status('s1', '02', 'active', 'discontinued'), status('s2', '03', 'discontinued', 'active'), status('s3', '05', 'active', 'discontinued'), { id: 'r', kind: 'review', date: '2027-01-09T12:00:00.000Z', objectives: [] }], '2027-01-05T12:00:00.000Z'],
    ['completed: not at a status change to something else', 'completed', [status('s1', '02', 'active', 'completed'), status('s2', '04', 'completed', 'under-review')], '2027-01-02T12:00:00.000Z'],
    ['active: no end, whatever the timeline says', 'active', [status('s1', '02', 'active', 'completed'), status('s2', '04', 'completed', 'active')], undefined],
  ];
  for (const [name, planStatus, timeline, end] of periods) {
    it(`period, ${name}`, () => {
      const plan = { ...realisticPlan(), status: planStatus, timeline };
      expect(carePlanOf(exportFhir(plan)).period).to.deep.equal({ start: plan.createdAt, ...(end ? { end } : {}) });
    });
  }

  it('a plan without a client names the server\'s patient when given, else says the client is not identified', () => {
    const plan = { ...realisticPlan(), client: undefined };
    expect(carePlanOf(exportFhir(plan, { patient: 'Patient/p-9' })).subject).to.deep.equal({ reference: 'Patient/p-9' });
    expect(carePlanOf(exportFhir(plan, { patient: ' ' })).subject).to.deep.equal({ display: 'Client not identified in this plan' });
  });

  it('is titled "Treatment plan" and has no description when the summary is blank', () => {
    const plan = realisticPlan();
    plan.assessment.summary = '  ';
    const carePlan = carePlanOf(exportFhir(plan));
    expect(carePlan.title).to.equal('Treatment plan');
    expect(carePlan.description).to.equal(undefined);
  });

  it('embeds the plan when its JSON is exactly FHIR\'s 1 MB string limit, not one character more', () => {
    const plan = realisticPlan();
    plan.assessment.summary = '';
    const room = FHIR_STRING_MAX - canonicalJson(plan).length;
    const sized = (extra: number): TreatmentPlan => ({ ...plan, assessment: { ...plan.assessment, summary: 'x'.repeat(room + extra) } });
    expect(canonicalJson(sized(0)).length).to.equal(FHIR_STRING_MAX);
    const embedded = (p: TreatmentPlan) => carePlanOf(exportFhir(p)).extension?.some((x) => x.url === PLAN_JSON_EXTENSION_URL) ?? false;
    expect([embedded(sized(0)), embedded(sized(1))]).to.deep.equal([true, false]);
    expect([planFitsInFhirExtension(sized(0)), planFitsInFhirExtension(sized(1))]).to.deep.equal([true, false]);
  });
});

describe('exportFhir: 42 CFR Part 2, the whole plan marked', () => {
  it('refuses with the coded reason and no warnings, even for a plan with items left out', () => {
    const plan = realisticPlan();
    plan.problems[0]!.goals[0]!.clinicalText = '';
    const r = exportFhirWithWarnings({ ...plan, substanceUseCare: { ratings: {}, medicationReferrals: [], recoverySupports: [], part2: 'plan' } });
    expect(r.warnings).to.deep.equal([]);
    expect(r.refusal?.code).to.equal('part2-protected');
    expect(r.bundle.entry).to.deep.equal([]);
    expect(r.bundle.resourceType).to.equal('Bundle');
  });
});

describe('wellFormed', () => {
  it('keeps null, numbers and booleans, and repairs strings inside arrays and objects', () => {
    const value = { a: null, n: 3, b: false, list: ['ok', 'x\uD800'], nested: { s: '\uDC00' } };
    expect(wellFormed(value)).to.deep.equal({ a: null, n: 3, b: false, list: ['ok', 'x\uFFFD'], nested: { s: '\uFFFD' } });
    const clean = { a: null, list: ['ok'] };
    expect(wellFormed(clean)).to.equal(clean);
  });
});
