import { expect } from '@open-wc/testing';
import { PlanStore, createPlan, type DispatchOptions } from '../../src/index.js';
import { COMMANDS } from '../../src/plan/reducer.js';
import { registerCommands } from '../../src/plan/registry.js';

// A store applies the commands loaded on its page (each widget registers those it sends); these tests send any.
registerCommands(COMMANDS);

const NOW = new Date('2026-11-20T10:00:00.000Z');

/** A store whose plan has one problem, `pr`, titled "Start". */
function store(): PlanStore {
  const s = new PlanStore(createPlan('coalesce', NOW), { clock: () => NOW, newId: () => 'x' });
  s.dispatch({ type: 'problem/add', id: 'pr', fields: { title: 'Start' } });
  return s;
}
const title = (s: PlanStore) => s.plan.problems[0]!.title;
const type = (s: PlanStore, text: string, options?: DispatchOptions) =>
  s.dispatch({ type: 'problem/update', problemId: 'pr', fields: { title: text } }, options);

describe('PlanStore: coalesced dispatches', () => {
  const cases: { name: string; steps: [string, string | undefined][]; undos: number; expected: string }[] = [
    { name: 'one burst of one key is one undo step', steps: [['h', 'a'], ['he', 'a'], ['hel', 'a']], undos: 1, expected: 'Start' },
    { name: 'no key: every dispatch is its own step', steps: [['h', undefined], ['he', undefined]], undos: 1, expected: 'h' },
    { name: 'a new key starts a new step', steps: [['h', 'a'], ['he', 'a'], ['hex', 'b']], undos: 1, expected: 'he' },
    { name: 'a keyless dispatch between ends the burst', steps: [['h', 'a'], ['hi', undefined], ['hiz', 'a']], undos: 1, expected: 'hi' },
    { name: 'two bursts undo in two steps', steps: [['h', 'a'], ['he', 'a'], ['hex', 'b'], ['hexy', 'b']], undos: 2, expected: 'Start' },
    { name: 'a single coalesced dispatch is one step', steps: [['h', 'a']], undos: 1, expected: 'Start' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = store();
      for (const [text, key] of c.steps) expect(type(s, text, key === undefined ? {} : { coalesce: key }).ok).to.equal(true);
      for (let i = 0; i < c.undos; i++) expect(s.undo()).to.equal(true);
      expect(title(s)).to.equal(c.expected);
    });
  }

  it('undo ends the burst: typing on with the same key after an undo is a new step', () => {
    const s = store();
    type(s, 'h', { coalesce: 'a' });
    type(s, 'he', { coalesce: 'a' });
    s.undo();
    type(s, 'w', { coalesce: 'a' });
    type(s, 'wo', { coalesce: 'a' });
    s.undo();
    expect(title(s)).to.equal('Start');
    expect(s.canRedo).to.equal(true);
  });

  it('a refused dispatch neither adds a step nor ends the burst', () => {
    const s = store();
    type(s, 'h', { coalesce: 'a' });
    expect(s.dispatch({ type: 'problem/update', problemId: 'nope', fields: { title: 'x' } }, { coalesce: 'a' }).ok).to.equal(false);
    type(s, 'he', { coalesce: 'a' });
    s.undo();
    expect(title(s)).to.equal('Start');
  });

  it('every coalesced dispatch still publishes its own snapshot with a higher revision', () => {
    const s = store();
    const revisions: number[] = [];
    s.subscribe((c) => revisions.push(c.plan.revision));
    type(s, 'h', { coalesce: 'a' });
    type(s, 'he', { coalesce: 'a' });
    expect(revisions).to.have.length(2);
    expect(revisions[1]).to.be.greaterThan(revisions[0]!);
  });

  it('replace ends the burst', () => {
    const s = store();
    type(s, 'h', { coalesce: 'a' });
    s.replace(s.plan);
    type(s, 'he', { coalesce: 'a' });
    s.undo();
    expect(title(s)).to.equal('h');
  });
});
