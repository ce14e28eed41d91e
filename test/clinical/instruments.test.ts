import { expect } from '@open-wc/testing';
import {
  AUDITC,
  BUILTIN_INSTRUMENTS,
  GAD2,
  GAD7,
  InstrumentRegistry,
  PCL5,
  PHQ2,
  PHQ9,
  PHQ9_ITEM9_MESSAGE,
  checkAnswers,
  clusterRuleMet,
  findCritical,
  parseInstrumentDefinition,
  scoreAdministration,
  scoredItems,
  type InstrumentDefinition,
} from '../../src/clinical/instruments/index.js';

/** Answers that add up to `total`, filling items in order with the highest value that fits. */
function answersFor(def: InstrumentDefinition, total: number): Record<string, number> {
  const out: Record<string, number> = {};
  let left = total;
  for (const item of scoredItems(def)) {
    const values = def.optionSets.find((s) => s.id === item.optionSet)!.options.map((o) => o.value);
    const v = Math.max(...values.filter((x) => x <= left));
    out[item.id] = v;
    left -= v;
  }
  if (left !== 0) throw new Error(`cannot build total ${total}`);
  return out;
}

/** Expected band for a total, written straight from CLINICAL.md (not from the definitions). */
const EXPECTED: Record<string, { max: number; band: (t: number) => string | undefined; positive?: (t: number) => boolean | undefined }> = {
  phq9: {
    max: 27,
    band: (t) => (t <= 4 ? 'minimal' : t <= 9 ? 'mild' : t <= 14 ? 'moderate' : t <= 19 ? 'moderately-severe' : 'severe'),
  },
  gad7: { max: 21, band: (t) => (t <= 4 ? 'minimal' : t <= 9 ? 'mild' : t <= 14 ? 'moderate' : 'severe') },
  phq2: { max: 6, band: () => undefined, positive: (t) => t >= 3 },
  gad2: { max: 6, band: () => undefined, positive: () => undefined },
  pcl5: {
    max: 80,
    band: (t) => (t <= 30 ? 'below-cutoff' : t <= 33 ? 'cutoff-range' : 'above-cutoff'),
    positive: (t) => t >= 31,
  },
  auditc: { max: 12, band: () => undefined, positive: () => undefined },
  // NIMH ASQ: any "yes" to 1–4 is a positive screen (the total counts "yes" answers, question 5 included).
  asq: { max: 5, band: () => undefined, positive: (t) => t >= 1 },
};

describe('built-in instrument definitions', () => {
  for (const def of BUILTIN_INSTRUMENTS) {
    it(`${def.shortTitle} is a valid definition`, () => {
      const r = parseInstrumentDefinition(def);
      expect(r.ok, r.ok ? '' : r.error.issues?.join('\n')).to.equal(true);
    });
  }

  it('ships the published wording and options', () => {
    expect(PHQ9.items).to.have.length(10);
    expect(PHQ9.items[8]!.text).to.equal('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(PHQ9.items[9]!.scored).to.equal(false);
    expect(PHQ9.optionSets[0]!.options.map((o) => o.label)).to.deep.equal([
      'Not at all',
      'Several days',
      'More than half the days',
      'Nearly every day',
    ]);
    expect(PHQ9.optionSets[0]!.options.map((o) => o.loinc)).to.deep.equal(['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9']);
    expect(PHQ9.optionSets[1]!.options.map((o) => o.label)).to.deep.equal([
      'Not difficult at all',
      'Somewhat difficult',
      'Very difficult',
      'Extremely difficult',
    ]);
    expect(GAD7.optionSets[0]!.options[0]!.label).to.equal('Not at all');
    expect(GAD7.items.map((i) => i.text)).to.include('Not being able to stop or control worrying');
    expect(PCL5.items).to.have.length(20);
    expect(PCL5.optionSets[0]!.options.map((o) => o.label)).to.deep.equal([
      'Not at all',
      'A little bit',
      'Moderately',
      'Quite a bit',
      'Extremely',
    ]);
    expect(PHQ2.items.map((i) => i.text)).to.deep.equal(PHQ9.items.slice(0, 2).map((i) => i.text));
    expect(GAD2.items.map((i) => i.text)).to.deep.equal(GAD7.items.slice(0, 2).map((i) => i.text));
    expect(AUDITC.items).to.have.length(3);
    expect(PHQ9.loinc).to.deep.equal({ panel: '44249-1', total: '44261-6' });
    expect(GAD7.loinc).to.deep.equal({ panel: '69737-5', total: '70274-6' });
    expect(AUDITC.loinc).to.deep.equal({ panel: '72109-2', total: '75626-2' });
    expect(PHQ2.loinc).to.equal(undefined); // 55758-7 is marked verify
    expect(GAD2.scoring.cutoff).to.equal(undefined); // ≥ 3 is marked verify
    for (const def of BUILTIN_INSTRUMENTS) expect(def.licence).to.be.a('string').and.not.empty;
    expect(PHQ9.licence).to.contain('No permission required to reproduce, translate, display or distribute');
    expect(PCL5.licence).to.contain('public domain');
  });
});

describe('scoreAdministration: every possible total', () => {
  for (const def of BUILTIN_INSTRUMENTS) {
    const exp = EXPECTED[def.id]!;
    for (let total = 0; total <= exp.max; total++) {
      const band = exp.band(total);
      const positive = exp.positive?.(total);
      it(`${def.shortTitle} total ${total} → ${band ?? 'no band'}${positive === undefined ? '' : positive ? ', positive' : ', negative'}`, () => {
        const s = scoreAdministration(def, answersFor(def, total));
        expect(s.total).to.equal(total);
        expect(s.max).to.equal(exp.max);
        expect(s.complete).to.equal(true);
        expect(s.answered).to.equal(s.itemCount);
        expect(s.band).to.equal(band);
        if (band) expect(s.bandLabel).to.be.a('string').and.not.empty;
        expect(s.positive).to.equal(positive);
      });
    }
  }

  it('the PHQ-9 band labels read as words', () => {
    const labels = [0, 5, 10, 15, 20].map((t) => scoreAdministration(PHQ9, answersFor(PHQ9, t)).bandLabel);
    expect(labels).to.deep.equal(['Minimal', 'Mild', 'Moderate', 'Moderately severe', 'Severe']);
  });

  it('PHQ-9 question 10 is not added to the total', () => {
    const s = scoreAdministration(PHQ9, { ...answersFor(PHQ9, 7), 'phq9-10': 3 });
    expect(s.total).to.equal(7);
    expect(s.itemCount).to.equal(9);
  });
});

describe('incomplete administrations', () => {
  it('report "x of n" and no band or screening result', () => {
    const s = scoreAdministration(PHQ9, { 'phq9-1': 3, 'phq9-2': 3, 'phq9-3': 3, 'phq9-4': null });
    expect(s).to.deep.equal({ total: 9, max: 27, answered: 3, itemCount: 9, complete: false });
    const p = scoreAdministration(PHQ2, { 'phq2-1': 3 });
    expect(p.positive).to.equal(undefined);
    expect(p.complete).to.equal(false);
  });

  it('an empty administration is 0 of n', () => {
    const s = scoreAdministration(GAD7, {});
    expect(s.answered).to.equal(0);
    expect(s.itemCount).to.equal(7);
    expect(s.band).to.equal(undefined);
  });
});

describe('critical items', () => {
  const cases: [string, Record<string, number | null>, number | undefined][] = [
    ['item 9 = 0', { ...answersFor(PHQ9, 0) }, undefined],
    ['item 9 = 1 with total 1', { ...answersFor(PHQ9, 0), 'phq9-9': 1 }, 1],
    ['item 9 = 3 with total 27', answersFor(PHQ9, 27), 3],
    ['item 9 = 2 alone, incomplete', { 'phq9-9': 2 }, 2],
    ['item 9 unanswered', { 'phq9-1': 3 }, undefined],
  ];
  for (const [name, answers, value] of cases) {
    it(`PHQ-9 ${name} → ${value === undefined ? 'no finding' : 'finding'}`, () => {
      const found = findCritical(PHQ9, answers);
      if (value === undefined) expect(found).to.deep.equal([]);
      else expect(found).to.deep.equal([{ itemId: 'phq9-9', value, message: PHQ9_ITEM9_MESSAGE }]);
    });
  }

  it('the message is the agreed wording', () => {
    expect(PHQ9_ITEM9_MESSAGE).to.equal('Thoughts of death or self-harm reported — follow up today');
  });
});

describe('PCL-5 clusters and the DSM-5 provisional rule', () => {
  const base = (): Record<string, number> => answersFor(PCL5, 0);
  const set = (values: Record<number, number>) => {
    const a = base();
    for (const [n, v] of Object.entries(values)) a[`pcl5-${n}`] = v;
    return a;
  };
  const cases: [string, Record<number, number>, boolean][] = [
    ['exactly the minimum: 1 B, 1 C, 2 D, 2 E at 2', { 1: 2, 6: 2, 8: 2, 9: 2, 15: 2, 16: 2 }, true],
    ['no B', { 6: 2, 8: 2, 9: 2, 15: 2, 16: 2 }, false],
    ['no C', { 1: 2, 8: 2, 9: 2, 15: 2, 16: 2 }, false],
    ['only 1 D', { 1: 2, 6: 2, 8: 2, 15: 2, 16: 2 }, false],
    ['only 1 E', { 1: 2, 6: 2, 8: 2, 9: 2, 15: 2 }, false],
    ['items at 1 do not count', { 1: 1, 6: 1, 8: 1, 9: 1, 15: 1, 16: 1 }, false],
    ['all items at 4', Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 4])), true],
    ['a high total without C', { 1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 8: 4, 9: 4, 10: 4, 15: 4, 16: 4 }, false],
  ];
  for (const [name, values, met] of cases) {
    it(`${name} → rule ${met ? 'met' : 'not met'}`, () => {
      const answers = set(values);
      expect(clusterRuleMet(PCL5, answers)).to.equal(met);
      const s = scoreAdministration(PCL5, answers);
      expect(s.notes).to.include(met ? PCL5.scoring.clusterRule!.metNote : PCL5.scoring.clusterRule!.notMetNote);
    });
  }

  it('cluster scores are B = 1–5, C = 6–7, D = 8–14, E = 15–20', () => {
    const answers = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`pcl5-${i + 1}`, i < 5 ? 1 : i < 7 ? 2 : i < 14 ? 3 : 4]));
    const s = scoreAdministration(PCL5, answers);
    expect(s.subscores).to.deep.equal({ B: 5, C: 4, D: 21, E: 24 });
    expect(s.total).to.equal(54);
  });

  it('the rule is not judged while incomplete', () => {
    expect(clusterRuleMet(PCL5, { 'pcl5-1': 4 })).to.equal(undefined);
    expect(scoreAdministration(PCL5, { 'pcl5-1': 4 }).notes).to.equal(undefined);
  });
});

describe('AUDIT-C by sex', () => {
  const a = (q1: number, q2: number, q3: number) => ({ 'auditc-1': q1, 'auditc-2': q2, 'auditc-3': q3 });
  const cases: [number, number, number, boolean, boolean][] = [
    // q1, q2, q3, positive for women (≥3), positive for men (≥4)
    [0, 0, 0, false, false],
    [1, 1, 0, false, false],
    [2, 1, 0, true, false],
    [2, 1, 1, true, true],
    [4, 4, 4, true, true],
  ];
  for (const [q1, q2, q3, women, men] of cases) {
    const total = q1 + q2 + q3;
    it(`total ${total}: women ${women ? 'positive' : 'negative'}, men ${men ? 'positive' : 'negative'}`, () => {
      expect(scoreAdministration(AUDITC, a(q1, q2, q3), { sex: 'female' }).positive).to.equal(women);
      expect(scoreAdministration(AUDITC, a(q1, q2, q3), { sex: 'male' }).positive).to.equal(men);
      const both = scoreAdministration(AUDITC, a(q1, q2, q3));
      expect(both.positive).to.equal(undefined);
      expect(both.notes?.slice(0, 2)).to.deep.equal([
        `Men: positive at 4 or more — ${men ? 'Positive screen for unhealthy alcohol use' : 'Negative screen'}`,
        `Women: positive at 3 or more — ${women ? 'Positive screen for unhealthy alcohol use' : 'Negative screen'}`,
      ]);
    });
  }

  it('notes when every point comes from question 1', () => {
    const s = scoreAdministration(AUDITC, a(4, 0, 0), { sex: 'male' });
    expect(s.positive).to.equal(true);
    expect(s.notes).to.deep.equal([AUDITC.scoring.soleSourceNote!.note]);
    expect(scoreAdministration(AUDITC, a(3, 1, 0), { sex: 'male' }).notes).to.equal(undefined);
  });
});

describe('checkAnswers', () => {
  it('accepts option values and nulls', () => {
    expect(checkAnswers(PHQ9, { 'phq9-1': 2, 'phq9-2': null })).to.equal(undefined);
  });
  it('names an unknown item', () => {
    expect(checkAnswers(PHQ9, { 'phq9-11': 1 })).to.contain('phq9-11');
  });
  it('names a value that is not an option', () => {
    expect(checkAnswers(PHQ9, { 'phq9-1': 4 })).to.contain('value 4');
  });
});

describe('host definitions and the registry', () => {
  const wellbeing = {
    id: 'sleep-check',
    version: '1',
    shortTitle: 'Sleep check',
    title: 'Clinic sleep check',
    instructions: 'Over the past week:',
    optionSets: [{ id: 'yn', options: [{ value: 0, label: 'No' }, { value: 1, label: 'Yes' }] }],
    items: [
      { id: 's1', text: 'Did you wake before 5 am most days?', optionSet: 'yn' },
      { id: 's2', text: 'Did you nap for more than an hour most days?', optionSet: 'yn' },
    ],
    scoring: { method: 'sum', bands: [{ id: 'low', label: 'Low', min: 0, max: 0 }, { id: 'some', label: 'Some', min: 1, max: 2 }] },
    licence: 'Written by Riverside Clinic for internal use.',
  };

  it('registers and scores a valid host definition', () => {
    const reg = new InstrumentRegistry();
    const r = reg.register(wellbeing);
    expect(r.ok).to.equal(true);
    expect(reg.get('sleep-check')?.title).to.equal('Clinic sleep check');
    expect(scoreAdministration(reg.get('sleep-check')!, { s1: 1, s2: 1 }).bandLabel).to.equal('Some');
  });

  const invalid: [string, unknown, string][] = [
    ['no licence', { ...wellbeing, licence: undefined }, 'licence'],
    ['an item naming a missing option set', { ...wellbeing, items: [{ id: 's1', text: 'x', optionSet: 'nope' }] }, 'No option set "nope"'],
    ['duplicate item ids', { ...wellbeing, items: [wellbeing.items[0], wellbeing.items[0]] }, 'Item ids must be unique'],
    ['bands with a gap', { ...wellbeing, scoring: { method: 'sum', bands: [{ id: 'a', label: 'A', min: 0, max: 0 }, { id: 'b', label: 'B', min: 2, max: 2 }] } }, 'must meet'],
    ['bands that stop short', { ...wellbeing, scoring: { method: 'sum', bands: [{ id: 'a', label: 'A', min: 0, max: 1 }] } }, 'highest total (2)'],
    ['a critical item that does not exist', { ...wellbeing, critical: [{ itemId: 's9', above: 0, message: 'Follow up' }] }, 'No item "s9"'],
    ['a scoring method it does not know', { ...wellbeing, scoring: { method: 'mean' } }, 'scoring.method'],
    ['an id with spaces', { ...wellbeing, id: 'Sleep Check' }, 'id'],
  ];
  for (const [name, input, expected] of invalid) {
    it(`rejects ${name} with a message naming the problem`, () => {
      const r = new InstrumentRegistry().register(input);
      expect(r.ok).to.equal(false);
      if (!r.ok) {
        expect(r.error.code).to.equal('invalid-definition');
        expect(`${r.error.message}\n${r.error.issues?.join('\n')}`).to.contain(expected);
      }
    });
  }

  it('does not let a host replace a built-in', () => {
    const r = new InstrumentRegistry().register({ ...PHQ9, title: 'Changed' });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error.message).to.contain('built-in');
  });

  it('tells subscribers about a registration', () => {
    const reg = new InstrumentRegistry();
    let calls = 0;
    reg.subscribe(() => calls++);
    reg.register(wellbeing);
    expect(calls).to.equal(1);
  });
});
