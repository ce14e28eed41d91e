import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
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
          'Draft → agreed → signed → revised. The client agrees (client mode) or the clinician records a verbal agreement; the clinician signs as the `signer` the page gives `<plan-provider>`. Signing freezes a version with its SHA-256 content hash; an edit afterwards shows "changed since signed" in every widget until the plan is signed again. The event log shows `plan-agreed` and `plan-signed`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const summary = (plan: TreatmentPlan, mode: 'clinician' | 'client' = 'clinician') =>
  withEventLog(withPlan(plan, html`<plan-summary></plan-summary>`, { mode, signer: STORY_SIGNER, scope: `story-${plan.id}` }));

export const Unsigned: Story = {
  name: 'Unsigned draft (clinician)',
  render: () => summary(unsignedPlan()),
};

export const ClientAgrees: Story = {
  name: 'Unsigned draft (client agrees)',
  render: () => summary(unsignedPlan('story-sign-client'), 'client'),
};

export const Agreed: Story = {
  name: 'Agreed, waiting for the signature',
  loaders: [async (): Promise<Loaded> => ({ plan: await agreedPlan() })],
  render: (_args, { loaded }) => summary((loaded as Loaded).plan),
};

export const Signed: Story = {
  name: 'Signed (version 1, active)',
  loaders: [async (): Promise<Loaded> => ({ plan: await signedPlan() })],
  render: (_args, { loaded }) => summary((loaded as Loaded).plan),
};

export const ChangedSinceSigned: Story = {
  name: 'Changed since signed',
  loaders: [async (): Promise<Loaded> => ({ plan: await changedSinceSignedPlan() })],
  render: (_args, { loaded }) =>
    withEventLog(
      withPlan((loaded as Loaded).plan, html`<goal-editor></goal-editor><plan-summary></plan-summary>`, { signer: STORY_SIGNER, scope: 'story-sign-changed' }),
    ),
};
