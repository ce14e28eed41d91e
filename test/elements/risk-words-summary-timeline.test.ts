import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { activeLocale, type PlanProvider } from '../../src/index.js';
import { riskPlan } from '../../stories/fixtures.js';
import { uniqueId } from '../helpers/provider.js';

/**
 * A positive critical item read back in `<plan-summary>` (the latest results) and
 * `<progress-timeline>` (the measurement and its risk-flag entry): the client's words in client
 * mode, the clinician's otherwise, in the page's language — the same words as the assessment form
 * (one home: `riskWords` in src/i18n/safety-words.ts).
 */

type Mode = 'client' | 'clinician';
type Locale = 'en' | 'es';

const WORDS: Record<Locale, Record<Mode, string>> = {
  en: { client: 'Please tell your clinician today', clinician: 'Thoughts of death or self-harm reported' },
  es: { client: 'Por favor, dígaselo hoy a su profesional clínico', clinician: 'Pensamientos de muerte o de hacerse daño' },
};
const ENGLISH_STORED = 'Thoughts of death or self-harm reported';

const other = (mode: Mode): Mode => (mode === 'client' ? 'clinician' : 'client');
const shown = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('<plan-summary> and <progress-timeline>: a positive critical item in the reader’s words', () => {
  afterEach(async () => {
    fixtureCleanup();
    const last = await fixture<PlanProvider>(html`<plan-provider plan-id=${uniqueId()} storage="memory"></plan-provider>`);
    await waitUntil(() => activeLocale() === 'en');
    last.remove();
  });

  for (const locale of ['en', 'es'] as const) {
    for (const mode of ['client', 'clinician'] as const) {
      it(`${locale}, ${mode} mode`, async () => {
        const plan = riskPlan(uniqueId('risk-words'));
        const provider = await fixture<PlanProvider>(html`<plan-provider .plan=${plan} plan-id=${plan.id} storage="memory" scope="risk-words"
          mode=${mode} locale=${locale}><plan-summary></plan-summary><progress-timeline></progress-timeline></plan-provider>`);
        await provider.ready;
        await waitUntil(() => activeLocale() === locale, `the page turns ${locale}`);
        const widgets = [...provider.querySelectorAll<LitElement>('plan-summary, progress-timeline')];
        await waitUntil(() => widgets.every((w) => shown(w).includes(WORDS[locale][mode])), 'both widgets show the words').catch(() => undefined);
        for (const w of widgets) {
          await w.updateComplete;
          const text = shown(w);
          expect(text, `${w.localName} shows the ${mode}'s words`).to.contain(WORDS[locale][mode]);
          expect(text, `${w.localName} never the ${other(mode)}'s`).not.to.contain(WORDS[locale][other(mode)]);
          if (locale === 'es') expect(text, `${w.localName}: not the stored English`).not.to.contain(ENGLISH_STORED);
          await expect(w).to.be.accessible();
        }
        // The timeline's risk-flag entry itself, not only the measurement above it.
        const flag = widgets[1]!.shadowRoot!.querySelector('[data-kind="risk-flag"]');
        expect(flag, 'the risk-flag entry').to.not.equal(null);
        expect(flag!.textContent!.replace(/\s+/g, ' ')).to.contain(WORDS[locale][mode]);
      });
    }
  }
});
