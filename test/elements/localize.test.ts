import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import type { LitElement } from 'lit';
import '../../src/define.js';
import type { PlanProvider } from '../../src/index.js';
import { uniqueId } from '../helpers/provider.js';

// A host that switches language must not be left with a half-translated page: every element re-renders
// its text when @lit/localize loads a new locale. A small test locale translates one visible string per
// element; the test reads what each element shows before and after.
const TRANSLATED: [tag: string, source: string, translation: string][] = [
  ['plan-summary', 'No goals set yet.', 'Noch keine Ziele.'],
  ['assessment-form', 'What do you hope will change?', 'Was soll sich ändern?'],
  ['goal-editor', 'Goals and objectives', 'Ziele und Teilziele'],
  ['modality-picker', 'Suggested approaches', 'Vorgeschlagene Ansätze'],
  ['progress-timeline', 'Record a session', 'Eine Sitzung eintragen'],
];
const TEST_LOCALE = 'de-x-test';
const templates = Object.fromEntries(TRANSLATED.map(([, source, translation]) => [generateMsgId(source, false), translation]));
const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: [TEST_LOCALE],
  loadLocale: async () => ({ templates }),
});

const shown = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('locale changes', () => {
  after(() => setLocale('en'));

  it('re-render every element in the new language, and back, and the page stays accessible', async () => {
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
    const elements = [...provider.querySelectorAll<LitElement>('*')];
    expect(elements.map((el) => el.localName)).to.deep.equal(TRANSLATED.map(([tag]) => tag));
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const [i, [tag, source, translation]] of TRANSLATED.entries()) {
      expect(shown(elements[i]!), tag).to.contain(source).and.not.contain(translation);
    }

    await setLocale(TEST_LOCALE);
    await waitUntil(() => elements.every((el) => !el.isUpdatePending), 'every element re-rendered');
    for (const [i, [tag, source, translation]] of TRANSLATED.entries()) {
      expect(shown(elements[i]!), tag).to.contain(translation).and.not.contain(source);
    }
    await expect(provider).to.be.accessible();

    await setLocale('en');
    await waitUntil(() => elements.every((el) => !el.isUpdatePending));
    for (const [i, [tag, source, translation]] of TRANSLATED.entries()) {
      expect(shown(elements[i]!), tag).to.contain(source).and.not.contain(translation);
    }
  });
});
