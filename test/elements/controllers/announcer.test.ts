import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LiveAnnouncer } from '../../../src/elements/controllers/announcer.js';
import { byRole } from '../../helpers/by-name.js';
import { uniqueId } from '../../helpers/provider.js';
import '../../../src/elements/plan-provider/define.js';
import '../../../src/elements/modality-picker/define.js';
import type { ModalityPicker } from '../../../src/elements/modality-picker/modality-picker.js';
import type { PlanProvider } from '../../../src/elements/plan-provider/plan-provider.js';
import { mayaPlan } from '../../fixtures/modality-plans.js';

/** The smallest widget with an announcer: a button that says what it did. */
class AnnouncingWidget extends LitElement {
  readonly announcer = new LiveAnnouncer(this);
  count = 0;

  override render() {
    return html`<button type="button" @click=${this.#add}>Add one</button>${this.announcer.region()}`;
  }

  #add = () => {
    this.count++;
    this.announcer.announce(`Added ${this.count}.`);
  };
}
customElements.define('announcing-widget-test', AnnouncingWidget);

/** A macrotask turn, then the widget's render (the plan reaches it through context). */
const settle = async (el: LitElement) => {
  await new Promise<void>((r) => setTimeout(r, 0));
  await el.updateComplete;
};
const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const statusRegions = (root: ShadowRoot) => [...root.querySelectorAll('[role="status"]')];

describe('LiveAnnouncer', () => {
  it('keeps one polite status region in the DOM, empty until something happens', async () => {
    const el = await fixture<AnnouncingWidget>(html`<announcing-widget-test></announcing-widget-test>`);
    const regions = statusRegions(el.shadowRoot!);
    expect(regions).to.have.length(1);
    expect(regions[0]!.getAttribute('aria-live')).to.equal('polite');
    expect(words(regions[0])).to.equal('');
    expect(el.announcer.message).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says what a click did, in the same region (re-rendered, not replaced), and the next message replaces it', async () => {
    const el = await fixture<AnnouncingWidget>(html`<announcing-widget-test></announcing-widget-test>`);
    const region = statusRegions(el.shadowRoot!)[0]!;
    const add = byRole(el.shadowRoot!, 'button', 'Add one');
    add.click();
    await el.updateComplete;
    // A region created only now would not be announced by screen readers: it must be the one from the first render.
    expect(statusRegions(el.shadowRoot!)).to.deep.equal([region]);
    expect(words(region)).to.equal('Added 1.');
    add.click();
    await el.updateComplete;
    expect(words(region)).to.equal('Added 2.');
    expect(el.announcer.message).to.equal('Added 2.');
    await expect(el).to.be.accessible();
  });

  it('re-renders the host by itself: an announcement made outside any property change still shows', async () => {
    const el = await fixture<AnnouncingWidget>(html`<announcing-widget-test></announcing-widget-test>`);
    el.announcer.announce('Saved.');
    await el.updateComplete;
    expect(words(statusRegions(el.shadowRoot!)[0])).to.equal('Saved.');
  });

  it('announces in a real widget: adding a modality from the catalog says so', async () => {
    const id = uniqueId('announce');
    const provider = await fixture<PlanProvider>(html`
      <plan-provider plan-id=${id} scope=${`scope-${id}`} storage="memory" autosave-delay="0"><modality-picker></modality-picker></plan-provider>
    `);
    await provider.ready;
    provider.plan = mayaPlan(id);
    const picker = provider.querySelector<ModalityPicker>('modality-picker')!;
    await settle(picker);
    const root = picker.shadowRoot!;
    const cbt = [...root.querySelectorAll<HTMLElement>('[part=catalog-item]')].find((c) => words(c.querySelector('h3')).startsWith('Cognitive behavioral therapy'))!;
    byRole(cbt, 'button', /^Add to plan/).click();
    await settle(picker);
    const said = statusRegions(root).map(words);
    expect(said).to.include('Cognitive behavioral therapy (CBT) added to the plan as proposed.');
    await expect(picker).to.be.accessible();
  });
});
