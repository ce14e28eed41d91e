import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AssessmentForm } from '../../src/elements/assessment-form/assessment-form.js';
import { activeLocale, type PlanProvider, type RiskFlagEvent } from '../../src/index.js';
import { instrumentWords, peekInstrumentWords } from '../../src/content/instruments/index.js';
import { createPlan } from '../../src/model/index.js';
import { administration } from '../fixtures/administrations.js';
import { uniqueId } from '../helpers/provider.js';

/**
 * Whose words a positive critical item is shown in: the client reads plain words that point to
 * help (crisis resources), the clinician reads the clinical instruction — in the editable form, in
 * its read-only view (`readonly`, or a disabled host fieldset: a stored or signed assessment), for
 * an answer not saved yet and for a saved result, in English and in Spanish. Never the other
 * audience's words, never no words.
 */

type Mode = 'client' | 'clinician';
type Locale = 'en' | 'es';

/** A distinctive piece of each audience's words, per instrument finding and language. */
const WORDS: Record<'phq9' | 'asqAcute', Record<Locale, Record<Mode, string>>> = {
  phq9: {
    en: { client: 'Please tell your clinician today', clinician: 'Thoughts of death or self-harm reported' },
    es: { client: 'Por favor, dígaselo hoy a su profesional clínico', clinician: 'Pensamientos de muerte o de hacerse daño' },
  },
  asqAcute: {
    en: { client: 'You told us you are having thoughts of killing yourself right now', clinician: 'ASQ acute positive' },
    es: { client: 'ahora mismo está pensando en quitarse la vida', clinician: 'ASQ positivo agudo' },
  },
};

const other = (mode: Mode): Mode => (mode === 'client' ? 'clinician' : 'client');
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');

interface Page {
  provider: PlanProvider;
  form: AssessmentForm;
  root: ShadowRoot;
  heard: RiskFlagEvent[];
}

async function mount(mode: Mode, locale: Locale, instruments: string, inFieldset = false): Promise<Page> {
  const heard: RiskFlagEvent[] = [];
  const id = uniqueId('risk-words');
  const form = html`<assessment-form sections="" instruments=${instruments}></assessment-form>`;
  const wrapper = await fixture<HTMLElement>(html`<div @risk-flag=${(e: RiskFlagEvent) => heard.push(e)}>
    <plan-provider plan-id=${id} scope="risk-words" storage="memory" autosave-delay="0" mode=${mode} locale=${locale}
      >${inFieldset ? html`<form><fieldset>${form}</fieldset></form>` : form}</plan-provider
    >
  </div>`);
  const provider = wrapper.querySelector('plan-provider')!;
  await provider.ready;
  await waitUntil(() => activeLocale() === locale, `the page turns ${locale}`);
  const el = wrapper.querySelector('assessment-form')!;
  // The instrument's words load on demand (Spanish ones from their own module).
  await waitUntil(() => el.shadowRoot?.querySelector('input[type="radio"]'), 'the questions are shown');
  return { provider, form: el, root: el.shadowRoot!, heard };
}

async function answer(p: Page, instrument: string, item: string, value: number) {
  const input = p.root.querySelector<HTMLInputElement>(`input[name="${instrument}-${item}"][value="${value}"]`);
  if (!input) throw new Error(`no answer ${value} to ${instrument} ${item}`);
  input.click();
  await p.form.updateComplete;
}

/** Sets `readonly` (or disables the host's fieldset) and waits for the read-only view. */
async function readOnly(p: Page, on: boolean, how: 'attribute' | 'fieldset' = 'attribute') {
  if (how === 'attribute') p.form.readonly = on;
  else p.form.closest('fieldset')!.disabled = on;
  await waitUntil(() => !!p.root.querySelector('input[type="radio"]') === !on, `the form turns ${on ? 'read-only' : 'editable'}`);
  await p.form.updateComplete;
}

/** The alert, and everything the form shows, say `mode`'s words and never the other audience's. */
function expectWords(root: ShadowRoot, words: Record<Mode, string>, mode: Mode, where: string) {
  const alerts = [...root.querySelectorAll('[part="critical-alert"]')];
  expect(alerts.length, `${where}: an alert in words`).to.be.greaterThan(0);
  expect(alerts.map((a) => a.getAttribute('role')), `${where}: announced`).to.include('alert');
  expect(squash(alerts.map((a) => a.textContent).join(' ')), `${where}: the alert`).to.contain(words[mode]);
  expect(squash(root.textContent), `${where}: nowhere the ${other(mode)}'s words`).not.to.contain(words[other(mode)]);
}

/** Opens the instrument's part when it is closed (the earlier results are inside it). */
async function openPart(p: Page, instrument: string) {
  const toggle = p.root.querySelector<HTMLButtonElement>(`[data-instrument="${instrument}"] button[aria-expanded="false"]`);
  toggle?.click();
  await p.form.updateComplete;
}

describe('<assessment-form>: a positive critical item in the right audience’s words, editable and read-only', () => {
  afterEach(async () => {
    // Leave the page in English for the next test (no other provider asking for a language).
    fixtureCleanup();
    const last = await fixture<PlanProvider>(html`<plan-provider plan-id=${uniqueId()} storage="memory"></plan-provider>`);
    await waitUntil(() => activeLocale() === 'en');
    last.remove();
  });

  // First in the file: the PHQ-9's English words must not have loaded yet.
  it('client mode, read-only, a signed result while the questions are still loading: the client’s words at once', async () => {
    expect(peekInstrumentWords('phq9', 'en'), 'words not loaded yet').to.equal(undefined);
    const original = instrumentWords.get.bind(instrumentWords);
    let release = () => {};
    instrumentWords.get = (key) => new Promise((resolve) => (release = () => resolve(original(key))));
    try {
      const plan = { ...createPlan(uniqueId('risk-words')), assessment: { ...createPlan('x').assessment, administrations: [administration('a1', 'phq9', '2026-11-17', 14, { item9: 1 })] } };
      const provider = await fixture<PlanProvider>(html`<plan-provider .plan=${plan} plan-id=${plan.id} storage="memory" mode="client"
        ><assessment-form readonly sections="" instruments="phq9"></assessment-form
      ></plan-provider>`);
      await provider.ready;
      const form = provider.querySelector('assessment-form')!;
      await waitUntil(() => form.shadowRoot?.querySelector('[part=content-loading]'), 'the questions are loading');
      expectWords(form.shadowRoot!, WORDS.phq9.en, 'client', 'read-only, loading');
      await expect(form).to.be.accessible();

      release();
      await waitUntil(() => !form.shadowRoot!.querySelector('[part=content-loading]'), 'the words arrive');
      expectWords(form.shadowRoot!, WORDS.phq9.en, 'client', 'read-only, loaded');
    } finally {
      instrumentWords.get = original;
    }
  });

  for (const locale of ['en', 'es'] as const) {
    for (const mode of ['client', 'clinician'] as const) {
      it(`${locale}, ${mode} mode: PHQ-9 item 9, answered then saved, editable and read-only`, async () => {
        const p = await mount(mode, locale, 'phq9');
        const words = WORDS.phq9[locale];

        await answer(p, 'phq9', 'phq9-9', 2);
        expect(p.heard.map((e) => e.detail.itemId), 'risk-flag at once').to.deep.equal(['phq9-9']);
        expectWords(p.root, words, mode, 'editable, not saved');

        await readOnly(p, true);
        expectWords(p.root, words, mode, 'read-only, not saved');
        await expect(p.form).to.be.accessible();

        await readOnly(p, false);
        for (let i = 1; i <= 8; i++) await answer(p, 'phq9', `phq9-${i}`, 1);
        p.root.querySelector<HTMLButtonElement>('[data-instrument="phq9"] .actions button')!.click();
        await waitUntil(() => p.provider.plan!.assessment.administrations.length === 1, 'the result is saved');
        await p.form.updateComplete;
        await openPart(p, 'phq9');
        expectWords(p.root, words, mode, 'editable, saved');

        await readOnly(p, true);
        expectWords(p.root, words, mode, 'read-only, saved');
        expect(p.heard, 'saving and reading raise no second flag').to.have.length(1);
        await expect(p.form).to.be.accessible();
      });
    }
  }

  for (const locale of ['en', 'es'] as const) {
    for (const mode of ['client', 'clinician'] as const) {
      it(`${locale}, ${mode} mode: ASQ acute positive, read-only inside a disabled host fieldset`, async () => {
        const p = await mount(mode, locale, 'asq', true);
        const words = WORDS.asqAcute[locale];
        await answer(p, 'asq', 'asq-1', 1);
        await answer(p, 'asq', 'asq-5', 1);
        expect(p.heard.map((e) => e.detail.itemId)).to.deep.equal(['asq-1', 'asq-5']);
        expectWords(p.root, words, mode, 'editable');

        await readOnly(p, true, 'fieldset');
        expectWords(p.root, words, mode, 'read-only');
        await expect(p.form).to.be.accessible();
      });
    }
  }

  for (const locale of ['en', 'es'] as const) {
    it(`${locale}, clinician: an item-9 answer changed back before saving is noted in the clinician's words of the page`, async () => {
      const p = await mount('clinician', locale, 'phq9');
      await answer(p, 'phq9', 'phq9-9', 2);
      await answer(p, 'phq9', 'phq9-9', 0);
      // The alert went with the answer; the note keeps the first answer, in the page's language.
      expect(p.root.querySelector('[part="critical-alert"]')).to.equal(null);
      const note = squash(p.root.querySelector('[part="withdrawn-risk"]')?.textContent);
      expect(note).to.contain(WORDS.phq9[locale].clinician).and.contain('(2)');
      expect(note).not.to.contain(WORDS.phq9[locale === 'en' ? 'es' : 'en'].clinician);
      await expect(p.form).to.be.accessible();
    });
  }

  for (const locale of ['en', 'es'] as const) {
    it(`${locale}, client: the PHQ-9 item-9 words say where to get help now (988 in the US, the local emergency number)`, async () => {
      const p = await mount('client', locale, 'phq9');
      await answer(p, 'phq9', 'phq9-9', 1);
      const alert = squash(p.root.querySelector('[part="critical-alert"]')?.textContent);
      expect(alert).to.contain('988').and.contain(locale === 'en' ? 'local emergency number' : 'número local de emergencias');
    });
  }
});

