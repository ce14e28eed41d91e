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
/** The timeline's filter and entry kind for risk flags: the clinician's term, and for the client "Safety". */
const LABELS: Record<Locale, Record<Mode, [filter: string, kind: string]>> = {
  en: { client: ['Safety', 'Safety'], clinician: ['Risk flags', 'Risk flag'] },
  es: { client: ['Seguridad', 'Seguridad'], clinician: ['Alertas de riesgo', 'Alerta de riesgo'] },
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
    it(`${locale}, client mode: the timeline never uses the clinician's word "risk"`, async () => {
      const plan = riskPlan(uniqueId('risk-words'));
      const provider = await fixture<PlanProvider>(html`<plan-provider .plan=${plan} plan-id=${plan.id} storage="memory" scope="risk-words"
        mode="client" locale=${locale}><progress-timeline></progress-timeline></plan-provider>`);
      await provider.ready;
      await waitUntil(() => activeLocale() === locale, `the page turns ${locale}`);
      const timeline = provider.querySelector<LitElement>('progress-timeline')!;
      await waitUntil(() => shown(timeline).includes(WORDS[locale].client), 'the client\'s words are shown');
      await timeline.updateComplete;
      expect(shown(timeline).match(/\b(risk\w*|riesgo)/gi), 'the clinician\'s words found').to.equal(null);
    });

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
        // The entry's kind and the filter that shows such entries, in the reader's words too.
        const [filterLabel, kindLabel] = LABELS[locale][mode];
        expect(flag!.querySelector('.kind')!.textContent).to.equal(kindLabel);
        const filter = widgets[1]!.shadowRoot!.querySelector('.filters input[value="risk-flag"]')!.closest('label')!;
        expect(filter.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${filterLabel} (1)`);
      });
    }
  }
});
