import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { MODALITY_CATALOG } from '../../src/clinical/modalities/catalog.js';
import type { PlanProvider, PlanSummary } from '../../src/index.js';
import { fullPlan } from '../../stories/fixtures.js';
import { uniqueId } from '../helpers/provider.js';

const cbt = MODALITY_CATALOG.find((e) => e.id === 'cbt')!;

async function mount(): Promise<{ provider: PlanProvider; summary: PlanSummary }> {
  const planId = uniqueId('summary');
  const provider = await fixture<PlanProvider>(
    html`<plan-provider plan-id=${planId} scope="test" storage="memory"><plan-summary></plan-summary></plan-provider>`,
  );
  await provider.ready;
  const plan = fullPlan(planId);
  // One approach from the host's own catalog, which the kit's catalog does not know.
  provider.plan = { ...plan, interventions: [...plan.interventions, { ...plan.interventions[0]!, id: 'int-host', modalityId: 'clinic-dbt-group' }] };
  const summary = provider.querySelector('plan-summary') as PlanSummary;
  await provider.updateComplete;
  await summary.updateComplete;
  return { provider, summary };
}

const approaches = (s: PlanSummary) =>
  [...s.shadowRoot!.querySelectorAll('.approaches > li .wording')].map((p) => p.textContent!.trim());
const alertText = (s: PlanSummary) => s.shadowRoot!.querySelector('[role=alert]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<plan-summary>', () => {
  it('is accessible with a full plan', async () => {
    const { provider } = await mount();
    await expect(provider).to.be.accessible();
  });

  it('names approaches from the host catalog it is given, as the picker does', async () => {
    const { summary } = await mount();
    expect(approaches(summary)).to.include.members([cbt.name, 'Clinic dbt group']);

    summary.catalog = [
      { ...cbt, name: 'CBT (clinic programme)' },
      { ...cbt, id: 'clinic-dbt-group', name: 'DBT skills group (clinic)' },
    ];
    await summary.updateComplete;
    expect(approaches(summary)).to.include.members(['CBT (clinic programme)', 'DBT skills group (clinic)']);
    expect(alertText(summary)).to.equal('');
  });

  it('refuses an invalid catalog whole, says so, and keeps the built-in names', async () => {
    const { summary } = await mount();
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      summary.catalog = [{ ...cbt, name: 'Renamed' }, { id: 'broken' }];
      await summary.updateComplete;
    } finally {
      console.error = original;
    }
    expect(alertText(summary)).to.contain('The approach catalog supplied by this page could not be used.');
    expect(alertText(summary)).to.contain('Approaches are named from the built-in catalog.');
    expect(approaches(summary)).to.include(cbt.name).and.not.include('Renamed');
    expect(String(logged[0]?.[0])).to.contain('<plan-summary>');
    await expect(summary).to.be.accessible();

    summary.catalog = undefined;
    await summary.updateComplete;
    expect(alertText(summary)).to.equal('');
  });

  it('shows an objective’s new wording as it is typed, and the client’s words in client mode', async () => {
    const { provider, summary } = await mount();
    const objective = provider.plan!.problems[0]!.goals[0]!.objectives[0]!;
    const wordings = () => [...summary.shadowRoot!.querySelectorAll('.objectives .wording')].map((p) => p.textContent!.trim());
    provider.store!.dispatch({ type: 'objective/update', objectiveId: objective.id, fields: { clinicalText: 'Sleep seven hours', clientWords: 'Sleep through' } });
    await summary.updateComplete;
    expect(wordings()).to.include('Sleep seven hours');
    provider.mode = 'client';
    await provider.updateComplete;
    await summary.updateComplete;
    expect(wordings()).to.include('Sleep through');
    await expect(summary).to.be.accessible();
  });
});
