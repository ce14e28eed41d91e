import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { PlanProvider } from '../../src/index.js';

// Every file the page downloads is listed (the default buffer keeps only 250 entries, fewer than
// the kit's modules). The kit itself is imported below, after this, so all its files are seen.
performance.setResourceTimingBufferSize(100_000);

/** Paths of the files this page has downloaded so far that match `pattern`. */
const downloaded = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => pattern.test(path));

// One test file is one page: nothing before this test asked for Spanish.
describe('locales load on demand', () => {
  it('an English page with every widget and the full plan downloads no Spanish; locale="es" downloads it once', async () => {
    await import('../../src/define.js');
    const { fullPlan } = await import('../../stories/fixtures.js');
    const plan = { ...fullPlan(), id: `lazy-${Date.now()}` };
    const provider = await fixture<PlanProvider>(html`
      <plan-provider .plan=${plan} plan-id=${plan.id} storage="memory" scope="lazy">
        <assessment-form></assessment-form><goal-editor></goal-editor><modality-picker></modality-picker>
        <progress-timeline></progress-timeline><plan-summary></plan-summary>
      </plan-provider>
    `);
    await provider.ready;
    const widgets = [...provider.querySelectorAll<LitElement>('*')];
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(widgets.map((w) => w.shadowRoot?.textContent ?? '').join(' ')).to.contain('Treatment plan');
    // The observation works: the kit's localization module was downloaded and is listed…
    expect(downloaded(/\/src\/i18n\/localization\.ts$/)).to.have.length(1);
    // …and no locale module is.
    expect(downloaded(/\/i18n\/locales\//)).to.deep.equal([]);

    provider.locale = 'es';
    const summary = provider.querySelector('plan-summary')!;
    await waitUntil(() => summary.shadowRoot?.textContent?.includes('Plan de tratamiento'), 'the summary in Spanish');
    expect(downloaded(/\/i18n\/locales\//)).to.deep.equal(['/src/i18n/locales/es.ts']);

    // Back to English and to Spanish again: the module is not fetched a second time.
    provider.locale = 'en';
    await waitUntil(() => summary.shadowRoot?.textContent?.includes('Treatment plan'), 'the summary in English');
    provider.locale = 'es';
    await waitUntil(() => summary.shadowRoot?.textContent?.includes('Plan de tratamiento'), 'the summary in Spanish again');
    expect(downloaded(/\/i18n\/locales\//)).to.have.length(1);
    await expect(provider).to.be.accessible();
  });
});
