import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as stories from '../../stories/modality-picker.stories.js';
import type { ModalityPicker } from '../../src/elements/modality-picker/modality-picker.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';

/** A macrotask turn (not a frame: a test page in the background gets no animation frames). */
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

type StoryLike = { render?: unknown };

async function show(story: StoryLike) {
  const provider = await fixture<PlanProvider>((story.render as () => TemplateResult)());
  await provider.ready;
  const picker = provider.querySelector('modality-picker')!;
  await tick();
  await picker.updateComplete;
  return { provider, picker, root: picker.shadowRoot! };
}

describe('modality-picker stories', () => {
  it('EmptyCatalogSearch shows the whole catalog and no suggestions', async () => {
    const { root } = await show(stories.EmptyCatalogSearch);
    expect(root.querySelectorAll('[part=catalog-item]').length).to.equal(25);
    expect(root.querySelector('[part=suggestion]')).to.equal(null);
  });

  it('SuggestionsFromAssessment shows explained suggestions', async () => {
    const { root } = await show(stories.SuggestionsFromAssessment);
    expect(root.querySelectorAll('[part=suggestion]').length).to.be.greaterThan(3);
    expect(root.querySelector('[part=catalog-error]')).to.equal(null);
  });

  it('ChosenApproachesWithHomework renders its entries and is accessible', async function () {
    this.timeout(40000);
    const { root, picker } = await show(stories.ChosenApproachesWithHomework);
    expect(root.querySelectorAll('[part=entry]').length).to.equal(3);
    expect(root.querySelector('details.dismissed')).to.exist;
    await expect(picker).to.be.accessible();
  });

  it('ClientMode renders the client view and is accessible', async function () {
    this.timeout(40000);
    const { root, picker } = await show(stories.ClientMode);
    expect(root.textContent).to.contain('Your approaches');
    expect(root.querySelectorAll('input, select, textarea, button').length).to.equal(0);
    await expect(picker).to.be.accessible();
  });

  it('InvalidHostCatalog shows the refusal', async () => {
    const { root } = await show(stories.InvalidHostCatalog);
    expect(root.querySelector('[part=catalog-error]')?.textContent).to.contain('A referral entry must not carry a dose');
  });
});
