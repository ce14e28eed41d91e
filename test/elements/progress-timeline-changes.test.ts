import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization, str } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import '../../src/elements/plan-provider/define.js';
import '../../src/elements/progress-timeline/define.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import type { ProgressTimeline } from '../../src/elements/progress-timeline/progress-timeline.js';
import { planV2 } from '../fixtures/plan-v2.js';

// A revision stored in English by schema 2 is data after the migration, so it reads in whatever
// language the page is in. A small test locale (pseudo-Spanish) translates the words of one change.
const TEST_LOCALE = 'es-x-test';
const templates = {
  [generateMsgId(['Changed ', ''], false)]: str`Cambió ${0}`,
  [generateMsgId('objective', false)]: 'objetivo',
  [generateMsgId(['status ', ' → ', ''], false)]: str`estado ${0} → ${1}`,
  [generateMsgId('Active', false)]: 'Activo',
  [generateMsgId('Achieved', false)]: 'Logrado',
  [generateMsgId('review recorded', false)]: 'revisión registrada',
};
const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: [TEST_LOCALE],
  loadLocale: async () => ({ templates }),
});

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
  afterEach(() => setLocale('en'));

  it('shows the changes of a migrated schema-2 plan worded, an unreadable one as it was, and is accessible', async () => {
    const { provider, el, root } = await mountV2();
    expect(provider.plan!.schemaVersion).to.equal(3);
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

  it('words the same stored change in the new language after a locale switch, and back', async () => {
    const { el, root } = await mountV2();
    const walk = () => texts(root, '.entry.revision .changes li').find((x) => x.includes('Walk for 20 minutes'));
    expect(walk()).to.equal('Changed objective: Walk for 20 minutes on at least 4 days a week: status Active → Achieved');

    await setLocale(TEST_LOCALE);
    await waitUntil(() => !el.isUpdatePending, 'the timeline re-rendered');
    // The client's words stay as written; every word of the kit's is the new language's.
    expect(walk()).to.equal('Cambió objetivo: Walk for 20 minutes on at least 4 days a week: estado Activo → Logrado');
    expect(texts(root, '.entry.status').join(' ')).to.contain('revisión registrada');
    await expect(el).to.be.accessible();

    await setLocale('en');
    await waitUntil(() => !el.isUpdatePending);
    expect(walk()).to.equal('Changed objective: Walk for 20 minutes on at least 4 days a week: status Active → Achieved');
  });
});
