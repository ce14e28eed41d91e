// Agreement and signature in FHIR: CarePlan.status active only when signed, a Provenance per
// signature and agreement (hash as attestation), valid R4, and a lossless round trip.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { exportFhir, importFhirWithDifferences, type FhirBundle, type FhirCarePlan, type FhirProvenance } from '../../src/interop/fhir/index.js';
import { createPlan, type TreatmentPlan } from '../../src/model/index.js';
import { applyCommand } from '../../src/plan/reducer.js';
import { planHash, signingState } from '../../src/model/signing.js';
import { commandContext } from '../helpers/commands.js';
import { okValue } from '../helpers/result.js';
import { agreedAndSigned } from '../helpers/signing.js';
import { realisticPlan } from '../fixtures/plan-fhir.js';

const r4Problems = (resource: unknown) => executeServerCommand<string[], { resource: unknown }>('fhir-validate', { resource });
const AT = '2026-03-01T08:00:00.000Z';
const ctx = (now = '2026-03-10T09:00:00.000Z') => commandContext(now, 'x');

const carePlanOf = (b: FhirBundle) => b.entry.find((e) => e.resource.resourceType === 'CarePlan')!.resource as FhirCarePlan;
const provenancesOf = (b: FhirBundle) => b.entry.filter((e) => e.resource.resourceType === 'Provenance').map((e) => e.resource as FhirProvenance);
const base64ToHex = (b64: string) => [...atob(b64)].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');

function draft(): TreatmentPlan {
  const plan = realisticPlan();
  return { ...createPlan(plan.id, AT), client: { hostId: 'MRN-20931', displayName: 'Maya K.' }, problems: plan.problems, interventions: plan.interventions, supports: plan.supports };
}

async function signedWithVerbalAgreement(): Promise<TreatmentPlan> {
  const plan = draft();
  const hash = await planHash(plan);
  const agreed = okValue(applyCommand(plan, { type: 'plan/agree', how: 'verbal', name: 'Maya K.', date: '2026-03-09', recordedBy: 'Dr. Ana Ruiz', hash, revision: 0 }, ctx())).plan;
  return okValue(applyCommand(agreed, { type: 'plan/sign', signer: { name: 'Dr. Ana Ruiz', credentials: 'PhD', role: 'clinician' }, hash, revision: agreed.revision }, ctx())).plan;
}

describe('FHIR: CarePlan.status follows the signature', () => {
  it('a draft, and a plan marked active that nobody signed, go out as draft; a signed plan as active', async () => {
    expect(carePlanOf(exportFhir(draft())).status).to.equal('draft');
    expect(carePlanOf(exportFhir({ ...draft(), status: 'active' })).status).to.equal('draft');
    expect(carePlanOf(exportFhir(await agreedAndSigned(draft(), ctx()))).status).to.equal('active');
  });

  it('a signed plan changed since stays active (its signed version is in force)', async () => {
    const signed = await agreedAndSigned(draft(), ctx());
    const edited = okValue(applyCommand(signed, { type: 'goal/update', goalId: 'goal-mood', fields: { clinicalText: 'Feel like myself again' } }, ctx())).plan;
    expect(signingState(edited).changedSinceSigned).to.equal(true);
    expect(carePlanOf(exportFhir(edited)).status).to.equal('active');
  });
});

describe('FHIR: a Provenance per signature and agreement', () => {
  it('targets the CarePlan, names who and when, carries the version and the hash as signature data', async () => {
    const plan = await signedWithVerbalAgreement();
    const bundle = exportFhir(plan, { patient: 'Patient/p-9' });
    const carePlanUrl = bundle.entry[0]!.fullUrl;
    const [signature, agreement] = provenancesOf(bundle);
    const hash = plan.signatures[0]!.hash!;
    expect(signature).to.deep.include({
      target: [{ reference: carePlanUrl }],
      recorded: '2026-03-10T09:00:00.000Z',
      extension: [{ url: 'https://tailored-plan-kit.dev/fhir/StructureDefinition/plan-version', valueInteger: 1 }],
    });
    expect(signature!.agent).to.deep.equal([
      { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code: 'author', display: 'Author' }] }, who: { display: 'Dr. Ana Ruiz, PhD' } },
    ]);
    const sig = signature!.signature![0]!;
    expect(sig.type).to.deep.equal([{ system: 'urn:iso-astm:E1762-95:2013', code: '1.2.840.10065.1.12.1.1', display: "Author's Signature" }]);
    expect(base64ToHex(sig.data!)).to.equal(hash);

    expect(agreement!.occurredDateTime).to.equal('2026-03-09');
    expect(agreement!.agent.map((a) => [a.type?.coding?.[0]?.code, a.who.reference, a.who.display])).to.deep.equal([
      ['attester', 'Patient/p-9', 'Maya K.'],
      ['enterer', undefined, 'Dr. Ana Ruiz'],
    ]);
    const consent = agreement!.signature![0]!;
    expect(consent.type[0]!.code).to.equal('1.2.840.10065.1.12.1.11');
    expect(consent.onBehalfOf).to.deep.include({ reference: 'Patient/p-9', display: 'Maya K.' });
    expect(base64ToHex(consent.data!)).to.equal(hash);
  });

  for (const [shape, options] of [['collection', {}], ['transaction', { bundleType: 'transaction' as const, patient: 'Patient/p-9' }], ['collection without the plan extension', { embedPlan: false }]] as const) {
    it(`${shape}: valid R4 (JSON schema and StructureDefinitions)`, async () => {
      expect(await r4Problems(exportFhir(await signedWithVerbalAgreement(), options))).to.deep.equal([]);
    });
  }

  it('in a transaction each Provenance is PUT by a stable id and targets CarePlan/<id>', async () => {
    const bundle = exportFhir(await signedWithVerbalAgreement(), { bundleType: 'transaction' });
    const carePlanId = carePlanOf(bundle).id;
    const entries = bundle.entry.filter((e) => e.resource.resourceType === 'Provenance');
    expect(entries).to.have.length(2);
    for (const e of entries) {
      expect(e.request).to.deep.equal({ method: 'PUT', url: `Provenance/${e.resource.id}` });
      expect((e.resource as FhirProvenance).target).to.deep.equal([{ reference: `CarePlan/${carePlanId}` }]);
    }
    expect(JSON.stringify(exportFhir(await signedWithVerbalAgreement(), { bundleType: 'transaction' }))).to.equal(JSON.stringify(bundle));
  });
});

describe('FHIR: import round-trips agreement and signature', () => {
  it('the signed plan comes back identical, signing state and hash included, with no differences', async () => {
    const plan = await signedWithVerbalAgreement();
    const r = okValue(importFhirWithDifferences(exportFhir(plan)));
    expect(r.differences).to.deep.equal([]);
    expect(r.plan).to.deep.equal(plan);
    expect(signingState(r.plan).signed?.hash).to.equal(plan.versions[0]!.hash);
  });

  it('a plan marked active that nobody signed keeps its status on the way back (no false difference)', () => {
    const plan = { ...draft(), status: 'active' as const };
    const r = okValue(importFhirWithDifferences(exportFhir(plan)));
    expect(r.differences).to.deep.equal([]);
    expect(r.plan.status).to.equal('active');
  });
});
