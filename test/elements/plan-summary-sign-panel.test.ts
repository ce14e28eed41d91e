// The summary's agreement-and-signature panel folds like the other long parts: a button with
// aria-expanded under its heading, the sign state beside its name whether open or closed, open by
// itself only when there is something to do in it now.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { draftToSign } from '../helpers/signing.js';
import { settleSummary, summaryToSign } from '../helpers/summary-to-sign.js';
import type { PlanProvider, PlanSummary } from '../../src/index.js';
import { openByDefault } from '../../src/elements/plan-summary/sign-panel.js';
import { byRole } from '../helpers/by-name.js';
import { okValue } from '../helpers/result.js';
import { uniqueId } from '../helpers/provider.js';


const settle = settleSummary;

type Stage = 'draft' | 'agreed' | 'signed' | 'changed';

/** A summary in `mode` over a plan at `stage`, reached the way a page does (provider.agree / sign, an edit). */
async function mount(mode: 'clinician' | 'client', stage: Stage, signer = true): Promise<{ provider: PlanProvider; summary: PlanSummary }> {
  const { provider, summary } = await summaryToSign(mode, 'fold');
  if (stage !== 'draft') okValue(await provider.agree({ name: 'Maya K.' }));
  if (stage === 'signed' || stage === 'changed') okValue(await provider.sign());
  if (stage === 'changed') provider.store!.dispatch({ type: 'goal/update', goalId: 'g1', fields: { clinicalText: 'No panic attacks' } });
  if (!signer) provider.signer = undefined;
  await settle(provider, summary);
  return { provider, summary };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const panel = (s: PlanSummary) => s.shadowRoot!.querySelector<HTMLElement>('[part=sign-panel]')!;
const toggle = (s: PlanSummary) => panel(s).querySelector<HTMLButtonElement>('[part=sign-toggle]')!;
const stateLine = (s: PlanSummary) => text(panel(s).querySelector('[part=sign-state]'));
const isOpen = (s: PlanSummary) => toggle(s).getAttribute('aria-expanded') === 'true';
/** What the panel holds below its heading (nothing when closed). */
const body = (s: PlanSummary) => panel(s).querySelector<HTMLElement>('#sign-panel-body');

describe('the sign panel folds', () => {
  it('opens and closes from the keyboard (Enter, Space); closed, it renders nothing inside but says the sign state; accessible both ways', async () => {
    const { provider, summary } = await mount('clinician', 'draft');
    const button = byRole(panel(summary), 'button', 'Agreement and signature Not signed yet · The client has not agreed yet');
    expect(button.closest('h4'), 'the button is the heading (under the section’s h3)').to.not.equal(null);
    expect(isOpen(summary)).to.equal(false);
    expect(body(summary)).to.equal(null);
    expect(panel(summary).querySelector('form, input, [part=sign-panel] button:not([part=sign-toggle])')).to.equal(null);
    await expect(summary).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(provider, summary);
    expect(isOpen(summary)).to.equal(true);
    expect(toggle(summary).getAttribute('aria-controls')).to.equal(body(summary)!.id);
    expect(byRole<HTMLInputElement>(body(summary)!, 'textbox', 'Client who agreed aloud').value).to.equal('Maya K.');
    byRole(body(summary)!, 'button', 'Sign as Dr. Ana Ruiz, PhD');
    // Still the same sign state beside the name, and focus stays on the button that was pressed.
    expect(stateLine(summary)).to.equal('Not signed yet · The client has not agreed yet');
    expect(summary.shadowRoot!.activeElement).to.equal(toggle(summary));
    await expect(summary).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await settle(provider, summary);
    expect(isOpen(summary)).to.equal(false);
    expect(body(summary)).to.equal(null);
    expect(summary.shadowRoot!.activeElement).to.equal(toggle(summary));
  });

  // Closed or open by itself, and the state it says, at each step from draft to changed-since-signed.
  const CASES: { mode: 'clinician' | 'client'; stage: Stage; signer?: false; open: boolean; state: string }[] = [
    { mode: 'clinician', stage: 'draft', open: false, state: 'Not signed yet · The client has not agreed yet' },
    { mode: 'clinician', stage: 'agreed', open: true, state: 'Not signed yet · Maya K. agreed' },
    { mode: 'clinician', stage: 'agreed', signer: false, open: false, state: 'Not signed yet · Maya K. agreed' },
    { mode: 'clinician', stage: 'signed', open: false, state: 'Version 1 signed by Dr. Ana Ruiz, PhD · Maya K. agreed' },
    { mode: 'clinician', stage: 'changed', open: false, state: 'Changed since signed version 1 · The client has not agreed yet' },
    { mode: 'client', stage: 'draft', open: true, state: 'Not signed yet · Waiting for your agreement' },
    { mode: 'client', stage: 'agreed', open: false, state: 'Not signed yet · You agreed' },
    { mode: 'client', stage: 'signed', open: false, state: 'Version 1 signed by Dr. Ana Ruiz, PhD · You agreed' },
    { mode: 'client', stage: 'changed', open: true, state: 'Changed since signed version 1 · Waiting for your agreement' },
  ];
  for (const c of CASES) {
    it(`${c.mode}, ${c.stage}${c.signer === false ? ' (no signer)' : ''}: ${c.open ? 'open' : 'closed'}, "${c.state}"`, async () => {
      const { summary } = await mount(c.mode, c.stage, c.signer ?? true);
      expect(stateLine(summary)).to.equal(c.state);
      expect(isOpen(summary)).to.equal(c.open);
      expect(body(summary) !== null).to.equal(c.open);
    });
  }

  it('signatures and agreements stay printed above the closed panel', async () => {
    const { summary } = await mount('clinician', 'signed');
    expect(isOpen(summary)).to.equal(false);
    const record = summary.shadowRoot!.querySelector('.signatures')!;
    expect(text(record)).to.contain('Dr. Ana Ruiz, PhD (Clinician)').and.contain('version 1, SHA-256');
    expect(text(summary.shadowRoot!.querySelector('.agreements'))).to.contain('Maya K. agreed (typed name)');
    expect(record.compareDocumentPosition(panel(summary)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('stays as the user left it while the plan changes; another plan starts from its own default', async () => {
    const { provider, summary } = await mount('client', 'draft');
    expect(isOpen(summary)).to.equal(true);
    toggle(summary).click();
    await settle(provider, summary);
    expect(isOpen(summary)).to.equal(false);

    provider.store!.dispatch({ type: 'goal/update', goalId: 'g1', fields: { clinicalText: 'Calmer mornings' } });
    await settle(provider, summary);
    expect(isOpen(summary), 'an edit does not reopen it').to.equal(false);

    const next = uniqueId('fold-next');
    provider.planId = next;
    provider.plan = draftToSign(next);
    await settle(provider, summary);
    expect(isOpen(summary), 'the next client’s plan opens for their agreement').to.equal(true);
  });

  it('does not close under the client’s hands when their agreement is recorded; focus goes to the agreement', async () => {
    const { provider, summary } = await mount('client', 'draft');
    byRole(body(summary)!, 'checkbox', 'I agree with this plan').click();
    byRole(body(summary)!, 'textbox', 'Type your full name').focus();
    await sendKeys({ type: 'Maya K.' });
    await sendKeys({ press: 'Enter' });
    await settle(provider, summary);
    expect(provider.plan!.agreements.length).to.equal(1);
    // By default an agreed plan's panel is closed in client mode; the client was working in it, so it stays open.
    expect(isOpen(summary)).to.equal(true);
    expect(stateLine(summary)).to.equal('Not signed yet · You agreed');
    expect(text(summary.shadowRoot!.activeElement)).to.contain('You agreed with this plan on');
  });

  it('closing the panel clears its last announcement (the state line says where things stand)', async () => {
    const { provider, summary } = await mount('clinician', 'agreed');
    const status = () => text(panel(summary).querySelector('[role=status]'));
    byRole(body(summary)!, 'button', 'Sign as Dr. Ana Ruiz, PhD').click();
    await settle(provider, summary);
    expect(status()).to.equal('Signed. Version 1 of the plan is in force.');
    expect(isOpen(summary), 'open after signing: the user acted in it').to.equal(true);
    toggle(summary).click();
    await settle(provider, summary);
    expect(status()).to.equal('');
    expect(stateLine(summary)).to.equal('Version 1 signed by Dr. Ana Ruiz, PhD · Maya K. agreed');
  });
});

describe('openByDefault (when the sign panel opens by itself)', () => {
  const ROWS: [what: string, input: Parameters<typeof openByDefault>[0], open: boolean][] = [
    ['client, not agreed', { client: true, agreed: false, signedNow: false, signer: true }, true],
    ['client, not agreed, signed version changed', { client: true, agreed: false, signedNow: false, signer: false }, true],
    ['client, agreed', { client: true, agreed: true, signedNow: false, signer: true }, false],
    ['client, agreed and signed', { client: true, agreed: true, signedNow: true, signer: true }, false],
    ['clinician, nobody agreed', { client: false, agreed: false, signedNow: false, signer: true }, false],
    ['clinician, agreed, to sign', { client: false, agreed: true, signedNow: false, signer: true }, true],
    ['clinician, agreed, no signer from the page', { client: false, agreed: true, signedNow: false, signer: false }, false],
    ['clinician, agreed and signed', { client: false, agreed: true, signedNow: true, signer: true }, false],
    ['clinician, signed, no agreement recorded', { client: false, agreed: false, signedNow: true, signer: true }, false],
    ['client, agreement still being read', { client: true, agreed: undefined, signedNow: false, signer: true }, false],
    ['clinician, agreement still being read', { client: false, agreed: undefined, signedNow: false, signer: true }, false],
  ];
  for (const [what, input, open] of ROWS) {
    it(`${what} → ${open ? 'open' : 'closed'}`, () => expect(openByDefault(input)).to.equal(open));
  }
});
