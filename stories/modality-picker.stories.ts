import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/elements/plan-provider/define.js';
import '../src/elements/modality-picker/define.js';
import { createPlan } from '../src/model/factory.js';
import type { PlanMode, TreatmentPlan } from '../src/model/plan.js';
import { mayaPlan, planWith } from '../test/fixtures/modality-plans.js';
import { fullPlan } from './fixtures.js';

/**
 * Invented people only. Maya K., 34: panic attacks since a car crash, drinking to get to sleep,
 * low mood; prefers structured sessions; found open-ended counselling unhelpful before.
 */
function inProvider(plan: TreatmentPlan, mode: PlanMode = 'clinician', catalog?: unknown): TemplateResult {
  return html`<plan-provider plan-id=${plan.id} scope="storybook-modality" storage="memory" mode=${mode} .plan=${plan}>
    <modality-picker .catalog=${catalog}></modality-picker>
  </plan-provider>`;
}

/** Maya's plan three weeks in: CBT active with agreed homework, a somatic entry proposed, a referral made. */
function chosenPlan(id: string): TreatmentPlan {
  const plan = mayaPlan(id);
  const at = '2026-10-19T15:00:00.000Z';
  return {
    ...plan,
    interventions: [
      {
        id: 'iv-cbt',
        modalityId: 'cbt',
        techniques: ['interoceptive-exposure', 'cognitive-restructuring', 'exposure'],
        objectiveIds: ['obj-panic', 'obj-drive'],
        frequency: 'weekly',
        sessionMinutes: 50,
        format: 'individual',
        delivery: 'telehealth',
        plannedSessions: 14,
        clinician: 'Dr. Lena Ortiz',
        startDate: '2026-10-20',
        rationale: 'Panic with avoidance of driving; client prefers structured, skills-based sessions.',
        status: 'active',
        suggestedBy: 'panic-interoceptive',
        homework: [
          {
            id: 'hw-breath',
            what: 'Spin in a chair for 30 seconds, then rate fear 0–10 and note what happened',
            frequency: 'Once a day',
            objectiveId: 'obj-panic',
            agreedWithClient: true,
          },
          {
            id: 'hw-drive',
            what: 'Sit in the parked car for 10 minutes with the engine on',
            frequency: 'Three times a week',
            objectiveId: 'obj-drive',
            agreedWithClient: true,
          },
        ],
        createdAt: at,
      },
      {
        id: 'iv-somatic',
        modalityId: 'somatic',
        techniques: ['grounding', 'paced-breathing'],
        objectiveIds: [],
        frequency: 'every-two-weeks',
        sessionMinutes: 55,
        format: 'individual',
        delivery: 'in-person',
        status: 'proposed',
        suggestedBy: 'trauma-physical-somatic',
        homework: [],
        createdAt: at,
      },
      {
        id: 'iv-mat',
        modalityId: 'mat-referral',
        techniques: ['prescriber-referral'],
        objectiveIds: ['obj-dry'],
        frequency: 'as-needed',
        format: 'individual',
        delivery: 'in-person',
        clinician: 'Dr. Amir Haddad (addiction medicine)',
        status: 'active',
        homework: [],
        createdAt: at,
      },
    ],
    dismissals: [{ key: 'modality:support-groups', reason: 'Not ready for groups yet; revisit at review.', at }],
  };
}

const meta: Meta = {
  title: 'Elements/modality-picker',
  component: 'modality-picker',
  render: () => inProvider(createPlan('story-modality-default', '2026-10-05T09:00:00.000Z')),
  parameters: {
    docs: {
      description: {
        component:
          'Where approaches are chosen for one person: a searchable catalog in plain language, suggestions that say why (added only on a click, or dismissed with a reason), and each chosen approach as a plan entry with dose, format, linked objectives and homework.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** A new plan: no assessment yet, so no suggestions; the whole catalog to search and filter. */
export const EmptyCatalogSearch: Story = {
  render: () => inProvider(createPlan('story-modality-empty', '2026-10-05T09:00:00.000Z')),
};

/** Suggestions from a realistic assessment, each with its reasons and the facts behind them. */
export const SuggestionsFromAssessment: Story = {
  render: () => inProvider(mayaPlan('story-modality-suggestions')),
};

/** Chosen approaches with dose, linked objectives and homework; one suggestion dismissed with its reason. */
export const ChosenApproachesWithHomework: Story = {
  render: () => inProvider(chosenPlan('story-modality-chosen')),
};

/** What the client sees: plain-language descriptions and the agreed homework, nothing to edit. */
export const ClientMode: Story = {
  render: () => inProvider(chosenPlan('story-modality-client'), 'client'),
};

/** A host catalog entry that breaks a rule (a dose on a referral) is refused and shown. */
export const InvalidHostCatalog: Story = {
  // The picker reports the rejected host catalog on the console by design.
  tags: ['expected-console-error'],
  render: () =>
    inProvider(mayaPlan('story-modality-bad-catalog'), 'clinician', [
      {
        id: 'naltrexone',
        name: 'Naltrexone',
        kind: 'referral',
        summary: 'Medication for alcohol use.',
        forClient: 'A medication some people take to reduce cravings.',
        sessionInvolves: 'A prescriber appointment.',
        structure: 'structured',
        dose: { frequency: 'weekly', format: 'individual', text: '50 mg a day' },
        techniques: [],
        usedFor: ['substance-use'],
      },
    ]),
};

/** PHQ-9 question 9 answered above 0: safety planning is suggested before anything else, naming the item. */
export const SafetyPlanningFirst: Story = {
  render: () =>
    inProvider(
      planWith(
        {
          areas: ['ptsd', 'sleep'],
          scores: [
            { instrumentId: 'phq9', total: 19, bandLabel: 'Moderately severe', critical: { 'phq9-9': 2 } },
            { instrumentId: 'auditc', total: 6, positive: true },
          ],
        },
        'story-modality-safety-first',
      ),
    ),
};

/**
 * Compact layout with the full example plan: suggestions on top, chosen approaches one line each
 * (open one to edit it in place), catalog cards with name, one line and fit; the approaches not
 * matched to the plan's concerns wait behind a button.
 */
export const CompactCards: Story = {
  render: () => inProvider(fullPlan('story-modality-compact')),
};
