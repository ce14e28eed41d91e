import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { activeLocale, type PlanProvider } from '../../src/index.js';
import { fullPlan } from '../../stories/fixtures.js';
import { englishIn, kitEnglish, planStrings, squash } from '../helpers/spanish-page.js';
import { uniqueId } from '../helpers/provider.js';

// A Spanish-speaking client never sees English first: on a fresh page with `locale="es"` the
// Spanish words load on demand, and until they have, the widgets show a neutral loading state
// (no words) — never their English. Everything the page ever renders, from the fixture to ready,
// is recorded by a MutationObserver on every shadow root as it is attached (old values of text
// and attributes included, so a word shown for one frame and replaced is caught).

const TAGS = ['plan-summary', 'assessment-form', 'goal-editor', 'modality-picker', 'progress-timeline'] as const;
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext'];

/** Every text and user-facing attribute value that appears in any shadow root from now on. */
function recordEverything(): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const inEnglishOnPurpose = (n: Node | null) => (n instanceof Element ? n : n?.parentElement)?.closest('[lang="en"]');
  const collect = (node: Node) => {
    if (inEnglishOnPurpose(node)) return;
    if (node.nodeType === Node.TEXT_NODE) seen.push(node.textContent ?? '');
    if (node instanceof Element) for (const a of ATTRIBUTES) if (node.getAttribute(a)) seen.push(node.getAttribute(a)!);
    for (const child of node.childNodes) collect(child);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') r.addedNodes.forEach(collect);
      else if (r.oldValue && !inEnglishOnPurpose(r.target)) seen.push(r.oldValue);
      if (r.type !== 'childList') collect(r.target.nodeType === Node.TEXT_NODE ? r.target : r.target);
    }
  });
  const options: MutationObserverInit = { subtree: true, childList: true, characterData: true, characterDataOldValue: true, attributes: true, attributeOldValue: true, attributeFilter: ATTRIBUTES };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    const root = attach.call(this, init);
    observer.observe(root, options);
    return root;
  };
  observer.observe(document.body, options);
  return {
    seen,
    stop: () => {
      for (const r of observer.takeRecords()) if (r.type === 'childList') r.addedNodes.forEach(collect);
      observer.disconnect();
      Element.prototype.attachShadow = attach;
    },
  };
}

describe('a fresh Spanish page never shows English first (locale="es")', function () {
  this.timeout(240_000);

  it('from the fixture to ready, no English message of the kit is ever rendered; then the widgets are in Spanish', async () => {
    // The first thing this page does: the Spanish module has not been loaded yet.
    expect(activeLocale()).to.equal('en');
    const plan = { ...fullPlan(), id: uniqueId('es-start') };
    const recording = recordEverything();
    let provider: PlanProvider;
    try {
      provider = await fixture<PlanProvider>(html`
        <plan-provider .plan=${plan} plan-id=${plan.id} storage="memory" scope="es-start" mode="client" locale="es">
          ${TAGS.map((tag) => document.createElement(tag))}
        </plan-provider>
      `);
      await provider.ready;
      await waitUntil(() => activeLocale() === 'es', 'the page is in Spanish');
      await Promise.all([provider, ...provider.querySelectorAll<LitElement>(TAGS.join(','))].map((w) => w.updateComplete));
    } finally {
      recording.stop();
    }
    const english = await kitEnglish();
    const typed = planStrings(plan);
    const found = [...new Set(recording.seen.flatMap((t) => englishIn(t, english, typed)))];
    expect(found).to.deep.equal([]);
    // The recording did see the page render, in Spanish.
    expect(recording.seen.map(squash).join(' ')).to.contain('Mis metas');
    await expect(provider).to.be.accessible();
  });
});
