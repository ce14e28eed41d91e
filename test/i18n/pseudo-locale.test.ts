import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import {
  DEFAULT_GOAL_LIBRARY,
  FIRST_LINE_ENTRIES,
  MODALITY_CATALOG,
  RULE_SOURCES,
  SUGGESTION_RULES,
  activeLocale,
  instrumentRegistry,
  registerLocale,
  type PlanProvider,
  type TreatmentPlan,
} from '../../src/index.js';
import { emptyPlan, fullPlan, riskPlan } from '../../stories/fixtures.js';
import { hasBuiltinWords, loadInstrumentWords } from '../../src/content/instruments/index.js';
import { localizeCheck, type SourceMessage } from '../helpers/localize.js';
import { uniqueId } from '../helpers/provider.js';
import { visibleTexts as visibleTextsIn } from '../helpers/visible-texts.js';

// A host's own locale, as README "Adding a locale" describes, made from every source message: each
// message reads ⟦…⟧. Rendering every widget in it, any Latin letter outside ⟦…⟧ is a string that did
// not go through msg(). `ar-XB` (the usual bidi pseudo-locale) also makes Intl write dates and numbers
// without Latin letters, so they pass as what they are: formatted by Intl in the active locale.
const PSEUDO = 'ar-XB';

/** One message in the pseudo-locale: the source text between ⟦ and ⟧, each `${…}` kept in place. */
function pseudo(parts: SourceMessage['parts']) {
  const strings = [''];
  const values: number[] = [];
  for (const part of parts) {
    if (typeof part === 'number') {
      values.push(part);
      strings.push('');
    } else strings[strings.length - 1] += part;
  }
  strings[0] = `⟦${strings[0]}`;
  strings[strings.length - 1] += '⟧';
  return values.length ? { strTag: true as const, strings: Object.assign(strings, { raw: strings }), values } : strings[0]!;
}

registerLocale(PSEUDO, async () => {
  const { messages } = await localizeCheck();
  return { templates: Object.fromEntries(messages.map((m) => [m.id, pseudo(m.parts)])) };
});

/**
 * What is not the kit's own wording, so no message can hold it (the narrow, documented exception,
 * besides elements marked `data-domain-words`, see visibleTexts):
 * every string of the plan shown (what people typed, and sentences the domain stored in it today:
 * revision summaries) and of the built-in clinical content modules (approach catalog, first-line
 * entries, suggestion rules and their sources, goal library, instrument wording). Code-like values
 * (`panic-exposure`, `clinician`) are never exempt: a code on screen must be worded.
 */
async function contentStrings(plan: TreatmentPlan): Promise<string[]> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (!/^[a-z0-9]+([-_:.][a-z0-9]+)*$/.test(value) && /[A-Za-z]/.test(value)) found.add(value.trim());
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  // Instrument wording loads on demand, per instrument and locale: the English of every built-in one.
  const instrumentWords = await Promise.all(instrumentRegistry.list().filter((d) => hasBuiltinWords(d.id)).map((d) => loadInstrumentWords(d.id, 'en')));
  walk([plan, instrumentWords, MODALITY_CATALOG, FIRST_LINE_ENTRIES, SUGGESTION_RULES, RULE_SOURCES, DEFAULT_GOAL_LIBRARY, instrumentRegistry.list()]);
  // Longest first, so a sentence goes before a word it contains.
  return [...found].filter(Boolean).sort((a, b) => b.length - a.length);
}

/**
 * Every text a person reads in `root`. Left out: elements marked `data-domain-words` (sentences the
 * domain layer still writes in English, marked where they are shown).
 */
const visibleTexts = (root: ShadowRoot) => visibleTextsIn(root, (el) => el.hasAttribute('data-domain-words'));

/** The parts of `text` outside every ⟦…⟧ and every content string that still hold Latin letters. */
function untranslated(text: string, content: string[]): string | undefined {
  let rest = text;
  // Messages nest (a worded code inside a message): strip the innermost first.
  for (let before = ''; before !== rest; ) [before, rest] = [rest, rest.replace(/⟦[^⟦⟧]*⟧/g, ' ')];
  for (const c of content) if (rest.includes(c)) rest = rest.split(c).join(' ');
  rest = rest.replace(/\s+/g, ' ').trim();
  return /[A-Za-z]/.test(rest) ? rest : undefined;
}

const TAGS = ['plan-summary', 'assessment-form', 'goal-editor', 'modality-picker', 'progress-timeline'] as const;
const PLANS: [string, () => TreatmentPlan][] = [
  ['an empty plan', () => emptyPlan()],
  ['the full example plan', () => fullPlan()],
  ['the plan with a risk answer', () => riskPlan()],
];

describe('every string a widget shows goes through msg() (pseudo-locale)', function () {
  // The pseudo-locale is built from the source messages, extracted in Node first: seconds.
  this.timeout(240_000);

  for (const [name, make] of PLANS) {
    for (const mode of ['clinician', 'client'] as const) {
      it(`${name}, ${mode}: all six elements`, async () => {
        const plan = { ...make(), id: uniqueId('pseudo') };
        const provider = await fixture<PlanProvider>(html`
          <plan-provider .plan=${plan} plan-id=${plan.id} storage="memory" scope="pseudo" mode=${mode} locale=${PSEUDO}>
            ${TAGS.map((tag) => document.createElement(tag))}
          </plan-provider>
        `);
        await provider.ready;
        await waitUntil(() => activeLocale() === PSEUDO, 'the pseudo-locale loaded', { timeout: 200_000 });
        const widgets = [provider, ...provider.querySelectorAll<LitElement>(TAGS.join(','))];
        await Promise.all(widgets.map((w) => w.updateComplete));
        expect(widgets.map((w) => w.localName)).to.deep.equal(['plan-provider', ...TAGS]);
        const content = await contentStrings(plan);
        const found = widgets.flatMap((w) =>
          visibleTexts(w.shadowRoot!).flatMap(({ where, text }) => {
            const left = untranslated(text, content);
            return left ? [`${w.localName}${where}: ${left}`] : [];
          }),
        );
        expect([...new Set(found)]).to.deep.equal([]);
        // The widgets did render (a blank page would pass the check above).
        for (const w of widgets.slice(1)) expect(w.shadowRoot!.textContent, w.localName).to.contain('⟦');
        await expect(provider).to.be.accessible();
      });
    }
  }
});
