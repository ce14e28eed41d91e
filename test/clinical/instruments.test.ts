import { expect } from '@open-wc/testing';
import { errorOf, okValue } from '../helpers/result.js';
import { sleepCheck } from '../fixtures/host-instruments.js';
import {
  AUDITC,
  BUILTIN_INSTRUMENTS,
  GAD2,
  GAD7,
  InstrumentRegistry,
  NIDA_SINGLE_QUESTION,
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
  // Kroenke et al. 2007: 3 or more is a positive screen (boundaries 2 negative / 3 positive in the table).
  gad2: { max: 6, band: () => undefined, positive: (t) => t >= 3 },
  pcl5: {
    max: 80,
    band: (t) => (t <= 30 ? 'below-cutoff' : t <= 33 ? 'cutoff-range' : 'above-cutoff'),
    positive: (t) => t >= 31,
  },
  auditc: { max: 12, band: () => undefined, positive: () => undefined },
  // Smith et al. 2010: at least once in the past year is positive.
  'nida-drug-screen': { max: 1, band: () => undefined, positive: (t) => t >= 1 },
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
    expect(GAD2.scoring.cutoff).to.include({ min: 3 }); // Kroenke et al. 2007
    expect(GAD2.source).to.contain('Ann Intern Med. 2007;146(5):317');
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
        expect(s.bandLabel === undefined).to.equal(band === undefined);
        expect(s.bandLabel ?? 'none').to.be.a('string').and.not.empty;
        expect(s.positive).to.equal(positive);
      });
    }
  }

  it('the PHQ-9 band labels read as words', () => {
    const labels = [0, 5, 10, 15, 20].map((t) => scoreAdministration(PHQ9, answersFor(PHQ9, t)).bandLabel);
    expect(labels).to.deep.equal(['Minimal', 'Mild', 'Moderate', 'Moderately severe', 'Severe']);
  });

  it('GAD-7 asks the unscored "how difficult" question, with the PHQ-9 words and answers, and leaves it out of the total', () => {
    const difficulty = GAD7.items.at(-1)!;
    expect(difficulty).to.include({ id: 'gad7-8', scored: false, text: PHQ9.items[9]!.text });
    expect(GAD7.optionSets.find((o) => o.id === difficulty.optionSet)!.options.map((o) => o.label)).to.deep.equal([
      'Not difficult at all',
      'Somewhat difficult',
      'Very difficult',
      'Extremely difficult',
    ]);
    const s = scoreAdministration(GAD7, { ...answersFor(GAD7, 7), 'gad7-8': 3 });
    expect(s).to.include({ total: 7, itemCount: 7, complete: true });
    expect(scoreAdministration(GAD7, answersFor(GAD7, 7)).complete, 'complete without the unscored question').to.equal(true);
  });

  it('AUDIT-C reproduces WHO AUDIT questions 1–3 and their answers word for word (one version, not mixed)', () => {
    expect(AUDITC.items.map((i) => i.text)).to.deep.equal([
      'How often do you have a drink containing alcohol?',
      'How many drinks containing alcohol do you have on a typical day when you are drinking?',
      'How often do you have six or more drinks on one occasion?',
    ]);
    expect(AUDITC.optionSets.map((set) => set.options.map((o) => `${o.value} ${o.label}`))).to.deep.equal([
      ['0 Never', '1 Monthly or less', '2 2 to 4 times a month', '3 2 to 3 times a week', '4 4 or more times a week'],
      ['0 1 or 2', '1 3 or 4', '2 5 or 6', '3 7, 8, or 9', '4 10 or more'],
      ['0 Never', '1 Less than monthly', '2 Monthly', '3 Weekly', '4 Daily or almost daily'],
    ]);
    // No wording from the UK "units" or the LOINC "standard drinks" versions.
    expect(JSON.stringify(AUDITC)).not.to.match(/units|standard drinks|past year\?/i);
    expect(AUDITC.source).to.contain('WHO');
    expect(AUDITC.scoring.soleSourceNote!.note).to.contain('review their alcohol intake over the past few months');
    expect(AUDITC.scoring.contextCutoff!.positiveLabel).to.contain('brief intervention');
  });

  it('the NIDA single question is shipped with its published wording; DAST-10 is not', () => {
    expect(NIDA_SINGLE_QUESTION.items.map((i) => i.text)).to.deep.equal([
      'How many times in the past year have you used an illegal drug or used a prescription medication for non-medical reasons?',
    ]);
    expect(NIDA_SINGLE_QUESTION.source).to.contain('Smith PC').and.to.contain('2010');
    expect(BUILTIN_INSTRUMENTS.map((d) => d.id)).not.to.include('dast10');
  });

  it('the README\'s DAST-10 registration (host-licensed wording) is a valid definition with item 3 reverse-scored', () => {
    const yesNo = (id: string, yes: number, no: number) => ({ id, options: [{ value: no, label: 'No' }, { value: yes, label: 'Yes' }] });
    const registry = new InstrumentRegistry();
    const r = registry.register({
      id: 'dast10',
      version: '10-item',
      shortTitle: 'DAST-10',
      title: 'Drug Abuse Screening Test (DAST-10)',
      instructions: 'Instructions from the licensed copy.',
      optionSets: [yesNo('scored-yes', 1, 0), yesNo('scored-no', 0, 1)],
      items: Array.from({ length: 10 }, (_, i) => ({ id: `dast10-${i + 1}`, text: `Question ${i + 1} from the licensed copy`, optionSet: i === 2 ? 'scored-no' : 'scored-yes' })),
      scoring: {
        method: 'sum',
        bands: [
          { id: 'none', label: 'No problems reported', min: 0, max: 0 },
          { id: 'low', label: 'Low level', min: 1, max: 2 },
          { id: 'moderate', label: 'Moderate level', min: 3, max: 5 },
          { id: 'substantial', label: 'Substantial level', min: 6, max: 8 },
          { id: 'severe', label: 'Severe level', min: 9, max: 10 },
        ],
      },
      licence: 'DAST-10 © Harvey A. Skinner. Used under licence.',
    });
    expect(r.ok, r.ok ? '' : r.error.message).to.equal(true);
    if (!r.ok) return;
    const allNo = Object.fromEntries(r.value.items.map((i) => [i.id, 0]));
    // Answers are option values: question 3 is reverse-scored, so its "No" (value 1) scores a point.
    expect(scoreAdministration(r.value, { ...allNo, 'dast10-3': 1 })).to.include({ total: 1, band: 'low' });
    expect(scoreAdministration(r.value, { ...allNo, 'dast10-3': 0 })).to.include({ total: 0, band: 'none' });
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
        `Men: positive at 4 or more — ${men ? AUDITC.scoring.contextCutoff!.positiveLabel : 'Negative screen'}`,
        `Women: positive at 3 or more — ${women ? AUDITC.scoring.contextCutoff!.positiveLabel : 'Negative screen'}`,
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
  const wellbeing = sleepCheck();

  it('registers and scores a valid host definition', () => {
    const reg = new InstrumentRegistry();
    const r = reg.register(wellbeing);
    expect(r.ok).to.equal(true);
    expect(reg.get('sleep-check')?.title).to.equal('Riverside Clinic sleep check');
    expect(scoreAdministration(reg.get('sleep-check')!, { s1: 1, s2: 1 }).bandLabel).to.equal('Some sleep concerns');
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
      const error = errorOf(r);
      expect(error.code).to.equal('invalid-definition');
      expect(`${error.message}\n${error.issues?.join('\n')}`).to.contain(expected);
    });
  }

  it('does not let a host replace a built-in', () => {
    const r = new InstrumentRegistry().register({ ...PHQ9, title: 'Changed' });
    expect(errorOf(r).message).to.contain('built-in');
  });

  it('tells subscribers about a registration', () => {
    const reg = new InstrumentRegistry();
    let calls = 0;
    reg.subscribe(() => calls++);
    reg.register(wellbeing);
    expect(calls).to.equal(1);
  });
});
