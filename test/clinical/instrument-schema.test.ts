import { expect } from '@open-wc/testing';
import { errorOf, okValue } from '../helpers/result.js';
import { sleepCheck } from '../fixtures/host-instruments.js';
import { parseInstrumentDefinition } from '../../src/clinical/instruments/schema.js';

// Each rule of a host instrument definition, one broken at a time, with the exact issue it gives
// (path and words), and the edge where it starts or stops applying.

/** A definition as a host hands it over: anything, checked by the parser. */
type Def = Record<string, unknown>;
const base = (): Def => sleepCheck();
const [S1, S2] = sleepCheck().items as [ReturnType<typeof sleepCheck>['items'][number], ReturnType<typeof sleepCheck>['items'][number]];
const yn = { id: 'yn', options: [{ value: 0, label: 'No' }, { value: 1, label: 'Yes' }] };
const band = (id: string, min: number, max: number) => ({ id, label: id.toUpperCase(), min, max });
const withBands = (...bands: ReturnType<typeof band>[]): Def => ({ ...base(), scoring: { method: 'sum', bands } });

/** Every issue of a definition (`path: words`); none when it is valid. */
const issues = (def: unknown): readonly string[] => {
  const r = parseInstrumentDefinition(def);
  return r.ok ? [] : (r.error.issues ?? []);
};

describe('parseInstrumentDefinition', () => {
  it('accepts the README host instrument as is', () => {
    expect(okValue(parseInstrumentDefinition(base())).id).to.equal('sleep-check');
  });

  it('names the definition and its first problem in the message', () => {
    const e = errorOf(parseInstrumentDefinition({ ...base(), licence: '' }));
    expect(e.code).to.equal('invalid-definition');
    expect(e.message).to.equal(`The instrument definition "sleep-check" is not valid: ${e.issues![0]}`);
    expect(e.issues![0]).to.match(/^licence: /);
  });

  const noId: [string, unknown][] = [
    ['null', null],
    ['a number id', { ...base(), id: 7 }],
    ['a missing id', { ...base(), id: undefined }],
  ];
  for (const [name, input] of noId) {
    it(`calls a definition with ${name} "(no id)"`, () => {
      expect(errorOf(parseInstrumentDefinition(input)).message).to.match(/^The instrument definition \(no id\) is not valid: /);
    });
  }

  const broken: [string, Def, string][] = [
    ['two option sets with one id', { ...base(), optionSets: [yn, yn] }, 'optionSets: Option set ids must be unique'],
    ['two items with one id', { ...base(), items: [S1, S1] }, 'items: Item ids must be unique'],
    ['an item naming a missing option set', { ...base(), items: [S1, { id: 's2', text: 'x', optionSet: 'nope' }] }, 'items.1.optionSet: No option set "nope"'],
    ['two options with one value', { ...base(), optionSets: [{ id: 'yn', options: [{ value: 1, label: 'No' }, { value: 1, label: 'Yes' }] }] }, 'optionSets.0.options: Option values must be unique'],
    ['no scored item', { ...base(), items: [S1, S2].map((i) => ({ ...i, scored: false })), scoring: { method: 'sum' } }, 'items: At least one item must be scored'],
    ['a band with min above max', withBands(band('a', 0, 0), band('b', 1, 0), band('c', 1, 2)), 'scoring.bands: Band "b" has min above max'],
    ['bands with a gap', withBands(band('a', 0, 0), band('b', 2, 2)), 'scoring.bands: Bands "a" and "b" must meet without gap or overlap'],
    ['overlapping bands', withBands(band('a', 0, 1), band('b', 1, 2)), 'scoring.bands: Bands "a" and "b" must meet without gap or overlap'],
    ['bands starting above the lowest total', withBands(band('a', 1, 2)), 'scoring.bands: Bands must start at the lowest total (0)'],
    ['bands stopping below the highest total', withBands(band('a', 0, 1)), 'scoring.bands: Bands must reach the highest total (2)'],
    [
      'a subscale naming a missing item',
      { ...base(), scoring: { method: 'sum', subscales: [{ id: 'x', label: 'X', items: ['s1', 's9'] }] } },
      'scoring.subscales.0.items.1: No item "s9"',
    ],
    [
      'a cluster rule naming a missing subscale',
      {
        ...base(),
        scoring: { method: 'sum', subscales: [{ id: 'x', label: 'X', items: ['s1'] }], clusterRule: { itemThreshold: 1, minimum: { x: 1, y: 1 }, metNote: 'met', notMetNote: 'not met' } },
      },
      'scoring.clusterRule.minimum.y: No subscale "y"',
    ],
    ['a sole-source note naming a missing item', { ...base(), scoring: { method: 'sum', soleSourceNote: { itemId: 's9', note: 'n' } } }, 'scoring.soleSourceNote.itemId: No item "s9"'],
    ['a critical item that does not exist', { ...base(), critical: [{ itemId: 's9', above: 0, message: 'Follow up' }] }, 'critical.0.itemId: No item "s9"'],
    ['a condition naming a missing item', { ...base(), items: [S1, { ...S2, askIf: { anyOf: ['s9'], above: 0 } }] }, 'items.1.askIf.anyOf.0: No item "s9"'],
    ['an item asked only if itself is answered', { ...base(), items: [S1, { ...S2, askIf: { anyOf: ['s1', 's2'], above: 0 } }] }, 'items.1.askIf.anyOf.1: Item "s2" cannot depend on itself'],
  ];
  for (const [name, def, expected] of broken) {
    it(`refuses ${name}: "${expected}"`, () => {
      expect(issues(def)).to.deep.equal([expected]);
    });
  }

  const fine: [string, Def][] = [
    ['bands that meet exactly', withBands(band('a', 0, 0), band('b', 1, 1), band('c', 2, 2))],
    ['bands given out of order', withBands(band('b', 1, 2), band('a', 0, 0))],
    ['a one-point band (min equal to max)', withBands(band('a', 0, 0), band('b', 1, 2))],
    ['bands reaching past the highest total', withBands(band('a', 0, 0), band('b', 1, 5))],
    ['bands starting below the lowest total', withBands(band('a', -3, 0), band('b', 1, 2))],
    ['an unscored item beside a scored one', { ...base(), items: [S1, { ...S2, scored: false }], scoring: { method: 'sum', bands: [band('a', 0, 0), band('b', 1, 1)] } }],
    ['a condition on another item', { ...base(), items: [S1, { ...S2, askIf: { anyOf: ['s1'], above: 0 } }] }],
    [
      'subscales and a cluster rule that name what exists',
      {
        ...base(),
        scoring: { method: 'sum', subscales: [{ id: 'x', label: 'X', items: ['s1', 's2'] }], clusterRule: { itemThreshold: 1, minimum: { x: 1 }, metNote: 'met', notMetNote: 'not met' } },
      },
    ],
    ['a sole-source note and a critical item that exist', { ...base(), scoring: { method: 'sum', soleSourceNote: { itemId: 's1', note: 'n' } }, critical: [{ itemId: 's2', above: 0, message: 'Follow up' }] }],
  ];
  for (const [name, def] of fine) {
    it(`accepts ${name}`, () => expect(okValue(parseInstrumentDefinition(def)).id).to.equal('sleep-check'));
  }

  it('an item with a missing option set adds nothing to the lowest total (so bands are still checked against 0)', () => {
    const def = { ...withBands(band('a', 1, 2)), items: [S1, { ...S2, optionSet: 'nope' }] };
    expect(issues(def)).to.deep.equal(['items.1.optionSet: No option set "nope"', 'scoring.bands: Bands must start at the lowest total (0)']);
  });

  it('a cluster rule without any subscale names each missing one', () => {
    const def = { ...base(), scoring: { method: 'sum', clusterRule: { itemThreshold: 1, minimum: { x: 1 }, metNote: 'met', notMetNote: 'not met' } } };
    expect(issues(def)).to.deep.equal(['scoring.clusterRule.minimum.x: No subscale "x"']);
  });

  it('bands are measured against option values that are not 0-based (lowest total 2, highest 4)', () => {
    const shifted = { id: 'yn', options: [{ value: 1, label: 'No' }, { value: 2, label: 'Yes' }] };
    expect(issues({ ...withBands(band('a', 0, 4)), optionSets: [shifted] })).to.deep.equal([]);
    expect(issues({ ...withBands(band('a', 3, 4)), optionSets: [shifted] })).to.deep.equal(['scoring.bands: Bands must start at the lowest total (2)']);
    expect(issues({ ...withBands(band('a', 2, 3)), optionSets: [shifted] })).to.deep.equal(['scoring.bands: Bands must reach the highest total (4)']);
  });

  const fields: [string, Def, RegExp][] = [
    ['an id with capitals', { ...base(), id: 'Sleep' }, /^id: Use lowercase letters, digits and hyphens/],
    ['an id starting with a hyphen', { ...base(), id: '-sleep' }, /^id: Use lowercase/],
    ['a LOINC code of the wrong shape', { ...base(), loinc: { total: '44249' } }, /^loinc.total: Expected a LOINC code like 44249-1 or LA6568-5/],
    ['an answer code with a wrong prefix', { ...base(), optionSets: [{ id: 'yn', options: [{ value: 0, label: 'No', loinc: 'LB6568-5' }, { value: 1, label: 'Yes' }] }] }, /^optionSets.0.options.0.loinc: Expected a LOINC code/],
    ['an infinite option value', { ...base(), optionSets: [{ id: 'yn', options: [{ value: Infinity, label: 'No' }, { value: 1, label: 'Yes' }] }] }, /^optionSets.0.options.0.value: /],
    ['one option only', { ...base(), optionSets: [{ id: 'yn', options: [{ value: 0, label: 'No' }] }] }, /^optionSets.0.options: /],
    ['an empty answer label', { ...base(), optionSets: [{ id: 'yn', options: [{ value: 0, label: '' }, { value: 1, label: 'Yes' }] }] }, /^optionSets.0.options.0.label: /],
    ['no items', { ...base(), items: [] }, /^items: /],
    ['a condition on no item', { ...base(), items: [S1, { ...S2, askIf: { anyOf: [], above: 0 } }] }, /^items.1.askIf.anyOf: /],
    ['a cluster minimum below 0', { ...base(), scoring: { method: 'sum', subscales: [{ id: 'x', label: 'X', items: ['s1'] }], clusterRule: { itemThreshold: 1, minimum: { x: -1 }, metNote: 'm', notMetNote: 'n' } } }, /^scoring.clusterRule.minimum.x: /],
  ];
  for (const [name, def, expected] of fields) {
    it(`refuses ${name}`, () => expect(issues(def)[0]).to.match(expected));
  }

  it('accepts LOINC codes of every allowed shape', () => {
    for (const code of ['1-1', '123456-7', 'LA6568-5', 'LA1-0']) {
      expect(issues({ ...base(), loinc: { total: code } }), code).to.deep.equal([]);
    }
    for (const code of ['1234567-1', '44249-12', 'la6568-5', ' 44249-1']) {
      expect(issues({ ...base(), loinc: { total: code } }), code).to.have.length(1);
    }
  });
});
