import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { PlanProvider } from '../src/elements/plan-provider/plan-provider.js';
import type { TreatmentPlan } from '../src/model/plan.js';
import { emptyPlan, fullPlan, longPlan, riskPlan } from './fixtures.js';
import { withEventLog, withPlan } from './support.js';

/** What the host can read from the plan it handed over (the provider itself renders only its slot). */
function hostContent(plan: TreatmentPlan, note: string) {
  const goals = plan.problems.flatMap((p) => p.goals);
  const objectives = goals.flatMap((g) => g.objectives);
  return html`<article>
    <h2>Host page content</h2>
    <p>${note}</p>
    <dl>
      <dt>Plan</dt>
      <dd>${plan.id}: ${plan.status}, version ${plan.version}, revision ${plan.revision}</dd>
      <dt>Client</dt>
      <dd>${plan.client?.displayName ?? 'Not recorded yet'}</dd>
      <dt>Contents</dt>
      <dd>
        ${plan.problems.length} problems, ${goals.length} goals, ${objectives.length} objectives,
        ${plan.interventions.length} interventions, ${plan.timeline.length} timeline entries
      </dd>
    </dl>
  </article>`;
}

function providerStory(plan: TreatmentPlan, note: string, mode: 'clinician' | 'client' = 'clinician') {
  return withEventLog(withPlan(plan, hostContent(plan, note), { mode }));
}

const meta: Meta = {
  title: 'Elements/plan-provider',
  component: 'plan-provider',
  parameters: {
    docs: {
      description: {
        component:
          'Owns one plan: the store, the draft (IndexedDB; memory in these stories) and cross-tab sync. Every widget inside receives the plan through context. It renders only its slot; the event log below each story shows what a host page receives.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const EmptyPlan: Story = {
  render: () => providerStory(emptyPlan('story-provider-empty'), 'A new draft: every list is empty.'),
};

export const FullPlan: Story = {
  render: () =>
    providerStory(fullPlan('story-provider-full'), 'An active plan three months in, with a review and signatures.'),
};

export const RiskFlagOnRecord: Story = {
  render: () =>
    providerStory(
      riskPlan('story-provider-risk'),
      'The latest PHQ-9 has item 9 above 0; the timeline holds an unacknowledged risk flag.',
    ),
};

export const LongPlan: Story = {
  name: 'Long plan (100 goals, 1,000 timeline entries)',
  render: () =>
    providerStory(longPlan(100, 1000, 'story-provider-long'), 'The largest plan the kit is built to handle.'),
};

export const ClientMode: Story = {
  render: () =>
    providerStory(
      fullPlan('story-provider-client'),
      'mode="client": widgets inside use plain language and limit editing.',
      'client',
    ),
};

export const Misconfigured: Story = {
  name: 'Misconfigured (no plan-id)',
  render: () =>
    withEventLog(html`<plan-provider storage="memory" scope="storybook">
      <p>Widgets here would have no plan.</p>
    </plan-provider>`),
};

/** Once the plan is open, the host page sets `locale="xx"`: the plan stays, a notice says what to fix. */
function breakLocaleWhenOpen(el: Element | undefined): void {
  void (el as PlanProvider | undefined)?.ready.then(() => el!.setAttribute('locale', 'xx'));
}

export const InvalidAttributeWhilePlanOpen: Story = {
  name: 'Invalid attribute while a plan is open (locale="xx")',
  render: () =>
    withEventLog(html`<plan-provider plan-id="story-provider-bad-locale" storage="memory" scope="storybook" ${ref(breakLocaleWhenOpen)}>
      <p>The plan and any unsaved typing stay; autosave goes on with locale="en" until the page fixes the attribute.</p>
      <plan-summary></plan-summary>
    </plan-provider>`),
};
