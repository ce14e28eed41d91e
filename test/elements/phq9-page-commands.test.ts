import { expect, fixture, html, oneEvent } from '@open-wc/testing';
// The PHQ-9 intake page exactly as a portal builds it: these two entries and nothing else, so only
// the commands these two widgets register are on the page (issue 16: commands load with the widget
// that sends them). No other test file's imports reach this page.
import '../../src/elements/plan-provider/define.js';
import '../../src/elements/assessment-form/define.js';
import type { AssessmentForm } from '../../src/elements/assessment-form/assessment-form.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import type { PlanChangeEvent, RiskFlagEvent } from '../../src/events.js';

let counter = 0;

async function phq9Page(): Promise<{ provider: PlanProvider; form: AssessmentForm; root: ShadowRoot }> {
  const provider = await fixture<PlanProvider>(
    html`<plan-provider plan-id=${`phq9-page-${++counter}`} scope="page-tests" storage="memory" autosave-delay="0"
      ><assessment-form sections="" instruments="phq9"></assessment-form
    ></plan-provider>`,
  );
  await provider.ready;
  const form = provider.querySelector('assessment-form')!;
  await form.updateComplete;
  return { provider, form, root: form.shadowRoot! };
}

function radio(root: ShadowRoot, item: string, value: number): HTMLInputElement {
  const el = root.querySelector<HTMLInputElement>(`input[name="phq9-${item}"][value="${value}"]`);
  if (!el) throw new Error(`no radio phq9-${item}=${value}`);
  return el;
}

describe('PHQ-9 intake page (provider + assessment-form only): commands load with the widget that sends them', () => {
  it('an answer clicked is in the plan at once, and a positive item 9 raises risk-flag', async () => {
    const { provider, form, root } = await phq9Page();
    await expect(form).to.be.accessible();
    radio(root, 'phq9-1', 2).click();
    // Synchronous: the form's commands are on the page, nothing waits for a download.
    expect(provider.plan!.assessment.inProgress?.['phq9']?.answers).to.deep.include({ 'phq9-1': 2 });
    const heard = oneEvent(provider, 'risk-flag') as Promise<RiskFlagEvent>;
    radio(root, 'phq9-9', 1).click();
    const flag = await heard;
    expect(flag.detail).to.include({ instrumentId: 'phq9', itemId: 'phq9-9', value: 1 });
    await form.updateComplete;
    expect(root.textContent).to.include(flag.detail.message);
  });

  it('a host’s plan-level command (client, status) applies at once: the provider brings those', async () => {
    const { provider } = await phq9Page();
    const r = provider.store!.dispatch({ type: 'plan/set-client', client: { hostId: 'MRN-1', displayName: 'Ana P.' } });
    expect(r.ok).to.equal(true);
    expect(provider.plan!.client?.displayName).to.equal('Ana P.');
  });

  it('a command no widget here sends is refused as not loaded, then applies once the host awaits loadCommands()', async () => {
    const { provider } = await phq9Page();
    const before = provider.plan;
    const refused = provider.store!.dispatch({ type: 'problem/add', id: 'pr-1', fields: { title: 'Low mood' } });
    expect(refused.ok ? 'applied' : refused.error.code).to.equal('command-not-loaded');
    expect(provider.plan).to.equal(before);
    await provider.store!.loadCommands();
    const changed = oneEvent(provider, 'plan-change') as Promise<PlanChangeEvent>;
    const r = provider.store!.dispatch({ type: 'problem/add', id: 'pr-1', fields: { title: 'Low mood' } });
    expect(r.ok).to.equal(true);
    expect((await changed).detail.command).to.equal('problem/add');
    expect(provider.plan!.problems.map((p) => p.title)).to.deep.equal(['Low mood']);
  });

  it('loads no intake question: the form shows only the PHQ-9, so the intake part never downloads', async () => {
    const { form, root } = await phq9Page();
    const loaded = () => performance.getEntriesByType('resource').map((e) => e.name);
    expect(root.querySelectorAll('input[type=radio]').length).to.be.greaterThan(0);
    expect(root.querySelector('[part~="section"]')).to.equal(null);
    expect(loaded().filter((name) => name.includes('intake-part'))).to.deep.equal([]);
    // The same form asked for one section loads it, and `updateComplete` waits until it shows.
    form.sections = 'concerns';
    await form.updateComplete;
    expect(loaded().some((name) => name.includes('intake-part'))).to.equal(true);
    expect(root.querySelector('[part~="section"] h3')!.textContent).to.contain('What brings you here');
    await expect(form).to.be.accessible();
  });
});
