import { expect } from '@open-wc/testing';
import { CURRENT_SCHEMA_VERSION, parsePlan, type Change, type TreatmentPlan } from '../../src/model/index.js';
import { readLegacyChange } from '../../src/model/legacy-changes.js';
import { MIGRATIONS } from '../../src/model/migrations.js';
import { okValue } from '../helpers/result.js';
import { planV2 } from '../fixtures/plan-v2.js';

const revisions = (plan: TreatmentPlan) => plan.timeline.filter((e) => e.kind === 'revision');

describe('migration 2 → 3: revision changes as data', () => {
  it('is registered (the current schema is 5: signing added agreements, then substance-use care)', () => {
    expect(CURRENT_SCHEMA_VERSION).to.equal(5);
    expect(MIGRATIONS[2]).to.be.a('function');
  });

  it('reads every English summary of a stored schema-2 plan into structured changes', () => {
    const plan = okValue(parsePlan(planV2()));
    expect(plan.schemaVersion).to.equal(CURRENT_SCHEMA_VERSION);
    const [first, second] = revisions(plan);
    expect(first?.changes).to.deep.equal([
      { kind: 'added', subject: 'problem', item: 'Low mood after the job loss' },
      { kind: 'added', subject: 'goal', item: 'Reduce depressive symptoms to the mild range' },
      { kind: 'added', subject: 'objective', item: 'PHQ-9 below 10 (out of the moderate range) by the end of March' },
      { kind: 'added', subject: 'intervention', item: 'cbt' },
    ]);
    const expected: Change[] = [
      {
        kind: 'edited',
        subject: 'objective',
        item: 'PHQ-9 below 10 (out of the moderate range) by the end of March',
        fields: [
          { field: 'target', from: 9, to: 7 },
          { field: 'due', from: '2026-03-31', to: '2026-06-30' },
        ],
      },
      { kind: 'edited', subject: 'objective', item: 'Walk for 20 minutes on at least 4 days a week', fields: [{ field: 'status', from: 'active', to: 'achieved' }] },
      {
        kind: 'edited',
        subject: 'intervention',
        item: 'cbt',
        fields: [
          { field: 'frequency', from: 'weekly', to: 'every-two-weeks' },
          { field: 'session-minutes', from: 50, to: 45 },
          { field: 'planned-sessions', from: 12 },
          { field: 'delivery', from: 'in-person', to: 'telehealth' },
          { field: 'techniques' },
        ],
      },
      { kind: 'edited', subject: 'goal', item: '', fields: [{ field: 'wording' }, { field: 'agreement', to: 'agreed' }] },
      { kind: 'edited', subject: 'phase', item: 'Safety and stabilization', fields: [{ field: 'title', from: 'Stabilization', to: 'Safety and stabilization' }] },
      { kind: 'edited', subject: 'problem', item: 'Low mood after the job loss', fields: [{ field: 'definition' }] },
      {
        kind: 'edited',
        subject: 'objective',
        item: 'Sleep: through the night',
        fields: [
          { field: 'measure', from: 'nights slept, well per week', to: 'phq9' },
          { field: 'direction', to: 'decrease' },
        ],
      },
      { kind: 'removed', subject: 'support', item: 'Sister, Ana' },
      { kind: 'edited', subject: 'objective', item: '', legacyText: 'Valued activities: marked achieved.' },
    ];
    expect(second?.changes).to.deep.equal(expected);
  });

  it('turns the status change a recorded review made into a cause code, and keeps reasons people wrote', () => {
    const plan = okValue(parsePlan(planV2()));
    const statuses = plan.timeline.filter((e) => e.kind === 'status');
    expect(statuses.find((e) => e.id === 'st-back')).to.deep.equal({
      id: 'st-back',
      kind: 'status',
      date: '2026-04-03T16:00:00.000Z',
      from: 'under-review',
      to: 'active',
      cause: 'review-recorded',
    });
    expect(statuses.find((e) => e.id === 'st-review')).to.include({ reason: 'Six-month review' }).and.not.have.property('cause');
  });

  it('keeps everything else of the plan as it was', () => {
    const before = planV2();
    const plan = okValue(parsePlan(before));
    const { timeline: _a, schemaVersion: _b, ...rest } = before;
    const { timeline: _c, schemaVersion: _d, ...after } = plan;
    expect(after).to.deep.equal(rest);
    expect(plan.timeline.map((e) => e.id)).to.deep.equal((before.timeline as { id: string }[]).map((e) => e.id));
  });

  it('refuses a schema-2 change that is not a change at all (no text) instead of inventing one', () => {
    const broken = planV2();
    const timeline = (broken.timeline as Record<string, unknown>[]).map((e) => (e.kind === 'revision' ? { ...e, changes: [{ kind: 'edited', subject: 'goal' }] } : e));
    const r = parsePlan({ ...broken, timeline });
    expect(r.ok).to.equal(false);
  });
});

describe('readLegacyChange', () => {
  const table: [name: string, kind: Change['kind'], subject: Change['subject'], text: string, expected: Omit<Change, 'kind' | 'subject'>][] = [
    ['an added item', 'added', 'problem', 'Panic attacks', { item: 'Panic attacks' }],
    ['a removed untitled objective', 'removed', 'objective', '(untitled)', { item: '' }],
    ['a title "(untitled)" of a problem is a title', 'added', 'problem', '(untitled)', { item: '(untitled)' }],
    ['a goal whose name holds ": "', 'edited', 'goal', 'Mood: lift it: wording', { item: 'Mood: lift it', fields: [{ field: 'wording' }] }],
    ['priority and withdrawn agreement', 'edited', 'goal', 'Sleep better: priority medium → high, client agreement withdrawn', {
      item: 'Sleep better',
      fields: [{ field: 'priority', from: 'medium', to: 'high' }, { field: 'agreement', to: 'withdrawn' }],
    }],
    ['a baseline set for the first time, a decimal target', 'edited', 'objective', 'Panic: baseline – → 7, target 1 → 0.5', {
      item: 'Panic',
      fields: [{ field: 'baseline', to: 7 }, { field: 'target', from: 1, to: 0.5 }],
    }],
    ['a due date removed, the scale and the phase', 'edited', 'objective', 'Walk: due 2026-06-30 → –, attainment scale, phase', {
      item: 'Walk',
      fields: [{ field: 'due', from: '2026-06-30' }, { field: 'attainment-scale' }, { field: 'phase' }],
    }],
    ['planned sessions from "until review"', 'edited', 'intervention', 'emdr: planned sessions until review → 8, status proposed → active, homework', {
      item: 'emdr',
      fields: [{ field: 'planned-sessions', to: 8 }, { field: 'status', from: 'proposed', to: 'active' }, { field: 'homework' }],
    }],
    ['format and delivery both changed', 'edited', 'intervention', 'cbt: format individual/in-person → group/either', {
      item: 'cbt',
      fields: [{ field: 'format', from: 'individual', to: 'group' }, { field: 'delivery', from: 'in-person', to: 'either' }],
    }],
    ['an edited support (the old text named it only)', 'edited', 'support', 'Running club', { item: 'Running club', fields: [] }],
    ['an unknown frequency word', 'edited', 'intervention', 'cbt: frequency fortnightly → weekly', { item: '', legacyText: 'cbt: frequency fortnightly → weekly' }],
    ['a phase text with two arrows', 'edited', 'phase', 'A → B → C', { item: '', legacyText: 'A → B → C' }],
    ['a problem edit in other words', 'edited', 'problem', 'Low mood: evidence updated', { item: '', legacyText: 'Low mood: evidence updated' }],
    ['a part the old diff never wrote', 'edited', 'objective', 'Walk: wording, colour', { item: '', legacyText: 'Walk: wording, colour' }],
    ['an edited status subject', 'edited', 'status', 'active → completed', { item: '', legacyText: 'active → completed' }],
  ];
  for (const [name, kind, subject, text, expected] of table) {
    it(name, () => {
      expect(readLegacyChange(kind, subject, text)).to.deep.equal({ kind, subject, ...expected });
    });
  }
});
