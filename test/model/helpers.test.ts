// The model's small helpers at their edges (issue 19): calendar days in UTC, validation lines,
// canonical JSON, objects without undefined, and the repeatable intake lists.
import { expect } from '@open-wc/testing';
import { canonicalJson } from '../../src/model/canonical.js';
import { addDays, daysBetween, toDay } from '../../src/model/dates.js';
import { describeIssues, fail } from '../../src/model/errors.js';
import { emptyIntake } from '../../src/model/factory.js';
import { INTAKE_LIST_NAMES, intakeListItems } from '../../src/model/intake-lists.js';
import { withoutUndefined } from '../../src/model/objects.js';
import { sameContent, type SignedContent } from '../../src/model/signing.js';

describe('calendar days (UTC)', () => {
  const days: [string | Date, string][] = [
    ['2026-03-01T00:00:00.000Z', '2026-03-01'],
    ['2026-02-28T23:59:59.999Z', '2026-02-28'],
    ['2026-03-01T01:30:00+02:00', '2026-02-28'],
    [new Date(Date.UTC(2024, 1, 29, 12)), '2024-02-29'],
  ];
  for (const [instant, day] of days) {
    it(`toDay(${String(instant)}) = ${day}`, () => expect(toDay(instant)).to.equal(day));
  }

  const add: [string, number, string][] = [
    ['2026-01-31', 1, '2026-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-12-31', 0, '2026-12-31'],
    ['2026-01-01', 365, '2027-01-01'],
  ];
  for (const [day, n, expected] of add) {
    it(`${day} + ${n} days = ${expected}`, () => expect(addDays(day, n)).to.equal(expected));
  }

  const between: [string, string, number][] = [
    ['2026-01-01', '2026-01-01', 0],
    ['2026-01-01', '2026-01-02', 1],
    ['2026-01-02', '2026-01-01', -1],
    ['2024-02-01', '2024-03-01', 29],
    ['2026-03-28', '2026-03-30', 2],
  ];
  for (const [a, b, n] of between) {
    it(`${a} → ${b}: ${n} days`, () => expect(daysBetween(a, b)).to.equal(n));
  }
});

describe('validation lines', () => {
  const issue = (i: number) => ({ path: ['problems', i, 'title'], message: `bad ${i}` });

  it('one `path: message` line per issue; the root is named', () => {
    expect(describeIssues([issue(0), { path: [], message: 'Expected object' }])).to.deep.equal(['problems.0.title: bad 0', '(root): Expected object']);
  });

  it('ten lines at most, then how many more', () => {
    const ten = Array.from({ length: 10 }, (_, i) => issue(i));
    expect(describeIssues(ten)).to.have.length(10);
    const twelve = Array.from({ length: 12 }, (_, i) => issue(i));
    const lines = describeIssues(twelve);
    expect(lines).to.have.length(11);
    expect(lines[9]).to.equal('problems.9.title: bad 9');
    expect(lines[10]).to.equal('…and 2 more');
  });

  it('a failure carries issues only when there are some', () => {
    expect(fail('invalid-plan', 'No')).to.deep.equal({ ok: false, error: { code: 'invalid-plan', message: 'No' } });
    expect(fail('invalid-plan', 'No', [])).to.deep.equal({ ok: false, error: { code: 'invalid-plan', message: 'No' } });
    expect(fail('invalid-plan', 'No', ['a: b'])).to.deep.equal({ ok: false, error: { code: 'invalid-plan', message: 'No', issues: ['a: b'] } });
  });
});

describe('canonical JSON', () => {
  const cases: [string, unknown, string][] = [
    ['keys sorted at every depth', { b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } }, '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}'],
    ['by UTF-16 code unit: upper case before lower, digits first, accents last', { b: 1, B: 2, x9: 'x', x10: 'y', é: 0, e: 0, '1a': 3 }, '{"1a":3,"B":2,"b":1,"e":0,"x10":"y","x9":"x","é":0}'],
    ['undefined values left out, arrays kept in order', { keep: [2, 1], gone: undefined }, '{"keep":[2,1]}'],
    ['plain values as JSON writes them', ['a"b', 1.5, true, null], '["a\\"b",1.5,true,null]'],
  ];
  for (const [name, value, text] of cases) {
    it(name, () => expect(canonicalJson(value)).to.equal(text));
  }

  it('gives one text whatever order the keys were built in', () => {
    expect(canonicalJson({ x: 1, y: { b: 2, a: 1 } })).to.equal(canonicalJson({ y: { a: 1, b: 2 }, x: 1 }));
  });
});

describe('small model helpers', () => {
  it('withoutUndefined drops only undefined (null, 0, "" and false stay)', () => {
    expect(withoutUndefined({ a: undefined, b: null, c: 0, d: '', e: false })).to.deep.equal({ b: null, c: 0, d: '', e: false });
  });

  it('reads each repeatable intake list from its section', () => {
    const intake = emptyIntake();
    intake.history.pastTreatments = [{ id: 'pt', approach: 'CBT' } as never];
    intake.social.supportSystem = [{ id: 'ss', who: 'Sister' } as never];
    intake.social.lifeEvents = [{ id: 'le', description: 'Moved' } as never];
    expect(INTAKE_LIST_NAMES.map((name) => intakeListItems(intake, name).map((e) => e.id))).to.deep.equal([['pt'], ['ss'], ['le']]);
  });
});

describe('sameContent compares without hashing', () => {
  const content = (problems: unknown): SignedContent => ({ problems, phases: [], interventions: [], supports: [] }) as SignedContent;
  const cases: [string, unknown, unknown, boolean][] = [
    ['a list and an object with the same (no) keys', [], {}, false],
    ['an object and a list', [{ a: {} }], [{ a: [] }], false],
    ['lists of other lengths', [{ a: [1] }], [{ a: [1, 1] }], false],
    ['lists alike item by item', [{ a: [1, { b: 'x' }] }], [{ a: [1, { b: 'x' }] }], true],
    ['lists differing in one item', [{ a: [1, { b: 'x' }] }], [{ a: [1, { b: 'y' }] }], false],
    ['null and an object', [{ a: null }], [{ a: {} }], false],
    ['an object and null', [{ a: {} }], [{ a: null }], false],
    ['a text and an object', [{ a: 'x' }], [{ a: { 0: 'x' } }], false],
    ['two numbers', [{ a: 1 }], [{ a: 2 }], false],
    ['a key holding undefined and no key', [{ a: 1, b: undefined }], [{ a: 1 }], true],
    ['another progress (not part of what is signed)', [{ a: 1, progress: { status: 'improving' } }], [{ a: 1 }], true],
    ['one key more', [{ a: 1, b: 2 }], [{ a: 1 }], false],
  ];
  for (const [name, a, b, expected] of cases) {
    it(`${name}: ${expected ? 'same' : 'different'}`, () => {
      expect(sameContent(content(a), content(b))).to.equal(expected);
      expect(sameContent(content(b), content(a)), 'either way round').to.equal(expected);
    });
  }
});
