// The FHIR code tables read back (issue 19): a Timing from another system as a frequency, a LOINC
// total as an instrument, display words, and CarePlan.status only active once signed.
import { expect } from '@open-wc/testing';
import { carePlanStatus, frequencyFromTiming, instrumentForLoinc, loincTotalFor } from '../../src/interop/fhir/codes.js';
import { coded, titleCase } from '../../src/interop/fhir/coding.js';
import { createPlan } from '../../src/model/factory.js';
import type { TreatmentPlan } from '../../src/model/plan.js';
import { commandContext } from '../helpers/commands.js';
import { agreedAndSigned } from '../helpers/signing.js';

describe('FHIR codes read back', () => {
  const timings: [string, { frequency?: number; period?: number; periodUnit?: string }, string | undefined][] = [
    ['twice a week', { frequency: 2, period: 1, periodUnit: 'wk' }, 'twice-weekly'],
    ['once a week', { frequency: 1, period: 1, periodUnit: 'wk' }, 'weekly'],
    ['no frequency given: once, each week', { period: 1, periodUnit: 'wk' }, 'weekly'],
    ['every two weeks', { frequency: 1, period: 2, periodUnit: 'wk' }, 'every-two-weeks'],
    ['monthly', { frequency: 1, period: 1, periodUnit: 'mo' }, 'monthly'],
    ['three times a week', { frequency: 3, period: 1, periodUnit: 'wk' }, undefined],
    ['every three weeks', { frequency: 1, period: 3, periodUnit: 'wk' }, undefined],
    ['once a day', { frequency: 1, period: 1, periodUnit: 'd' }, undefined],
    ['no period', { frequency: 1, periodUnit: 'wk' }, undefined],
  ];
  for (const [name, timing, frequency] of timings) {
    it(`Timing ${name} → ${frequency ?? 'no kit frequency'}`, () => expect(frequencyFromTiming(timing)).to.equal(frequency));
  }

  it('finds an instrument by its confirmed LOINC total, whatever way its id is written', () => {
    const phq = loincTotalFor('PHQ-9');
    expect(phq).to.not.equal(undefined);
    expect(loincTotalFor('phq9')).to.equal(phq);
    expect(instrumentForLoinc(phq!.code)).to.equal(phq);
    expect(instrumentForLoinc('00000-0')).to.equal(undefined);
  });

  it('words codes as HL7 displays', () => {
    expect(['no-change', 'in-progress', 'achieved', 'x'].map(titleCase)).to.deep.equal(['No Change', 'In Progress', 'Achieved', 'X']);
    expect(coded('http://example.org/cs', 'not-achieved')).to.deep.equal({ coding: [{ system: 'http://example.org/cs', code: 'not-achieved', display: 'Not Achieved' }] });
  });

  it('CarePlan.status: active only once signed; every other status as mapped', async () => {
    const plan = (status: TreatmentPlan['status']): TreatmentPlan => ({ ...createPlan('p-codes', '2026-03-01T08:00:00.000Z'), status });
    expect(carePlanStatus(plan('active')), 'marked active, never signed').to.equal('draft');
    expect(carePlanStatus(plan('draft'))).to.equal('draft');
    expect(carePlanStatus(plan('completed'))).to.equal('completed');
    expect(carePlanStatus(plan('discontinued'))).to.equal('revoked');
    const signed = await agreedAndSigned(plan('draft'), commandContext('2026-03-10T09:00:00.000Z', 'x'));
    expect(signed.status).to.equal('active');
    expect(carePlanStatus(signed)).to.equal('active');
    expect(carePlanStatus({ ...signed, status: 'under-review' }), 'care goes on during a review').to.equal('active');
    expect(carePlanStatus(plan('under-review')), 'under review, never signed').to.equal('draft');
  });
});
