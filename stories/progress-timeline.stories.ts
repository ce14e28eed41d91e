import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/elements/plan-provider/define.js';
import '../src/elements/progress-timeline/define.js';
import type { PlanMode, TreatmentPlan } from '../src/model/plan.js';
import { administration } from '../test/fixtures/administrations.js';
import { activePlan, largePlan, phqObjective, sixMonthPlan, walkObjective } from '../test/fixtures/progress-plans.js';

/**
 * The timeline inside a memory-only provider holding an invented plan. `today` fixes the day the
 * badges and "not on track" are computed for, so the stories do not drift with the calendar.
 */
function timeline(plan: TreatmentPlan, today: string, mode: PlanMode = 'clinician'): TemplateResult {
  return html`<plan-provider plan-id=${plan.id} storage="memory" scope="storybook-progress" mode=${mode} .plan=${plan}>
    <progress-timeline today=${today}></progress-timeline>
  </plan-provider>`;
}

const meta: Meta = {
  title: 'Elements/progress-timeline',
  component: 'progress-timeline',
  parameters: {
    docs: {
      description: {
        component:
          'Is it working? Measurements, sessions, reviews and plan revisions over time; a chart per questionnaire with severity bands, baseline, targets and change markers (each point reachable by keyboard, or shown as a table); objectives measured by questionnaires with their status from the data; the review schedule and the review dialog. "Maya T." is invented: low mood and worry after a redundancy, PHQ-9 and GAD-7 every three weeks.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Six months of weekly CBT sessions, PHQ-9 17 → 7 and GAD-7 14 → 7, one review that moved a due date. */
export const SixMonthsOfHistory: Story = {
  render: () => timeline(sixMonthPlan('story-progress-six'), '2026-06-25'),
};

/** The same plan three weeks later: the review due on 2 July has not happened. */
export const OverdueReview: Story = {
  render: () => timeline(sixMonthPlan('story-progress-overdue'), '2026-07-20'),
};

/** PHQ-9 went from 12 to 17 (a reliable deterioration): shown plainly, and the provider fires `plan-alert`. */
export const DeteriorationAlert: Story = {
  render: () => timeline(sixMonthPlan('story-progress-worse', { deteriorate: true }), '2026-06-25'),
};

/** Five and a half years of sessions and scores: 1,000 entries, shown a page at a time. */
export const ThousandEntries: Story = {
  render: () => timeline(largePlan('story-progress-large', 1000), '2027-06-25'),
};

/** What the client sees in the portal: the same history, no recording or review controls. */
export const ClientView: Story = {
  render: () => timeline(sixMonthPlan('story-progress-client'), '2026-06-25', 'client'),
};

/** Just activated: no scores or sessions yet. */
export const JustActivated: Story = {
  render: () => timeline(activePlan('story-progress-new', [phqObjective(), walkObjective()]), '2026-01-06'),
};

/** A PHQ-9 the host system sent with 4 of 9 answers: labelled incomplete with its partial sum, left out of the chart. */
export const IncompleteHostMeasurement: Story = {
  render: () => {
    const partial = administration('story-partial', 'phq9', '2026-02-10', 6, { source: 'host' });
    const plan = activePlan('story-progress-incomplete', [phqObjective(), walkObjective()], {
      administrations: [
        administration('story-phq-1', 'phq9', '2026-01-10', 15),
        {
          ...partial,
          answers: { 'phq9-1': 2, 'phq9-2': 2, 'phq9-3': 1, 'phq9-4': 1 },
          score: { total: 6, max: 27, answered: 4, itemCount: 9, complete: false },
        },
        administration('story-phq-2', 'phq9', '2026-03-10', 9),
      ],
    });
    return timeline(plan, '2026-03-20');
  },
};
