import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MODALITY_CATALOG } from '../src/clinical/modalities/catalog.js';
import type { TreatmentPlan } from '../src/model/plan.js';
import { emptyPlan, fullPlan, longPlan, riskPlan } from './fixtures.js';
import { withPlan } from './support.js';

/** `plan` with a safety plan written with the client (invented), one step still empty. */
function safetyPlan(plan: TreatmentPlan): TreatmentPlan {
  const line = (id: string, text: string) => ({ id, text });
  return {
    ...plan,
    safetyPlan: {
      createdAt: '2026-11-23T13:30:00.000Z',
      updatedAt: '2026-11-23T13:50:00.000Z',
      steps: {
        warningSigns: [line('sp-1', 'Lying awake after 3 am'), line('sp-2', 'Skipping meals, not answering the phone')],
        copingStrategies: [line('sp-3', 'A hot shower, then the breathing exercise')],
        distractions: [],
        helpers: [line('sp-4', 'My sister Ania — 555-0134')],
        professionals: [line('sp-5', 'Clinic line 555-0100 (weekdays 9–5)'), line('sp-6', '988 Suicide & Crisis Lifeline — call or text 988')],
        safeEnvironment: [line('sp-7', 'Ania keeps the spare medicines at her flat')],
        reasonsForLiving: [line('sp-8', 'My son')],
      },
    },
  };
}

interface Args {
  headingLevel: number;
}

function summary(plan: TreatmentPlan, args: Args, mode: 'clinician' | 'client' = 'clinician', catalog?: unknown) {
  return withPlan(plan, html`<plan-summary heading-level=${args.headingLevel} .catalog=${catalog}></plan-summary>`, { mode });
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

export const SafetyPlan: Story = {
  name: 'With a safety plan (printable)',
  render: (args) => summary(safetyPlan(riskPlan('story-summary-safety')), args),
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

const cbt = MODALITY_CATALOG.find((e) => e.id === 'cbt')!;

/** The host's catalog, the same value its `<modality-picker>` gets: approaches carry the host's names. */
export const HostCatalog: Story = {
  name: 'Host catalog (approach renamed by the clinic)',
  render: (args) => summary(fullPlan('story-summary-host-catalog'), args, 'clinician', [{ ...cbt, name: 'CBT — Riverside clinic programme' }]),
};

/** An invalid host catalog is refused whole and said so on screen; built-in names stay. */
export const InvalidHostCatalog: Story = {
  name: 'Host catalog refused (invalid)',
  // The summary reports the rejected host catalog on the console by design.
  tags: ['expected-console-error'],
  render: (args) => summary(fullPlan('story-summary-bad-catalog'), args, 'clinician', [{ id: 'broken' }]),
};

export const WithoutProvider: Story = {
  name: 'Misplaced (no provider around it)',
  // The element reports the mistake on the console by design; the story check allows it here.
  tags: ['expected-console-error'],
  render: () => html`<plan-summary></plan-summary>`,
};
