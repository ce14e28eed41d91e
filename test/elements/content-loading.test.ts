import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AssessmentForm, PlanProvider, RiskFlagEvent } from '../../src/index.js';
import { instrumentWords, peekInstrumentWords } from '../../src/content/instruments/index.js';
import { uniqueId } from '../helpers/provider.js';

// This file imports no instrument wording (no PHQ9 or BUILTIN_INSTRUMENTS): what a page loads is
// only what its widgets load. Its first test must run before anything else in the page asks for words.

const requested = () => performance.getEntriesByType('resource').map((e) => e.name);
const shadow = (el: Element) => el.shadowRoot!;

async function intake(instruments: string, locale = 'en') {
  const provider = await fixture<PlanProvider>(html`
    <plan-provider plan-id=${uniqueId()} scope="test" storage="memory" locale=${locale}>
      <assessment-form instruments=${instruments} sections=""></assessment-form>
    </plan-provider>
  `);
  await provider.ready;
  return { provider, form: provider.querySelector<AssessmentForm>('assessment-form')! };
}

describe('content loads with the widget that shows it', () => {
  it('a page asking only the PHQ-9 loads the PHQ-9 words, and nothing of the PCL-5, the catalog, the goal library or Spanish', async () => {
    const { form } = await intake('phq9');
    await form.updateComplete;
    expect(shadow(form).querySelector('[data-instrument="phq9"] legend')?.textContent).to.contain('Little interest or pleasure in doing things');
    const files = requested().filter((n) => n.includes('/content/'));
    expect(files.some((n) => n.includes('/content/instruments/phq9.en.'))).to.equal(true);
    // The loaders (content/*/index) come with the widgets; the words themselves only when shown.
    expect(files.filter((n) => !n.includes('/index.')).filter((n) => /pcl5|gad7|auditc|asq|nida|\/catalog\/|\/goals\/|\.es\./.test(n))).to.deep.equal([]);
    await expect(form).to.be.accessible();
  });

  it('a positive PHQ-9 item 9 raises risk-flag and shows in words while the questions are still loading', async () => {
    // Hold the Spanish PHQ-9 words back until the test lets them through.
    const original = instrumentWords.get.bind(instrumentWords);
    let release = () => {};
    instrumentWords.get = (key) => new Promise((resolve) => (release = () => resolve(original(key))));
    try {
      const { provider, form } = await intake('phq9', 'es');
      const flags: RiskFlagEvent[] = [];
      provider.addEventListener('risk-flag', (e) => flags.push(e));
      await waitUntil(() => shadow(form).querySelector('[data-instrument="phq9"] [part=content-loading]'), 'the questions are loading');

      // The host (Vue v-model) gives item 9 = 2 before any word has arrived.
      form.value = JSON.stringify({ inProgress: { phq9: { answers: { 'phq9-9': 2 } } } });
      expect(peekInstrumentWords('phq9', 'es'), 'words not loaded yet').to.equal(undefined);
      expect(flags.map((f) => [f.detail.itemId, f.detail.value, f.detail.recorded])).to.deep.equal([['phq9-9', 2, false]]);
      await waitUntil(() => shadow(form).querySelector('[part=critical-alert]'), 'the critical item is shown');
      expect(shadow(form).querySelector('[part=critical-alert]')!.textContent).to.contain('Pensamientos de muerte o de hacerse daño');
      expect(shadow(form).querySelector('[data-instrument="phq9"]')!.getAttribute('aria-busy')).to.equal('true');
      await expect(form).to.be.accessible();

      release();
      await form.updateComplete;
      const section = shadow(form).querySelector('[data-instrument="phq9"]')!;
      expect(section.textContent).to.contain('Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera');
      expect(section.querySelector<HTMLInputElement>('input[name="phq9-phq9-9"][value="2"]')!.checked).to.equal(true);
      expect(section.querySelector('[part=critical-alert]')).to.exist;
      expect(flags).to.have.length(1);
    } finally {
      instrumentWords.get = original;
    }
  });
});
