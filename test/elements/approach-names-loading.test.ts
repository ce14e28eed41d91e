import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/plan-provider/define.js';
import '../../src/elements/progress-timeline/define.js';
import '../../src/elements/plan-summary/define.js';
import type { PlanSummary } from '../../src/elements/plan-summary/plan-summary.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import type { ProgressTimeline } from '../../src/elements/progress-timeline/progress-timeline.js';
import { catalogContent } from '../../src/content/catalog/index.js';
import type { CatalogEntry } from '../../src/clinical/modalities/schema.js';
import { planV2 } from '../fixtures/plan-v2.js';
import { activePlan, phqObjective } from '../fixtures/progress-plans.js';

// The approach catalog loads on demand. A timeline opened directly (a reload on the Progress step)
// words its revisions before the catalog has arrived: it must say it is loading, never show a name
// made from the id ("Cbt"), and show the catalog's name once it arrives — without any other change.

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

/** Holds the catalog back (as a slow network would) until `release()`; `fail()` makes its load fail. */
function holdCatalog() {
  const peek = catalogContent.peek.bind(catalogContent);
  const get = catalogContent.get.bind(catalogContent);
  let released = false;
  let settle: { release(): void; fail(): void } = { release: () => {}, fail: () => {} };
  catalogContent.peek = (key) => (released ? peek(key) : undefined);
  catalogContent.get = (key) =>
    new Promise<readonly CatalogEntry[]>((resolve, reject) => {
      settle = {
        release: () => {
          released = true;
          resolve(get(key));
        },
        fail: () => reject(new Error('offline')),
      };
    });
  return {
    release: () => settle.release(),
    fail: () => settle.fail(),
    restore: () => {
      catalogContent.peek = peek;
      catalogContent.get = get;
    },
  };
}

async function openTimeline(locale = 'en') {
  const provider = await fixture<PlanProvider>(html`<plan-provider plan-id="maya-v2" scope=${`catalog-${Date.now()}-${Math.random()}`} storage="memory" locale=${locale}
    ><progress-timeline today="2026-06-25"></progress-timeline
  ></plan-provider>`);
  await provider.ready;
  provider.plan = planV2();
  const el = provider.querySelector('progress-timeline') as ProgressTimeline;
  return { provider, el, root: el.shadowRoot! };
}

const added = (root: ParentNode) => texts(root, '.entry.revision .changes li').filter((x) => x.startsWith('Added approach'));

describe('<plan-summary> names approaches from the catalog loaded on demand', function () {
  this.timeout(60_000);

  it('a summary opened directly shows the loading state, then the catalog name', async () => {
    const hold = holdCatalog();
    try {
      const provider = await fixture<PlanProvider>(html`<plan-provider plan-id="summary-direct" scope=${`catalog-${Date.now()}`} storage="memory"
        ><plan-summary></plan-summary
      ></plan-provider>`);
      await provider.ready;
      provider.plan = activePlan('summary-direct', [phqObjective()]);
      const el = provider.querySelector('plan-summary') as PlanSummary;
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part=content-loading]'), 'the approaches are loading');
      expect(root.querySelector('[part=content-loading]')!.textContent).to.contain('Loading the approaches…');
      expect(texts(root, 'section').join(' ')).not.to.match(/\bCbt\b/);
      await expect(el).to.be.accessible();

      hold.release();
      await el.updateComplete;
      expect(texts(root, '.approaches .wording')).to.include('Cognitive behavioral therapy (CBT)');
      expect(root.querySelector('[part=content-loading]')).to.equal(null);
    } finally {
      hold.restore();
    }
  });
});

describe('<progress-timeline> names approaches from the catalog loaded on demand', function () {
  this.timeout(60_000);

  it('shows the loading state while the catalog loads, then the catalog name with no other change', async () => {
    const hold = holdCatalog();
    try {
      const { el, root } = await openTimeline();
      await waitUntil(() => root.querySelector('.entry.revision [part=content-loading]'), 'the revision that names an approach says it is loading');
      expect(texts(root, '.entry.revision').join(' ')).not.to.match(/\bCbt\b/);
      expect(root.querySelector('.entry.revision [part=content-loading]')!.textContent).to.contain('Loading the approaches…');
      await expect(el).to.be.accessible();

      hold.release();
      await el.updateComplete;
      expect(added(root)).to.deep.equal(['Added approach: Cognitive behavioral therapy (CBT)']);
      expect(root.querySelector('.entry.revision [part=content-loading]')).to.equal(null);
      expect(texts(root, '.entry.revision').join(' ')).not.to.match(/\bCbt\b/);
      await expect(el).to.be.accessible();
    } finally {
      hold.restore();
    }
  });

  it('a catalog that cannot load is said once, and the changes are still listed', async () => {
    const hold = holdCatalog();
    try {
      const { el, root } = await openTimeline();
      await waitUntil(() => root.querySelector('.entry.revision [part=content-loading]'), 'loading');
      hold.fail();
      await el.updateComplete;
      expect(texts(root, '[part=timeline] [role=alert]')).to.deep.equal(['This part could not be loaded. Reload the page to try again.']);
      expect(root.querySelector('.entry.revision [part=content-loading]')).to.equal(null);
      expect(texts(root, '.entry.revision .changes li')).to.include('Changed objective: Walk for 20 minutes on at least 4 days a week: status Active → Achieved');
      await expect(el).to.be.accessible();
    } finally {
      hold.restore();
    }
  });

  it('in Spanish, the Spanish catalog name once it has loaded', async () => {
    const { provider, el, root } = await openTimeline('es');
    await waitUntil(() => texts(root, '.entry.revision .changes li').some((x) => x.startsWith('Se añadió')), 'the page is in Spanish', { timeout: 10_000 });
    await el.updateComplete;
    await provider.updateComplete;
    expect(texts(root, '.entry.revision .changes li').filter((x) => x.includes('TCC'))).to.have.length.greaterThan(0);
    expect(texts(root, '.entry.revision').join(' ')).not.to.match(/\bCbt\b/);
  });
});
