import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/elements/plan-provider/define.js';
import '../src/elements/goal-editor/define.js';
import { DEFAULT_GOAL_LIBRARY, type GoalLibrary } from '../src/clinical/goals/index.js';
import { createPlan } from '../src/model/factory.js';
import type { Goal, Objective, PlanMode, TreatmentPlan } from '../src/model/plan.js';
import { fullPlan } from './fixtures.js';
import { scoreOnly } from '../test/fixtures/administrations.js';

/**
 * Invented people only. Jonah P., 41: panic attacks on the commute since a near-miss on his bike,
 * low mood since; drinks to sleep on bad nights. Prefers structured sessions; his sister helps.
 */
const AT = '2026-11-02T15:00:00.000Z';

function inProvider(plan: TreatmentPlan, mode: PlanMode = 'clinician', library?: unknown): TemplateResult {
  return html`<plan-provider plan-id=${plan.id} scope="storybook-goals" storage="memory" mode=${mode} .plan=${plan}>
    <goal-editor .library=${library}></goal-editor>
  </plan-provider>`;
}

function objective(id: string, fields: Partial<Objective> & Pick<Objective, 'clinicalText' | 'measure'>): Objective {
  return { id, proposedBy: 'together', priority: 'medium', status: 'proposed', createdAt: AT, ...fields };
}

function goal(id: string, fields: Partial<Goal> & Pick<Goal, 'clinicalText' | 'objectives'>): Goal {
  return { id, proposedBy: 'together', priority: 'medium', status: 'proposed', createdAt: AT, ...fields };
}

/** Jonah's plan after the second session: some goals agreed and measurable, some still rough. */
function halfFilled(id = 'story-goals-half'): TreatmentPlan {
  const p = createPlan(id, AT);
  return {
    ...p,
    client: { hostId: 'MRN-20931', displayName: 'Jonah P.' },
    assessment: {
      ...p.assessment,
      intake: { ...p.assessment.intake, concerns: { ...p.assessment.intake.concerns, areas: ['panic', 'depression', 'substance-use'] } },
      administrations: [
        scoreOnly('adm-phq9-1', 'phq9', '2026-10-26T14:10:00.000Z', 14, { score: { band: 'moderate', bandLabel: 'Moderate' } }),
        scoreOnly('adm-gad7-1', 'gad7', '2026-10-26T14:15:00.000Z', 12, { score: { band: 'moderate', bandLabel: 'Moderate' } }),
      ],
    },
    phases: [],
    supports: [
      { id: 'sup-sister', kind: 'person', label: 'Sister, Ruth', details: 'Drives him to sessions when the bus is too much', contact: 'Weekends and evenings' },
      { id: 'sup-strength', kind: 'strength', label: 'Keeps careful notes; likes data about his own progress' },
      { id: 'sup-shift', kind: 'barrier', label: 'Rotating night shifts at the depot', details: 'Changes every two weeks' },
      { id: 'sup-group', kind: 'community-resource', label: 'Thursday anxiety peer group', contact: 'Eastside library, room 2' },
    ],
    problems: [
      {
        id: 'prob-panic',
        title: 'Panic attacks on the commute',
        evidencedBy: ['Racing heart and dizziness on the bus most mornings', 'Has cycled to work only once since the near-miss'],
        areas: ['panic'],
        createdAt: AT,
        goals: [
          goal('goal-panic', {
            clinicalText: 'Reduce frequency and intensity of panic attacks.',
            clientWords: 'Get to work without feeling like I am going to die.',
            priority: 'high',
            status: 'active',
            agreement: { agreed: true, date: '2026-11-02' },
            objectives: [
              objective('obj-panic', {
                clinicalText: 'Reduce panic attacks from daily to once a week.',
                clientWords: 'From every day to once a week at most.',
                priority: 'high',
                status: 'active',
                agreement: { agreed: true, date: '2026-11-02' },
                measure: { kind: 'count', label: 'panic attacks', unit: 'per week', baseline: 7, target: 1, direction: 'decrease' },
                dueDate: '2027-02-01',
                gas: {
                  levels: ['More than 7 a week', 'About 7 a week', 'One a week or fewer', 'One in two weeks', 'None for four weeks'],
                  importance: 3,
                  difficulty: 2,
                  baseline: -1,
                },
              }),
              objective('obj-bike', {
                clinicalText: 'Cycle the commute route.',
                clientWords: 'Ride my bike to the depot again.',
                measure: { kind: 'count', label: 'commutes by bike', unit: '', target: 3, direction: 'increase' },
              }),
            ],
          }),
        ],
      },
      {
        id: 'prob-mood',
        title: 'Low mood since the accident',
        evidencedBy: ['Stopped going to five-a-side football', 'Sleeping 10 hours on days off'],
        areas: ['depression'],
        createdAt: AT,
        goals: [
          goal('goal-mood', {
            clinicalText: 'Reduce depressive symptoms to the minimal range.',
            clientWords: 'Feel like myself again.',
            proposedBy: 'client',
            objectives: [
              objective('obj-phq9', {
                clinicalText: 'PHQ-9 below 5.',
                measure: { kind: 'instrument', label: 'PHQ-9 total', instrumentId: 'phq9', baseline: 14, baselineAdministrationId: 'adm-phq9-1', target: 4, direction: 'decrease' },
                dueDate: '2027-03-01',
              }),
            ],
          }),
        ],
      },
    ],
  };
}

/** 100 goals × 5 objectives, to check the editor stays responsive on a very long plan. */
function longPlan(): TreatmentPlan {
  const p = createPlan('story-goals-long', AT);
  const activities = ['walk to the shop', 'take the bus one stop', 'call a friend', 'cook a meal', 'go to the gym'];
  const goals = Array.from({ length: 100 }, (_, g) =>
    goal(`long-g${g}`, {
      clinicalText: `Step ${g + 1}: ${activities[g % 5]} without a companion.`,
      objectives: Array.from({ length: 5 }, (_, o) =>
        objective(`long-g${g}-o${o}`, {
          clinicalText: `Practice ${activities[(g + o) % 5]}`,
          measure: { kind: 'count', label: `times: ${activities[(g + o) % 5]}`, unit: 'per week', baseline: o, target: o + 3, direction: 'increase' },
          ...(o % 2 ? { dueDate: '2027-04-01' } : {}),
        }),
      ),
    }),
  );
  return { ...p, problems: [{ id: 'long-p', title: 'Avoidance after panic', evidencedBy: [], areas: ['panic'], createdAt: AT, goals }] };
}

/** A clinic's own library (hosts may supply one; it is validated). */
const clinicLibrary: GoalLibrary = {
  id: 'riverside',
  title: 'Riverside Community Clinic goals',
  problems: [
    {
      id: 'sleep',
      areas: ['sleep'],
      title: 'Poor sleep on shift work',
      summary: 'Broken sleep around changing shifts.',
      evidencedBy: ['Sleeps under 5 hours after night shifts'],
      goals: [
        {
          id: 'sleep-routine',
          clinicalText: 'Protect a regular sleep window around each shift pattern.',
          objectives: [
            {
              id: 'sleep-hours',
              clinicalText: 'Sleep at least 6 hours after night shifts.',
              measure: { kind: 'count', label: 'nights with 6+ hours after a night shift', unit: 'per week', target: 3, direction: 'increase' },
              dueInDays: 42,
            },
          ],
        },
      ],
    },
    ...DEFAULT_GOAL_LIBRARY.problems.filter((p) => p.id === 'panic'),
  ],
};

const meta: Meta = {
  title: 'Elements/goal-editor',
  component: 'goal-editor',
  render: () => inProvider(createPlan('story-goals-empty', AT)),
};
export default meta;

type Story = StoryObj;

/** A new plan: add a problem, or open the built-in library. */
export const Empty: Story = {};

/** A host-supplied library next to the suggestions from the assessment. */
export const WithLibrary: Story = {
  render: () => {
    const p = createPlan('story-goals-library', AT);
    const plan: TreatmentPlan = {
      ...p,
      assessment: {
        ...p.assessment,
        intake: { ...p.assessment.intake, concerns: { ...p.assessment.intake.concerns, areas: ['complex-trauma'] } },
        administrations: [scoreOnly('adm-phq9', 'phq9', '2026-10-26T14:10:00.000Z', 14, { score: { band: 'moderate', bandLabel: 'Moderate' } })],
      },
    };
    return inProvider(plan, 'clinician', clinicLibrary);
  },
};

export const HalfFilled: Story = { render: () => inProvider(halfFilled()) };

/** What Jonah sees in the portal: his own words and agreement are editable, the rest is read-only. */
export const ClientMode: Story = { render: () => inProvider(halfFilled('story-goals-client'), 'client') };

export const LongPlan: Story = { render: () => inProvider(longPlan()) };

/**
 * The full example plan, collapsed: each problem is one line with its goals by status and the
 * objectives achieved; the first is open. Opening another closes it, until "Open all problems".
 * Phases and supports are closed lists that say how many items they hold.
 */
export const ProblemsCollapsed: Story = { render: () => inProvider(fullPlan('story-goals-collapsed')) };
