import { expect } from '@open-wc/testing';
import { commandContext } from '../helpers/commands.js';
import { errorOf, okValue } from '../helpers/result.js';
import { createPlan } from '../../src/model/index.js';
import { MAX_REVISION, SHORT_TEXT_MAX } from '../../src/model/primitives.js';
import { applyCommand } from '../../src/plan/reducer.js';

// The reducer's own rules, at their edges: which commands it knows, how a refused one is worded,
// when it stamps a revision, and the highest revision it will write.

const NOW = '2026-03-10T09:00:00.000Z';
const ctx = () => commandContext(NOW);
const plan = (revision = 0) => ({ ...createPlan('p1', '2026-03-01T08:00:00.000Z'), revision });
const setClient = (displayName: string) => ({ type: 'plan/set-client', client: { hostId: 'MRN-1', displayName } });

describe('applyCommand: unknown commands', () => {
  const cases: [string, unknown, string][] = [
    ['null', null, 'Unknown command type: undefined'],
    ['a number', 7, 'Unknown command type: undefined'],
    ['no type', {}, 'Unknown command type: undefined'],
    ['a numeric type', { type: 42 }, 'Unknown command type: 42'],
    ['an unknown type', { type: 'plan/explode' }, 'Unknown command type: plan/explode'],
    ['a type that is an object property name', { type: 'constructor' }, 'Unknown command type: constructor'],
  ];
  for (const [name, command, message] of cases) {
    it(`${name}: invalid-command "${message}"`, () => {
      expect(errorOf(applyCommand(plan(), command, ctx()))).to.deep.equal({ code: 'invalid-command', message });
    });
  }
});

describe('applyCommand: text too long', () => {
  it(`keeps ${SHORT_TEXT_MAX} characters (the limit itself is fine)`, () => {
    const r = okValue(applyCommand(plan(), setClient('a'.repeat(SHORT_TEXT_MAX)), ctx()));
    expect(r.plan.client?.displayName).to.have.length(SHORT_TEXT_MAX);
  });

  it(`refuses ${SHORT_TEXT_MAX + 1} with text-too-long naming the field, its length and the limit`, () => {
    const e = errorOf(applyCommand(plan(), setClient('a'.repeat(SHORT_TEXT_MAX + 1)), ctx()));
    expect(e.code).to.equal('text-too-long');
    expect(e.message).to.equal(`plan/set-client: client.displayName is ${SHORT_TEXT_MAX + 1} characters long; at most ${SHORT_TEXT_MAX} are kept.`);
    expect(e.params).to.deep.equal({ field: 'client.displayName', length: SHORT_TEXT_MAX + 1, maximum: SHORT_TEXT_MAX });
    expect(e.issues).to.have.length(1);
  });

  it('other invalid fields are invalid-command, worded with the command type and the first issue', () => {
    const e = errorOf(applyCommand(plan(), { type: 'plan/set-client', client: { hostId: 5 } }, ctx()));
    expect(e.code).to.equal('invalid-command');
    expect(e.message).to.match(/^plan\/set-client: /);
    expect(e.message).to.equal(`plan/set-client: ${e.issues![0]}`);
    expect(e).to.not.have.property('params');
  });

  it('a number over its maximum is not a too-long text', () => {
    const e = errorOf(applyCommand(plan(), { type: 'plan/set-review-interval', intervalDays: 100000 }, ctx()));
    expect(e.code).to.equal('invalid-command');
  });
});

describe('applyCommand: revision stamps', () => {
  it('a command that changes nothing returns the same plan, not stamped', () => {
    const p = plan(3);
    const r = okValue(applyCommand(p, { type: 'plan/set-status', status: p.status }, ctx()));
    expect(r.plan).to.equal(p);
    expect(r.plan.revision).to.equal(3);
  });

  it('a change is stamped with revision + 1 and the context time', () => {
    const r = okValue(applyCommand(plan(3), setClient('Ana'), ctx()));
    expect(r.plan.revision).to.equal(4);
    expect(r.plan.updatedAt).to.equal(NOW);
  });

  it('one below the highest revision: written, at the highest', () => {
    expect(okValue(applyCommand(plan(MAX_REVISION - 1), setClient('Ana'), ctx())).plan.revision).to.equal(MAX_REVISION);
  });

  it('at the highest revision: refused (command-rejected), naming the limit', () => {
    const e = errorOf(applyCommand(plan(MAX_REVISION), setClient('Ana'), ctx()));
    expect(e.code).to.equal('command-rejected');
    expect(e.message).to.contain(String(MAX_REVISION));
  });

  it('at the highest revision a command that changes nothing is still fine (nothing is written)', () => {
    const p = plan(MAX_REVISION);
    expect(okValue(applyCommand(p, { type: 'plan/set-status', status: p.status }, ctx())).plan).to.equal(p);
  });
});
