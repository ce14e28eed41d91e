import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import type { PlanProvider } from '../../src/index.js';
import { uniqueId } from '../helpers/provider.js';

// @lit/localize announces a new locale with this window event; every element must re-render then,
// or a host that switches language would be left with a half-translated page.
const TAGS = ['plan-provider', 'plan-summary', 'assessment-form', 'goal-editor', 'modality-picker', 'progress-timeline'];

describe('locale changes', () => {
  it('re-render every element, and the page stays accessible', async () => {
    const provider = await fixture<PlanProvider>(html`
      <plan-provider plan-id=${uniqueId()} scope="test" storage="memory">
        <plan-summary></plan-summary>
        <assessment-form></assessment-form>
        <goal-editor></goal-editor>
        <modality-picker></modality-picker>
        <progress-timeline></progress-timeline>
      </plan-provider>
    `);
    await provider.ready;
    const elements = [provider, ...provider.querySelectorAll<LitElement>('*')];
    expect(elements.map((el) => el.localName)).to.deep.equal(TAGS);
    await Promise.all(elements.map((el) => el.updateComplete));
    await expect(provider).to.be.accessible();

    const asked = new Set<string>();
    for (const el of elements) {
      const request = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<LitElement['requestUpdate']>) => {
        asked.add(el.localName);
        request(...args);
      };
    }
    window.dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: 'en' } }));
    expect([...asked].sort()).to.deep.equal([...TAGS].sort());
  });
});
