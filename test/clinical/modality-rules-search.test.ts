// Host-supplied suggestion rules: every kind of condition accepted as written and refused when
// misspelled; catalog search word by word (issue 19: the mutation run found these unread).
import { expect } from '@open-wc/testing';
import { MODALITY_CATALOG, parseRules, searchCatalog } from '../../src/clinical/modalities/index.js';
import type { CatalogEntry } from '../../src/clinical/modalities/schema.js';

const rule = (when: unknown, id = 'clinic-rule') => ({ id, when, modalityId: 'cbt', weight: 5, reason: 'Our clinic starts here.' });

describe('host rules: conditions', () => {
  const accepted: [string, unknown][] = [
    ['a concern', { concern: 'panic' }],
    ['a trauma feature', { traumaFeature: 'difficulty-making-sense' }],
    ['substance use', { substanceUse: 'yes' }],
    ['substances mentioned', { substancesMention: ['alcohol'] }],
    ['a score at least', { scoreAtLeast: { instrument: 'phq9', value: 10 } }],
    ['a positive screen', { positiveScreen: 'auditc' }],
    ['a critical item', { criticalItem: { instrument: 'phq9', item: 'phq9-9' } }],
    ['an alcohol use disorder', { useDisorder: 'alcohol' }],
    ['an opioid use disorder', { useDisorder: 'opioid' }],
    ['all of', { all: [{ concern: 'panic' }, { substanceUse: 'yes' }] }],
    ['any of', { any: [{ concern: 'panic' }, { all: [{ positiveScreen: 'phq2' }] }] }],
  ];
  for (const [name, when] of accepted) {
    it(`accepts ${name}`, () => {
      const r = parseRules([rule(when)]);
      expect(r.ok, r.ok ? '' : r.error.message).to.equal(true);
      expect(r.ok && r.value[0]!.when).to.deep.equal(when);
    });
  }

  const refused: [string, unknown][] = [
    ['an unknown concern', { concern: 'fear-of-flying' }],
    ['an unknown trauma feature', { traumaFeature: 'complex' }],
    ['substance use "no"', { substanceUse: 'no' }],
    ['no substance named', { substancesMention: [] }],
    ['an empty substance name', { substancesMention: [''] }],
    ['a score without a value', { scoreAtLeast: { instrument: 'phq9' } }],
    ['a score with an extra field', { scoreAtLeast: { instrument: 'phq9', value: 10, over: true } }],
    ['a critical item without its item', { criticalItem: { instrument: 'phq9' } }],
    ['a use disorder of another substance', { useDisorder: 'cannabis' }],
    ['an empty all', { all: [] }],
    ['an empty any', { any: [] }],
    ['a misspelled condition inside any', { any: [{ concern: 'panic' }, { concerns: 'panic' }] }],
    ['two conditions in one object', { concern: 'panic', substanceUse: 'yes' }],
    ['an empty condition', {}],
  ];
  for (const [name, when] of refused) {
    it(`refuses ${name}`, () => {
      const r = parseRules([rule(when)]);
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(r.error.code).to.equal('invalid-definition');
      expect(r.error.message).to.match(/^The suggestion rules are not valid: rules\.0\.when/);
    });
  }

  it('names a repeated rule id, even the first two', () => {
    const r = parseRules([rule({ concern: 'panic' }, 'same'), rule({ concern: 'grief' }, 'same')]);
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.error.message).to.equal('The suggestion rules are not valid: rules: "same" appears more than once');
  });
});

describe('catalog search', () => {
  const entry = (id: string, name: string, extra: Partial<CatalogEntry> = {}): CatalogEntry => ({ ...MODALITY_CATALOG[0]!, id, name, summary: '', forClient: '', sessionInvolves: '', techniques: [], usedFor: [], ...extra });
  const catalog = [
    entry('a', 'Exposure therapy', { summary: 'Facing fears', usedFor: ['panic'] }),
    entry('b', 'Sleep work', { techniques: [{ id: 't', name: 'Stimulus control' } as CatalogEntry['techniques'][number]] }),
    entry('c', 'Talking', { forClient: 'We talk about what matters', sessionInvolves: 'Conversation' }),
  ];
  const cases: [string, string, string[]][] = [
    ['empty text: every entry', '', ['a', 'b', 'c']],
    ['only spaces: every entry', '   ', ['a', 'b', 'c']],
    ['every word must match, in any field, any case', 'EXPOSURE  fears', ['a']],
    ['one word of two missing: no match', 'exposure sleep', []],
    ['a technique name', 'stimulus', ['b']],
    ['what the client reads and what a session involves', 'matters conversation', ['c']],
    ['an area it is used for', 'panic', ['a']],
    ['words are not joined across fields', 'therapyfacing', []],
  ];
  for (const [name, text, ids] of cases) {
    it(name, () => {
      expect(searchCatalog(catalog, { text }).map((e) => e.id)).to.deep.equal(ids);
    });
  }
});
