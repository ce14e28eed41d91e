import { expect } from '@open-wc/testing';
// No element is imported here, so no widget has registered its commands: the page starts with none.
import { createPlan } from '../../src/model/index.js';
import { safetyCommands } from '../../src/plan/commands/safety.js';
import { registerCommands } from '../../src/plan/registry.js';
import { PlanStore } from '../../src/store/plan-store.js';

const NOW = new Date('2026-11-20T10:00:00.000Z');
const store = () => new PlanStore(createPlan('on-demand', NOW), { clock: () => NOW, newId: () => 'x' });
const code = (r: { ok: true } | { ok: false; error: { code: string } }) => (r.ok ? 'applied' : r.error.code);

// The registry is the page's, so these run in order: nothing loaded, one group registered, everything loaded.
describe('PlanStore: the commands loaded on the page (issue 16)', () => {
  it('with no widget on the page, a command is refused as not loaded: nothing changes, nobody is told', () => {
    const s = store();
    let heard = 0;
    s.subscribe(() => heard++);
    const before = s.plan;
    expect(code(s.dispatch({ type: 'safety/add-plan' }))).to.equal('command-not-loaded');
    expect(code(s.preview({ type: 'safety/add-plan' }))).to.equal('command-not-loaded');
    expect(s.plan).to.equal(before);
    expect(heard).to.equal(0);
    expect(s.canUndo).to.equal(false);
  });

  it('a registered group applies at once; the others stay not loaded', () => {
    registerCommands(safetyCommands);
    const s = store();
    expect(code(s.dispatch({ type: 'safety/add-plan' }))).to.equal('applied');
    expect(s.plan.safetyPlan).to.not.equal(undefined);
    expect(code(s.dispatch({ type: 'problem/add', id: 'pr', fields: { title: 'Sleep' } }))).to.equal('command-not-loaded');
  });

  it('after loadCommands() every command applies, and a type that is no command is unknown', async () => {
    const s = store();
    await s.loadCommands();
    expect(code(s.dispatch({ type: 'problem/add', id: 'pr', fields: { title: 'Sleep' } }))).to.equal('applied');
    expect(s.plan.problems.map((p) => p.title)).to.deep.equal(['Sleep']);
    const typo = s.dispatch(JSON.parse('{"type":"problem/ad"}'));
    expect(typo.ok ? '' : typo.error.message).to.equal('Unknown command type: problem/ad');
    expect(code(typo)).to.equal('invalid-command');
  });
});
