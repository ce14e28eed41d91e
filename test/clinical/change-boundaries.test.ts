import { expect } from '@open-wc/testing';
import { bandFor, changeMarkers, instrumentSeries, isRemission, isResponse, reliableChange, toPoint } from '../../src/clinical/progress/change.js';
import { CHANGE_PARAMETERS, SEVERITY_BANDS, type ChangeParameters } from '../../src/clinical/progress/parameters.js';
import { createPlan, type Administration, type TreatmentPlan } from '../../src/model/index.js';
import { scoreOnly } from '../fixtures/administrations.js';
import { GAD7_STRUCTURE, PHQ9_STRUCTURE } from '../../src/clinical/instruments/structures.js';

// Change over time at its cut-offs: the reliable-change threshold of each instrument (one point
// below, at, above), response and remission at their baselines, and how series are built.

const PHQ9 = CHANGE_PARAMETERS.phq9!;
const GAD7 = CHANGE_PARAMETERS.gad7!;
const PCL5 = CHANGE_PARAMETERS.pcl5!;

describe('reliableChange at each threshold', () => {
  // [instrument, parameters, baseline, current, reliable, direction]
  const cases: [string, ChangeParameters, number, number, boolean, 'improvement' | 'deterioration' | 'none'][] = [
    ['PHQ-9 −5 (below 6)', PHQ9, 20, 15, false, 'none'],
    ['PHQ-9 −6 (the threshold)', PHQ9, 20, 14, true, 'improvement'],
    ['PHQ-9 +5', PHQ9, 10, 15, false, 'none'],
    ['PHQ-9 +6', PHQ9, 10, 16, true, 'deterioration'],
    ['PHQ-9 no change', PHQ9, 12, 12, false, 'none'],
    ['GAD-7 −3 (below 4)', GAD7, 15, 12, false, 'none'],
    ['GAD-7 −4 (the threshold)', GAD7, 15, 11, true, 'improvement'],
    ['GAD-7 +4', GAD7, 5, 9, true, 'deterioration'],
    ['PCL-5 −14 (below 15, points only)', PCL5, 50, 36, false, 'none'],
    ['PCL-5 −15 (the published threshold)', PCL5, 50, 35, true, 'improvement'],
    ['PCL-5 +15', PCL5, 30, 45, true, 'deterioration'],
    ['PCL-5 +14', PCL5, 30, 44, false, 'none'],
  ];
  for (const [name, p, baseline, current, reliable, direction] of cases) {
    it(`${name}: ${reliable ? 'reliable' : 'not reliable'} (${direction})`, () => {
      const r = reliableChange(baseline, current, p);
      expect([r.reliable, r.direction, r.difference]).to.deep.equal([reliable, direction, current - baseline]);
    });
  }

  it('a higher-is-better scale reads a rise as improvement', () => {
    const up: ChangeParameters = { ...PCL5, better: 'higher' };
    expect(reliableChange(30, 45, up).direction).to.equal('improvement');
    expect(reliableChange(45, 30, up).direction).to.equal('deterioration');
    expect(reliableChange(30, 44, up).direction).to.equal('none');
  });

  it('computes SE, S_diff, RC and the critical points from SD and r (PHQ-9: 6, GAD-7: 4)', () => {
    const r = reliableChange(20, 14, PHQ9);
    expect(r.standardError).to.be.closeTo(5.5 * Math.sqrt(1 - 0.89), 1e-9);
    expect(r.sDiff).to.be.closeTo(Math.sqrt(2) * 5.5 * Math.sqrt(1 - 0.89), 1e-9);
    expect(r.rc).to.be.closeTo(-6 / r.sDiff!, 1e-9);
    expect(r.criticalPoints).to.equal(6);
    expect(r.verified).to.equal(true);
    expect(reliableChange(15, 11, GAD7).criticalPoints).to.equal(4);
  });

  it('with an SD but no reliability (or the reverse) uses the published points', () => {
    const sdOnly: ChangeParameters = { ...PCL5, sd: PHQ9.sd! };
    const rOnly: ChangeParameters = { ...PCL5, reliability: PHQ9.reliability! };
    for (const p of [sdOnly, rOnly]) {
      expect(reliableChange(50, 35, p)).to.deep.equal({ difference: -15, reliable: true, direction: 'improvement', criticalPoints: 15, verified: true });
    }
  });

  it('without SD and r uses the published points, and has no RC', () => {
    const r = reliableChange(50, 35, PCL5);
    expect(r.criticalPoints).to.equal(15);
    expect(r).to.not.have.any.keys('rc', 'sDiff', 'standardError');
    expect(r.verified).to.equal(true);
  });

  const unverified: [string, ChangeParameters][] = [
    ['an unverified SD', { ...PHQ9, sd: { ...PHQ9.sd!, verified: false } }],
    ['an unverified reliability', { ...PHQ9, reliability: { ...PHQ9.reliability!, verified: false } }],
    ['unverified published points', { ...PHQ9, reliableChangePoints: { ...PHQ9.reliableChangePoints, verified: false } }],
    ['unverified points (points only)', { ...PCL5, reliableChangePoints: { ...PCL5.reliableChangePoints, verified: false } }],
  ];
  for (const [name, p] of unverified) {
    it(`is not verified with ${name}`, () => expect(reliableChange(20, 5, p).verified).to.equal(false));
  }

  it('the RC must exceed 1.96 strictly: a difference that gives exactly 1.96 is not reliable', () => {
    // SD 1, r 0.5: SE = √0.5, S_diff = 1, so a difference of 1.96 gives RC = 1.96.
    const p: ChangeParameters = { ...PHQ9, sd: { ...PHQ9.sd!, value: 1 }, reliability: { ...PHQ9.reliability!, value: 0.5 } };
    expect(reliableChange(0, 1.96, p).rc).to.be.closeTo(1.96, 1e-9);
    expect(reliableChange(0, 1.96, p).reliable).to.equal(false);
    expect(reliableChange(0, 1.97, p).reliable).to.equal(true);
  });
});

describe('response and remission at their baselines', () => {
  const response: [number, number, boolean][] = [
    [10, 5, true], // exactly 50 % from the lowest clinical baseline
    [10, 6, false],
    [9, 0, false], // baseline below the clinical range
    [20, 10, true],
    [20, 11, false],
    [27, 13, true], // 14 of 27 is more than half
    [27, 14, false],
  ];
  for (const [baseline, current, expected] of response) {
    it(`response ${baseline} → ${current}: ${expected}`, () => expect(isResponse(baseline, current)).to.equal(expected));
  }
  it('response with a baseline of 0 is never judged (even when the minimum allows it)', () => {
    expect(isResponse(0, 0, 0)).to.equal(false);
    expect(isResponse(2, 1, 0)).to.equal(true);
  });

  const remission: [number, number, boolean][] = [
    [10, 4, true], // baseline exactly at the cut-off
    [10, 5, false], // 5 is not below 5
    [9, 0, false],
    [25, 0, true],
  ];
  for (const [baseline, current, expected] of remission) {
    it(`remission ${baseline} → ${current}: ${expected}`, () => expect(isRemission(baseline, current)).to.equal(expected));
  }
  it('remission with other cut-offs', () => {
    expect(isRemission(8, 2, 8, 3)).to.equal(true);
    expect(isRemission(7, 2, 8, 3)).to.equal(false);
    expect(isRemission(8, 3, 8, 3)).to.equal(false);
  });
});

describe('changeMarkers', () => {
  const cases: [string, ChangeParameters | undefined, number, number, string[]][] = [
    ['no parameters: none', undefined, 20, 2, []],
    ['PHQ-9 20 → 4: improvement, response, remission', PHQ9, 20, 4, ['reliable-improvement', 'response', 'remission']],
    ['PHQ-9 10 → 5: response only (5 is not remission), not reliable', PHQ9, 10, 5, ['response']],
    ['PHQ-9 10 → 4: improvement, response, remission', PHQ9, 10, 4, ['reliable-improvement', 'response', 'remission']],
    ['PHQ-9 9 → 2: reliable improvement only (baseline below 10)', PHQ9, 9, 2, ['reliable-improvement']],
    ['PHQ-9 10 → 20: deterioration', PHQ9, 10, 20, ['reliable-deterioration']],
    ['GAD-7 15 → 3: improvement only (no outcome for GAD-7)', GAD7, 15, 3, ['reliable-improvement']],
    ['higher-is-better with an outcome: no response', { ...PHQ9, better: 'higher' }, 20, 4, ['reliable-deterioration', 'remission']],
  ];
  for (const [name, p, baseline, current, expected] of cases) {
    it(name, () => expect(changeMarkers(baseline, current, p).markers).to.deep.equal(expected));
  }

  it('is provisional only when a reliable marker rests on an unverified value', () => {
    const shaky: ChangeParameters = { ...PHQ9, sd: { ...PHQ9.sd!, verified: false } };
    expect(changeMarkers(20, 4, shaky).verified).to.equal(false);
    expect(changeMarkers(20, 18, shaky).verified).to.equal(true); // not reliable: nothing rests on SD
    expect(changeMarkers(20, 4, PHQ9).verified).to.equal(true);
    expect(changeMarkers(20, 4, undefined)).to.deep.equal({ markers: [], verified: true });
  });
});

const administration = (id: string, instrumentId: string, date: string, total: number, score: Partial<Administration['score']> = {}) =>
  scoreOnly(id, instrumentId, date, total, { score });
const planWith = (...administrations: Administration[]): TreatmentPlan => {
  const plan = createPlan('p', '2026-01-01T00:00:00.000Z');
  return { ...plan, assessment: { ...plan.assessment, administrations } };
};

describe('instrumentSeries', () => {
  it('groups by instrument (ids compared normalized), oldest first, sorted by label, incomplete ones left out', () => {
    const series = instrumentSeries(
      planWith(
        administration('b', 'phq9', '2026-03-01T10:00:00.000Z', 12),
        administration('g', 'gad7', '2026-02-01T10:00:00.000Z', 15),
        administration('a', 'PHQ-9', '2026-01-01T10:00:00.000Z', 20),
        administration('x', 'phq9', '2026-02-01T10:00:00.000Z', 3, { complete: false }),
        administration('c', 'phq-9', '2026-04-01T10:00:00.000Z', 4, { max: 30 }),
      ),
    );
    expect(series.map((s) => s.label)).to.deep.equal(['GAD-7', 'PHQ-9']);
    const phq = series[1]!;
    expect(phq.instrumentId).to.equal('PHQ-9');
    expect(phq.points.map((p) => [p.point.administrationId, p.isBaseline, p.difference])).to.deep.equal([
      ['a', true, 0],
      ['b', false, -8],
      ['c', false, -16],
    ]);
    expect(phq.points[0]!.markers).to.deep.equal([]);
    expect(phq.points.map((p) => p.verified)).to.deep.equal([true, true, true]);
    expect(phq.points[2]!.markers).to.deep.equal(['reliable-improvement', 'response', 'remission']);
    expect(phq.points[2]!.reliable?.reliable).to.equal(true);
    expect(phq.max).to.equal(30);
    expect(phq.bands).to.equal(SEVERITY_BANDS.phq9);
    expect(phq.parameters).to.equal(PHQ9);
    expect(series[0]!.points).to.have.length(1);
  });

  it('an instrument without parameters has series without markers or parameters', () => {
    const [s] = instrumentSeries(planWith(administration('a', 'auditc', '2026-01-01T10:00:00.000Z', 6), administration('b', 'auditc', '2026-02-01T10:00:00.000Z', 1)));
    expect(s!.parameters).to.equal(undefined);
    expect('parameters' in s!).to.equal(false);
    expect(s!.points[1]!.markers).to.deep.equal([]);
    expect('reliable' in s!.points[1]!).to.equal(false);
    expect(s!.points[1]!.verified).to.equal(true);
  });

  it('no complete administration: no series', () => {
    expect(instrumentSeries(planWith(administration('x', 'phq9', '2026-01-01T10:00:00.000Z', 3, { complete: false })))).to.deep.equal([]);
  });
});

describe('toPoint and bandFor', () => {
  it('toPoint keeps the band only when the score has one', () => {
    const plain = toPoint(administration('a', 'phq9', '2026-01-01T10:00:00.000Z', 12));
    expect(plain).to.deep.equal({ administrationId: 'a', instrumentId: 'phq9', date: '2026-01-01T10:00:00.000Z', time: Date.parse('2026-01-01T10:00:00.000Z'), score: 12, max: 27 });
    const banded = toPoint(administration('a', 'phq9', '2026-01-01T10:00:00.000Z', 12, { band: 'moderate', bandLabel: 'Moderate' }));
    expect([banded.band, banded.bandLabel]).to.deep.equal(['moderate', 'Moderate']);
  });

  const bands = SEVERITY_BANDS.phq9!;
  const edges: [number, string | undefined][] = [
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [27, 'severe'],
    [28, undefined],
    [-1, undefined],
  ];
  for (const [score, id] of edges) {
    it(`PHQ-9 ${score} is in band ${id ?? 'none'}`, () => expect(bandFor(bands, score)?.id).to.equal(id));
  }
});

// The chart's bands are a second copy of the instruments' own (kept apart so <progress-timeline>
// does not carry every instrument's structure up front): they must never disagree on a threshold.
describe('severity bands for charting', () => {
  const INSTRUMENTS = [
    ['phq9', PHQ9_STRUCTURE],
    ['gad7', GAD7_STRUCTURE],
  ] as const;
  for (const [id, structure] of INSTRUMENTS) {
    it(`${id}: the same bands as the instrument scores with`, () => {
      expect(SEVERITY_BANDS[id]).to.deep.equal(structure.scoring.bands);
    });
  }
});
