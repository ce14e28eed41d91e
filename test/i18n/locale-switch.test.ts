import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { activeLocale, registerLocale, type DraftErrorEvent, type PlanProvider } from '../../src/index.js';
import { fullPlan } from '../../stories/fixtures.js';
import { uniqueId } from '../helpers/provider.js';

// A locale whose module never arrives (a chunk the network lost). Registered before the page first
// leaves English, as a host must.
const notRegistered = registerLocale('fr', () => Promise.reject(new Error('chunk not found')));

/** Words of each element in both languages, including parts re-rendered only when their data or locale change (guard). */
const WORDS: [tag: string, en: string[], es: string[]][] = [
  ['plan-provider', ['A setting of this treatment plan is not valid', 'autosave-delay="soon"'], ['Un ajuste de este plan de tratamiento no es válido', 'autosave-delay="soon"']],
  // The sign panel's state line too, which stays on screen when the panel is closed.
  ['plan-summary', ['Problems, goals and objectives', 'As evidenced by:', 'Nov 23, 2026', 'Version 2 signed by', 'The client has not agreed yet'], ['Problemas, metas y objetivos', 'Según lo evidencia:', '23 nov 2026', 'Versión 2 firmada por', 'El cliente aún no ha dado su acuerdo']],
  ['assessment-form', ['Complete assessment', 'Health history'], ['Completar la evaluación', 'Historial de salud']],
  ['goal-editor', ['Goals and objectives', 'Goal 1', 'Add objective'], ['Metas y objetivos', 'Meta 1', 'Añadir objetivo']],
  ['modality-picker', ['Suggested approaches', 'Approaches in this plan'], ['Enfoques sugeridos', 'Enfoques de este plan']],
  ['progress-timeline', ['Record a session', 'Plan revision', 'Course of therapy'], ['Registrar una sesión', 'Versión del plan', 'Curso de la terapia']],
];

const shown = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

async function sixElements(locale = 'en') {
  const plan = { ...fullPlan(), id: uniqueId('switch') };
  const provider = await fixture<PlanProvider>(html`
    <plan-provider .plan=${plan} plan-id=${plan.id} storage="memory" scope="switch" locale=${locale}>
      <plan-summary></plan-summary><assessment-form></assessment-form><goal-editor></goal-editor>
      <modality-picker></modality-picker><progress-timeline></progress-timeline>
    </plan-provider>
  `);
  await provider.ready;
  // A notice on the provider, so its own words are seen switching too.
  provider.setAttribute('autosave-delay', 'soon');
  const elements = [provider, ...provider.querySelectorAll<LitElement>('*')];
  return { provider, elements };
}

/** Waits until every element shows `language`'s words and none of the other's. */
async function expectLanguage(elements: Element[], language: 'en' | 'es') {
  const words = ([, en, es]: (typeof WORDS)[number]) => (language === 'en' ? { want: en, other: es } : { want: es, other: en });
  // Wait for the switch; if it never completes, the expectations below say what is missing.
  await waitUntil(() => WORDS.every((w, i) => words(w).want.every((word) => shown(elements[i]!).includes(word)))).catch(() => undefined);
  for (const [i, w] of WORDS.entries()) {
    const text = shown(elements[i]!);
    const { want, other } = words(w);
    expect(want.filter((word) => !text.includes(word)), `${w[0]} shows`).to.deep.equal([]);
    expect(other.filter((word) => text.includes(word) && !want.includes(word)), `${w[0]} no longer shows`).to.deep.equal([]);
  }
}

describe('the page-wide locale', () => {
  afterEach(async () => {
    fixtureCleanup();
    for (const el of document.querySelectorAll('plan-provider')) el.remove();
    // Leave the page in English for the next test (no provider is asking for anything now).
    const last = await fixture<PlanProvider>(html`<plan-provider plan-id=${uniqueId()} storage="memory"></plan-provider>`);
    await waitUntil(() => activeLocale() === 'en');
    last.remove();
  });

  it('switches all six elements en → es → en at runtime, without a reload, and each stays accessible', async () => {
    const { provider, elements } = await sixElements();
    expect(elements.map((el) => el.localName)).to.deep.equal(WORDS.map(([tag]) => tag));
    await expectLanguage(elements, 'en');

    provider.locale = 'es';
    await expectLanguage(elements, 'es');
    expect(activeLocale()).to.equal('es');
    for (const el of elements) await expect(el).to.be.accessible();

    provider.setAttribute('locale', 'en');
    await expectLanguage(elements, 'en');
    expect(activeLocale()).to.equal('en');
  });

  it('starts in Spanish from the attribute, numbers too (GAS T-score 50,0)', async () => {
    const { elements } = await sixElements('es');
    await expectLanguage(elements, 'es');
    expect(shown(elements[3]!)).to.contain('Puntuación T de la escala de logro de metas (GAS): 50,0');
  });

  it('two providers asking different locales: the first leads, the second says so and fires invalid-attribute', async () => {
    const first = await fixture<PlanProvider>(html`<plan-provider plan-id=${uniqueId()} storage="memory" locale="en"><plan-summary></plan-summary></plan-provider>`);
    await first.ready;
    const second = document.createElement('plan-provider');
    second.planId = uniqueId();
    second.storage = 'memory';
    second.locale = 'es';
    second.append(document.createElement('goal-editor'));
    const error = oneEvent(second, 'draft-error') as Promise<DraftErrorEvent>;
    document.body.append(second);
    const { detail } = await error;
    expect(detail.code).to.equal('invalid-attribute');
    expect(detail.params).to.deep.equal({ attribute: 'locale', reason: 'locale-conflict', asked: 'es', page: 'en' });
    expect(detail.message).to.contain('locale="es" differs from locale="en" of another plan provider');
    await second.updateComplete;
    const notice = second.shadowRoot!.querySelector('[part="config-error"]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('The language is page-wide');
    // The page stays English: the second provider's widget too.
    await second.ready;
    const editor = second.querySelector('goal-editor')!;
    await waitUntil(() => shown(editor).includes('Goals and objectives'), 'the second provider’s widget in English');
    await expect(second).to.be.accessible();

    // The leader switches too: both agree, the page turns Spanish and the notice goes.
    first.locale = 'es';
    await waitUntil(() => shown(editor).includes('Metas y objetivos'), 'the second provider’s widget in Spanish');
    await second.updateComplete;
    expect(second.shadowRoot!.querySelector('[part="config-error"]')).to.equal(null);
  });

  it('an unknown locale shows English, with a notice, and the plan keeps working', async () => {
    const { provider, elements } = await sixElements('es');
    await expectLanguage(elements, 'es');
    const error = oneEvent(provider, 'draft-error') as Promise<DraftErrorEvent>;
    provider.locale = 'xx';
    expect((await error).detail.message).to.contain('locale="xx"');
    await waitUntil(() => activeLocale() === 'en', 'back to English, not the last valid Spanish');
    await waitUntil(() => shown(elements[3]!).includes('Goals and objectives'));
    expect(shown(provider)).to.contain('locale="xx" is not valid').and.contain('Use "en", "es", or "fr".');
    expect(provider.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-7', displayName: 'Still editing' } }).ok).to.equal(true);
  });

  it('a locale whose module cannot load leaves the page as it was and says so', async () => {
    expect(notRegistered).to.equal(undefined);
    const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${uniqueId()} storage="memory"><plan-summary></plan-summary></plan-provider>`);
    await provider.ready;
    const error = new Promise<DraftErrorEvent>((resolve) =>
      provider.addEventListener('draft-error', (e) => {
        if (e.detail.params?.reason === 'locale-load-failed') resolve(e);
      }),
    );
    provider.locale = 'fr';
    const { detail } = await error;
    expect(detail.params).to.deep.equal({ attribute: 'locale', reason: 'locale-load-failed', asked: 'fr', page: 'en' });
    expect(activeLocale()).to.equal('en');
    expect(shown(provider.querySelector('plan-summary')!)).to.contain('Treatment plan');
  });

  it('refuses a locale registered after the page first left English, and a code that is not a locale', () => {
    // The earlier tests switched to Spanish, so @lit/localize is configured by now.
    expect(registerLocale('de', () => Promise.reject(new Error('unused')))).to.equal('registered-too-late');
    expect(registerLocale('not a locale', () => Promise.reject(new Error('unused')))).to.equal('not-a-locale');
    expect(registerLocale('en', () => Promise.reject(new Error('unused')))).to.equal('not-a-locale');
  });
});
