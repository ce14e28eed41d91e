import { expect } from '@open-wc/testing';
import { parsePlan } from '../../src/model/index.js';
import { exportFhir, importFhir } from '../../src/interop/fhir/index.js';
import { wellFormed } from '../../src/interop/fhir/export.js';
import { realisticPlan } from '../fixtures/plan-fhir.js';

describe('exportFhir and lone surrogates', () => {
  const cases: [string, string, string][] = [
    ['a high surrogate alone', 'PHQ\uD83D', 'PHQ\uFFFD'],
    ['a low surrogate alone', '\uDE00mood', '\uFFFDmood'],
    ['a pair reversed', '\uDE00\uD83D', '\uFFFD\uFFFD'],
    ['a whole emoji is kept', 'calm \uD83D\uDE00', 'calm \uD83D\uDE00'],
    ['plain text is kept', 'Fewer panic attacks', 'Fewer panic attacks'],
    ['empty', '', ''],
  ];
  for (const [name, input, output] of cases) {
    it(`wellFormed: ${name}`, () => expect(wellFormed(input)).to.equal(output));
  }

  it('keeps the same object when nothing needs replacing', () => {
    const plan = realisticPlan();
    expect(wellFormed(plan)).to.equal(plan);
  });

  it('exports a plan with a lone surrogate in an instrument id and in text, as U+FFFD', () => {
    const plan = realisticPlan();
    const broken = {
      ...plan,
      client: { hostId: 'MRN-\uD800', displayName: 'Maya \uDC00Torres' },
      assessment: {
        ...plan.assessment,
        administrations: plan.assessment.administrations.map((a, i) => (i === 0 ? { ...a, instrumentId: `${a.instrumentId}\uD83D` } : a)),
      },
    };
    const parsed = parsePlan(broken);
    expect(parsed.ok).to.equal(true);
    const bundle = exportFhir(parsed.ok ? parsed.value : plan);
    const json = JSON.stringify(bundle);
    expect(json).to.contain('Maya \uFFFDTorres').and.contain('MRN-\uFFFD');
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(json)).to.equal(false);
    // And it reads back.
    const back = importFhir(bundle);
    expect(back.ok && back.value.client?.displayName).to.equal('Maya \uFFFDTorres');
  });
});
