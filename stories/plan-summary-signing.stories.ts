import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { PlanProvider, PlanSummary } from '../src/index.js';
import type { TreatmentPlan } from '../src/model/plan.js';
import { STORY_SIGNER, agreedPlan, changedSinceSignedPlan, signedPlan, unsignedPlan } from './signing-fixtures.js';
import { withEventLog, withPlan } from './support.js';

interface Loaded {
  plan: TreatmentPlan;
}

const meta: Meta = {
  title: 'Elements/plan-summary/Signing',
  component: 'plan-summary',
  parameters: {
    docs: {
      description: {
        component:
          'Draft → agreed → signed → revised. The client agrees (client mode) or the clinician records a verbal agreement; the clinician signs as the `signer` the page gives `<plan-provider>`. Signing freezes a version with its SHA-256 content hash; an edit afterwards shows "changed since signed" in every widget until the plan is signed again. The event log shows `plan-agreed` and `plan-signed`.\n\nThe panel folds under its heading like the other long parts; its heading says the sign state whether it is open or closed. It opens by itself only when there is something to do in it now: for the client until they agree, for the clinician once the client agreed and only the signature is missing. The signatures printed above it never fold.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Opens the sign panel as a user would, with its heading's button (for the "opened" stories). */
async function openSignPanel({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const provider = canvasElement.querySelector<PlanProvider>('plan-provider');
  const summary = canvasElement.querySelector<PlanSummary>('plan-summary');
  await provider?.ready;
  await summary?.updateComplete;
  const toggle = summary?.shadowRoot?.querySelector<HTMLButtonElement>('[part=sign-toggle]');
  if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
  await summary?.updateComplete;
}

const summary = (plan: TreatmentPlan, mode: 'clinician' | 'client' = 'clinician') =>
  withEventLog(withPlan(plan, html`<plan-summary></plan-summary>`, { mode, signer: STORY_SIGNER, scope: `story-${plan.id}` }));

export const Unsigned: Story = {
  name: 'Unsigned draft (clinician): panel closed',
  render: () => summary(unsignedPlan()),
};

export const UnsignedOpened: Story = {
  name: 'Unsigned draft (clinician): panel opened',
  render: () => summary(unsignedPlan('story-sign-draft-open')),
  play: openSignPanel,
};

export const ClientAgrees: Story = {
  name: 'Unsigned draft (client agrees): opens by itself',
  render: () => summary(unsignedPlan('story-sign-client'), 'client'),
};

export const Agreed: Story = {
  name: 'Agreed, waiting for the signature: opens by itself',
  loaders: [async (): Promise<Loaded> => ({ plan: await agreedPlan() })],
  render: (_args, { loaded }) => summary((loaded as Loaded).plan),
};

export const Signed: Story = {
  name: 'Signed (version 1, active): panel closed',
  loaders: [async (): Promise<Loaded> => ({ plan: await signedPlan() })],
  render: (_args, { loaded }) => summary((loaded as Loaded).plan),
};

export const SignedOpened: Story = {
  name: 'Signed (version 1, active): panel opened',
  loaders: [async (): Promise<Loaded> => ({ plan: await signedPlan('story-sign-signed-open') })],
  render: (_args, { loaded }) => summary((loaded as Loaded).plan),
  play: openSignPanel,
};

export const ChangedSinceSigned: Story = {
  name: 'Changed since signed',
  loaders: [async (): Promise<Loaded> => ({ plan: await changedSinceSignedPlan() })],
  render: (_args, { loaded }) =>
    withEventLog(
      withPlan((loaded as Loaded).plan, html`<goal-editor></goal-editor><plan-summary></plan-summary>`, { signer: STORY_SIGNER, scope: 'story-sign-changed' }),
    ),
};
