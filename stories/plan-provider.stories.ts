import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { PlanProvider } from '../src/elements/plan-provider/plan-provider.js';
import type { TreatmentPlan } from '../src/model/plan.js';
import { CURRENT_SCHEMA_VERSION } from '../src/model/plan.js';
import type { FieldConflict } from '../src/plan/merge.js';
import { MemoryDraftRepository } from '../src/store/memory-repository.js';
import { emptyPlan, fullPlan, longPlan, riskPlan } from './fixtures.js';
import { withEventLog, withPlan } from './support.js';

/** What the host can read from the plan it handed over (the provider itself renders only its slot). */
function hostContent(plan: TreatmentPlan, note: string) {
  const goals = plan.problems.flatMap((p) => p.goals);
  const objectives = goals.flatMap((g) => g.objectives);
  return html`<article>
    <h2>Host page content</h2>
    <p>${note}</p>
    <dl>
      <dt>Plan</dt>
      <dd>${plan.id}: ${plan.status}, version ${plan.version}, revision ${plan.revision}</dd>
      <dt>Client</dt>
      <dd>${plan.client?.displayName ?? 'Not recorded yet'}</dd>
      <dt>Contents</dt>
      <dd>
        ${plan.problems.length} problems, ${goals.length} goals, ${objectives.length} objectives,
        ${plan.interventions.length} interventions, ${plan.timeline.length} timeline entries
      </dd>
    </dl>
  </article>`;
}

function providerStory(plan: TreatmentPlan, note: string, mode: 'clinician' | 'client' = 'clinician') {
  return withEventLog(withPlan(plan, hostContent(plan, note), { mode }));
}

const meta: Meta = {
  title: 'Elements/plan-provider',
  component: 'plan-provider',
  parameters: {
    docs: {
      description: {
        component:
          'Owns one plan: the store, the draft (IndexedDB; memory in these stories) and cross-tab sync. Every widget inside receives the plan through context. It renders only its slot; the event log below each story shows what a host page receives.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const EmptyPlan: Story = {
  render: () => providerStory(emptyPlan('story-provider-empty'), 'A new draft: every list is empty.'),
};

export const FullPlan: Story = {
  render: () =>
    providerStory(fullPlan('story-provider-full'), 'An active plan three months in, with a review and signatures.'),
};

export const RiskFlagOnRecord: Story = {
  render: () =>
    providerStory(
      riskPlan('story-provider-risk'),
      'The latest PHQ-9 has item 9 above 0; the timeline holds an unacknowledged risk flag.',
    ),
};

export const LongPlan: Story = {
  name: 'Long plan (100 goals, 1,000 timeline entries)',
  render: () =>
    providerStory(longPlan(100, 1000, 'story-provider-long'), 'The largest plan the kit is built to handle.'),
};

export const ClientMode: Story = {
  render: () =>
    providerStory(
      fullPlan('story-provider-client'),
      'mode="client": widgets inside use plain language and limit editing.',
      'client',
    ),
};

export const Misconfigured: Story = {
  name: 'Misconfigured (no plan-id)',
  render: () =>
    withEventLog(html`<plan-provider storage="memory" scope="storybook">
      <p>Widgets here would have no plan.</p>
    </plan-provider>`),
};

/** Puts `plan` (and `conflicts`) in this page's memory drafts, as a tab that saved before would. */
function storedDraft(plan: TreatmentPlan, scope: string, conflicts?: FieldConflict[]): void {
  const repo = new MemoryDraftRepository();
  void repo.delete(scope, plan.id);
  void repo.save(
    {
      scope,
      planId: plan.id,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      revision: plan.revision,
      savedAt: plan.updatedAt,
      token: `story-${plan.id}`,
      plan,
      ...(conflicts ? { conflicts } : {}),
    },
    null,
  );
}

export const EditedInTwoTabs: Story = {
  name: 'Edited in two tabs (a field to choose)',
  render: () => {
    const plan = fullPlan('story-provider-conflict');
    const problem = plan.problems[0]!;
    const path = ['problems', { id: problem.id }, 'title'];
    storedDraft(plan, 'storybook-conflict', [
      { id: `problems/#${problem.id}/title`, path, kind: 'problems', itemId: problem.id, field: 'title', mine: problem.title, theirs: `${problem.title} since the move` },
    ]);
    return withEventLog(html`<plan-provider plan-id=${plan.id} storage="memory" scope="storybook-conflict">
      ${hostContent(plan, 'The same problem title was changed differently in two tabs; everything else merged. The notice above keeps both until someone chooses.')}
    </plan-provider>`);
  },
};

export const OlderHostPlan: Story = {
  name: 'Host plan older than the draft',
  render: () => {
    const plan = { ...fullPlan('story-provider-older'), revision: 12 };
    storedDraft(plan, 'storybook-older');
    return withEventLog(html`<plan-provider plan-id=${plan.id} storage="memory" scope="storybook-older" .plan=${{ ...plan, revision: 3 }}>
      ${hostContent(plan, 'The page handed over revision 3 while the draft on this device is at revision 12: the draft is kept and the older copy offered.')}
    </plan-provider>`);
  },
};

/** Once the plan is open, the host page sets `locale="xx"`: the plan stays, a notice says what to fix. */
function breakLocaleWhenOpen(el: Element | undefined): void {
  void (el as PlanProvider | undefined)?.ready.then(() => el!.setAttribute('locale', 'xx'));
}

export const InvalidAttributeWhilePlanOpen: Story = {
  name: 'Invalid attribute while a plan is open (locale="xx")',
  render: () =>
    withEventLog(html`<plan-provider plan-id="story-provider-bad-locale" storage="memory" scope="storybook" ${ref(breakLocaleWhenOpen)}>
      <p>The plan and any unsaved typing stay; autosave goes on with locale="en" until the page fixes the attribute.</p>
      <plan-summary></plan-summary>
    </plan-provider>`),
};

/**
 * The language is page-wide: after the toolbar has set every provider's locale, the second
 * provider asks for the other one. It shows the notice (and fires `draft-error` `invalid-attribute`,
 * `params.reason: 'locale-conflict'`); the page keeps the first provider's language.
 */
function askTheOtherLocale(el: Element | undefined): void {
  const provider = el as PlanProvider | undefined;
  void provider?.ready.then(() =>
    // After the toolbar's own setting (applied on the next frame).
    requestAnimationFrame(() => requestAnimationFrame(() => provider.setAttribute('locale', provider.locale === 'es' ? 'en' : 'es'))),
  );
}

export const TwoProvidersDifferentLocales: Story = {
  name: 'Two providers asking different locales',
  render: () =>
    withEventLog(html`<plan-provider plan-id="story-provider-locale-first" storage="memory" scope="storybook">
        <plan-summary></plan-summary>
      </plan-provider>
      <plan-provider plan-id="story-provider-locale-second" storage="memory" scope="storybook" ${ref(askTheOtherLocale)}>
        <p>This provider asks for the other language; the page stays in the first provider’s.</p>
      </plan-provider>`),
};
