// Each migration step on its own, field by field, and what migratePlan refuses before any step runs
// (issue 19: a v1 plan's ids, statuses and client, and schema-2 timelines, were barely read).
import { expect } from '@open-wc/testing';
import { readLegacyChange } from '../../src/model/legacy-changes.js';
import { MIGRATIONS } from '../../src/model/migrations.js';
import { migratePlan, parsePlan } from '../../src/model/parse.js';
import { CURRENT_SCHEMA_VERSION } from '../../src/model/plan.js';
import { errorOf, okValue } from '../helpers/result.js';

const v1 = MIGRATIONS[1]!;
const v2 = MIGRATIONS[2]!;
const v3 = MIGRATIONS[3]!;
const T = '2025-05-01T09:00:00.000Z';

describe('migration 1 → 2', () => {
  it('ids: a number is kept as text, anything else is no id', () => {
    expect(v1({ schemaVersion: 1, id: 7, createdAt: T }).id).to.equal('7');
    expect(v1({ schemaVersion: 1, id: { nested: true }, createdAt: T }).id).to.equal('');
  });

  it('goals without ids get numbered ones; objectives too, with their text as measure and their due day', () => {
    const next = v1({
      schemaVersion: 1,
      id: 'p',
      createdAt: T,
      goals: [
        { text: 'Sleep better', objectives: [{ text: 'In bed by 23:00', due: '2025-06-01' }, { id: 'own', text: 'No screens' }] },
        { id: 'g-own', text: 'Worry less', objectives: 'not a list' },
      ],
    });
    const [problem] = next.problems as { id: string; title: string; goals: { id: string; clinicalText: string; objectives: Record<string, unknown>[] }[] }[];
    expect([problem!.id, problem!.title]).to.deep.equal(['migrated-problem', 'Presenting concerns']);
    expect(problem!.goals.map((g) => [g.id, g.clinicalText, g.objectives.length])).to.deep.equal([
      ['goal-1', 'Sleep better', 2],
      ['g-own', 'Worry less', 0],
    ]);
    const [first, second] = problem!.goals[0]!.objectives;
    expect(first).to.deep.include({ id: 'goal-1-objective-1', clinicalText: 'In bed by 23:00', dueDate: '2025-06-01', createdAt: T });
    expect(first!.measure).to.deep.equal({ kind: 'custom', label: 'In bed by 23:00' });
    expect(second).to.deep.include({ id: 'own', clinicalText: 'No screens' });
    expect(second).to.not.have.property('dueDate');
  });

  it('a goal or objective without text gets empty text', () => {
    const next = v1({ schemaVersion: 1, id: 'p', createdAt: T, goals: [{ objectives: [{}] }] });
    const goal = (next.problems as { goals: { clinicalText: string; objectives: { clinicalText: string; measure: { label: string } }[] }[] }[])[0]!.goals[0]!;
    expect([goal.clinicalText, goal.objectives[0]!.clinicalText, goal.objectives[0]!.measure.label]).to.deep.equal(['', '', '']);
  });

  it('no goals: no problem', () => {
    expect(v1({ schemaVersion: 1, id: 'p', createdAt: T }).problems).to.deep.equal([]);
  });

  const statuses: [unknown, string][] = [
    ['draft', 'draft'],
    ['active', 'active'],
    ['in-review', 'under-review'],
    ['closed', 'completed'],
    ['discontinued', 'discontinued'],
    ['archived', 'draft'],
    [undefined, 'draft'],
  ];
  for (const [from, to] of statuses) {
    it(`status ${String(from)} → ${to}`, () => expect(v1({ schemaVersion: 1, id: 'p', createdAt: T, status: from }).status).to.equal(to));
  }

  it('revision, dates, client and notes', () => {
    const next = v1({ schemaVersion: 1, id: 'p', createdAt: T, updatedAt: '2025-05-09T10:00:00.000Z', revision: 12, clientId: 'MRN-1', clientName: 'Ana', notes: 'Referred by GP' });
    expect(next).to.deep.include({ revision: 12, createdAt: T, updatedAt: '2025-05-09T10:00:00.000Z', client: { hostId: 'MRN-1', displayName: 'Ana' } });
    expect((next.assessment as { summary?: string }).summary).to.equal('Referred by GP');
    const bare = v1({ schemaVersion: 1, id: 'p', revision: '12', clientName: 'Ana' });
    expect(bare).to.deep.include({ revision: 0, createdAt: new Date(0).toISOString(), updatedAt: new Date(0).toISOString() });
    expect(bare).to.not.have.property('client');
    expect(bare.assessment).to.not.have.property('summary');
    expect(v1({ schemaVersion: 1, id: 'p', clientId: 'MRN-2' }).client).to.deep.equal({ hostId: 'MRN-2' });
  });
});

describe('migration 2 → 3', () => {
  it('leaves a plan without a timeline list as it is', () => {
    const plan = { schemaVersion: 2, id: 'p', timeline: 'none' };
    expect(v2(plan)).to.equal(plan);
  });

  it('reads schema-2 sentences as structured changes and leaves anything else for validation to refuse', () => {
    const good = { kind: 'added', subject: 'goal', text: 'Added goal "Sleep better"' };
    const odd = [
      'a sentence alone',
      { kind: 'renamed', subject: 'goal', text: 'x' },
      { kind: 'added', subject: 'planet', text: 'x' },
      { kind: 'added', subject: 'goal', text: 5 },
    ];
    const entry = { id: 'r1', kind: 'revision', date: T, changes: [good, ...odd] };
    const [migrated] = v2({ schemaVersion: 2, timeline: [entry] }).timeline as { changes: unknown[] }[];
    expect(migrated!.changes).to.deep.equal([readLegacyChange('added', 'goal', good.text), ...odd]);
  });

  it('turns the status change a recorded review made into a cause; nothing else', () => {
    const recorded = { id: 's1', kind: 'status', date: T, from: 'under-review', to: 'active', reason: 'Review recorded' };
    const others = [
      { ...recorded, id: 's2', reason: 'Back to work' },
      { ...recorded, id: 's3', from: 'draft' },
      { ...recorded, id: 's4', to: 'completed' },
      { ...recorded, id: 's5', kind: 'review' },
      { id: 'r', kind: 'revision', date: T, changes: 'none' },
      42,
    ];
    const timeline = v2({ schemaVersion: 2, timeline: [recorded, ...others] }).timeline as unknown[];
    const { reason: _, ...rest } = recorded;
    expect(timeline).to.deep.equal([{ ...rest, cause: 'review-recorded' }, ...others]);
  });
});

describe('migration 3 → 4', () => {
  it('gives every plan a list of agreements, keeping one it has', () => {
    expect(v3({ schemaVersion: 3 }).agreements).to.deep.equal([]);
    expect(v3({ schemaVersion: 3, agreements: 'x' }).agreements).to.deep.equal([]);
    const list = [{ id: 'a' }];
    expect(v3({ schemaVersion: 3, agreements: list }).agreements).to.equal(list);
  });
});

describe('migratePlan refuses before any step', () => {
  const refused: [string, unknown, string][] = [
    ['null', null, 'A plan must be an object.'],
    ['a list', [], 'A plan must be an object.'],
    ['a number', 3, 'A plan must be an object.'],
    ['no schemaVersion', { id: 'x' }, 'The plan has no valid schemaVersion.'],
    ['schemaVersion 0', { schemaVersion: 0 }, 'The plan has no valid schemaVersion.'],
    ['schemaVersion 1.5', { schemaVersion: 1.5 }, 'The plan has no valid schemaVersion.'],
    ['schemaVersion "2"', { schemaVersion: '2' }, 'The plan has no valid schemaVersion.'],
  ];
  for (const [name, input, message] of refused) {
    it(`${name}: invalid-plan`, () => {
      const error = errorOf(migratePlan(input));
      expect([error.code, error.message]).to.deep.equal(['invalid-plan', message]);
      expect(errorOf(parsePlan(input)).message).to.equal(message);
    });
  }

  it('schema 1 runs every step up to the current schema', () => {
    expect(okValue(migratePlan({ schemaVersion: 1, id: 'p', createdAt: T })).schemaVersion).to.equal(CURRENT_SCHEMA_VERSION);
  });
});
