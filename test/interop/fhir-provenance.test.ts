// Provenance resources field by field (issue 19): who signed for whom, the version extension only
// when a version holds the agreed content, a witness only for a verbal agreement, keys per item.
import { expect } from '@open-wc/testing';
import { PLAN_VERSION_EXTENSION_URL, SIGNATURE_TYPE } from '../../src/interop/fhir/codes.js';
import { agreementProvenance, provenances, signatureProvenance } from '../../src/interop/fhir/provenance.js';
import { createPlan } from '../../src/model/factory.js';
import type { PlanAgreement, Signature, TreatmentPlan } from '../../src/model/plan.js';

const HASH = 'ab'.repeat(32);
const B64 = btoa(String.fromCharCode(...Array<number>(32).fill(0xab)));
const target = { reference: 'urn:uuid:care-plan' };
const subject = { reference: 'Patient/p-1' };
const AT = '2026-03-10T09:00:00.000Z';

const signature = (extra: Partial<Signature> = {}): Signature => ({ id: 's1', role: 'clinician', name: 'Dr. Ana Ruiz', signedAt: AT, version: 2, hash: HASH, ...extra });
const agreement = (extra: Partial<PlanAgreement> = {}): PlanAgreement => ({ id: 'a1', how: 'client', name: 'Maya K.', date: '2026-03-09', recordedAt: AT, hash: HASH, ...extra });

describe('Provenance of a signature', () => {
  const who: [string, Partial<Signature>, object][] = [
    ['a clinician, with credentials', { credentials: 'PhD' }, { display: 'Dr. Ana Ruiz, PhD' }],
    ['a supervisor, without', { role: 'supervisor', name: 'Dr. Lee' }, { display: 'Dr. Lee' }],
    ['the client: the plan’s subject, by name', { role: 'client', name: 'Maya K.' }, { reference: 'Patient/p-1', display: 'Maya K.' }],
    ['a guardian: by name only (not the subject)', { role: 'guardian', name: 'Rosa K.' }, { display: 'Rosa K.' }],
  ];
  for (const [name, extra, expected] of who) {
    it(`${name}`, () => {
      const s = signature(extra);
      const p = signatureProvenance(s, target, subject);
      expect(p.agent[0]!.who).to.deep.equal(expected);
      expect(p.signature![0]!.who).to.deep.equal(expected);
      expect(p.signature![0]!.type[0]!.code).to.equal(SIGNATURE_TYPE[s.role].code);
    });
  }

  it('carries the version, the time and the hash as base64; a signature from before hashing has no data', () => {
    const p = signatureProvenance(signature(), target, subject);
    expect(p).to.deep.include({ resourceType: 'Provenance', recorded: AT, target: [target], extension: [{ url: PLAN_VERSION_EXTENSION_URL, valueInteger: 2 }] });
    expect(p.signature![0]).to.deep.include({ when: AT, data: B64 });
    expect(signatureProvenance(signature({ hash: undefined }), target, subject).signature![0]).to.not.have.property('data');
  });
});

describe('Provenance of an agreement', () => {
  it('typed by the client: the client attests and signs, in the version that holds the content', () => {
    const p = agreementProvenance(agreement(), 3, target, subject);
    expect(p.extension).to.deep.equal([{ url: PLAN_VERSION_EXTENSION_URL, valueInteger: 3 }]);
    expect(p).to.deep.include({ occurredDateTime: '2026-03-09', recorded: AT });
    expect(p.agent.map((a) => [a.type?.coding?.[0]?.code, a.who])).to.deep.equal([['attester', { reference: 'Patient/p-1', display: 'Maya K.' }]]);
    expect(p.signature).to.deep.equal([
      { type: [{ system: 'urn:iso-astm:E1762-95:2013', code: '1.2.840.10065.1.12.1.7', display: 'Consent Signature' }], when: AT, who: { reference: 'Patient/p-1', display: 'Maya K.' }, data: B64 },
    ]);
  });

  it('given aloud and recorded by a clinician: the clinician witnesses on the client’s behalf; no version yet, no extension', () => {
    const p = agreementProvenance(agreement({ how: 'verbal', recordedBy: 'Dr. Ana Ruiz' }), undefined, target, subject);
    expect(p).to.not.have.property('extension');
    expect(p.agent.map((a) => [a.type?.coding?.[0]?.code, a.who])).to.deep.equal([
      ['attester', { reference: 'Patient/p-1', display: 'Maya K.' }],
      ['enterer', { display: 'Dr. Ana Ruiz' }],
    ]);
    expect(p.signature![0]).to.deep.include({ who: { display: 'Dr. Ana Ruiz' }, onBehalfOf: { reference: 'Patient/p-1', display: 'Maya K.' } });
    expect(p.signature![0]!.type[0]!.code).to.equal('1.2.840.10065.1.12.1.11');
  });

  it('typed by the client with a recorder named: no witness', () => {
    expect(agreementProvenance(agreement({ recordedBy: 'Dr. Ana Ruiz' }), 1, target, subject).agent).to.have.length(1);
    expect(agreementProvenance(agreement({ how: 'verbal' }), 1, target, subject).agent, 'verbal, nobody named').to.have.length(1);
  });
});

describe('every Provenance of a plan', () => {
  it('signatures then agreements, keyed by item, each agreement in the version whose hash it names', () => {
    const base = createPlan('p-prov', AT);
    const plan: TreatmentPlan = {
      ...base,
      versions: [{ version: 1, hash: 'cd'.repeat(32) } as TreatmentPlan['versions'][number], { version: 2, hash: HASH } as TreatmentPlan['versions'][number]],
      signatures: [signature()],
      agreements: [agreement(), agreement({ id: 'a2', hash: 'ef'.repeat(32) })],
    };
    const all = provenances(plan, target, subject);
    expect(all.map(([key]) => key)).to.deep.equal(['signature:s1', 'agreement:a1', 'agreement:a2']);
    expect(all[1]![1].extension).to.deep.equal([{ url: PLAN_VERSION_EXTENSION_URL, valueInteger: 2 }]);
    expect(all[2]![1]).to.not.have.property('extension');
  });
});
