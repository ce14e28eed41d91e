import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AssessmentForm } from '../../src/elements/assessment-form/assessment-form.js';
import type { PlanProvider } from '../../src/index.js';
import { createPlan } from '../../src/model/index.js';
import { administration } from '../fixtures/administrations.js';
import { uniqueId } from '../helpers/provider.js';

/**
 * A positive critical answer is seen where it was given: right below PHQ-9 question 9, a note in
 * the reader's words with a button to the next steps (safety plan, ASQ). The alert beside the total
 * stays the one live announcement: the note is not a live region, focus stays on the radio that
 * was clicked, and the note describes the question's group for a screen-reader user coming back.
 */

type Mode = 'client' | 'clinician';
const WORDS: Record<Mode, { note: string; button: string; other: string }> = {
  clinician: { note: 'Thoughts of death or self-harm reported', button: 'Go to the next steps', other: 'Please tell your clinician today' },
  client: { note: 'Please tell your clinician today', button: 'See what you can do now', other: 'Thoughts of death or self-harm reported' },
};
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function mount(mode: Mode, readonly = false, plan = createPlan(uniqueId('risk-note'))): Promise<{ provider: PlanProvider; form: AssessmentForm; root: ShadowRoot }> {
  const provider = await fixture<PlanProvider>(html`<plan-provider .plan=${plan} plan-id=${plan.id} scope="risk-note" storage="memory" autosave-delay="0" mode=${mode}
    ><assessment-form sections="" instruments="phq9" ?readonly=${readonly}></assessment-form
  ></plan-provider>`);
  await provider.ready;
  const form = provider.querySelector('assessment-form')!;
  await waitUntil(() => form.shadowRoot?.querySelector(readonly ? 'dl' : 'input[type="radio"]'), 'the questions are shown');
  return { provider, form, root: form.shadowRoot! };
}

const radio = (root: ShadowRoot, item: string, value: number) => root.querySelector<HTMLInputElement>(`input[name="phq9-${item}"][value="${value}"]`)!;

/** Clicks an answer as a user does (focus, then the click), and waits for the form to show it. */
async function answer(form: AssessmentForm, item: string, value: number): Promise<HTMLInputElement> {
  const input = radio(form.shadowRoot!, item, value);
  input.focus();
  input.click();
  await form.updateComplete;
  return input;
}

/** What the alert regions say (the form keeps an empty error summary as an alert region too). */
const alertsSaying = (root: ShadowRoot): string[] => [...root.querySelectorAll('[role=alert]')].map((a) => squash(a.textContent)).filter(Boolean);

/** Whether `el` or anything around it (to the shadow root) would announce a change. */
const inLiveRegion = (el: Element): boolean => {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('aria-live') || ['alert', 'status', 'log'].includes(e.getAttribute('role') ?? '')) return true;
  }
  return false;
};

describe('<assessment-form>: a positive critical answer is shown where it was given', () => {
  for (const mode of ['clinician', 'client'] as const) {
    it(`${mode} mode: question 9 "Several days" shows a note right below the question, one alert, focus stays on the radio`, async () => {
      const { form, root } = await mount(mode);
      const words = WORDS[mode];
      expect(root.querySelector('[part=critical-note]'), 'no note before the answer').to.equal(null);
      expect(alertsSaying(root)).to.deep.equal([]);

      const clicked = await answer(form, 'phq9-9', 1);
      const fieldset = clicked.closest('fieldset')!;
      const note = fieldset.nextElementSibling!;
      expect(note.getAttribute('part'), 'the note follows the question at once').to.equal('critical-note');
      expect(squash(note.textContent)).to.contain(words.note).and.not.contain(words.other);
      // In view where the user clicked: directly below the question's box.
      const gap = note.getBoundingClientRect().top - fieldset.getBoundingClientRect().bottom;
      expect(gap).to.be.within(0, 40);
      expect(note.checkVisibility()).to.equal(true);
      expect(fieldset.getAttribute('aria-describedby')!.split(' ')).to.include(note.id);

      // One announcement: the alert beside the total (role="alert"); the note is no live region.
      const alerts = alertsSaying(root);
      expect(alerts.length).to.equal(1);
      expect(alerts[0]).to.contain(words.note);
      expect(inLiveRegion(note), 'the note is not announced a second time').to.equal(false);
      // Focus is not stolen: still on the radio that was clicked.
      expect(root.activeElement).to.equal(clicked);
      await expect(form).to.be.accessible();

      // The note's button takes a keyboard user to the next steps (the safety plan offer).
      const next = [...note.querySelectorAll('button')].find((b) => squash(b.textContent) === words.button)!;
      next.focus();
      await sendKeys({ press: 'Enter' });
      const followUp = root.activeElement!;
      expect(followUp.getAttribute('part')).to.equal('risk-follow-up');
      expect(squash(followUp.textContent)).to.contain('Add a safety plan');

      // Answered "Not at all" instead: the note goes with the finding (the flag stays in the timeline).
      await answer(form, 'phq9-9', 0);
      expect(root.querySelector('[part=critical-note]')).to.equal(null);
      expect(radio(root, 'phq9-9', 0).closest('fieldset')!.getAttribute('aria-describedby')).to.equal('e-phq9-phq9-9');
    });
  }

  it('only the critical question gets a note: a high answer elsewhere shows none', async () => {
    const { form, root } = await mount('clinician');
    await answer(form, 'phq9-1', 3);
    await answer(form, 'phq9-8', 3);
    expect(root.querySelector('[part=critical-note]')).to.equal(null);
    await answer(form, 'phq9-9', 3);
    const notes = [...root.querySelectorAll('[part=critical-note]')];
    expect(notes.length).to.equal(1);
    expect(notes[0]!.previousElementSibling!.querySelector('legend')!.textContent).to.match(/^9\./);
  });

  for (const mode of ['clinician', 'client'] as const) {
    it(`${mode} mode, read-only: the saved answer to question 9 carries the note in the reader's words, with no button`, async () => {
      const base = createPlan(uniqueId('risk-note-ro'));
      const plan = { ...base, assessment: { ...base.assessment, administrations: [administration('a1', 'phq9', '2026-11-17', 14, { item9: 2 })] } };
      const { form, root } = await mount(mode, true, plan);
      const notes = [...root.querySelectorAll('[part=critical-note]')];
      expect(notes.length).to.equal(1);
      const dd = notes[0]!.closest('dd')!;
      expect(squash(dd.previousElementSibling!.textContent)).to.match(/^9\. Thoughts that you would be better off dead/);
      expect(squash(dd.textContent)).to.contain('(2)').and.contain(WORDS[mode].note).and.not.contain(WORDS[mode].other);
      expect(notes[0]!.querySelector('button')).to.equal(null);
      expect(inLiveRegion(notes[0]!)).to.equal(false);
      await expect(form).to.be.accessible();
    });
  }
});
