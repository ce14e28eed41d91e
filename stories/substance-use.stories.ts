import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { emptyPlan } from './fixtures.js';
import { STORY_SIGNER } from './signing-fixtures.js';
import { sudPlan } from './sud-fixtures.js';
import { withEventLog, withPlan } from './support.js';

const meta: Meta = {
  title: 'Elements/Substance-use care',
  component: 'assessment-form',
  parameters: {
    docs: {
      description: {
        component:
          'Opt-in with the `substance-use-care` attribute. `<assessment-form>`: six risk ratings (0–4) after The ASAM Criteria, 3rd/4th ed. (the kit’s own wording), a level-of-care suggestion with its reason that the clinician confirms with a click (recorded with who and when), and the 42 CFR Part 2 mark. `<modality-picker>`: medication referrals (MOUD / MAUD, never a dose) and recovery supports linked to objectives. `<plan-summary>` prints all of it, and the redisclosure notice when marked.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const opened = (el: Element | undefined) => {
  // Open the part as a user would, so the story shows it.
  void customElements.whenDefined('assessment-form').then(async () => {
    const form = el?.querySelector('assessment-form');
    await (form as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
    form?.shadowRoot?.querySelector<HTMLButtonElement>('[data-toggle="substance-use-care"][aria-expanded="false"]')?.click();
    const picker = el?.querySelector('modality-picker');
    await (picker as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
    picker?.shadowRoot?.querySelector<HTMLButtonElement>('[data-toggle="sud"][aria-expanded="false"]')?.click();
  });
};

export const Ratings: Story = {
  name: 'Ratings, suggestion and confirmed level (assessment-form)',
  render: () =>
    html`<div ${refOpen()}>
      ${withEventLog(withPlan(sudPlan('story-sud-ratings'), html`<assessment-form sections="" instruments="" substance-use-care></assessment-form>`, { signer: STORY_SIGNER, scope: 'story-sud-ratings' }))}
    </div>`,
};

export const NewPlan: Story = {
  name: 'Nothing rated yet (assessment-form)',
  render: () =>
    html`<div ${refOpen()}>
      ${withPlan(emptyPlan('story-sud-empty'), html`<assessment-form sections="" instruments="" substance-use-care></assessment-form>`, { signer: STORY_SIGNER, scope: 'story-sud-empty' })}
    </div>`,
};

export const Referrals: Story = {
  name: 'Referrals and recovery supports (modality-picker)',
  render: () =>
    html`<div ${refOpen()}>
      ${withEventLog(withPlan(sudPlan('story-sud-picker'), html`<modality-picker substance-use-care></modality-picker>`, { scope: 'story-sud-picker' }))}
    </div>`,
};

export const Part2Summary: Story = {
  name: 'Summary with the 42 CFR Part 2 notice (plan-summary)',
  render: () => withPlan(sudPlan('story-sud-summary', 'section'), html`<plan-summary></plan-summary>`, { signer: STORY_SIGNER, scope: 'story-sud-summary' }),
};

function refOpen() {
  return ref(opened);
}
