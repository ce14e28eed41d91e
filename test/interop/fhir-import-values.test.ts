// What the import makes of FHIR written by another system (no plan-json): each element read, with
// its edge cases, and the exact words of every refusal a host shows. Bundles are written by hand here,
// the way an EHR sends them; fhir.test.ts covers the kit's own bundles coming back.
import { expect } from '@open-wc/testing';
import {
  CLIENT_WORDS_AUTHOR,
  CRITICAL_FINDING_EXTENSION_URL,
  GOAL_PRIORITY_SYSTEM,
  GOAL_RELATIONSHIP_EXTENSION_URL,
  KIT_ID_SYSTEM,
  KIT_QUESTIONNAIRE_BASE,
  LOINC_SYSTEM,
  PLAN_JSON_EXTENSION_URL,
  exportFhir,
  importFhir,
  importFhirWithDifferences,
} from '../../src/interop/fhir/index.js';
import { PHQ9, PHQ9_ITEM9_MESSAGE } from '../../src/clinical/instruments/builtins.js';
import { recomputeRisk } from '../../src/interop/fhir/import.js';
import type { TreatmentPlan } from '../../src/model/plan.js';
import { errorOf, okValue } from '../helpers/result.js';
import { realisticPlan } from '../fixtures/plan-fhir.js';

type R = Record<string, unknown>;
type Entry = { fullUrl?: string; resource: R };
const NOW = '2026-12-01T00:00:00.000Z';
const EHR = 'https://ehr.example.org/fhir';

const carePlan = (patch: R = {}): R => ({
  resourceType: 'CarePlan',
  id: 'cp-1',
  status: 'active',
  intent: 'plan',
  subject: { reference: 'Patient/p-1', identifier: { value: 'H-1' } },
  created: '2026-01-05T09:00:00Z',
  ...patch,
});
const goal = (id: string, text: string, patch: R = {}): R => ({ resourceType: 'Goal', id, lifecycleStatus: 'active', description: { text }, subject: { reference: 'Patient/p-1' }, ...patch });
const condition = (id: string, text: string, patch: R = {}): R => ({ resourceType: 'Condition', id, code: { text }, subject: { reference: 'Patient/p-1' }, ...patch });
const PHQ9_TOTAL = { coding: [{ system: LOINC_SYSTEM, code: '44261-6' }] };
const observation = (id: string, patch: R = {}): R => ({ resourceType: 'Observation', id, status: 'final', code: PHQ9_TOTAL, effectiveDateTime: '2026-02-01T10:00:00Z', valueInteger: 12, ...patch });
const response = (id: string, patch: R = {}): R => ({ resourceType: 'QuestionnaireResponse', id, status: 'completed', questionnaire: 'http://loinc.org/q/44249-1', authored: '2026-02-01T10:00:00Z', ...patch });
const milestone = (target: string, type = 'milestone', url = GOAL_RELATIONSHIP_EXTENSION_URL) => ({
  url,
  extension: [
    { url: 'type', valueCodeableConcept: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/goal-relationship-type', code: type }] } },
    { url: 'target', valueReference: { reference: target } },
  ],
});

/** Resources at `${EHR}/Type/id` (an entry given as { fullUrl?, resource } is kept as it is). */
function bundle(...items: (R | Entry)[]): R {
  const entry = items.map((x): Entry => ('resource' in x ? (x as Entry) : { fullUrl: `${EHR}/${String(x.resourceType)}/${String(x.id)}`, resource: x }));
  return { resourceType: 'Bundle', type: 'searchset', entry };
}
const imported = (b: unknown): TreatmentPlan => okValue(importFhir(b, { now: NOW }));
const refusal = (b: unknown): string => errorOf(importFhir(b, { now: NOW })).message;
const exportedLoose = (plan: TreatmentPlan) => JSON.parse(JSON.stringify(exportFhir(plan))) as { entry: { resource: R }[] };
const goalsOf = (p: TreatmentPlan) => p.problems.flatMap((x) => x.goals);
const objectivesOf = (p: TreatmentPlan) => goalsOf(p).flatMap((g) => g.objectives);

describe('importFhir from another system: refusals, in the words the host shows', () => {
  const phq9Answers = Array.from({ length: 9 }, (_, i) => ({ linkId: `phq9-${i + 1}`, answer: [{ valueInteger: 1 }] }));
  const finding = (parts: R) => ({ url: CRITICAL_FINDING_EXTENSION_URL, extension: Object.entries(parts).map(([url, v]) => ({ url, ...(v as R) })) });
  const cases: [string, () => unknown, string | RegExp][] = [
    ['not an object', () => 'Bundle', 'Expected a FHIR R4 Bundle (resourceType "Bundle").'],
    ['a Bundle whose entry is not a list', () => ({ resourceType: 'Bundle', entry: {} }), /^The FHIR Bundle is not valid: entry: /],
    ['a substance-use resource with a null coding', () => bundle(carePlan(), { resourceType: 'ServiceRequest', id: 's', category: [{ coding: [{ system: 'https://tailored-plan-kit.dev/fhir/CodeSystem/sud-record', code: 'medication-referral' }] }], code: { coding: [null] } }), 'The substance-use care resources of the FHIR Bundle are not valid FHIR.'],
    ['a CarePlan without any id', () => bundle({ resource: carePlan({ id: undefined }) }), 'The CarePlan has no identifier, id or fullUrl to use as the plan id.'],
    ['a Condition without words', () => bundle(carePlan(), condition('c1', '', { code: { coding: [{ system: 'http://snomed.info/sct' }] } })), `Condition ${EHR}/Condition/c1 has no code text or display to use as its title.`],
    ['a Condition without words and without fullUrl', () => bundle(carePlan(), { resource: condition('c1', '', { code: {} }) }), 'Condition 0 has no code text or display to use as its title.'],
    ['a Goal entered in error', () => bundle(carePlan(), goal('g1', 'Sleep', { lifecycleStatus: 'entered-in-error' })), `Goal ${EHR}/Goal/g1 is marked entered-in-error.`],
    ['a Goal without words', () => bundle(carePlan(), goal('g1', '', { description: {} })), `Goal ${EHR}/Goal/g1 has no description text.`],
    ['a Goal without words and without fullUrl', () => bundle(carePlan(), { resource: goal('g1', '', { description: {} }) }), 'Goal goal-1 has no description text.'],
    ['goals only in a cycle, without fullUrls', () => bundle(carePlan(), { resource: goal('g1', 'A', { extension: [milestone('Goal/g2')] }) }, { resource: goal('g2', 'B', { extension: [milestone('Goal/g1')] }) }), 'Goal g1 is only reachable through a cycle of goal-relationship milestones.'],
    ['an activity without a code', () => bundle(carePlan({ activity: [{ detail: { status: 'in-progress' } }] })), 'CarePlan.activity[0].detail has no code to use as the approach.'],
    ['a score without a code', () => bundle(carePlan(), observation('o1', { code: {} })), `Observation ${EHR}/Observation/o1 has no code to tell which instrument it scores.`],
    ['a score without a date', () => bundle(carePlan(), { resource: observation('o1', { effectiveDateTime: undefined }) }), 'Observation 1 (phq9) has no effectiveDateTime.'],
    ['a response without a date', () => bundle(carePlan(), response('q1', { authored: undefined, item: phq9Answers })), `QuestionnaireResponse ${EHR}/QuestionnaireResponse/q1 has no authored date.`],
    ['a critical finding without its item', () => bundle(carePlan(), observation('o1', { extension: [finding({ value: { valueDecimal: 2 }, message: { valueString: 'Follow up' } })] })), `Observation ${EHR}/Observation/o1 critical-finding extension 0 needs itemId, value and message.`],
    ['a critical finding without its value', () => bundle(carePlan(), observation('o1', { extension: [finding({ itemId: { valueString: 'phq9-9' }, message: { valueString: 'Follow up' } })] })), / critical-finding extension 0 needs itemId, value and message\.$/],
    ['a critical finding without words', () => bundle(carePlan(), observation('o1', { extension: [finding({ itemId: { valueString: 'phq9-9' }, value: { valueDecimal: 2 } })] })), / critical-finding extension 0 needs itemId, value and message\.$/],
    ['plan-json without a value', () => bundle(carePlan({ extension: [{ url: PLAN_JSON_EXTENSION_URL }] })), 'The CarePlan plan-json extension has no valueString.'],
    ['a malformed Goal.startDate', () => bundle(carePlan(), goal('g1', 'Sleep', { startDate: 'spring' })), 'Goal.startDate is not a FHIR date or dateTime: "spring".'],
    ['a malformed Goal.target.dueDate', () => bundle(carePlan(), goal('g1', 'Sleep', { extension: [milestone('Goal/g2')] }), goal('g2', 'In bed by 23:00', { target: [{ dueDate: 'soon' }] })), 'Goal.target.dueDate is not a FHIR date or dateTime: "soon".'],
    ['a malformed Condition.recordedDate', () => bundle(carePlan(), condition('c1', 'Worry', { recordedDate: '01/02/2026' })), 'Condition.recordedDate is not a FHIR date or dateTime: "01/02/2026".'],
    ['a malformed Bundle.timestamp', () => ({ ...bundle(carePlan()), timestamp: 'now' }), 'Bundle.timestamp is not a FHIR date or dateTime: "now".'],
    ['a malformed CarePlan.period.start', () => bundle(carePlan({ created: undefined, period: { start: '2026-1-5' } })), 'CarePlan.period.start is not a FHIR date or dateTime: "2026-1-5".'],
    ['a malformed boundsPeriod.start', () => bundle(carePlan({ activity: [{ detail: { code: { text: 'cbt' }, status: 'in-progress', scheduledTiming: { repeat: { boundsPeriod: { start: 'May' } } } } }] })), 'scheduledTiming.repeat.boundsPeriod.start is not a FHIR date or dateTime: "May".'],
    ['a malformed Observation.effectiveDateTime', () => bundle(carePlan(), observation('o1', { effectiveDateTime: 'x2026-02-01T10:00:00Z' })), 'Observation.effectiveDateTime is not a FHIR date or dateTime: "x2026-02-01T10:00:00Z".'],
    ['a malformed QuestionnaireResponse.authored', () => bundle(carePlan(), response('q1', { authored: '2026-02-01-10', item: phq9Answers })), 'QuestionnaireResponse.authored is not a FHIR date or dateTime: "2026-02-01-10".'],
    ['a year with letters before it', () => bundle(carePlan({ created: 'AD2026' })), 'CarePlan.created is not a FHIR date or dateTime: "AD2026".'],
    ['a Bundle without entries', () => ({ resourceType: 'Bundle', type: 'searchset' }), 'The FHIR Bundle has no entries; expected a CarePlan.'],
    ['a critical finding with no parts at all', () => bundle(carePlan(), observation('o1', { extension: [{ url: CRITICAL_FINDING_EXTENSION_URL }] })), / critical-finding extension 0 needs itemId, value and message\.$/],
    ['an activity coded without any code', () => bundle(carePlan({ activity: [{ detail: { code: { coding: [{ system: 'urn:x', display: 'CBT' }] }, status: 'in-progress' } }] })), 'CarePlan.activity[0].detail has no code to use as the approach.'],
    ['an activity with an empty code', () => bundle(carePlan({ activity: [{ detail: { code: {}, status: 'in-progress' } }] })), 'CarePlan.activity[0].detail has no code to use as the approach.'],
    ['a kit questionnaire with a broken escape', () => bundle(carePlan(), response('q1', { status: 'in-progress', questionnaire: `${KIT_QUESTIONNAIRE_BASE}/%E0%A4%A`, item: phq9Answers })), `QuestionnaireResponse.questionnaire is not a valid URL: "%E0%A4%A".`],
    ['a kit version with a broken escape', () => bundle(carePlan(), observation('o1', { derivedFrom: [{ reference: 'QuestionnaireResponse/q1' }] }), response('q1', { questionnaire: `${KIT_QUESTIONNAIRE_BASE}/phq9|%E0%A4%A`, item: phq9Answers })), `QuestionnaireResponse.questionnaire is not a valid URL: "%E0%A4%A".`],
    ['an id longer than the kit keeps', () => bundle(carePlan(), goal('g'.repeat(300), 'Sleep')), /^The plan rebuilt from the FHIR resources is not valid: problems\.0\.goals\.0\.id: /],
  ];
  for (const [name, make, message] of cases) {
    it(name, () => {
      const m = refusal(make());
      if (message instanceof RegExp) expect(m).to.match(message);
      else expect(m).to.equal(message);
    });
  }

  it('lists at most ten invalid resources and names the first', () => {
    const goals = Array.from({ length: 12 }, (_, i) => goal(`g${i}`, 'x', { description: 'not a concept' }));
    const e = errorOf(importFhir(bundle(carePlan(), ...goals)));
    expect(e.message).to.equal(`The FHIR Bundle has invalid resources: ${e.issues![0]}`);
    expect(e.issues![0]).to.match(/^entry\.1\.resource\(Goal\)\.description/);
    expect(e.issues).to.have.length(10);
  });
});

describe('importFhir from another system: ids and dates', () => {
  const ids: [string, Entry, string][] = [
    ['the kit identifier first', { fullUrl: `${EHR}/CarePlan/cp-1`, resource: carePlan({ identifier: [{ system: 'urn:other', value: 'x' }, { system: KIT_ID_SYSTEM, value: 'plan-7' }] }) }, 'plan-7'],
    ['a kit identifier without a value is passed over', { fullUrl: `${EHR}/CarePlan/cp-1`, resource: carePlan({ identifier: [{ system: KIT_ID_SYSTEM }] }) }, 'cp-1'],
    ['another system\'s identifier is not the plan id', { resource: carePlan({ identifier: [{ system: 'urn:other', value: 'x' }] }) }, 'cp-1'],
    ['no id: the last segment of the fullUrl', { fullUrl: `${EHR}/CarePlan/cp-9`, resource: carePlan({ id: undefined }) }, 'cp-9'],
    ['no id: a urn:uuid fullUrl without its prefix', { fullUrl: 'urn:uuid:1b0e6a3e-2c1d-4a8e-9f3b-7d6a1c2e8b94', resource: carePlan({ id: undefined }) }, '1b0e6a3e-2c1d-4a8e-9f3b-7d6a1c2e8b94'],
  ];
  for (const [name, entry, id] of ids) {
    it(`plan id: ${name}`, () => expect(imported(bundle(entry)).id).to.equal(id));
  }

  const dates: [string, string, string][] = [
    ['a year', '2026', '2026-01-01T00:00:00.000Z'],
    ['a month', '2026-03', '2026-03-01T00:00:00.000Z'],
    ['a day', '2026-03-02', '2026-03-02T00:00:00.000Z'],
    ['a dateTime, as sent', '2026-03-02T10:30:00+01:00', '2026-03-02T10:30:00+01:00'],
  ];
  for (const [name, created, createdAt] of dates) {
    it(`CarePlan.created as ${name}`, () => expect(imported(bundle(carePlan({ created }))).createdAt).to.equal(createdAt));
  }

  it('created falls back to the period start, then to now; updatedAt to meta.lastUpdated, the bundle timestamp, then created', () => {
    expect(imported(bundle(carePlan({ created: undefined, period: { start: '2026-02-03' } }))).createdAt).to.equal('2026-02-03T00:00:00.000Z');
    expect(imported(bundle(carePlan({ created: undefined }))).createdAt).to.equal(NOW);
    expect(imported(bundle(carePlan({ meta: { lastUpdated: '2026-04-01T08:00:00Z' } }))).updatedAt).to.equal('2026-04-01T08:00:00Z');
    expect(imported({ ...bundle(carePlan()), timestamp: '2026-05-01T08:00:00Z' }).updatedAt).to.equal('2026-05-01T08:00:00Z');
    expect(imported(bundle(carePlan())).updatedAt).to.equal('2026-01-05T09:00:00Z');
  });

  it('the client: the identifier and its display, shortened to 500 characters', () => {
    const long = 'N'.repeat(501);
    expect(imported(bundle(carePlan({ subject: { identifier: { value: 'H-1' }, display: long } }))).client).to.deep.equal({ hostId: 'H-1', displayName: `${'N'.repeat(499)}…` });
    expect(imported(bundle(carePlan({ subject: { identifier: { value: 'H-1' }, display: 'N'.repeat(500) } }))).client?.displayName).to.have.length(500);
    expect(imported(bundle(carePlan({ subject: { reference: 'Patient/p-1' } }))).client).to.equal(undefined);
  });
});

describe('importFhir from another system: problems and diagnoses', () => {
  it('problems in the CarePlan\'s order first, then the other Conditions; encounter diagnoses apart; ids from fullUrl or position', () => {
    const HL7_CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';
    const dx = condition('d1', 'Major depressive disorder', { category: [{ coding: [{ system: HL7_CATEGORY, code: 'problem-list-item' }] }, { coding: [{ system: 'urn:local', code: 'dx' }, { system: HL7_CATEGORY, code: 'encounter-diagnosis' }] }] });
    const notDx = condition('c3', 'Poor sleep', { category: [{ coding: [{ system: 'urn:other', code: 'encounter-diagnosis' }] }, { text: 'no coding' }] });
    const p = imported(
      bundle(
        carePlan({ addresses: [{ reference: 'Condition/c2' }, { reference: 'Goal/g1' }, { reference: 'Condition/missing' }] }),
        condition('c1', 'Worry', { recordedDate: '2026-01-02', evidence: [{ code: [{ text: 'Lies awake' }, { coding: [{ display: 'Restless' }] }, {}] }, {}] }),
        condition('c2', 'Low mood'),
        dx,
        notDx,
        { resource: { ...condition('', 'Fatigue'), id: undefined } },
        { resource: { ...condition('', 'Panic', dx), id: undefined, code: { text: 'Panic disorder' } } },
      ),
    );
    expect(p.problems.map((x) => [x.id, x.title, x.createdAt, x.evidencedBy])).to.deep.equal([
      ['c2', 'Low mood', '2026-01-05T09:00:00Z', []],
      ['c1', 'Worry', '2026-01-02T00:00:00.000Z', ['Lies awake', 'Restless']],
      ['c3', 'Poor sleep', '2026-01-05T09:00:00Z', []],
      ['problem-5', 'Fatigue', '2026-01-05T09:00:00Z', []],
    ]);
    expect(p.assessment.diagnoses).to.deep.equal([
      { id: 'd1', label: 'Major depressive disorder' },
      { id: 'diagnosis-6', label: 'Panic disorder' },
    ]);
  });

  const titles: [string, R, string][] = [
    ['text', { text: 'Worry', coding: [{ display: 'Anxiety', code: 'F41.1' }] }, 'Worry'],
    ['the first display', { coding: [{ code: 'F41.1' }, { display: 'Anxiety', code: 'F41.9' }] }, 'Anxiety'],
    ['the first code, without a display', { coding: [{ system: 'urn:x' }, { code: 'F41.1' }] }, 'F41.1'],
    ['500 characters, kept', { text: 'w'.repeat(500) }, 'w'.repeat(500)],
    ['501 characters, cut with an ellipsis', { text: 'w'.repeat(501) }, `${'w'.repeat(499)}…`],
  ];
  for (const [name, code, title] of titles) {
    it(`a Condition titled by ${name}`, () => expect(imported(bundle(carePlan(), condition('c1', '', { code }))).problems[0]!.title).to.equal(title));
  }
});

describe('importFhir from another system: goals and objectives', () => {
  it('objectives are the targets of milestone relationships only; other links and unresolved targets are not', () => {
    const p = imported(
      bundle(
        carePlan(),
        goal('g1', 'Feel rested', {
          extension: [
            milestone('Goal/o1'),
            milestone('Goal/o2', 'successor'),
            milestone('Goal/o3', 'milestone', 'urn:other-relationship'),
            milestone('Condition/c1'),
            milestone('Goal/missing'),
            { url: GOAL_RELATIONSHIP_EXTENSION_URL },
            { url: GOAL_RELATIONSHIP_EXTENSION_URL, extension: [{ url: 'type' }, { url: 'target', valueReference: { reference: 'Goal/o4' } }] },
            { url: GOAL_RELATIONSHIP_EXTENSION_URL, extension: [{ url: 'type', valueCodeableConcept: { text: 'milestone' } }, { url: 'target', valueReference: { reference: 'Goal/o4' } }] },
            { url: GOAL_RELATIONSHIP_EXTENSION_URL, extension: [{ url: 'type', valueCodeableConcept: { coding: [{ code: 'milestone' }] } }] },
            { url: GOAL_RELATIONSHIP_EXTENSION_URL, extension: [{ url: 'type', valueCodeableConcept: { coding: [{ code: 'related' }, { code: 'milestone' }] } }, { url: 'target', valueReference: { reference: 'Goal/o5' } }] },
          ],
        }),
        goal('o1', 'In bed by 23:00'),
        goal('o2', 'Nap less'),
        goal('o3', 'No screens'),
        goal('o4', 'Walk'),
        goal('o5', 'Stretch'),
        condition('c1', 'Poor sleep'),
      ),
    );
    expect(goalsOf(p).map((g) => [g.id, g.objectives.map((o) => o.id)])).to.deep.equal([
      ['g1', ['o1', 'o5']],
      ['o2', []],
      ['o3', []],
      ['o4', []],
    ]);
  });

  it('references resolve by fullUrl, by Type/id, past a _history version and from another base', () => {
    const p = imported(
      bundle(
        carePlan({ activity: [{ detail: { code: { text: 'cbt' }, status: 'in-progress', goal: [{ reference: 'https://other.example/fhir/Goal/o2' }, { reference: 'Goal/o1/_history/3' }, {}] } }] }),
        goal('g1', 'Feel rested', { extension: [milestone(`${EHR}/Goal/o1`), milestone('Goal/o2/_history/12')], addresses: [{ reference: 'Condition/c1/_history/1' }] }),
        goal('o1', 'In bed by 23:00'),
        goal('o2', 'No screens'),
        condition('c1', 'Poor sleep'),
      ),
    );
    expect(p.problems.map((x) => [x.id, x.goals.map((g) => [g.id, g.objectives.map((o) => o.id)])])).to.deep.equal([['c1', [['g1', ['o1', 'o2']]]]]);
    expect(p.interventions[0]!.objectiveIds).to.deep.equal(['o2', 'o1']);
  });

  it('goals linked to no problem share one problem named after the CarePlan; ids from fullUrl or position', () => {
    const p = imported(bundle(carePlan({ title: 'Sleep plan' }), { resource: { ...goal('', 'A'), id: undefined } }, { resource: { ...goal('', 'B'), id: undefined, extension: [milestone('urn:uuid:o')] } }, { fullUrl: 'urn:uuid:o', resource: { ...goal('', 'C'), id: undefined } }, goal('g4', 'D', { addresses: [{ reference: 'Condition/none' }] })));
    expect(p.problems.map((x) => [x.id, x.title, x.goals.map((g) => [g.id, g.objectives.map((o) => o.id)])])).to.deep.equal([
      ['cp-1-imported-goals', 'Sleep plan', [['goal-1', []], ['goal-2', ['o']], ['g4', []]]],
    ]);
    expect(p.problems[0]!.evidencedBy).to.deep.equal([]);
    const untitled = imported(bundle(carePlan(), goal('g1', 'A')));
    expect(untitled.problems[0]!.title).to.equal('Goals imported without a linked problem');
  });

  it('objectives without any id are numbered in the order they are read', () => {
    const p = imported(bundle(carePlan(), goal('g1', 'A', { extension: [milestone('urn:uuid:a'), milestone('urn:uuid:b')] }), { fullUrl: 'urn:uuid:a', resource: { ...goal('', 'A1'), id: undefined } }, { fullUrl: 'urn:uuid:b', resource: { ...goal('', 'A2'), id: undefined } }));
    expect(objectivesOf(p).map((o) => o.id)).to.deep.equal(['a', 'b']);
    const anonymous = imported(bundle(carePlan(), goal('g1', 'A', { extension: [milestone('Goal/x'), milestone('Goal/y')] }), { resource: { ...goal('x', 'A1') } }, { resource: { ...goal('y', 'A2') } }));
    expect(objectivesOf(anonymous).map((o) => o.id)).to.deep.equal(['x', 'y']);
  });

  it('priority from the HL7 goal-priority system only; client words from the client-words note only; who proposed', () => {
    const p = imported(
      bundle(
        carePlan(),
        goal('g1', 'A', { priority: { coding: [{ system: 'urn:other', code: 'low-priority' }, { system: GOAL_PRIORITY_SYSTEM, code: 'high-priority' }] }, note: [{ authorString: 'Dr. X', text: 'clinician note' }, { authorString: CLIENT_WORDS_AUTHOR, text: 'I want to sleep' }], expressedBy: { display: 'Client' }, statusReason: 'Agreed at intake', startDate: '2026-01-07' }),
        goal('g2', 'B', { priority: { coding: [{ system: 'urn:other', code: 'low-priority' }] }, note: [{ text: 'no author' }], expressedBy: { display: 'Somebody' } }),
        goal('g3', 'C', { priority: { text: 'High' } }),
      ),
    );
    const [a, b] = goalsOf(p);
    expect([a!.priority, a!.clientWords, a!.proposedBy, a!.statusReason, a!.createdAt]).to.deep.equal(['high', 'I want to sleep', 'client', 'Agreed at intake', '2026-01-07T00:00:00.000Z']);
    expect([b!.priority, b!.clientWords, b!.proposedBy, b!.statusReason, b!.createdAt]).to.deep.equal(['medium', undefined, 'clinician', undefined, '2026-01-05T09:00:00Z']);
    expect(goalsOf(p)[2]!.priority).to.equal('medium');
  });

  const targets: [string, R, R][] = [
    ['a Quantity at most', { measure: { text: 'panic attacks (per week)' }, detailQuantity: { value: 1, comparator: '<=' } }, { kind: 'custom', label: 'panic attacks', unit: 'per week', target: 1, direction: 'decrease' }],
    ['a Quantity below', { detailQuantity: { value: 1, comparator: '<' } }, { kind: 'custom', label: 'Walk', target: 1, direction: 'decrease' }],
    ['a Quantity above', { detailQuantity: { value: 3, comparator: '>' } }, { kind: 'custom', label: 'Walk', target: 3, direction: 'increase' }],
    ['a Quantity at least, with a UCUM unit', { measure: { text: 'steps' }, detailQuantity: { value: 3, comparator: '>=', unit: 'd' } }, { kind: 'custom', label: 'steps', unit: 'd', target: 3, direction: 'increase' }],
    ['a Quantity with no comparator: no direction', { detailQuantity: { value: 3 } }, { kind: 'custom', label: 'Walk', target: 3 }],
    ['an integer: the words stay whole', { measure: { text: 'walks (per week)' }, detailInteger: 4 }, { kind: 'custom', label: 'walks (per week)', target: 4 }],
    ['a range with a high end only: at most', { detailRange: { high: { value: 9 } } }, { kind: 'custom', label: 'Walk', target: 9, direction: 'decrease' }],
    ['a range with a low end only: at least', { detailRange: { low: { value: 2, unit: 'km' } } }, { kind: 'custom', label: 'Walk', unit: 'km', target: 2, direction: 'increase' }],
    ['a range with both ends: the high end, no direction', { detailRange: { low: { value: 2 }, high: { value: 5 } } }, { kind: 'custom', label: 'Walk', target: 5 }],
    ['a LOINC total: an instrument measure, the words whole', { measure: { coding: [{ system: LOINC_SYSTEM, code: '44261-6' }], text: 'PHQ-9 (total)' }, detailQuantity: { value: 9, comparator: '<=' } }, { kind: 'instrument', label: 'PHQ-9 (total)', instrumentId: 'phq9', target: 9, direction: 'decrease' }],
    ['a LOINC code in another system: not an instrument', { measure: { coding: [{ system: 'urn:other', code: '44261-6' }] } }, { kind: 'custom', label: '44261-6' }],
    ['a LOINC coding without a code, then one with', { measure: { coding: [{ system: LOINC_SYSTEM }, { system: LOINC_SYSTEM, code: '70274-6' }] } }, { kind: 'instrument', label: '70274-6', instrumentId: 'gad7' }],
    ['words that only look like a unit at the end', { measure: { text: 'score (self-rated) x' }, detailQuantity: { value: 3 } }, { kind: 'custom', label: 'score (self-rated) x', target: 3 }],
    ['no target: the goal\'s words', {}, { kind: 'custom', label: 'Walk' }],
  ];
  for (const [name, target, measure] of targets) {
    it(`a target as ${name}`, () => {
      const p = imported(bundle(carePlan(), goal('g1', 'Move more', { extension: [milestone('Goal/o1')] }), goal('o1', 'Walk', { target: [{ ...target, dueDate: '2026-06' }] })));
      const o = objectivesOf(p)[0]!;
      expect(o.measure).to.deep.equal(measure);
      expect(o.dueDate).to.equal('2026-06-01');
    });
  }
});

describe('importFhir from another system: activities', () => {
  const activity = (detail: R, id?: string) => carePlan({ activity: [{ ...(id ? { id } : {}), detail: { code: { text: 'cbt' }, status: 'in-progress', ...detail } }] });
  it('reads every detail the kit keeps', () => {
    const p = imported(
      bundle(
        carePlan({
          activity: [
            { detail: { code: { coding: [{ system: 'urn:x' }, { code: 'mbsr' }] }, status: 'scheduled', scheduledTiming: { repeat: { boundsPeriod: { start: '2026-02-01T09:00:00Z' }, count: 8, duration: 44.6, durationUnit: 'min', frequency: 1, period: 1, periodUnit: 'wk' } }, performer: [{ display: 'Dr. Ruiz' }, { display: 'Dr. Kim' }], reasonCode: [{ text: 'Rumination' }, { text: 'Stress' }], statusReason: { text: 'Waiting list' } } },
            { id: 'act-2', detail: { code: { text: 'group' }, status: 'entered-in-error' } },
            {},
            { id: 'act-4', detail: { code: { text: 'group' }, status: 'on-hold', scheduledString: 'First Tuesday', scheduledTiming: { repeat: { duration: 2, durationUnit: 'h' } } } },
            { detail: { code: { text: 'check-in' }, status: 'completed', scheduledString: 'AS NEEDED', performer: [], reasonCode: [] } },
          ],
        }),
      ),
    );
    expect(p.interventions.map(({ id, modalityId, frequency, frequencyNote, sessionMinutes, plannedSessions, clinician, startDate, rationale, status, statusReason }) => ({ id, modalityId, frequency, frequencyNote, sessionMinutes, plannedSessions, clinician, startDate, rationale, status, statusReason }))).to.deep.equal([
      { id: 'cp-1-activity-1', modalityId: 'mbsr', frequency: 'weekly', frequencyNote: undefined, sessionMinutes: 45, plannedSessions: 8, clinician: 'Dr. Ruiz', startDate: '2026-02-01', rationale: 'Rumination', status: 'proposed', statusReason: 'Waiting list' },
      { id: 'act-4', modalityId: 'group', frequency: 'other', frequencyNote: 'First Tuesday', sessionMinutes: undefined, plannedSessions: undefined, clinician: undefined, startDate: undefined, rationale: undefined, status: 'paused', statusReason: undefined },
      { id: 'cp-1-activity-5', modalityId: 'check-in', frequency: 'as-needed', frequencyNote: undefined, sessionMinutes: undefined, plannedSessions: undefined, clinician: undefined, startDate: undefined, rationale: undefined, status: 'completed', statusReason: undefined },
    ]);
    expect(p.interventions.map((i) => [i.format, i.delivery, i.techniques, i.homework, i.createdAt])).to.deep.equal(Array(3).fill(['individual', 'either', [], [], '2026-01-05T09:00:00Z']));
  });

  it('a timing the kit has no frequency for, and no words: "other" without a note', () => {
    const iv = imported(bundle(activity({ scheduledTiming: { repeat: { frequency: 3, period: 1, periodUnit: 'd' } } }))).interventions[0]!;
    expect([iv.frequency, iv.frequencyNote]).to.deep.equal(['other', undefined]);
  });
});

describe('importFhir from another system: scores and answers', () => {
  const withItems = (items: R[], patch: R = {}) => response('q1', { item: items, ...patch });
  const nine = (last: R = { valueInteger: 1 }) => Array.from({ length: 9 }, (_, i) => ({ linkId: `phq9-${i + 1}`, answer: [i === 8 ? last : { valueInteger: 1 }] }));

  it('an Observation is a score with its band; one in error, cancelled or without a value is not', () => {
    const p = imported(
      bundle(
        carePlan(),
        observation('o1', { valueInteger: 12, interpretation: [{ coding: [{ code: 'M' }] }, { text: 'Moderate' }] }),
        observation('o2', { status: 'entered-in-error', effectiveDateTime: '2026-02-02T10:00:00Z' }),
        observation('o3', { status: 'cancelled', effectiveDateTime: '2026-02-03T10:00:00Z' }),
        observation('o4', { valueInteger: undefined, valueString: 'n/a', effectiveDateTime: '2026-02-04T10:00:00Z' }),
        observation('o5', { valueInteger: undefined, valueQuantity: { value: 7 }, code: { text: 'Sleep check' }, effectiveDateTime: '2026-01-20T10:00:00Z', derivedFrom: [{ reference: 'QuestionnaireResponse/q5' }] }),
        response('q5', { questionnaire: 'https://ehr.example.org/Questionnaire/sleep', item: [{ linkId: 's1', answer: [{ valueInteger: 7 }] }] }),
      ),
    );
    expect(p.assessment.administrations[0]!.answers, 'an instrument the kit does not know keeps its answers by linkId').to.deep.equal({ s1: 7 });
    expect(p.assessment.administrations.map((a) => [a.id, a.instrumentId, a.instrumentVersion, a.date, a.source, a.score])).to.deep.equal([
      ['o5', 'Sleep check', 'unknown', '2026-01-20T10:00:00Z', 'host', { total: 7, max: 7, answered: 1, itemCount: 1, complete: true }],
      ['o1', 'phq9', 'unknown', '2026-02-01T10:00:00Z', 'host', { total: 12, max: 27, answered: 0, itemCount: 9, complete: true, bandLabel: 'M' }],
    ]);
  });

  it('answers come from the response the score derives from, by item id, LOINC code or LOINC answer code', () => {
    const items = [
      ...nine().slice(0, 6),
      { linkId: 'phq9-7', answer: [{ valueDecimal: 1 }] },
      { linkId: 'phq9-8', answer: [{ valueCoding: { system: LOINC_SYSTEM, code: 'LA-unknown' } }] },
      { linkId: '/44260-8', answer: [{ valueCoding: { system: LOINC_SYSTEM, code: 'LA6570-1' } }] },
      { linkId: 'extra' },
    ];
    const p = imported(bundle(carePlan(), observation('o1', { valueInteger: 12, derivedFrom: [{ reference: 'Patient/p-1' }, { reference: 'QuestionnaireResponse/q1' }] }), withItems(items, { questionnaire: `${KIT_QUESTIONNAIRE_BASE}/phq9|2.0%20b` })));
    const [a] = p.assessment.administrations;
    expect(p.assessment.administrations).to.have.length(1);
    expect(a!.answers).to.deep.equal({ 'phq9-1': 1, 'phq9-2': 1, 'phq9-3': 1, 'phq9-4': 1, 'phq9-5': 1, 'phq9-6': 1, 'phq9-7': 1, 'phq9-8': null, 'phq9-9': 2, extra: null });
    expect(a!.instrumentVersion).to.equal('2.0 b');
    expect(a!.critical).to.deep.equal([{ itemId: 'phq9-9', value: 2, message: PHQ9_ITEM9_MESSAGE }]);
    expect(a!.score).to.deep.equal({ total: 12, max: 27, answered: 8, itemCount: 10, complete: true });
  });

  const responses: [string, R, string[]][] = [
    ['a completed one from another system, named by LOINC panel', {}, ['phq9']],
    ['an amended one from another system', { status: 'amended' }, ['phq9']],
    ['an in-progress one from another system: not taken', { status: 'in-progress' }, []],
    ['one for a questionnaire nobody knows: not taken', { questionnaire: 'https://ehr.example.org/Questionnaire/intake' }, []],
    ['one without a questionnaire: not taken', { questionnaire: undefined }, []],
    ['one named by its id as the last segment, with a version', { questionnaire: 'https://ehr.example.org/Questionnaire/GAD-7|3' }, ['gad7']],
    ['the kit\'s own, in progress', { questionnaire: `${KIT_QUESTIONNAIRE_BASE}/phq9`, status: 'in-progress' }, ['phq9']],
    ['the kit\'s own, completed without its score: not taken', { questionnaire: `${KIT_QUESTIONNAIRE_BASE}/phq9`, status: 'completed' }, []],
  ];
  for (const [name, patch, instruments] of responses) {
    it(`a response without a score Observation: ${name}`, () => {
      const p = imported(bundle(carePlan(), withItems(nine(), patch)));
      expect(p.assessment.administrations.map((a) => a.instrumentId)).to.deep.equal(instruments);
    });
  }

  it('a response from another system is scored from its answers; administrations in date order', () => {
    const p = imported(bundle(carePlan(), withItems(nine({ valueInteger: 2 }), { authored: '2026-03-01' }), observation('o1', { effectiveDateTime: '2026-02-01T10:00:00Z', valueInteger: 3 }), response('q2', { status: 'in-progress', questionnaire: `${KIT_QUESTIONNAIRE_BASE}/gad7|1.0`, authored: '2026-01-01', item: [{ linkId: 'gad7-1', answer: [{ valueInteger: 2 }] }] })));
    expect(p.assessment.administrations.map((a) => [a.id, a.instrumentVersion, a.score.total, a.score.complete, a.score.itemCount])).to.deep.equal([
      ['q2', '1.0', 2, false, 7],
      ['o1', 'unknown', 3, true, 9],
      ['q1', 'unknown', 10, true, 9],
    ]);
    expect(p.assessment.administrations[2]!.critical).to.deep.equal([{ itemId: 'phq9-9', value: 2, message: PHQ9_ITEM9_MESSAGE }]);
    expect(p.timeline.map((e) => [e.kind, e.id])).to.deep.equal([['risk-flag', 'risk-q1-phq9-9']]);
  });

  it('a finding the sender stated is kept when its answer did not travel, and flagged once', () => {
    const stated = { url: CRITICAL_FINDING_EXTENSION_URL, extension: [{ url: 'itemId', valueString: 'phq9-9' }, { url: 'value', valueDecimal: 2 }, { url: 'message', valueString: 'Follow up today' }] };
    const other = { url: 'urn:other', extension: [{ url: 'itemId', valueString: 'phq9-1' }] };
    const p = imported(bundle(carePlan(), observation('o1', { extension: [other, stated], derivedFrom: [{ reference: 'QuestionnaireResponse/q1' }] }), withItems(nine().slice(0, 8))));
    expect(p.assessment.administrations[0]!.critical).to.deep.equal([{ itemId: 'phq9-9', value: 2, message: 'Follow up today' }]);
    expect(p.timeline.filter((e) => e.kind === 'risk-flag')).to.have.length(1);
  });

  it('a stated finding is replaced by the one its answer gives', () => {
    const stated = { url: CRITICAL_FINDING_EXTENSION_URL, extension: [{ url: 'itemId', valueString: 'phq9-9' }, { url: 'value', valueDecimal: 1 }, { url: 'message', valueString: 'old words' }] };
    const p = imported(bundle(carePlan(), observation('o1', { extension: [stated], derivedFrom: [{ reference: 'QuestionnaireResponse/q1' }] }), withItems(nine({ valueInteger: 3 }))));
    expect(p.assessment.administrations[0]!.critical).to.deep.equal([{ itemId: 'phq9-9', value: 3, message: PHQ9_ITEM9_MESSAGE }]);
    const none = imported(bundle(carePlan(), observation('o1', { extension: [stated], derivedFrom: [{ reference: 'QuestionnaireResponse/q1' }] }), withItems(nine({ valueInteger: 0 }))));
    expect(none.assessment.administrations[0]!.critical).to.deep.equal([]);
  });

  it('the version comes only from the kit\'s own questionnaire with a version; a score without an id is numbered by its place in the bundle', () => {
    const derived = (questionnaire?: string) => [observation('o1', { derivedFrom: [{ reference: 'QuestionnaireResponse/q1' }] }), response('q1', { ...(questionnaire ? { questionnaire } : { questionnaire: undefined }), item: nine() })];
    const versionOf = (questionnaire?: string) => imported(bundle(carePlan(), ...derived(questionnaire))).assessment.administrations[0]!.instrumentVersion;
    expect(versionOf(`${KIT_QUESTIONNAIRE_BASE}/phq9|1.0`)).to.equal('1.0');
    expect(versionOf(`${KIT_QUESTIONNAIRE_BASE}/phq9`)).to.equal('unknown');
    expect(versionOf('https://ehr.example.org/Questionnaire/phq9|3')).to.equal('unknown');
    expect(versionOf(undefined)).to.equal('unknown');
    const anonymous = imported(bundle(carePlan(), condition('c1', 'Worry'), { resource: { ...observation('o1'), id: undefined } }));
    expect(anonymous.assessment.administrations.map((a) => a.id)).to.deep.equal(['administration-3']);
  });

  it('an in-progress response keeps its own sum when it holds items the questionnaire does not know', () => {
    const q = response('q1', { status: 'in-progress', questionnaire: `${KIT_QUESTIONNAIRE_BASE}/gad7`, item: [{ linkId: 'gad7-1', answer: [{ valueInteger: 2 }] }, { linkId: 'gad7-2', answer: [{ valueInteger: 3 }] }, { linkId: 'gad7-3' }, { linkId: 'note', answer: [{ valueInteger: 1 }] }] });
    const [a] = imported(bundle(carePlan(), q)).assessment.administrations;
    // An item without an answer is unanswered, never the first option's value.
    expect(a!.answers).to.deep.equal({ 'gad7-1': 2, 'gad7-2': 3, 'gad7-3': null, note: 1 });
    expect(a!.score).to.deep.equal({ total: 6, max: 21, answered: 3, itemCount: 7, complete: false });
  });

  it('two scores at the same instant keep the bundle\'s order', () => {
    const p = imported(bundle(carePlan(), observation('o2'), observation('o1'), observation('o3', { effectiveDateTime: '2026-01-01T10:00:00Z' })));
    expect(p.assessment.administrations.map((a) => a.id)).to.deep.equal(['o3', 'o2', 'o1']);
  });

  it('a risk flag id is cut to the kit\'s 128-character id limit', () => {
    const id = 'a'.repeat(120);
    const p = imported(bundle(carePlan(), withItems(nine({ valueInteger: 1 }), { id })));
    const flag = p.timeline.find((e) => e.kind === 'risk-flag')!;
    expect(flag.id).to.equal(`risk-${id}-phq9-9`.slice(0, 128));
  });
});

describe('importFhir from another system: the result', () => {
  it('now may be a Date; nothing differs from an embedded plan that was never there', () => {
    const r = okValue(importFhirWithDifferences(bundle(carePlan({ created: undefined })), { now: new Date('2026-07-01T12:00:00.000Z') }));
    expect(r.plan.createdAt).to.equal('2026-07-01T12:00:00.000Z');
    expect(r.differences).to.deep.equal([]);
  });

  it('an extension of another system on the CarePlan is not the embedded plan', () => {
    expect(imported(bundle(carePlan({ extension: [{ url: 'urn:ehr:care-team', valueString: 'Team B' }] }))).id).to.equal('cp-1');
  });

  it('a risk flag is raised once per administration and item: a flag for another administration or item does not count', () => {
    const plan = realisticPlan();
    const first = plan.assessment.administrations[0]!;
    plan.assessment.administrations.push({ ...first, id: 'adm-phq-3', date: '2026-11-01T10:00:00.000Z' });
    plan.assessment.administrations[0] = { ...first, critical: [...first.critical, { itemId: 'phq9-x', value: 1, message: 'Stated by the sender' }] };
    const back = okValue(importFhir(exportFhir(plan)));
    const flags = back.timeline.filter((e) => e.kind === 'risk-flag').map((e) => (e.kind === 'risk-flag' ? [e.administrationId, e.itemId] : []));
    expect(flags).to.deep.equal([
      ['adm-phq-1', 'phq9-9'],
      ['adm-phq-1', 'phq9-x'],
      ['adm-phq-3', 'phq9-9'],
    ]);
  });

  it('recomputeRisk leaves the plan it is given untouched', () => {
    const plan = realisticPlan();
    const first = plan.assessment.administrations[0]!;
    plan.assessment.administrations = [{ ...first, id: 'adm-new' }];
    const before = JSON.stringify(plan);
    expect(recomputeRisk(plan, [PHQ9], false).timeline).to.have.length(plan.timeline.length + 1);
    expect(JSON.stringify(plan)).to.equal(before);
  });
});

describe('importFhirWithDifferences: the resources win over plan-json', () => {
  it('an identifier the EHR added before the kit\'s, or none at all, still matches the embedded plan', () => {
    const plan = realisticPlan();
    const withEhrId = exportedLoose(plan);
    const ids = withEhrId.entry[0]!.resource.identifier as unknown[];
    withEhrId.entry[0]!.resource.identifier = [{ system: 'urn:ehr:careplan', value: 'CP-1' }, ...ids];
    expect(okValue(importFhir(withEhrId))).to.deep.equal(plan);
    const withoutId = exportedLoose(plan);
    delete withoutId.entry[0]!.resource.identifier;
    expect(okValue(importFhir(withoutId))).to.deep.equal(plan);
  });

  it('a goal with no words yet travels only in plan-json, and an agreed proposed goal reads as accepted: no difference', () => {
    const plan = realisticPlan();
    plan.problems[0]!.goals[0]!.clinicalText = '';
    plan.problems[1]!.goals[0]!.agreement = { agreed: true, date: '2026-09-08' };
    const r = okValue(importFhirWithDifferences(exportedLoose(plan)));
    expect(r.differences).to.deep.equal([]);
    expect(r.plan).to.deep.equal(plan);
  });

  const exported = (plan: TreatmentPlan) => JSON.parse(JSON.stringify(exportFhir(plan))) as { entry: { resource: R }[] };
  it('a CarePlan or Goal marked entered-in-error changes nothing; an unchanged plan lists no difference', () => {
    const plan = realisticPlan();
    const b = exported(plan);
    b.entry[0]!.resource.status = 'entered-in-error';
    const mood = b.entry.find((e) => e.resource.resourceType === 'Goal' && JSON.stringify(e.resource.identifier).includes('"goal-mood"'))!;
    mood.resource.lifecycleStatus = 'entered-in-error';
    const r = okValue(importFhirWithDifferences(b));
    expect(r.differences).to.deep.equal([]);
    expect(r.plan).to.deep.equal(plan);
  });

  it('a Goal the plan does not hold, or one without words, changes nothing', () => {
    const plan = realisticPlan();
    const b = exported(plan);
    b.entry.push({ resource: goal('g-new', 'Added in the EHR', { identifier: [{ system: KIT_ID_SYSTEM, value: 'g-new' }] }) });
    const mood = b.entry.find((e) => e.resource.resourceType === 'Goal' && JSON.stringify(e.resource.identifier).includes('"goal-mood"'))!;
    mood.resource.description = { coding: [{ code: 'x' }] };
    expect(okValue(importFhirWithDifferences(b)).differences).to.deep.equal([]);
  });

  it('an objective\'s words and status changed in the EHR win too', () => {
    const plan = realisticPlan();
    const b = exported(plan);
    const walk = b.entry.find((e) => e.resource.resourceType === 'Goal' && JSON.stringify(e.resource.identifier).includes('"obj-walk"'))!;
    walk.resource.description = { text: 'Walk five days' };
    walk.resource.lifecycleStatus = 'on-hold';
    const r = okValue(importFhirWithDifferences(b));
    expect(r.differences).to.deep.equal([
      { field: 'goal-text', itemId: 'obj-walk', embedded: 'Walk for 20 minutes on four days a week', resource: 'Walk five days' },
      { field: 'goal-status', itemId: 'obj-walk', embedded: 'active', resource: 'on-hold' },
    ]);
    const o = objectivesOf(r.plan).find((x) => x.id === 'obj-walk')!;
    expect([o.clinicalText, o.status]).to.deep.equal(['Walk five days', 'on-hold']);
  });
});
