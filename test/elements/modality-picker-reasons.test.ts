import { expect, fixture, html } from '@open-wc/testing';
import { uniqueId } from '../helpers/provider.js';
import '../../src/elements/plan-provider/define.js';
import '../../src/elements/modality-picker/define.js';
import type { ModalityPicker } from '../../src/elements/modality-picker/modality-picker.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import { planWith } from '../fixtures/modality-plans.js';

// The domain hands the picker codes and facts; the picker words them. What the clinician reads for
// each suggestion: the rule's reason, the facts (dates as the page shows dates), the preference and
// why a suggestion went down.

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount() {
  const id = uniqueId('mp-reasons');
  const provider = await fixture<PlanProvider>(html`
    <plan-provider plan-id=${id} scope=${`scope-${id}`} storage="memory">
      <modality-picker></modality-picker>
    </plan-provider>
  `);
  await provider.ready;
  provider.plan = planWith(
    {
      areas: ['specific-phobia', 'grief'],
      structure: 'exploratory',
      scores: [{ instrumentId: 'phq9', total: 16, bandLabel: 'Moderately severe', critical: { 'phq9-9': 1 } }],
      pastTreatments: [{ id: 'pt-1', approach: 'CBT before', modalityId: 'cbt', when: '2021', outcome: 'unhelpful', didNotHelp: 'Homework felt like school' }],
    },
    id,
  );
  const picker = provider.querySelector('modality-picker') as ModalityPicker;
  await picker.updateComplete;
  return { picker, root: picker.shadowRoot! };
}

const suggestion = (root: ShadowRoot, name: RegExp) =>
  [...root.querySelectorAll<HTMLElement>('[part="suggestion"]')].find((el) => name.test(text(el.querySelector('h3'))))!;

describe('<modality-picker> suggestion reasons', () => {
  it('words each reason, its facts, the preference and the demotion, and is accessible', async () => {
    const { picker, root } = await mount();
    const safety = suggestion(root, /safety plan/i);
    expect(text(safety.querySelector('.reasons'))).to.contain(
      'Thoughts of death or self-harm were reported on PHQ-9 question 9: make a safety plan with the client today, before anything else.',
    );
    expect(text(safety.querySelector('.reasons .evidence'))).to.equal('Based on: PHQ-9 question 9 answered 1 on Oct 5, 2026');

    const grief = suggestion(root, /person-centered/i);
    expect(text(grief.querySelector('.reasons'))).to.contain('Grief: a person-centered space to be heard at the client’s own pace.');
    expect(text(grief.querySelector('.evidence'))).to.equal('Based on: Grief: noted at intake');
    expect(text(grief.querySelector('.preference'))).to.equal('Fits the client’s preference for open-ended, exploratory sessions.');

    const cbt = suggestion(root, /CBT/);
    expect(text(cbt.querySelector('.reasons'))).to.contain('Specific phobia: CBT with an emphasis on graded exposure.');
    expect(text(cbt.querySelector('.preference'))).to.equal('Offers structured sessions; the client prefers open-ended, exploratory sessions.');
    expect(text(cbt.querySelector('.demotion'))).to.equal('Moved down: Tried before (2021) and recorded as unhelpful: Homework felt like school');
    await expect(picker).to.be.accessible();
  });
});
