import { expect } from '@open-wc/testing';
import { ratedCount, ratingsChangedSince, ratingsSnapshot, suggestLevelOfCare } from '../../src/clinical/substance-use/level-of-care.js';
import { SUD_DIMENSIONS, type SubstanceUseCare, type SudDimension } from '../../src/model/substance-use.js';

type Levels = Partial<Record<SudDimension, number>>;
const ratings = (levels: Levels): SubstanceUseCare['ratings'] =>
  Object.fromEntries(Object.entries(levels).map(([d, level]) => [d, { level, ratedAt: '2026-10-01T09:00:00.000Z' }]));
const all = (level: number, except: Levels = {}): Levels => ({ ...Object.fromEntries(SUD_DIMENSIONS.map((d) => [d, level])), ...except });

describe('level-of-care suggestion (after The ASAM Criteria; the kit’s own simple rule)', () => {
  const cases: [string, Levels, string[]][] = [
    ['nothing rated: no suggestion', {}, []],
    ['withdrawal 2 (below the line): nothing', { 'intoxication-withdrawal': 2 }, []],
    ['withdrawal 3 (on the line): withdrawal-management review', { 'intoxication-withdrawal': 3 }, ['withdrawal-management-review']],
    ['withdrawal 4: withdrawal-management review', { 'intoxication-withdrawal': 4 }, ['withdrawal-management-review']],
    ['physical health 3: more intensive care, not a same-day review', { biomedical: 3 }, ['more-intensive-care']],
    ['physical health 4: same-day review', { biomedical: 4 }, ['medical-psychiatric-review']],
    ['mental health 4: same-day review', { 'emotional-behavioral-cognitive': 4 }, ['medical-psychiatric-review']],
    ['readiness 2: nothing', { 'readiness-to-change': 2 }, []],
    ['readiness 3: more intensive care', { 'readiness-to-change': 3 }, ['more-intensive-care']],
    ['return to use 4: more intensive care', { 'relapse-continued-use': 4 }, ['more-intensive-care']],
    ['environment 3: more intensive care', { 'recovery-environment': 3 }, ['more-intensive-care']],
    ['all six at 1: outpatient may fit', all(1), ['outpatient-may-fit']],
    ['all six at 0: outpatient may fit', all(0), ['outpatient-may-fit']],
    ['five at 0, one unrated: no outpatient (unrated never counts as 0)', all(0, { 'recovery-environment': undefined }), []],
    ['all six rated, one at 2: no suggestion (clinician judges)', all(1, { 'readiness-to-change': 2 }), []],
    [
      'withdrawal 4 and mental health 4 and environment 3: most urgent first',
      all(1, { 'intoxication-withdrawal': 4, 'emotional-behavioral-cognitive': 4, 'recovery-environment': 3 }),
      ['withdrawal-management-review', 'medical-psychiatric-review', 'more-intensive-care'],
    ],
  ];
  for (const [name, levels, codes] of cases) {
    it(name, () => {
      const defined = Object.fromEntries(Object.entries(levels).filter(([, v]) => v !== undefined)) as Levels;
      expect(suggestLevelOfCare(ratings(defined)).map((s) => s.code)).to.deep.equal(codes);
    });
  }

  it('names the ratings that met each suggestion, with the dimension’s number', () => {
    const [s] = suggestLevelOfCare(ratings({ 'intoxication-withdrawal': 3 }));
    expect(s).to.deep.equal({
      code: 'withdrawal-management-review',
      level: 'withdrawal-management',
      because: [{ dimension: 'intoxication-withdrawal', number: 1, level: 3 }],
    });
    const intensive = suggestLevelOfCare(ratings({ biomedical: 3, 'recovery-environment': 4 }))[0]!;
    expect(intensive.because.map((b) => [b.number, b.level])).to.deep.equal([[2, 3], [6, 4]]);
  });

  it('keeps a snapshot of the ratings and tells when they changed since a level was confirmed', () => {
    const r = ratings({ 'intoxication-withdrawal': 1, 'recovery-environment': 3 });
    expect(ratingsSnapshot(r)).to.deep.equal([1, null, null, null, null, 3]);
    expect(ratedCount(r)).to.equal(2);
    const confirmed = { level: 'outpatient' as const, confirmedBy: 'A', confirmedAt: '2026-10-01T09:00:00.000Z', ratings: ratingsSnapshot(r) };
    expect(ratingsChangedSince(confirmed, r)).to.equal(false);
    expect(ratingsChangedSince(confirmed, ratings({ 'intoxication-withdrawal': 2, 'recovery-environment': 3 }))).to.equal(true);
    expect(ratingsChangedSince(confirmed, ratings({ 'intoxication-withdrawal': 1 }))).to.equal(true);
  });
});
