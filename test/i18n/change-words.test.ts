import { expect } from '@open-wc/testing';
import { changeLine, changeSubjectWords, fieldChangeWords, type ChangeWording } from '../../src/i18n/change-words.js';
import { ChangeSchema, FieldChangeSchema, type Change, type ChangeField, type FieldChange } from '../../src/model/plan.js';

const wording: ChangeWording = {
  formatDate: (day) => `[${day}]`,
  approachName: (id) => ({ cbt: 'Cognitive behavioural therapy (CBT)' })[id] ?? `?${id}`,
};

/** Every field, worded with its parameters (subject `objective` unless named). */
const FIELDS: [FieldChange, string, Change['subject']?][] = [
  [{ field: 'wording' }, 'wording'],
  [{ field: 'title', from: 'Stabilization', to: 'Safety first' }, 'name “Stabilization” → “Safety first”', 'phase'],
  [{ field: 'definition' }, 'definition', 'problem'],
  [{ field: 'details' }, 'details', 'support'],
  [{ field: 'status', from: 'proposed', to: 'on-hold' }, 'status Proposed → On hold'],
  [{ field: 'status', from: 'active', to: 'paused' }, 'status Active → Paused', 'intervention'],
  [{ field: 'priority', from: 'low', to: 'high' }, 'priority Low → High', 'goal'],
  [{ field: 'agreement', to: 'agreed' }, 'client agreed', 'goal'],
  [{ field: 'agreement', to: 'withdrawn' }, 'client agreement withdrawn', 'goal'],
  [{ field: 'target', from: 9, to: 7 }, 'target 9 → 7'],
  [{ field: 'baseline', to: 14 }, 'baseline – → 14'],
  [{ field: 'due', from: '2026-03-31', to: '2026-06-30' }, 'due [2026-03-31] → [2026-06-30]'],
  [{ field: 'due', from: '2026-03-31' }, 'due [2026-03-31] → –'],
  [{ field: 'measure', from: 'walks per week', to: 'phq9' }, 'measure walks per week → phq9'],
  [{ field: 'direction', from: 'increase', to: 'decrease' }, 'direction up → down'],
  [{ field: 'attainment-scale' }, 'attainment scale'],
  [{ field: 'phase' }, 'phase', 'goal'],
  [{ field: 'frequency', from: 'weekly', to: 'twice-weekly' }, 'frequency Weekly → Twice a week', 'intervention'],
  [{ field: 'session-minutes', from: 50, to: 45 }, 'session length 50 → 45 min', 'intervention'],
  [{ field: 'planned-sessions', from: 12 }, 'planned sessions 12 → until the next review', 'intervention'],
  [{ field: 'planned-sessions', to: 8 }, 'planned sessions until the next review → 8', 'intervention'],
  [{ field: 'format', from: 'individual', to: 'couple' }, 'format Individual → Couple', 'intervention'],
  [{ field: 'delivery', from: 'in-person', to: 'either' }, 'delivery In person → In person or telehealth', 'intervention'],
  [{ field: 'techniques' }, 'techniques', 'intervention'],
  [{ field: 'homework' }, 'homework', 'intervention'],
  // A code this kit does not know (a plan from a newer kit) shows as stored rather than vanishing.
  [{ field: 'status', from: 'active', to: 'snoozed' }, 'status Active → snoozed'],
];

describe('fieldChangeWords', () => {
  it('covers every field the schema allows', () => {
    const covered = new Set<ChangeField>(FIELDS.map(([f]) => f.field));
    expect([...FieldChangeSchema.shape.field.options].filter((f) => !covered.has(f))).to.deep.equal([]);
  });
  for (const [change, words, subject = 'objective'] of FIELDS) {
    it(`${change.field} ${JSON.stringify(change.from ?? null)} → ${JSON.stringify(change.to ?? null)} (${subject})`, () => {
      expect(fieldChangeWords(change, subject, wording)).to.equal(words);
    });
  }
});

describe('changeSubjectWords', () => {
  const SUBJECTS: [Change['subject'], string][] = [
    ['problem', 'problem'],
    ['goal', 'goal'],
    ['objective', 'objective'],
    ['intervention', 'approach'],
    ['homework', 'homework'],
    ['phase', 'phase'],
    ['support', 'support'],
    ['status', 'status'],
  ];
  it('covers every subject the schema allows', () => {
    expect(SUBJECTS.map(([s]) => s).sort()).to.deep.equal([...ChangeSchema.shape.subject.options].sort());
  });
  for (const [subject, words] of SUBJECTS) it(subject, () => expect(changeSubjectWords(subject)).to.equal(words));
});

describe('changeLine', () => {
  const LINES: [string, Change, string][] = [
    ['an added goal', { kind: 'added', subject: 'goal', itemId: 'g1', item: 'Sleep better' }, 'Added goal: Sleep better'],
    ['a removed approach, by its catalog name', { kind: 'removed', subject: 'intervention', item: 'cbt' }, 'Removed approach: Cognitive behavioural therapy (CBT)'],
    ['an untitled objective', { kind: 'added', subject: 'objective', item: '' }, 'Added objective: (untitled)'],
    [
      'an edit with two fields, in order',
      { kind: 'edited', subject: 'objective', item: 'PHQ-9 below 10', fields: [{ field: 'target', from: 9, to: 7 }, { field: 'status', from: 'active', to: 'achieved' }] },
      'Changed objective: PHQ-9 below 10: target 9 → 7, status Active → Achieved',
    ],
    ['an edit that does not say which field', { kind: 'edited', subject: 'support', item: 'Running club', fields: [] }, 'Changed support: Running club'],
    [
      'a schema-2 sentence that could not be read, as it was',
      { kind: 'edited', subject: 'objective', item: '', legacyText: 'Valued activities: marked achieved.' },
      'Changed objective: Valued activities: marked achieved.',
    ],
  ];
  for (const [name, change, words] of LINES) it(name, () => expect(changeLine(change, wording)).to.equal(words));
});
