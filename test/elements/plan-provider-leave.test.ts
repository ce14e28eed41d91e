import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PlanProvider } from '../../src/index.js';
import { uniqueId } from '../helpers/provider.js';

// A portal page in an iframe (test/fixtures/draft-frame.html, autosave 60 s so only leaving can
// save): type into a widget, follow a link at once, come back — the text is there.

const SCOPE = 'leave-test';

function frameReady(planId: string): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent<{ ready?: string }>) => {
      if (e.data?.ready !== planId) return;
      window.removeEventListener('message', onMessage);
      resolve();
    };
    window.addEventListener('message', onMessage);
  });
}

function loaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

async function openFrame(frame: HTMLIFrameElement, planId: string, keyHex?: string): Promise<PlanProvider> {
  const ready = frameReady(planId);
  frame.src = `/test/fixtures/draft-frame.html?plan=${planId}${keyHex ? `&key=${keyHex}` : ''}`;
  await ready;
  return frame.contentDocument!.querySelector('plan-provider') as PlanProvider;
}

function concernsBox(provider: PlanProvider): HTMLTextAreaElement {
  const form = provider.querySelector('assessment-form')!;
  return form.shadowRoot!.querySelector<HTMLTextAreaElement>('#f-concerns-inOwnWords')!;
}

async function typeThenFollowLink(frame: HTMLIFrameElement, provider: PlanProvider, text: string): Promise<void> {
  concernsBox(provider).focus();
  await sendKeys({ type: text });
  expect(provider.plan!.assessment.intake.concerns.inOwnWords, 'the keystrokes reached the plan').to.equal(text);
  expect(provider.dirty, 'nothing was saved before leaving').to.equal(true);
  const away = loaded(frame);
  frame.contentDocument!.querySelector<HTMLAnchorElement>('#away')!.click();
  await away;
  expect(frame.contentDocument!.title).to.equal('Away');
}

describe('<plan-provider>: leaving the page never loses work', () => {
  let frame: HTMLIFrameElement;
  beforeEach(() => {
    frame = document.createElement('iframe');
    frame.title = 'Portal page';
    document.body.append(frame);
  });
  afterEach(() => frame.remove());

  it('keeps text typed right before a link is followed (IndexedDB), and the page stays accessible', async () => {
    const planId = uniqueId('leave');
    const provider = await openFrame(frame, planId);
    (window as unknown as { leaveLog: string[] }).leaveLog = [];
    await typeThenFollowLink(frame, provider, 'Panic on the bus');
    console.log('LOG', (window as unknown as { leaveLog: string[] }).leaveLog.join(' | '));

    const back = await openFrame(frame, planId);
    if (!back.plan!.assessment.intake.concerns.inOwnWords) console.log('DIAG', JSON.stringify(await rawRecords(planId)).slice(0, 300));
    expect(back.plan!.assessment.intake.concerns.inOwnWords).to.equal('Panic on the bus');
    await back.querySelector('assessment-form')!.updateComplete;
    expect(concernsBox(back).value).to.equal('Panic on the bus');
    await expect(frame).to.be.accessible();
  });

  it('keeps it with encryptionKey, and what was left is stored encrypted', async () => {
    const planId = uniqueId('leave-enc');
    const keyHex = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
    const provider = await openFrame(frame, planId, keyHex);
    // The ciphertext of the newest plan is made right after each change, off the keystroke.
    await typeThenFollowLink(frame, provider, 'Secret words');

    const raw = await rawRecords(planId);
    expect(raw.length, 'a pending record was written').to.be.greaterThan(0);
    expect(JSON.stringify(raw.map((r) => ({ ...r, encrypted: undefined, encryptedBase: undefined })))).to.not.contain('Secret words');

    const back = await openFrame(frame, planId, keyHex);
    expect(back.plan!.assessment.intake.concerns.inOwnWords).to.equal('Secret words');
  });
});

/** Every record of `planId` in the kit's database (draft and pending), as stored. */
async function rawRecords(planId: string): Promise<Record<string, unknown>[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open('tailored-plan-kit');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const all = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const r = db.transaction('drafts').objectStore('drafts').getAll(IDBKeyRange.bound([SCOPE, planId], [SCOPE, `${planId}\uffff`]));
    r.onsuccess = () => resolve(r.result as Record<string, unknown>[]);
    r.onerror = () => reject(r.error);
  });
  db.close();
  return all;
}
