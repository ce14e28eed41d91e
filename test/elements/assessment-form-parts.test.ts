// The form's collapsible parts, driven as a user does: which part opens first, the completion state
// in words as answers are given, opening and closing by keyboard, validation opening the part with
// the problem, and a critical-item alert that stays in view when its questionnaire is closed.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../src/define.js';
import type { AssessmentForm } from '../../src/elements/assessment-form/assessment-form.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import { PHQ9 } from '../../src/clinical/instruments/index.js';
import { openPart, toggleButton } from '../helpers/disclosures.js';
import { uniqueId } from '../helpers/provider.js';

async function setup(sections: string, instruments: string) {
  const id = uniqueId('parts');
  const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${id} scope=${id} storage="memory" autosave-delay="0"
    ><assessment-form sections=${sections} instruments=${instruments}></assessment-form
  ></plan-provider>`);
  await provider.ready;
  const form = provider.querySelector<AssessmentForm>('assessment-form')!;
  await form.updateComplete;
  return { provider, form, root: form.shadowRoot! };
}

const expanded = (root: ShadowRoot, key: string) => toggleButton(root, key).getAttribute('aria-expanded');
const state = (root: ShadowRoot, key: string) => toggleButton(root, key).querySelector('.state')!.textContent!.trim();

async function typeInto(form: AssessmentForm, field: HTMLTextAreaElement, text: string) {
  field.focus();
  await sendKeys({ type: text });
  await form.updateComplete;
}

describe('<assessment-form> collapsible parts', () => {
  it('opens the first part not complete; the others are closed, say how far they are and render no fields', async () => {
    const { provider, form, root } = await setup('concerns strengths', 'phq9');
    expect(expanded(root, 'concerns')).to.equal('true');
    expect(expanded(root, 'strengths')).to.equal('false');
    expect(expanded(root, 'i:phq9')).to.equal('false');
    expect(state(root, 'strengths')).to.equal('Not started');
    expect(state(root, 'i:phq9')).to.equal('Not started');
    expect(root.querySelector('#f-strengths-text'), 'a closed part renders no fields').to.equal(null);
    expect(root.querySelector('input[name="phq9-phq9-1"]')).to.equal(null);
    await expect(form).to.be.accessible();

    // A plan whose intake is filled in opens the questionnaire instead.
    provider.store!.dispatch({ type: 'intake/update', section: 'concerns', values: { inOwnWords: 'Panic on the bus.', hopesToChange: 'Ride it again.', areas: ['panic'] } });
    provider.store!.dispatch({ type: 'intake/update', section: 'strengths', values: { text: 'Stubborn, in a good way.' } });
    await form.updateComplete;
    expect(state(root, 'concerns')).to.equal('Complete');
    expect(expanded(root, 'concerns')).to.equal('false');
    expect(expanded(root, 'i:phq9')).to.equal('true');
  });

  it('the completion state follows the answers as they are typed and chosen', async () => {
    const { form, root } = await setup('concerns', 'phq2');
    // Clinician mode: own words, hopes and the concern areas.
    expect(state(root, 'concerns')).to.equal('Not started');
    await typeInto(form, root.querySelector<HTMLTextAreaElement>('#f-concerns-inOwnWords')!, 'Low mood');
    expect(state(root, 'concerns')).to.equal('1 of 3 answered');
    await typeInto(form, root.querySelector<HTMLTextAreaElement>('#f-concerns-hopesToChange')!, 'Sleep');
    expect(state(root, 'concerns')).to.equal('2 of 3 answered');
    // Answering the last question does not close the part under the user's hands.
    root.querySelector<HTMLInputElement>('input[data-area="depression"], input[type="checkbox"]')!.click();
    await form.updateComplete;
    expect(state(root, 'concerns')).to.equal('Complete');
    expect(expanded(root, 'concerns')).to.equal('true');

    await openPart(form, 'i:phq2');
    root.querySelector<HTMLInputElement>('input[name="phq2-phq2-1"][value="1"]')!.click();
    await form.updateComplete;
    expect(state(root, 'i:phq2')).to.equal('1 of 2 answered');
    root.querySelector<HTMLInputElement>('input[name="phq2-phq2-2"][value="0"]')!.click();
    await form.updateComplete;
    expect(state(root, 'i:phq2')).to.equal('Complete');
    [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save PHQ-2 result')!.click();
    await form.updateComplete;
    expect(state(root, 'i:phq2')).to.match(/^Complete, saved /);
  });

  it('every part opens and closes from the keyboard, and its button says whether it is open', async () => {
    const { form, root } = await setup('concerns history', 'gad2');
    // The skip links come first in the widget; start at the first part's own button.
    toggleButton(root, 'concerns').focus();
    expect(root.activeElement).to.equal(toggleButton(root, 'concerns'));
    // Close the open part, then Tab to the next part's button and open it with Enter, then Space.
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(expanded(root, 'concerns')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(toggleButton(root, 'history'));
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(expanded(root, 'history')).to.equal('true');
    const body = root.getElementById(toggleButton(root, 'history').getAttribute('aria-controls')!);
    expect(body, 'the button controls the body it opened').to.not.equal(null);
    expect(body!.querySelector('#f-history-physical')).to.not.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id, 'Tab goes into the part just opened').to.equal('f-history-physical');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Space' });
    await form.updateComplete;
    expect(expanded(root, 'history')).to.equal('false');
    await expect(form).to.be.accessible();
  });

  it('"Complete assessment" and reportValidity() open the part with the first problem and focus its field', async () => {
    const { provider, form, root } = await setup('strengths concerns', 'phq2');
    // The user closes everything, then asks to complete.
    for (const key of ['strengths', 'concerns', 'i:phq2']) if (expanded(root, key) === 'true') toggleButton(root, key).click();
    await form.updateComplete;
    root.querySelector<HTMLButtonElement>('[part="complete-button"]')!.click();
    await form.updateComplete;
    await form.updateComplete;
    expect(expanded(root, 'concerns')).to.equal('true');
    expect(expanded(root, 'strengths'), 'a part with nothing required stays closed').to.equal('false');
    expect(root.activeElement?.id).to.equal('f-concerns-inOwnWords');
    expect(root.querySelector('[part="error-summary"]')!.textContent).to.contain('answers are still needed');

    await typeInto(form, root.querySelector<HTMLTextAreaElement>('#f-concerns-inOwnWords')!, 'Low mood since the redundancy.');
    toggleButton(root, 'concerns').click();
    await form.updateComplete;
    expect(form.reportValidity()).to.equal(false);
    await form.updateComplete;
    expect(expanded(root, 'i:phq2')).to.equal('true');
    expect((root.activeElement as HTMLInputElement).name).to.equal('phq2-phq2-1');
    expect(provider.plan!.assessment.completedAt).to.equal(undefined);
  });

  it('submitting the host form opens the part with the problem and focuses its field', async () => {
    const host = document.createElement('form');
    document.body.append(host);
    after(() => host.remove());
    const id = uniqueId('submit');
    render(html`<plan-provider plan-id=${id} scope=${id} storage="memory"
        ><assessment-form name="assessment" sections="strengths concerns" instruments=""></assessment-form
      ></plan-provider><button>Send</button>`, host);
    const provider = host.querySelector('plan-provider')!;
    await provider.updateComplete;
    await provider.ready;
    const form = host.querySelector<AssessmentForm>('assessment-form')!;
    await form.updateComplete;
    const root = form.shadowRoot!;
    for (const key of ['strengths', 'concerns']) if (expanded(root, key) === 'true') toggleButton(root, key).click();
    await form.updateComplete;
    let sent = 0;
    host.addEventListener('submit', (e) => {
      e.preventDefault();
      sent++;
    });
    const invalid = oneEvent(form, 'invalid');
    host.querySelector<HTMLButtonElement>('button:not([data-toggle])')!.focus();
    await sendKeys({ press: 'Enter' });
    await invalid;
    await form.updateComplete;
    expect(sent).to.equal(0);
    expect(expanded(root, 'concerns')).to.equal('true');
    expect(root.activeElement?.id).to.equal('f-concerns-inOwnWords');
  });

  it('a positive critical item stays in view, in words, with its questionnaire closed', async () => {
    const { provider, form, root } = await setup('', 'phq9');
    expect(expanded(root, 'i:phq9')).to.equal('true');
    const flagged = oneEvent(provider, 'risk-flag');
    root.querySelector<HTMLInputElement>('input[name="phq9-phq9-9"][value="1"]')!.click();
    await form.updateComplete;
    await flagged;
    toggleButton(root, 'i:phq9').click();
    await form.updateComplete;
    expect(expanded(root, 'i:phq9')).to.equal('false');
    expect(root.querySelector('input[name="phq9-phq9-9"]')).to.equal(null);
    const alert = root.querySelector<HTMLElement>('[part="instrument"] [part="critical-alert"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Thoughts of death or self-harm reported — follow up today');
    expect(alert.checkVisibility(), 'the alert is on screen, not only in the DOM').to.equal(true);
    expect(root.querySelector('[part="score"]')!.textContent).to.contain('PHQ-9: 1 of 9 answered');
    expect([...root.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Add a safety plan')).to.equal(true);
    await expect(form).to.be.accessible();

    // Saved, reloaded as a plan with the recorded answer: closed (complete), the alert still shows.
    provider.plan = { ...provider.plan!, assessment: { ...provider.plan!.assessment, inProgress: {} } };
    provider.store!.dispatch({
      type: 'assessment/record-administration',
      instrument: PHQ9,
      answers: Object.fromEntries(PHQ9.items.slice(0, 9).map((item, n) => [item.id, n === 8 ? 2 : 0])),
    });
    await form.updateComplete;
    expect(state(root, 'i:phq9')).to.match(/^Complete, saved /);
    expect(expanded(root, 'i:phq9')).to.equal('false');
    expect(root.querySelector('[part="critical-alert"]')!.textContent).to.contain('follow up today');
  });
});
