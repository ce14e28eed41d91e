import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PlanProvider, TreatmentPlan } from '../../src/index.js';
import { allObjectives } from '../../src/plan/tree.js';
import { goalsPlan, pickerPlan } from '../fixtures/typing-plans.js';
import { uniqueId } from '../helpers/provider.js';
import { byRole } from '../helpers/by-name.js';

// A portal page in an iframe (test/fixtures/draft-frame.html, autosave 60 s so only leaving can
// save): type into a widget, follow a link at once, come back — the text is there. Every widget with
// text fields: assessment-form (client's words), goal-editor (goal and objective wording),
// modality-picker (homework, an approach's rationale).

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

type Widget = 'assessment-form' | 'goal-editor' | 'modality-picker';

async function openFrame(frame: HTMLIFrameElement, planId: string, keyHex?: string, widget: Widget = 'assessment-form'): Promise<PlanProvider> {
  const ready = frameReady(planId);
  frame.src = `/test/fixtures/draft-frame.html?plan=${planId}&widget=${widget}${keyHex ? `&key=${keyHex}` : ''}`;
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
  await followLink(frame, provider);
}

/** The widget's shadow root in the frame, after its last render. */
async function widgetRoot(provider: PlanProvider, tag: Widget): Promise<ShadowRoot> {
  const widget = provider.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  await widget.updateComplete;
  return widget.shadowRoot!;
}

/** Types into `field` with real key events; the field keeps focus (no `change`). */
async function typeInto(field: HTMLElement, text: string): Promise<void> {
  field.focus();
  await sendKeys({ type: text });
}

/** The host hands over a plan with a goal (and an approach), saved before any typing. */
async function withSavedPlan(provider: PlanProvider, plan: TreatmentPlan): Promise<void> {
  provider.plan = plan;
  await provider.flush();
  expect(provider.dirty).to.equal(false);
}

async function followLink(frame: HTMLIFrameElement, provider: PlanProvider): Promise<void> {
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
    await typeThenFollowLink(frame, provider, 'Panic on the bus');

    const back = await openFrame(frame, planId);
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

  it('goal-editor: keeps a goal’s and an objective’s wording typed right before a link is followed', async () => {
    const planId = uniqueId('leave-goals');
    const provider = await openFrame(frame, planId, undefined, 'goal-editor');
    await withSavedPlan(provider, goalsPlan(planId));
    let root = await widgetRoot(provider, 'goal-editor');
    await typeInto(byRole<HTMLTextAreaElement>(root, 'textbox', "Client's own words"), ' every day');
    byRole(root, 'button', /^Edit details/).click();
    root = await widgetRoot(provider, 'goal-editor');
    await typeInto(byRole<HTMLTextAreaElement>(root, 'textbox', 'Objective (clinical wording)'), ' by March');
    expect(allObjectives(provider.plan!)[0]!.clinicalText, 'the keystrokes reached the plan').to.equal('Panic attacks from 7 to 1 per week by March');
    await followLink(frame, provider);

    const back = await openFrame(frame, planId, undefined, 'goal-editor');
    expect(back.plan!.problems[0]!.goals[0]!.clientWords).to.equal('Take the train again every day');
    expect(allObjectives(back.plan!)[0]!.clinicalText).to.equal('Panic attacks from 7 to 1 per week by March');
    const shown = await widgetRoot(back, 'goal-editor');
    expect(byRole<HTMLTextAreaElement>(shown, 'textbox', "Client's own words").value).to.equal('Take the train again every day');
    await expect(frame).to.be.accessible();
  });

  it('modality-picker: keeps homework and an approach’s rationale typed right before a link is followed', async () => {
    const planId = uniqueId('leave-picker');
    const provider = await openFrame(frame, planId, undefined, 'modality-picker');
    await withSavedPlan(provider, pickerPlan(planId));
    const root = await widgetRoot(provider, 'modality-picker');
    await typeInto(root.querySelector<HTMLTextAreaElement>('#hw-iv1-hw1-what')!, ' at 9 pm');
    await typeInto(root.querySelector<HTMLTextAreaElement>('#iv-iv1-rationale')!, 'Panic with avoidance');
    expect(provider.plan!.interventions[0]!.rationale, 'the keystrokes reached the plan').to.equal('Panic with avoidance');
    await followLink(frame, provider);

    const back = await openFrame(frame, planId, undefined, 'modality-picker');
    expect(back.plan!.interventions[0]!.homework[0]!.what).to.equal('Breathing practice at 9 pm');
    expect(back.plan!.interventions[0]!.rationale).to.equal('Panic with avoidance');
    const shown = await widgetRoot(back, 'modality-picker');
    expect(shown.querySelector<HTMLTextAreaElement>('#iv-iv1-rationale')!.value).to.equal('Panic with avoidance');
    await expect(frame).to.be.accessible();
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
