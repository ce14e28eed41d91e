import { expect } from '@open-wc/testing';
import { exportFhirWithWarnings, importFhir, type FhirBundle } from '../../src/interop/fhir/index.js';
import { PART2_SECURITY_LABELS } from '../../src/interop/fhir/substance-use.js';
import { okValue } from '../helpers/result.js';
import { sudPlan } from '../fixtures/sud-plan.js';

const sudEntries = (b: FhirBundle) =>
  b.entry.filter((e) => e.resource.resourceType === 'ServiceRequest' || (e.resource.resourceType === 'Observation' && JSON.stringify(e.resource.code).includes('sud-')));
const labelled = (r: { meta?: { security?: { system?: string; code?: string }[] } }) =>
  PART2_SECURITY_LABELS.every((l) => r.meta?.security?.some((c) => c.system === l.system && c.code === l.code));

describe('FHIR: substance-use care and 42 CFR Part 2', () => {
  it('uses the HL7 codes for the label: v3-Confidentiality R and v3-ActCode 42CFRPart2', () => {
    expect(PART2_SECURITY_LABELS.map((c) => `${c.system}|${c.code}`)).to.deep.equal([
      'http://terminology.hl7.org/CodeSystem/v3-Confidentiality|R',
      'http://terminology.hl7.org/CodeSystem/v3-ActCode|42CFRPart2',
    ]);
  });

  it('an unmarked plan exports ratings, level, referral and supports unlabelled, and they round-trip (with and without the embedded plan)', () => {
    const plan = sudPlan();
    const { bundle, refusal } = exportFhirWithWarnings(plan);
    expect(refusal).to.equal(undefined);
    expect(sudEntries(bundle)).to.have.length(5 + 1 + 1 + 2);
    expect(sudEntries(bundle).some((e) => e.resource.meta?.security)).to.equal(false);
    expect(okValue(importFhir(bundle)).substanceUseCare).to.deep.equal(plan.substanceUseCare);
    const fromResources = okValue(importFhir(exportFhirWithWarnings(plan, { embedPlan: false }).bundle)).substanceUseCare;
    expect(fromResources).to.deep.equal(plan.substanceUseCare);
  });

  it('a referral resource carries no dose (no dosage or quantity anywhere)', () => {
    const { bundle } = exportFhirWithWarnings(sudPlan());
    const referral = bundle.entry.find((e) => e.resource.resourceType === 'ServiceRequest' && JSON.stringify(e.resource).includes('medication-referral'))!;
    expect(JSON.stringify(referral.resource)).to.not.match(/"(dose\w*|dosage\w*|quantity\w*)":/i);
  });

  it('section marked: withheld without includeProtected (coded refusal), and the embedded plan leaves it out too', () => {
    const plan = sudPlan('section');
    const { bundle, refusal } = exportFhirWithWarnings(plan);
    expect(refusal).to.deep.equal({ code: 'part2-protected', params: { scope: 'section', withheld: 9 } });
    expect(sudEntries(bundle)).to.have.length(0);
    const text = JSON.stringify(bundle);
    for (const secret of ['naltrexone', 'SMART Recovery', 'Drinks daily', 'after work']) expect(text, secret).to.not.contain(secret);
    // What did leave is still the plan (its other resources), and it imports without the protected part.
    const back = okValue(importFhir(bundle));
    expect(back.substanceUseCare).to.equal(undefined);
    expect(back.problems.length).to.equal(plan.problems.length);
  });

  it('section marked, includeProtected: the protected resources and the CarePlan holding them are labelled; the rest is not; the label round-trips', () => {
    const plan = sudPlan('section');
    const { bundle, refusal } = exportFhirWithWarnings(plan, { includeProtected: true });
    expect(refusal).to.equal(undefined);
    expect(sudEntries(bundle)).to.have.length(9);
    expect(sudEntries(bundle).every((e) => labelled(e.resource))).to.equal(true);
    expect(labelled(bundle.entry[0]!.resource), 'the CarePlan embeds the protected part').to.equal(true);
    expect(bundle.entry.filter((e) => e.resource.resourceType === 'Goal').some((e) => labelled(e.resource))).to.equal(false);
    expect(okValue(importFhir(bundle)).substanceUseCare).to.deep.equal(plan.substanceUseCare);
    const lean = exportFhirWithWarnings(plan, { includeProtected: true, embedPlan: false }).bundle;
    expect(labelled(lean.entry[0]!.resource), 'a CarePlan without the embedded plan holds nothing protected').to.equal(false);
    expect(okValue(importFhir(lean)).substanceUseCare).to.deep.equal(plan.substanceUseCare);
  });

  it('whole plan marked: nothing is exported without the flag; with it every resource is labelled and the mark comes back', () => {
    const plan = sudPlan('plan');
    const refused = exportFhirWithWarnings(plan);
    expect(refused.bundle.entry).to.deep.equal([]);
    expect(refused.refusal?.params.scope).to.equal('plan');
    const { bundle } = exportFhirWithWarnings(plan, { includeProtected: true, embedPlan: false });
    expect(refused.refusal?.params.withheld).to.equal(bundle.entry.length);
    expect(bundle.entry.every((e) => labelled(e.resource))).to.equal(true);
    expect(okValue(importFhir(bundle)).substanceUseCare?.part2).to.equal('plan');
  });

  it('a malformed substance-use resource is refused as invalid-import, never thrown', () => {
    const { bundle } = exportFhirWithWarnings(sudPlan(), { embedPlan: false });
    const broken = JSON.parse(JSON.stringify(bundle)) as FhirBundle;
    const referral = broken.entry.find((e) => e.resource.resourceType === 'ServiceRequest')!.resource as { code?: { coding?: unknown[] } };
    referral.code!.coding = [null];
    const r = importFhir(broken);
    expect(r.ok ? 'ok' : r.error.code).to.equal('invalid-import');
  });

  it('a label the receiving system added is never dropped on import, even when the embedded plan has no mark', () => {
    const { bundle } = exportFhirWithWarnings(sudPlan());
    const labelledBySud = JSON.parse(JSON.stringify(bundle)) as FhirBundle;
    for (const e of sudEntries(labelledBySud)) e.resource.meta = { security: [...PART2_SECURITY_LABELS] };
    expect(okValue(importFhir(labelledBySud)).substanceUseCare?.part2).to.equal('section');
    const labelledWhole = JSON.parse(JSON.stringify(bundle)) as FhirBundle;
    labelledWhole.entry.find((e) => e.resource.resourceType === 'Condition')!.resource.meta = { security: [...PART2_SECURITY_LABELS] };
    expect(okValue(importFhir(labelledWhole)).substanceUseCare?.part2).to.equal('plan');
  });

  it('rating Observations are never read back as questionnaire scores', () => {
    const back = okValue(importFhir(exportFhirWithWarnings(sudPlan(), { embedPlan: false }).bundle));
    expect(back.assessment.administrations.map((a) => a.instrumentId)).to.not.include.members(['biomedical']);
    expect(back.assessment.administrations.some((a) => a.instrumentId.startsWith('Risk rating'))).to.equal(false);
  });
});
