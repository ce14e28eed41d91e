// What a FHIR server needs from the export besides validity (references, PUTs, subjects, order), and
// what servers send back to the import (issue 15). Validity itself: fhir-server-shape.test.ts.
import { expect } from '@open-wc/testing';
import { exportFhir, exportFhirWithWarnings, importFhir, importFhirWithDifferences, type FhirBundle } from '../../src/interop/fhir/index.js';
import { realisticPlan, withEmptyTexts, withSpacedVersionAndReversedAnswers } from '../fixtures/plan-fhir.js';

const loose = (b: FhirBundle) => JSON.parse(JSON.stringify(b)) as { entry: { fullUrl: string; resource: Record<string, unknown> & { resourceType: string; id: string }; request?: { method: string; url: string } }[] };

describe('exportFhir: what a FHIR server needs', () => {
  it('leaves out a goal or objective with no words and names it in warnings; nothing refers to it', () => {
    const plan = withEmptyTexts();
    const { bundle, warnings } = exportFhirWithWarnings(plan);
    const goal = plan.problems[0]!.goals[0]!;
    expect(warnings).to.deep.equal([
      { code: 'goal-without-text', itemId: goal.id },
      { code: 'goal-without-text', itemId: goal.objectives[0]!.id },
    ]);
    const json = JSON.stringify(bundle);
    const kitIds = bundle.entry.flatMap((e) => e.resource.identifier ?? []).map((i) => ('value' in i ? i.value : undefined));
    expect(kitIds).to.not.include(goal.id);
    const goalUrls = bundle.entry.filter((e) => e.resource.resourceType === 'Goal').map((e) => e.fullUrl);
    const referenced = [...json.matchAll(/"reference":"(urn:uuid:[^"]+)"/g)].map((m) => m[1]!);
    const known = new Set(bundle.entry.map((e) => e.fullUrl));
    expect(referenced.filter((r) => !known.has(r))).to.deep.equal([]);
    expect(goalUrls).to.have.length(plan.problems.flatMap((p) => p.goals.flatMap((g) => [g, ...g.objectives])).length - 2);
    expect(json).to.not.match(/:""/);
  });

  it('a transaction PUTs every resource by its stable id, and every reference names an entry', () => {
    const b = loose(exportFhir(realisticPlan(), { bundleType: 'transaction', patient: 'Patient/p-123' }));
    const urls = new Set<string>();
    for (const e of b.entry) {
      expect(e.request).to.deep.equal({ method: 'PUT', url: `${e.resource.resourceType}/${e.resource.id}` });
      urls.add(e.request!.url);
    }
    const refs = [...JSON.stringify(b).matchAll(/"reference":"([^"]+)"/g)].map((m) => m[1]!).filter((r) => r !== 'Patient/p-123');
    expect(refs.filter((r) => !urls.has(r))).to.deep.equal([]);
    expect(JSON.stringify(b)).to.not.include('"reference":"urn:uuid:');
  });

  it('patient gives every resource a literal subject reference; without it the identifier form stays', () => {
    const linked = loose(exportFhir(realisticPlan(), { patient: 'Patient/p-123' }));
    // A Provenance has no subject: the client is one of its agents (tested in fhir-signing.test.ts).
    const withSubject = (b: ReturnType<typeof loose>) => b.entry.filter((e) => e.resource.resourceType !== 'Provenance');
    for (const e of withSubject(linked)) expect((e.resource.subject as { reference?: string }).reference, e.resource.resourceType).to.equal('Patient/p-123');
    const plain = loose(exportFhir(realisticPlan()));
    for (const e of withSubject(plain)) expect((e.resource.subject as { reference?: string }).reference).to.equal(undefined);
  });

  it('Observations and QuestionnaireResponses are basedOn the CarePlan', () => {
    const b = loose(exportFhir(realisticPlan()));
    const carePlan = b.entry[0]!.fullUrl;
    const linked = b.entry.filter((e) => e.resource.resourceType === 'Observation' || e.resource.resourceType === 'QuestionnaireResponse');
    expect(linked.length).to.be.greaterThan(3);
    for (const e of linked) expect(e.resource.basedOn).to.deep.equal([{ reference: carePlan }]);
  });

  it('QuestionnaireResponse items follow the questionnaire, whatever order the answers were stored in; same plan, same bytes', () => {
    const reversed = exportFhir(withSpacedVersionAndReversedAnswers());
    const qr = loose(reversed).entry.find((e) => e.resource.resourceType === 'QuestionnaireResponse')!;
    const ids = (qr.resource.item as { linkId: string }[]).map((i) => i.linkId);
    expect(ids).to.deep.equal(['phq9-1', 'phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', 'phq9-9'].filter((id) => ids.includes(id)));
    expect(ids.length).to.be.greaterThan(1);
    const plan = realisticPlan();
    const sameOrder = { ...plan, assessment: { ...plan.assessment, administrations: [{ ...plan.assessment.administrations[0]!, instrumentVersion: 'Pfizer 1999 v2' }, ...plan.assessment.administrations.slice(1)] } };
    expect(JSON.stringify(reversed)).to.equal(JSON.stringify(exportFhir(sameOrder)));
  });

  it('escapes the questionnaire canonical (a version with spaces) and reads it back', () => {
    const plan = withSpacedVersionAndReversedAnswers();
    const b = loose(exportFhir(plan, { embedPlan: false }));
    const qr = b.entry.find((e) => e.resource.resourceType === 'QuestionnaireResponse')!;
    expect(qr.resource.questionnaire).to.match(/\|Pfizer%201999%20v2$/);
    const back = importFhir(b, { now: '2026-12-01T00:00:00.000Z' });
    expect(back.ok && back.value.assessment.administrations.find((a) => a.id === plan.assessment.administrations[0]!.id)?.instrumentVersion).to.equal('Pfizer 1999 v2');
  });
});

describe('importFhir: what servers send back', () => {
  const asSearchset = (b: FhirBundle) => {
    const l = loose(b);
    return { resourceType: 'Bundle', type: 'searchset', entry: l.entry.map((e) => ({ fullUrl: `https://fhir.example.org/r4/${e.resource.resourceType}/${e.resource.id}`, resource: e.resource, search: { mode: 'match' } })) };
  };

  it('a searchset of the transaction as stored (no kit extension) imports back', () => {
    const plan = realisticPlan();
    const r = importFhir(asSearchset(exportFhir(plan, { bundleType: 'transaction', embedPlan: false })), { now: '2026-12-01T00:00:00.000Z' });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value.id).to.equal(plan.id);
    expect(r.value.problems.flatMap((p) => p.goals.map((g) => g.clinicalText))).to.deep.equal(plan.problems.flatMap((p) => p.goals.map((g) => g.clinicalText)));
    expect(r.value.assessment.administrations.map((a) => a.score.total)).to.deep.equal(plan.assessment.administrations.map((a) => a.score.total));
  });

  it('a transaction-response (entries with only a response) is read for what it holds', () => {
    const l = loose(exportFhir(realisticPlan()));
    const response = {
      resourceType: 'Bundle',
      type: 'transaction-response',
      entry: [{ response: { status: '200 OK', location: 'CarePlan/x/_history/2' } }, ...l.entry.map((e) => ({ ...e, response: { status: '200 OK' } }))],
    };
    const r = importFhir(response);
    expect(r.ok && r.value.id).to.equal(realisticPlan().id);
  });

  it('a Goal target as detailRange (high only: at most) becomes a decrease target', () => {
    const l = loose(exportFhir(realisticPlan(), { embedPlan: false }));
    const goal = l.entry.find((e) => e.resource.resourceType === 'Goal' && (e.resource.target as { detailQuantity?: unknown }[] | undefined)?.[0]?.detailQuantity)!;
    const t = (goal.resource.target as Record<string, unknown>[])[0]!;
    t.detailRange = { high: { value: 9 } };
    delete t.detailQuantity;
    const r = importFhir(l, { now: '2026-12-01T00:00:00.000Z' });
    expect(r.ok).to.equal(true);
    const objective = r.ok ? r.value.problems.flatMap((p) => p.goals.flatMap((g) => g.objectives)).find((o) => o.measure.target === 9) : undefined;
    expect(objective?.measure.direction).to.equal('decrease');
  });

  it('a malformed URL from outside is a typed invalid-import, never a thrown URIError', () => {
    const l = loose(exportFhir(realisticPlan(), { embedPlan: false }));
    const qr = l.entry.find((e) => e.resource.resourceType === 'QuestionnaireResponse')!;
    qr.resource.questionnaire = 'https://tailored-plan-kit.dev/fhir/Questionnaire/phq9|%E0%A4%A';
    const r = importFhir(l, { now: '2026-12-01T00:00:00.000Z' });
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.error.code).to.equal('invalid-import');
    expect(!r.ok && r.error.message).to.include('not a valid URL');
  });

  it('plan-json never silently overrides what the EHR changed: the resources win and the differences are listed', () => {
    const plan = realisticPlan();
    const l = loose(exportFhir(plan));
    const goalEntry = l.entry.find((e) => e.resource.resourceType === 'Goal' && JSON.stringify(e.resource.identifier).includes('"goal-worry"'))!;
    goalEntry.resource.description = { text: 'Sleep through the night (edited in the EHR)' };
    goalEntry.resource.lifecycleStatus = 'active';
    l.entry[0]!.resource.status = 'on-hold';
    const r = importFhirWithDifferences(l);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    const goal = r.value.plan.problems.flatMap((p) => p.goals).find((g) => g.id === 'goal-worry')!;
    expect(goal.clinicalText).to.equal('Sleep through the night (edited in the EHR)');
    expect(goal.status).to.equal('active');
    expect(r.value.plan.status).to.equal('under-review');
    expect(r.value.differences).to.deep.equal([
      { field: 'status', itemId: plan.id, embedded: 'active', resource: 'on-hold' },
      { field: 'goal-text', itemId: 'goal-worry', embedded: 'Worry less and sleep through the night', resource: 'Sleep through the night (edited in the EHR)' },
      { field: 'goal-status', itemId: 'goal-worry', embedded: 'proposed', resource: 'active' },
    ]);
    // Unchanged resources: no difference, the exact plan back.
    const same = importFhirWithDifferences(exportFhir(plan));
    expect(same.ok && same.value.differences).to.deep.equal([]);
    expect(same.ok && same.value.plan).to.deep.equal(plan);
  });
});
