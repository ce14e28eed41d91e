import { expect } from '@open-wc/testing';
import { PHQ9, PHQ9_ITEM9_MESSAGE } from '../../src/clinical/instruments/index.js';
import { exportFhir, importFhir } from '../../src/interop/fhir/index.js';
import { createPlan, type RiskFlagEntry, type TreatmentPlan } from '../../src/model/index.js';
import { applyCommand } from '../../src/plan/reducer.js';

type Loose = Record<string, any>;

/** A plan with one recorded PHQ-9 whose item 9 is answered `item9`. */
function planWith(item9: number): TreatmentPlan {
  const answers = Object.fromEntries(PHQ9.items.slice(0, 9).map((it, i) => [it.id, i === 8 ? item9 : 1]));
  const r = applyCommand(createPlan('fhir-risk', '2026-11-01T00:00:00.000Z'), { type: 'assessment/record-administration', instrument: PHQ9, answers, id: 'adm-1', date: '2026-11-20T09:00:00.000Z' }, { now: '2026-11-20T09:05:00.000Z', newId: () => 'rf-1' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.plan;
}

/**
 * What another system sends: no plan-json, no kit critical-finding extension or note, the
 * questionnaire named by LOINC, item 9 by its LOINC code with a LOINC answer code.
 */
function outsideBundle(item9: number, item9Style: 'loinc-coding' | 'kit-integer'): Loose {
  const b = JSON.parse(JSON.stringify(exportFhir(planWith(item9), { embedPlan: false }))) as Loose;
  const LA = ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'];
  for (const e of b.entry) {
    const r = e.resource;
    if (r.resourceType === 'Observation') {
      delete r.extension;
      delete r.note;
    }
    if (r.resourceType === 'QuestionnaireResponse') {
      delete r.identifier;
      r.questionnaire = 'http://loinc.org/q/44249-1';
      r.item = r.item.map((it: Loose) =>
        it.linkId === 'phq9-9' && item9Style === 'loinc-coding'
          ? { linkId: '/44260-8', answer: [{ valueCoding: { system: 'http://loinc.org', code: LA[it.answer[0].valueInteger] } }] }
          : it,
      );
    }
  }
  return b;
}

const flagsOf = (p: TreatmentPlan) => p.timeline.filter((e): e is RiskFlagEntry => e.kind === 'risk-flag');

describe('importFhir: risk answers from another system', () => {
  // [name, item 9 answer, how it is sent, expected critical value (null = none)]
  const table: [string, number, 'loinc-coding' | 'kit-integer', number | null][] = [
    ['item 9 "Several days" sent as LOINC answer code on linkId /44260-8', 1, 'loinc-coding', 1],
    ['item 9 "Nearly every day" as a LOINC answer code', 3, 'loinc-coding', 3],
    ['item 9 "Not at all" → no finding', 0, 'loinc-coding', null],
    ['item 9 = 2 under the kit item id, no extension', 2, 'kit-integer', 2],
  ];
  for (const [name, item9, style, value] of table) {
    it(name, () => {
      const r = importFhir(outsideBundle(item9, style), { now: '2026-12-01T00:00:00.000Z' });
      expect(r.ok, r.ok ? '' : r.error.message).to.equal(true);
      const plan = r.ok ? r.value : createPlan('x');
      const a = plan.assessment.administrations.find((x) => x.instrumentId === 'phq9')!;
      expect(a.critical).to.deep.equal(value === null ? [] : [{ itemId: 'phq9-9', value, message: PHQ9_ITEM9_MESSAGE }]);
      expect(flagsOf(plan).map((f) => [f.administrationId, f.itemId, f.value, f.recorded, f.acknowledgedAt])).to.deep.equal(
        value === null ? [] : [[a.id, 'phq9-9', value, true, undefined]],
      );
    });
  }

  it('a completed response with no score Observation comes in, scored from its answers', () => {
    const b = outsideBundle(2, 'kit-integer');
    b.entry = b.entry.filter((e: Loose) => e.resource.resourceType !== 'Observation');
    const r = importFhir(b, { now: '2026-12-01T00:00:00.000Z' });
    expect(r.ok, r.ok ? '' : r.error.message).to.equal(true);
    const a = (r.ok ? r.value : createPlan('x')).assessment.administrations[0]!;
    expect(a.score).to.deep.include({ total: 10, complete: true, band: 'moderate' });
    expect(a.critical.map((c) => [c.itemId, c.value])).to.deep.equal([['phq9-9', 2]]);
  });

  it('a stated finding is recomputed from the answers on every import (an embedded plan too)', () => {
    const plan = planWith(2);
    // A plan (from an older kit or edited elsewhere) whose administration lost its finding and entry.
    const stripped: TreatmentPlan = {
      ...plan,
      assessment: { ...plan.assessment, administrations: plan.assessment.administrations.map((a) => ({ ...a, critical: [] })) },
      timeline: [],
    };
    const r = importFhir(exportFhir(stripped));
    expect(r.ok).to.equal(true);
    const back = r.ok ? r.value : createPlan('x');
    expect(back.assessment.administrations[0]!.critical.map((c) => c.itemId)).to.deep.equal(['phq9-9']);
    expect(flagsOf(back)).to.have.length(1);
    // A plan that already holds its flag gets no second one, and round-trips unchanged.
    const same = importFhir(exportFhir(plan));
    expect(same.ok ? same.value : undefined).to.deep.equal(plan);
  });
});
