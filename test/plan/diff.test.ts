import { expect } from '@open-wc/testing';
import type { FieldChange, Goal, Intervention, Objective, Phase, Problem, Support } from '../../src/model/plan.js';
import { diffContent } from '../../src/plan/diff.js';

// Every field the version diff reads, one edit at a time, with the exact line it writes. A dropped
// field, a swapped before/after or a wrong fallback changes the text and fails here.

const AT = '2026-01-01T00:00:00.000Z';

const objective = (over: Partial<Objective> = {}): Objective => ({
  id: 'o1',
  clinicalText: 'Fewer panic attacks',
  proposedBy: 'clinician',
  priority: 'medium',
  status: 'active',
  createdAt: AT,
  measure: { kind: 'count', label: 'panic attacks', unit: 'per week', baseline: 5, target: 1, direction: 'decrease' },
  ...over,
});

const goal = (over: Partial<Goal> = {}): Goal => ({
  id: 'g1',
  clinicalText: 'Feel safe leaving home',
  proposedBy: 'clinician',
  priority: 'high',
  status: 'active',
  createdAt: AT,
  objectives: [],
  ...over,
});

const problem = (over: Partial<Problem> = {}): Problem => ({
  id: 'p1',
  title: 'Panic',
  evidencedBy: ['Avoids buses'],
  areas: [],
  createdAt: AT,
  goals: [],
  ...over,
});

const intervention = (over: Partial<Intervention> = {}): Intervention => ({
  id: 'i1',
  modalityId: 'cbt',
  techniques: ['exposure'],
  objectiveIds: [],
  frequency: 'weekly',
  format: 'individual',
  delivery: 'in-person',
  status: 'active',
  homework: [],
  createdAt: AT,
  ...over,
});

const phase = (over: Partial<Phase> = {}): Phase => ({ id: 'ph1', title: 'Stabilise', ...over });
const support = (over: Partial<Support> = {}): Support => ({ id: 's1', kind: 'person', label: 'Sister', ...over });

type Content = Parameters<typeof diffContent>[0];
const content = (over: Partial<Content> = {}): Content => ({ problems: [], interventions: [], phases: [], supports: [], ...over });
const withObjective = (o: Objective) => content({ problems: [problem({ goals: [goal({ objectives: [o] })] })] });
const withGoal = (g: Goal) => content({ problems: [problem({ goals: [g] })] });
// One line per change, for reading the tables: `kind subject: item: field from → to, field`.
const field = (f: FieldChange) => ('from' in f || 'to' in f ? `${f.field} ${f.from ?? '–'} → ${f.to ?? '–'}` : f.field);
const texts = (before: Content, after: Content) =>
  diffContent(before, after).map((c) => `${c.kind} ${c.subject}: ${c.item}${c.fields ? `: ${c.fields.map(field).join(', ')}` : ''}`);

describe('diffContent', () => {
  it('reports nothing between equal versions, even when every object is a fresh copy', () => {
    const a = withObjective(objective());
    expect(diffContent(a, structuredClone(a))).to.deep.equal([]);
    expect(diffContent(a, a)).to.deep.equal([]);
  });

  const listCases: { name: string; before: Content; after: Content; expected: string[] }[] = [
    { name: 'phase added', before: content(), after: content({ phases: [phase()] }), expected: ['added phase: Stabilise'] },
    { name: 'phase removed', before: content({ phases: [phase()] }), after: content(), expected: ['removed phase: Stabilise'] },
    { name: 'phase renamed', before: content({ phases: [phase()] }), after: content({ phases: [phase({ title: 'Process' })] }), expected: ['edited phase: Process: title Stabilise → Process'] },
    { name: 'phase description only (not shown)', before: content({ phases: [phase()] }), after: content({ phases: [phase({ description: 'x' })] }), expected: [] },
    { name: 'problem added (its goal too)', before: content(), after: withGoal(goal()), expected: ['added problem: Panic', 'added goal: Feel safe leaving home'] },
    { name: 'problem removed', before: content({ problems: [problem()] }), after: content(), expected: ['removed problem: Panic'] },
    { name: 'problem renamed', before: content({ problems: [problem()] }), after: content({ problems: [problem({ title: 'Panic disorder' })] }), expected: ['edited problem: Panic disorder: title Panic → Panic disorder'] },
    { name: 'problem evidence changed', before: content({ problems: [problem()] }), after: content({ problems: [problem({ evidencedBy: ['Avoids buses', 'Skips work'] })] }), expected: ['edited problem: Panic: definition'] },
    { name: 'problem areas only (not shown)', before: content({ problems: [problem()] }), after: content({ problems: [problem({ areas: ['panic'] })] }), expected: [] },
    { name: 'support added', before: content(), after: content({ supports: [support()] }), expected: ['added support: Sister'] },
    { name: 'support removed', before: content({ supports: [support()] }), after: content(), expected: ['removed support: Sister'] },
    { name: 'support renamed', before: content({ supports: [support()] }), after: content({ supports: [support({ label: 'Sister Ana' })] }), expected: ['edited support: Sister Ana: title Sister → Sister Ana'] },
    { name: 'support details', before: content({ supports: [support()] }), after: content({ supports: [support({ details: 'Calls on Sundays' })] }), expected: ['edited support: Sister: details'] },
    { name: 'support contact only (not shown)', before: content({ supports: [support()] }), after: content({ supports: [support({ contact: '555' })] }), expected: [] },
    { name: 'intervention added', before: content(), after: content({ interventions: [intervention()] }), expected: ['added intervention: cbt'] },
    { name: 'intervention removed', before: content({ interventions: [intervention()] }), after: content(), expected: ['removed intervention: cbt'] },
    { name: 'objective added', before: withGoal(goal()), after: withObjective(objective()), expected: ['added objective: Fewer panic attacks'] },
    { name: 'objective removed', before: withObjective(objective()), after: withGoal(goal()), expected: ['removed objective: Fewer panic attacks'] },
  ];
  for (const { name, before, after, expected } of listCases) {
    it(`lists: ${name}`, () => expect(texts(before, after)).to.deep.equal(expected));
  }

  const goalCases: { name: string; after: Partial<Goal>; expected: string[] }[] = [
    { name: 'clinical wording', after: { clinicalText: 'Ride the bus' }, expected: ['edited goal: Ride the bus: wording'] },
    { name: 'client wording', after: { clientWords: 'Go out again' }, expected: ['edited goal: Feel safe leaving home: wording'] },
    { name: 'status', after: { status: 'achieved' }, expected: ['edited goal: Feel safe leaving home: status active → achieved'] },
    { name: 'priority', after: { priority: 'low' }, expected: ['edited goal: Feel safe leaving home: priority high → low'] },
    { name: 'client agrees', after: { agreement: { agreed: true, date: '2026-01-02' } }, expected: ['edited goal: Feel safe leaving home: agreement – → agreed'] },
    { name: 'an agreement record that is not agreement', after: { agreement: { agreed: false, date: '2026-01-02' } }, expected: [] },
    { name: 'phase', after: { phaseId: 'ph1' }, expected: ['edited goal: Feel safe leaving home: phase'] },
    { name: 'status reason only (not shown)', after: { statusReason: 'x' }, expected: [] },
    { name: 'two fields at once', after: { status: 'on-hold', priority: 'low' }, expected: ['edited goal: Feel safe leaving home: status active → on-hold, priority high → low'] },
  ];
  for (const { name, after, expected } of goalCases) {
    it(`goal: ${name}`, () => expect(texts(withGoal(goal()), withGoal(goal(after)))).to.deep.equal(expected));
  }

  it('goal: agreement withdrawn, and a goal phase removed', () => {
    const agreed = goal({ agreement: { agreed: true, date: '2026-01-02' }, phaseId: 'ph1' });
    expect(texts(withGoal(agreed), withGoal(goal()))).to.deep.equal(['edited goal: Feel safe leaving home: agreement – → withdrawn, phase']);
  });

  it('goal: labels fall back to the client words, then empty (worded "untitled" where shown)', () => {
    expect(texts(content(), withGoal(goal({ clinicalText: '', clientWords: 'Go out' })))).to.deep.equal(['added problem: Panic', 'added goal: Go out']);
    expect(texts(content(), withGoal(goal({ clinicalText: '' })))).to.deep.equal(['added problem: Panic', 'added goal: ']);
  });

  const m = objective().measure;
  const objectiveCases: { name: string; after: Partial<Objective>; expected: string }[] = [
    { name: 'target', after: { measure: { ...m, target: 0 } }, expected: 'target 1 → 0' },
    { name: 'target removed', after: { measure: { ...m, target: undefined } }, expected: 'target 1 → –' },
    { name: 'baseline', after: { measure: { ...m, baseline: 6 } }, expected: 'baseline 5 → 6' },
    { name: 'due date set', after: { dueDate: '2026-03-01' }, expected: 'due – → 2026-03-01' },
    { name: 'measure label', after: { measure: { ...m, label: 'attacks' } }, expected: 'measure panic attacks per week → attacks per week' },
    { name: 'measure unit', after: { measure: { ...m, unit: 'per day' } }, expected: 'measure panic attacks per week → panic attacks per day' },
    { name: 'measure kind', after: { measure: { ...m, kind: 'rating' } }, expected: 'measure panic attacks per week → panic attacks per week' },
    {
      name: 'measure instrument (named by instrument)',
      after: { measure: { ...m, kind: 'instrument', instrumentId: 'pdss', unit: undefined } },
      expected: 'measure panic attacks per week → pdss',
    },
    { name: 'direction', after: { measure: { ...m, direction: 'increase' } }, expected: 'direction decrease → increase' },
    {
      name: 'attainment scale',
      after: { gas: { levels: ['a', 'b', 'c', 'd', 'e'], importance: 2, difficulty: 1, baseline: -1 } },
      expected: 'attainment-scale',
    },
  ];
  for (const { name, after, expected } of objectiveCases) {
    it(`objective: ${name}`, () => {
      expect(texts(withObjective(objective()), withObjective(objective(after)))).to.deep.equal([`edited objective: Fewer panic attacks: ${expected}`]);
    });
  }

  it('objective: another instrument (kind, label and unit the same) is a measure change', () => {
    const on = (instrumentId: string) => objective({ measure: { kind: 'instrument', label: 'Depression', instrumentId } });
    expect(texts(withObjective(on('phq9')), withObjective(on('phq2')))).to.deep.equal(['edited objective: Fewer panic attacks: measure phq9 → phq2']);
  });

  it('goal: the same phase on both sides is not a phase change', () => {
    expect(texts(withGoal(goal({ phaseId: 'ph1' })), withGoal(goal({ phaseId: 'ph1', priority: 'low' })))).to.deep.equal([
      'edited goal: Feel safe leaving home: priority high → low',
    ]);
  });

  it('intervention: several changes are listed in order, comma-separated', () => {
    expect(texts(iv({}), iv({ frequency: 'monthly', status: 'paused', homework: [{ id: 'h1', what: 'x', frequency: 'daily' }] }))).to.deep.equal([
      'edited intervention: cbt: frequency weekly → monthly, status active → paused, homework',
    ]);
  });

  it('objective: a measure with no label nor unit is named by its kind', () => {
    const bare = objective({ measure: { kind: 'custom', label: '' } });
    const named = objective({ measure: { kind: 'custom', label: 'steps', unit: 'per day' } });
    expect(texts(withObjective(bare), withObjective(named))).to.deep.equal(['edited objective: Fewer panic attacks: measure custom → steps per day']);
  });

  it('objective: progress confirmation only is not a content change', () => {
    const confirmed = objective({ progress: { status: 'improving', confirmedAt: AT } });
    expect(texts(withObjective(objective()), withObjective(confirmed))).to.deep.equal([]);
  });

  const iv = (over: Partial<Intervention>) => content({ interventions: [intervention(over)] });
  const interventionCases: { name: string; before?: Partial<Intervention>; after: Partial<Intervention>; expected: string }[] = [
    { name: 'frequency in words', after: { frequency: 'twice-weekly' }, expected: 'frequency weekly → twice-weekly' },
    { name: 'every two weeks', after: { frequency: 'every-two-weeks' }, expected: 'frequency weekly → every-two-weeks' },
    { name: 'monthly', after: { frequency: 'monthly' }, expected: 'frequency weekly → monthly' },
    { name: 'as needed', after: { frequency: 'as-needed' }, expected: 'frequency weekly → as-needed' },
    { name: 'other', after: { frequency: 'other' }, expected: 'frequency weekly → other' },
    { name: 'session length set', after: { sessionMinutes: 50 }, expected: 'session-minutes – → 50' },
    { name: 'session length removed', before: { sessionMinutes: 50 }, after: {}, expected: 'session-minutes 50 → –' },
    { name: 'planned sessions set', after: { plannedSessions: 12 }, expected: 'planned-sessions – → 12' },
    { name: 'planned sessions removed', before: { plannedSessions: 12 }, after: {}, expected: 'planned-sessions 12 → –' },
    { name: 'format', after: { format: 'group' }, expected: 'format individual → group' },
    { name: 'delivery', after: { delivery: 'telehealth' }, expected: 'delivery in-person → telehealth' },
    { name: 'status', after: { status: 'paused' }, expected: 'status active → paused' },
    { name: 'techniques', after: { techniques: ['exposure', 'cognitive-restructuring'] }, expected: 'techniques' },
    { name: 'homework', after: { homework: [{ id: 'h1', what: 'Breathing practice', frequency: 'daily' }] }, expected: 'homework' },
  ];
  for (const { name, before = {}, after, expected } of interventionCases) {
    it(`intervention: ${name}`, () => {
      expect(texts(iv(before), iv(after))).to.deep.equal([
        `edited intervention: cbt: ${expected}`,
      ]);
    });
  }

  it('intervention: a note or rationale only is not shown', () => {
    expect(texts(iv({}), iv({ rationale: 'x', frequencyNote: 'y' }))).to.deep.equal([]);
  });

  it('keeps the order: phases, problems, goals, objectives, approaches, supports; additions before removals', () => {
    const before = content({ phases: [phase({ id: 'old' })], supports: [support()] });
    const after = content({ phases: [phase()], problems: [problem({ goals: [goal({ objectives: [objective()] })] })], interventions: [intervention()] });
    expect(diffContent(before, after).map((c) => `${c.kind} ${c.subject}`)).to.deep.equal([
      'added phase',
      'removed phase',
      'added problem',
      'added goal',
      'added objective',
      'added intervention',
      'removed support',
    ]);
  });
});
