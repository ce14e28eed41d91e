import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PlanProvider, PlanSummary } from '../../src/index.js';
import type { TreatmentPlan } from '../../src/model/index.js';
import { uniqueId } from '../helpers/provider.js';
import { sudPlan } from '../fixtures/sud-plan.js';

async function mount(plan: (id: string) => TreatmentPlan, mode: 'clinician' | 'client' = 'clinician'): Promise<PlanSummary> {
  const id = uniqueId('summary-sud');
  const provider = await fixture<PlanProvider>(
    html`<plan-provider plan-id=${id} scope="test" storage="memory" mode=${mode}><plan-summary></plan-summary></plan-provider>`,
  );
  await provider.ready;
  provider.plan = plan(id);
  const summary = provider.querySelector('plan-summary')!;
  await provider.updateComplete;
  await summary.updateComplete;
  return summary;
}

const text = (el: ParentNode) => (el.textContent ?? '').replace(/\s+/g, ' ');

describe('<plan-summary>: substance-use care and the 42 CFR Part 2 notice', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the redisclosure notice (citing § 2.32) when substance-use care is marked, also in print', async () => {
    const summary = await mount((id) => ({ ...sudPlan('section'), id }));
    const notice = summary.shadowRoot!.querySelector<HTMLElement>('[part="part2-notice"]')!;
    expect(text(notice)).to.contain('Confidential substance use disorder information — Substance-use care is protected by 42 CFR Part 2.');
    expect(text(notice)).to.contain('A general authorization to release medical information is not enough.');
    expect(text(notice)).to.contain('Notice under 42 CFR § 2.32.');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(notice).display).to.not.equal('none');
    await expect(summary).to.be.accessible();
  });

  it('has no notice when nothing is marked, and says the whole plan when the whole plan is', async () => {
    expect((await mount((id) => ({ ...sudPlan(), id }))).shadowRoot!.querySelector('[part="part2-notice"]')).to.equal(null);
    const whole = await mount((id) => ({ ...sudPlan('plan'), id }));
    expect(text(whole.shadowRoot!.querySelector('[part="part2-notice"]')!)).to.contain('The whole plan is protected by 42 CFR Part 2');
  });

  it('shows the ratings with their meaning, the confirmed level with who and when, the referral and the supports', async () => {
    const summary = await mount((id) => ({ ...sudPlan(), id }));
    const part = summary.shadowRoot!.querySelector<HTMLElement>('[part="substance-use"]')!;
    const rows = [...part.querySelectorAll('tbody tr')].map((r) => text(r).trim());
    expect(rows[0]).to.equal('Intoxication and withdrawal 1 Mild withdrawal possible, easily managed');
    expect(rows[4]).to.equal('Risk of return to use or continued problems 3 High risk; few skills to prevent return to use Drinks daily after work; few skills yet');
    expect(rows[5]).to.equal('Recovery and living environment Not rated');
    expect(text(part)).to.match(/Level of care: Intensive outpatient care, confirmed by Dr\. Ana Ruiz on .*2026\./);
    expect(text(part)).to.contain('Naltrexone — Alcohol use disorder (MAUD): Referred on');
    expect(text(part)).to.contain('prescriber: Dr. Kim, addiction medicine');
    expect(text(part)).to.contain('SMART Recovery, Tuesday evenings (Mutual-help group), weekly');
    expect(text(part)).to.contain('Serves: Walk');
    await expect(summary).to.be.accessible();
  });

  it('shows the client their referrals and supports, not the clinician’s ratings', async () => {
    const summary = await mount((id) => ({ ...sudPlan(), id }), 'client');
    const part = summary.shadowRoot!.querySelector<HTMLElement>('[part="substance-use"]')!;
    expect(part.querySelector('table')).to.equal(null);
    expect(text(part)).to.contain('Naltrexone');
    await expect(summary).to.be.accessible();
  });
});
