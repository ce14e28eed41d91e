// A `<plan-summary>` over a draft ready to sign, as a page shows it: the provider holds the plan and
// the signed-in clinician. Shared by the sign-panel tests.
import { fixture, html } from '@open-wc/testing';
import type { PlanProvider, PlanSummary } from '../../src/index.js';
import { uniqueId } from './provider.js';
import { CLINICIAN, draftToSign } from './signing.js';

/** Lets the provider publish, the content hash be read (Web Crypto) and the summary render. */
export async function settleSummary(provider: PlanProvider, summary: PlanSummary): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await provider.updateComplete;
    await new Promise((r) => setTimeout(r));
    await summary.updateComplete;
  }
}

/** A summary in `mode` over `draftToSign`, with `CLINICIAN` signed in, rendered. */
export async function summaryToSign(mode: 'clinician' | 'client', idPrefix: string): Promise<{ provider: PlanProvider; summary: PlanSummary }> {
  const planId = uniqueId(idPrefix);
  const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${planId} scope="test" storage="memory" mode=${mode}><plan-summary></plan-summary></plan-provider>`);
  await provider.ready;
  provider.plan = draftToSign(planId);
  provider.signer = CLINICIAN;
  const summary = provider.querySelector('plan-summary') as PlanSummary;
  await settleSummary(provider, summary);
  return { provider, summary };
}
