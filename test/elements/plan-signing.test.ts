import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { draftToSign } from '../helpers/signing.js';
import type { PlanProvider, PlanSummary } from '../../src/index.js';
import type { PlanAgreedEvent, PlanSignedEvent } from '../../src/events.js';
import { byRole } from '../helpers/by-name.js';
import { okValue } from '../helpers/result.js';
import { uniqueId } from '../helpers/provider.js';

const SIGNER = { name: 'Dr. Ana Ruiz', credentials: 'PhD', role: 'clinician' as const };
const WIDGETS = ['assessment-form', 'goal-editor', 'modality-picker', 'progress-timeline', 'plan-summary'] as const;

async function mount(mode: 'clinician' | 'client' = 'clinician', widgets: readonly string[] = ['plan-summary']): Promise<{ provider: PlanProvider; summary: PlanSummary }> {
  const planId = uniqueId('sign');
  const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${planId} scope="test" storage="memory" mode=${mode}></plan-provider>`);
  for (const tag of widgets) provider.append(document.createElement(tag));
  await provider.ready;
  provider.plan = draftToSign(planId);
  const summary = provider.querySelector('plan-summary') as PlanSummary;
  await settle(provider);
  return { provider, summary };
}

/** Lets the provider publish, the hash be read (Web Crypto) and every widget render. */
async function settle(provider: PlanProvider): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await provider.updateComplete;
    await new Promise((r) => setTimeout(r));
    for (const el of provider.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(WIDGETS.join(','))) await el.updateComplete;
  }
}

const panel = (s: PlanSummary) => s.shadowRoot!.querySelector<HTMLElement>('[part=sign-panel]')!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const notice = (el: Element) => text(el.shadowRoot!.querySelector('[part=changed-since-signed]'));

/** Opens the sign panel from the keyboard (its heading's button), as a clinician would. */
async function openPanel(summary: PlanSummary, provider: PlanProvider): Promise<void> {
  const toggle = byRole(panel(summary), 'button', /^(Agreement and signature|Your agreement)/);
  expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  toggle.focus();
  await sendKeys({ press: 'Enter' });
  await settle(provider);
}

async function click(el: HTMLElement, provider: PlanProvider): Promise<void> {
  el.click();
  await settle(provider);
}

describe('signing in <plan-summary>', () => {
  it('client mode: the client ticks "I agree", types their name and agrees; the host hears plan-agreed; the plan stays a draft', async () => {
    const { provider, summary } = await mount('client');
    await expect(summary).to.be.accessible();
    const agree = byRole(panel(summary), 'button', 'Agree');
    await click(agree, provider);
    expect(text(panel(summary).querySelector('[role=alert]'))).to.equal('Tick “I agree with this plan” first.');

    byRole(panel(summary), 'checkbox', 'I agree with this plan').click();
    byRole(panel(summary), 'textbox', 'Type your full name').focus();
    await sendKeys({ type: 'Maya K.' });
    const heard = oneEvent(provider, 'plan-agreed') as Promise<PlanAgreedEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await heard;
    expect(detail).to.deep.include({ how: 'client', name: 'Maya K.', planId: provider.planId });
    expect(detail.hash).to.match(/^[0-9a-f]{64}$/);
    await settle(provider);
    expect(text(panel(summary).querySelector('[role=status]'))).to.equal('Your agreement is recorded.');
    expect(text(panel(summary))).to.contain('You agreed with this plan on');
    // The form is gone; focus is on what it became, not lost to the page.
    expect(text(summary.shadowRoot!.activeElement)).to.contain('You agreed with this plan on');
    expect(provider.plan!.status).to.equal('draft');
    await expect(summary).to.be.accessible();
  });

  it('clinician mode: signing waits for the agreement; a verbal agreement, then the signature makes the plan active', async () => {
    const { provider, summary } = await mount();
    provider.signer = SIGNER;
    await settle(provider);
    const header = () => text(summary.shadowRoot!.querySelector('[part=header]'));
    expect(header()).to.contain('Not signed yet');
    await openPanel(summary, provider);

    await click(byRole(panel(summary), 'button', 'Sign as Dr. Ana Ruiz, PhD'), provider);
    expect(text(panel(summary).querySelector('[role=alert]'))).to.contain('The client has not agreed with this version of the plan yet');
    expect(provider.plan!.status).to.equal('draft');
    expect(provider.plan!.signatures).to.deep.equal([]);

    expect(byRole<HTMLInputElement>(panel(summary), 'textbox', 'Client who agreed aloud').value).to.equal('Maya K.');
    const agreed = oneEvent(provider, 'plan-agreed') as Promise<PlanAgreedEvent>;
    await click(byRole(panel(summary), 'button', 'Record verbal agreement'), provider);
    expect((await agreed).detail).to.deep.include({ how: 'verbal', name: 'Maya K.', recordedBy: 'Dr. Ana Ruiz' });
    expect(text(panel(summary))).to.contain('Maya K. agreed aloud on');

    const signedEvent = oneEvent(provider, 'plan-signed') as Promise<PlanSignedEvent>;
    byRole(panel(summary), 'button', 'Sign as Dr. Ana Ruiz, PhD').focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await signedEvent;
    await settle(provider);
    expect(detail).to.deep.include({ version: 1, activated: true, signer: SIGNER });
    expect(detail.hash).to.equal(provider.plan!.versions[0]!.hash);
    expect(provider.plan!.status).to.equal('active');
    expect(header()).to.contain(`Version 1 signed · SHA-256 ${detail.hash.slice(0, 12)}…`);
    expect(text(panel(summary).querySelector('[role=status]'))).to.equal('Signed. Version 1 of the plan is in force.');
    expect(text(summary.shadowRoot!.activeElement)).to.equal('This version is signed.');
    expect(text(summary.shadowRoot!.querySelector('.signatures'))).to.contain(`Dr. Ana Ruiz, PhD (Clinician) — `).and.contain(`version 1, SHA-256 ${detail.hash.slice(0, 12)}…`);
    await expect(summary).to.be.accessible();
  });

  it('an edit after signing shows "changed since signed" in every widget’s header and the summary; signing again makes version 2 with a new hash', async () => {
    const { provider, summary } = await mount('clinician', WIDGETS);
    provider.signer = SIGNER;
    okValue(await provider.agree({ how: 'verbal', name: 'Maya K.' }));
    okValue(await provider.sign());
    await settle(provider);
    const widgets = WIDGETS.map((tag) => provider.querySelector(tag)!);
    for (const w of widgets) expect(notice(w), w.localName).to.equal('');
    const firstHash = provider.plan!.versions[0]!.hash!;

    provider.store!.dispatch({ type: 'objective/update', objectiveId: 'o1', fields: { dueDate: '2026-06-01' } });
    await settle(provider);
    for (const w of widgets) expect(notice(w), w.localName).to.equal('Changed since signed version 1: the signed version stays in force until the plan is signed again.');
    expect(text(summary.shadowRoot!.querySelector('.signing-now'))).to.equal('The plan shown here has changed since version 1 was signed; it needs signing again.');
    await openPanel(summary, provider);
    expect(text(panel(summary))).to.contain('The client has not agreed with this version of the plan yet.');
    await expect(provider).to.be.accessible();

    await click(byRole(panel(summary), 'button', 'Record verbal agreement'), provider);
    const signed = oneEvent(provider, 'plan-signed') as Promise<PlanSignedEvent>;
    await click(byRole(panel(summary), 'button', 'Sign as Dr. Ana Ruiz, PhD'), provider);
    const { detail } = await signed;
    expect(detail).to.deep.include({ version: 2, activated: false });
    expect(detail.hash).to.not.equal(firstHash);
    await settle(provider);
    for (const w of widgets) expect(notice(w), w.localName).to.equal('');
    expect(provider.plan!.versions.map((v) => v.version)).to.deep.equal([1, 2]);
  });

  it('client mode words the change for the client', async () => {
    const { provider, summary } = await mount('client');
    provider.signer = SIGNER;
    okValue(await provider.agree({ name: 'Maya K.' }));
    okValue(await provider.sign());
    provider.store!.dispatch({ type: 'goal/update', goalId: 'g1', fields: { clinicalText: 'No panic attacks' } });
    await settle(provider);
    expect(notice(summary)).to.equal('This plan has changed since version 1 was signed. Your clinician will go through the changes with you.');
  });

  it('without a signer from the page, says what is missing and sign() refuses with a reason', async () => {
    const { provider, summary } = await mount();
    await openPanel(summary, provider);
    expect(text(panel(summary))).to.contain('Signing needs the signed-in clinician');
    const r = await provider.sign();
    expect(r.ok).to.equal(false);
    expect(r.ok ? '' : r.error.message).to.contain('provider.signer');
    provider.signer = { name: '', role: 'clinician' };
    const invalid = await provider.sign();
    expect(invalid.ok ? '' : invalid.error.message).to.contain('signer is not valid');
  });

  it('provider.agree() on content that changes while the hash is read is refused (plan-changed-while-signing)', async () => {
    const { provider } = await mount();
    const pending = provider.agree({ name: 'Maya K.' });
    provider.store!.dispatch({ type: 'goal/update', goalId: 'g1', fields: { clinicalText: 'Edited meanwhile' } });
    const r = await pending;
    expect(r.ok ? '' : r.error.refusal?.code).to.equal('plan-changed-while-signing');
    expect(provider.plan!.agreements).to.deep.equal([]);
  });
});
