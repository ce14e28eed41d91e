import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TreatmentPlan } from '../src/model/plan.js';
import { emptyPlan, fullPlan, longPlan, riskPlan } from './fixtures.js';
import { withPlan } from './support.js';

interface Args {
  headingLevel: number;
}

function summary(plan: TreatmentPlan, args: Args, mode: 'clinician' | 'client' = 'clinician') {
  return withPlan(plan, html`<plan-summary heading-level=${args.headingLevel}></plan-summary>`, { mode });
}

const meta: Meta<Args> = {
  title: 'Elements/plan-summary',
  component: 'plan-summary',
  args: { headingLevel: 2 },
  argTypes: { headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  parameters: {
    docs: {
      description: {
        component:
          'The whole plan in plain language, read-only and printable. Placed inside `<plan-provider>`; reads the plan through context.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const EmptyPlan: Story = {
  name: 'Empty (new draft)',
  render: (args) => summary(emptyPlan('story-summary-empty'), args),
};

export const FullPlan: Story = {
  name: 'Full (active, reviewed, signed)',
  render: (args) => summary(fullPlan('story-summary-full'), args),
};

export const ClientMode: Story = {
  name: 'Client mode (plain language)',
  render: (args) => summary(fullPlan('story-summary-client'), args, 'client'),
};

export const RiskFlag: Story = {
  name: 'Risk flag raised (PHQ-9 item 9)',
  render: (args) => summary(riskPlan('story-summary-risk'), args),
};

export const LongPlan: Story = {
  name: 'Long plan (100 goals, 1,000 timeline entries)',
  render: (args) => summary(longPlan(100, 1000, 'story-summary-long'), args),
};

export const InsideAPage: Story = {
  name: 'Inside a host page (heading level 3)',
  args: { headingLevel: 3 },
  render: (args) => html`<main>
    <h1>Dana Whitfield</h1>
    <h2>Care record</h2>
    ${summary(fullPlan('story-summary-page'), args)}
  </main>`,
};

export const WithoutProvider: Story = {
  name: 'Misplaced (no provider around it)',
  // The element reports the mistake on the console by design; the story check allows it here.
  tags: ['expected-console-error'],
  render: () => html`<plan-summary></plan-summary>`,
};
