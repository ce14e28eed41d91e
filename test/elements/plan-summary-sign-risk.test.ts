// Signing while a suicide-risk flag is open: the clinician's sign panel says so in its heading (seen
// folded) and before the sign button, and says whether a safety plan is missing. It never blocks
// signing (the clinician decides); the client's panel says nothing of it.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { PHQ9 } from '../../src/clinical/instruments/index.js';
import type { PlanProvider, PlanSignedEvent, PlanSummary, RiskFlagEntry } from '../../src/index.js';
import { settleSummary, summaryToSign } from '../helpers/summary-to-sign.js';
import { byRole } from '../helpers/by-name.js';
import { okValue } from '../helpers/result.js';

const NOTICE_ONE = '1 risk flag is not acknowledged yet: review it in the progress timeline before signing.';
const NO_SAFETY_PLAN = 'This plan has no safety plan yet';

const mount = (mode: 'clinician' | 'client') => summaryToSign(mode, 'sign-risk');
const settle = settleSummary;

/** PHQ-9 question 9 answered in the form (`value` 1: "Several days"), as the assessment form sends it. */
const answerItem9 = (p: PlanProvider, value = 1) =>
  okValue(p.store!.dispatch({ type: 'assessment/update-instrument-draft', instrumentId: 'phq9', instrument: PHQ9, answers: { 'phq9-9': value } }));
const openFlags = (p: PlanProvider) => p.plan!.timeline.filter((e): e is RiskFlagEntry => e.kind === 'risk-flag' && !e.acknowledgedAt);

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const panel = (s: PlanSummary) => s.shadowRoot!.querySelector<HTMLElement>('[part=sign-panel]')!;
const toggle = (s: PlanSummary) => panel(s).querySelector<HTMLButtonElement>('[part=sign-toggle]')!;
const stateLine = (s: PlanSummary) => text(panel(s).querySelector('[part=sign-state]'));
const notice = (s: PlanSummary) => panel(s).querySelector<HTMLElement>('[part=sign-risk-notice]');

async function openPanel(provider: PlanProvider, summary: PlanSummary): Promise<void> {
  if (toggle(summary).getAttribute('aria-expanded') === 'true') return;
  toggle(summary).focus();
  await sendKeys({ press: 'Enter' });
  await settle(provider, summary);
}

describe('the sign panel and open risk flags', () => {
  it('no open flag: no notice, the heading says only the sign state', async () => {
    const { provider, summary } = await mount('clinician');
    await openPanel(provider, summary);
    expect(stateLine(summary)).to.equal('Not signed yet · The client has not agreed yet');
    expect(notice(summary)).to.equal(null);
    expect(byRole(panel(summary), 'button', 'Sign as Dr. Ana Ruiz, PhD').getAttribute('aria-describedby')).to.equal('sign-hint');
  });

  it('an open flag: said in the folded heading and before the sign button; a safety plan and an acknowledgement take it away step by step; signing is never blocked', async () => {
    const { provider, summary } = await mount('clinician');
    answerItem9(provider);
    await settle(provider, summary);
    expect(openFlags(provider)).to.have.length(1);
    // Folded: the heading carries it.
    expect(toggle(summary).getAttribute('aria-expanded')).to.equal('false');
    expect(stateLine(summary)).to.equal('Not signed yet · The client has not agreed yet · 1 risk flag not acknowledged');
    expect(text(toggle(summary))).to.contain('1 risk flag not acknowledged');
    await expect(summary).to.be.accessible();

    await openPanel(provider, summary);
    const sign = byRole<HTMLButtonElement>(panel(summary), 'button', 'Sign as Dr. Ana Ruiz, PhD');
    const n = notice(summary)!;
    expect(text(n)).to.contain(NOTICE_ONE).and.contain(NO_SAFETY_PLAN);
    // Before the sign button, and the button is described by it (heard on reaching the button).
    expect(n.compareDocumentPosition(sign) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(sign.getAttribute('aria-describedby')!.split(' ')).to.include.members(['sign-hint', n.id]);
    expect(sign.disabled).to.equal(false);
    await expect(summary).to.be.accessible();

    // A safety plan written: the notice keeps the flag, drops the missing plan.
    okValue(provider.store!.dispatch({ type: 'safety/add-plan' }));
    await settle(provider, summary);
    expect(text(notice(summary))).to.contain(NOTICE_ONE).and.not.contain(NO_SAFETY_PLAN);

    // Not blocked: agreed and signed with the flag still open.
    okValue(await provider.agree({ name: 'Maya K.' }));
    await settle(provider, summary);
    const signedEvent = oneEvent(provider, 'plan-signed') as Promise<PlanSignedEvent>;
    byRole(panel(summary), 'button', 'Sign as Dr. Ana Ruiz, PhD').click();
    expect((await signedEvent).detail.version).to.equal(1);
    await settle(provider, summary);
    expect(stateLine(summary)).to.contain('1 risk flag not acknowledged');

    // Acknowledged (as the progress timeline does): gone from the heading and the panel.
    okValue(provider.store!.dispatch({ type: 'progress/acknowledge-risk-flag', entryId: openFlags(provider)[0]!.id }));
    await settle(provider, summary);
    expect(stateLine(summary)).to.not.contain('risk flag');
    expect(notice(summary)).to.equal(null);
  });

  it('two open flags are counted; an answer changed back before saving (withdrawn) is not open', async () => {
    const { provider, summary } = await mount('clinician');
    answerItem9(provider);
    okValue(provider.store!.dispatch({ type: 'progress/acknowledge-risk-flag', entryId: openFlags(provider)[0]!.id }));
    await settle(provider, summary);
    expect(stateLine(summary)).to.not.contain('risk flag');
    // Flags of three more administrations (as an import or another device brings them): two open, one withdrawn.
    const withTwo = structuredClone(provider.plan!);
    const { acknowledgedAt: _, ...first } = withTwo.timeline.find((e): e is RiskFlagEntry => e.kind === 'risk-flag')!;
    withTwo.timeline.push(
      { ...first, id: 'rf-2', administrationId: 'adm-2' },
      { ...first, id: 'rf-3', administrationId: 'adm-3' },
      { ...first, id: 'rf-4', administrationId: 'adm-4', withdrawnAt: '2026-03-02T08:00:00.000Z' },
    );
    provider.plan = { ...withTwo, revision: withTwo.revision + 1 };
    await settle(provider, summary);
    expect(stateLine(summary)).to.contain('· 2 risk flags not acknowledged');
    await openPanel(provider, summary);
    expect(text(notice(summary))).to.contain('2 risk flags are not acknowledged yet: review them in the progress timeline before signing.');
  });

  it('client mode: the client’s panel says nothing of risk flags', async () => {
    const { provider, summary } = await mount('client');
    answerItem9(provider);
    await settle(provider, summary);
    await openPanel(provider, summary);
    expect(stateLine(summary)).to.not.contain('risk flag');
    expect(notice(summary)).to.equal(null);
    expect(text(panel(summary))).to.not.contain('risk flag');
    await expect(summary).to.be.accessible();
  });
});
