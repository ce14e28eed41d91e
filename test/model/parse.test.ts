import { expect } from '@open-wc/testing';
import { errorOf, okValue } from '../helpers/result.js';
import { CURRENT_SCHEMA_VERSION, createPlan, parsePlan } from '../../src/model/index.js';
import v1 from '../fixtures/plan-v1.js';

const AT = '2026-01-01T00:00:00.000Z';
const objective = (id: string) => ({ id, clinicalText: 'Walk', proposedBy: 'together', priority: 'medium', status: 'proposed', createdAt: AT, measure: { kind: 'count', label: 'walks' } });
const goal = (id: string, objectives: unknown[]) => ({ id, clinicalText: 'Move more', proposedBy: 'together', priority: 'medium', status: 'proposed', createdAt: AT, objectives });
const problem = (id: string, goals: unknown[]) => ({ id, title: 'Low mood', evidencedBy: [], areas: [], createdAt: AT, goals });

describe('parsePlan', () => {
  it('accepts ids that repeat only across kinds (a goal and an objective may share one)', () => {
    const r = parsePlan({ ...createPlan('x'), problems: [problem('same', [goal('same', [objective('same')])])] });
    expect(r.ok, r.ok ? '' : r.error.message).to.equal(true);
  });

  it('accepts a fresh plan unchanged', () => {
    const plan = createPlan('p1', '2026-01-01T00:00:00.000Z');
    const r = parsePlan(plan);
    expect(okValue(r)).to.deep.equal(plan);
  });

  const invalid: [string, unknown, string, string?][] = [
    ['a string', 'plan', 'invalid-plan'],
    ['null', null, 'invalid-plan'],
    ['no schemaVersion', { id: 'x' }, 'invalid-plan', 'schemaVersion'],
    ['a newer schemaVersion', { ...createPlan('x'), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }, 'unsupported-schema-version'],
    ['a bad status', { ...createPlan('x'), status: 'finished' }, 'invalid-plan', 'status'],
    ['an empty id', { ...createPlan('x'), id: '' }, 'invalid-plan', 'id'],
    ['a non-ISO date', { ...createPlan('x'), createdAt: 'yesterday' }, 'invalid-plan', 'createdAt'],
    ['two problems with one id', { ...createPlan('x'), problems: [problem('p', []), problem('p', [])] }, 'invalid-plan', 'The id "p" is used twice among the problems'],
    ['two goals with one id under different problems', { ...createPlan('x'), problems: [problem('p1', [goal('g', [])]), problem('p2', [goal('g', [])])] }, 'invalid-plan', 'The id "g" is used twice among the goals'],
    ['two objectives with one id under different goals', { ...createPlan('x'), problems: [problem('p1', [goal('g1', [objective('o')]), goal('g2', [objective('o')])])] }, 'invalid-plan', 'The id "o" is used twice among the objectives'],
    ['a goal without objectives array', { ...createPlan('x'), problems: [{ id: 'p', title: 't', evidencedBy: [], areas: [], createdAt: '2026-01-01T00:00:00.000Z', goals: [{ id: 'g' }] }] }, 'invalid-plan', 'problems.0.goals.0'],
  ];
  for (const [name, input, code, path] of invalid) {
    it(`rejects ${name} with ${code}`, () => {
      const r = parsePlan(input);
      const error = errorOf(r);
      expect(error.code).to.equal(code);
      expect(error.message).to.be.a('string').and.not.empty;
      if (path) expect(error.issues?.join('\n')).to.contain(path);
    });
  }
});

describe('migrations', () => {
  it('keeps a schema-1 discontinued plan discontinued, with its own updatedAt (not its createdAt)', () => {
    const plan = okValue(parsePlan({ ...v1, status: 'discontinued', createdAt: '2025-01-02T09:00:00.000Z', updatedAt: '2025-05-20T11:15:00.000Z' }));
    expect(plan.status).to.equal('discontinued');
    expect(plan.createdAt).to.equal('2025-01-02T09:00:00.000Z');
    expect(plan.updatedAt).to.equal('2025-05-20T11:15:00.000Z');
  });

  it('dates a schema-1 plan without updatedAt at its createdAt', () => {
    const { updatedAt: _dropped, ...old } = v1;
    const plan = okValue(parsePlan({ ...old, createdAt: '2025-01-02T09:00:00.000Z' }));
    expect(plan.updatedAt).to.equal('2025-01-02T09:00:00.000Z');
  });

  it('takes a schema-1 plan to the current schema, keeping its content', () => {
    const r = parsePlan(v1);
    expect(r.ok, r.ok ? '' : r.error.message).to.equal(true);
    if (!r.ok) return;
    const plan = r.value;
    expect(plan.schemaVersion).to.equal(CURRENT_SCHEMA_VERSION);
    expect(plan.id).to.equal('plan-legacy-7');
    expect(plan.revision).to.equal(12);
    expect(plan.status).to.equal('under-review');
    expect(plan.client).to.deep.equal({ hostId: 'MRN-448201', displayName: 'Dana R.' });
    expect(plan.assessment.summary).to.equal('Low mood since job loss; sleeping poorly.');
    expect(plan.problems).to.have.length(1);
    const goal = plan.problems[0]!.goals[0]!;
    expect(goal.clinicalText).to.equal('Improve mood');
    expect(goal.objectives.map((o) => o.clinicalText)).to.deep.equal(['Walk 20 minutes, 4 days a week', 'Call a friend weekly']);
    expect(goal.objectives[0]!.dueDate).to.equal('2025-06-01');
    expect(goal.objectives[1]!.id).to.equal('goal-1-objective-2');
  });

  const statuses: [string, string][] = [
    ['draft', 'draft'],
    ['active', 'active'],
    ['in-review', 'under-review'],
    ['closed', 'completed'],
    ['discontinued', 'discontinued'],
    ['an unknown word', 'draft'],
  ];
  for (const [from, to] of statuses) {
    it(`maps schema-1 status ${from} to ${to}`, () => {
      const r = parsePlan({ ...v1, status: from });
      expect(r.ok && r.value.status).to.equal(to);
    });
  }
});
