import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/plan-provider/define.js';
import '../../src/elements/progress-timeline/define.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import type { ProgressTimeline } from '../../src/elements/progress-timeline/progress-timeline.js';
import { planV2 } from '../fixtures/plan-v2.js';

// A revision stored in English by schema 2 is data after the migration, so it reads in whatever
// language the page is in: switched to Spanish (the kit's own `es`) and back, at runtime.

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

async function mountV2() {
  const provider = await fixture<PlanProvider>(html`<plan-provider plan-id="maya-v2" scope=${`changes-${Date.now()}`} storage="memory"
    ><progress-timeline today="2026-06-25"></progress-timeline
  ></plan-provider>`);
  await provider.ready;
  // The host hands over a plan as a schema-2 draft stored it; the provider migrates it.
  provider.plan = planV2();
  const el = provider.querySelector('progress-timeline') as ProgressTimeline;
  await el.updateComplete;
  const root = el.shadowRoot!;
  // Only revisions and status changes, so no page of sessions hides them.
  for (const kind of ['measurement', 'session', 'review', 'risk-flag']) {
    root.querySelector<HTMLInputElement>(`.filters input[value="${kind}"]`)!.click();
    await el.updateComplete;
  }
  return { provider, el, root };
}

describe('<progress-timeline> revision changes', function () {
  this.timeout(60_000);

  it('shows the changes of a migrated schema-2 plan worded, an unreadable one as it was, and is accessible', async () => {
    const { provider, el, root } = await mountV2();
    expect(provider.plan!.schemaVersion).to.equal(5);
    const lines = texts(root, '.entry.revision .changes li');
    expect(lines).to.include.members([
      'Added approach: Cognitive behavioral therapy (CBT)',
      'Changed objective: PHQ-9 below 10 (out of the moderate range) by the end of March: target 9 → 7, due Mar 31, 2026 → Jun 30, 2026',
      'Changed objective: Walk for 20 minutes on at least 4 days a week: status Active → Achieved',
      'Changed approach: Cognitive behavioral therapy (CBT): frequency Weekly → Every two weeks, session length 50 → 45 min, planned sessions 12 → until the next review, delivery In person → Telehealth, techniques',
      'Changed goal: (untitled): wording, client agreed',
      'Changed objective: Valued activities: marked achieved.',
    ]);
    expect(texts(root, '.entry.status')).to.satisfy((xs: string[]) => xs.some((x) => x.includes('Under review → Active — review recorded')));
    await expect(el).to.be.accessible();
  });

  it('words the same stored change in Spanish after a locale switch, and back', async () => {
    const { provider, el, root } = await mountV2();
    const walk = () => texts(root, '.entry.revision .changes li').find((x) => x.includes('Walk for 20 minutes'));
    const english = 'Changed objective: Walk for 20 minutes on at least 4 days a week: status Active → Achieved';
    expect(walk()).to.equal(english);

    provider.setAttribute('locale', 'es');
    // (While the Spanish catalog loads, the revision naming an approach shows the loading state instead.)
    await waitUntil(() => walk()?.startsWith('Se cambió'), 'the timeline re-worded the change', { timeout: 10_000 });
    // The plan's own words stay as written; every word of the kit's is Spanish.
    expect(walk()).to.equal('Se cambió un objetivo: Walk for 20 minutes on at least 4 days a week: estado En curso → Logrado');
    expect(texts(root, '.entry.status').join(' ')).to.contain('revisión registrada');
    expect(texts(root, '.entry.revision .changes li')).to.include('Se cambió un objetivo: Valued activities: marked achieved.');
    await expect(el).to.be.accessible();

    provider.setAttribute('locale', 'en');
    await waitUntil(() => walk() === english, 'back in English', { timeout: 10_000 });
  });
});
