import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { uniqueId } from '../helpers/provider.js';
import { byRole } from '../helpers/by-name.js';
import { openAll } from '../helpers/disclosures.js';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define.js';
import '../../src/elements/assessment-form/define.js';
import type { AssessmentForm } from '../../src/elements/assessment-form/assessment-form.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import { PHQ9, registerInstrument } from '../../src/clinical/instruments/index.js';
import { applyCommand } from '../../src/plan/reducer.js';
import { createPlan, type TreatmentPlan } from '../../src/model/index.js';
import type { RiskFlagEvent } from '../../src/events.js';
import { sleepCheck } from '../fixtures/host-instruments.js';

const uid = uniqueId;

interface Setup {
  provider: PlanProvider;
  form: AssessmentForm;
  root: ShadowRoot;
}

/** A form on a fresh plan; unless `closed`, every part is then opened with a click, as a user reading the whole form would. */
async function setup(opts: { sections?: string; instruments?: string; id?: string; scope?: string; closed?: boolean } = {}): Promise<Setup> {
  const id = opts.id ?? uid('af');
  const provider = await fixture<PlanProvider>(html`<plan-provider
    plan-id=${id}
    scope=${opts.scope ?? id}
    storage="memory"
    autosave-delay="0"
    ><assessment-form sections=${ifDefined(opts.sections)} instruments=${ifDefined(opts.instruments)}></assessment-form
  ></plan-provider>`);
  await provider.ready;
  const form = provider.querySelector('assessment-form')!;
  await form.updateComplete;
  if (!opts.closed) await openAll(form);
  return { provider, form, root: form.shadowRoot! };
}

const text = (root: ShadowRoot) => (root.textContent ?? '').replace(/\s+/g, ' ');

async function type(form: AssessmentForm, field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await form.updateComplete;
}

function radio(root: ShadowRoot, instrument: string, item: string, value: number): HTMLInputElement {
  const el = root.querySelector<HTMLInputElement>(`input[name="${instrument}-${item}"][value="${value}"]`);
  if (!el) throw new Error(`no radio ${instrument}-${item}=${value}`);
  return el;
}

async function answer(form: AssessmentForm, instrument: string, item: string, value: number) {
  radio(form.shadowRoot!, instrument, item, value).click();
  await form.updateComplete;
}

function button(root: ShadowRoot, label: string): HTMLButtonElement {
  const b = [...root.querySelectorAll('button')].find((x) => x.textContent?.trim() === label);
  if (!b) throw new Error(`no button "${label}"`);
  return b;
}

function withAdministration(id: string, values: number[]): TreatmentPlan {
  let plan = createPlan(id, '2026-11-01T09:00:00.000Z');
  const ctx = { now: '2026-11-02T10:00:00.000Z', newId: () => uid('x') };
  const steps: unknown[] = [
    { type: 'intake/update', section: 'concerns', values: { inOwnWords: 'I have stopped enjoying running and I sleep badly since the move.' } },
    { type: 'intake/update', section: 'strengths', values: { text: 'Loyal friend; good at sticking to routines.' } },
    {
      type: 'assessment/record-administration',
      instrument: PHQ9,
      answers: Object.fromEntries(values.map((v, i) => [`phq9-${i + 1}`, v])),
      date: '2026-11-02T10:00:00.000Z',
    },
  ];
  for (const s of steps) {
    const r = applyCommand(plan, s, ctx);
    if (!r.ok) throw new Error(r.error.message);
    plan = r.value.plan;
  }
  return plan;
}

describe('<assessment-form>', () => {
  it('is accessible with every section and the default instruments', async function () {
    this.timeout(60000);
    const { form, root } = await setup();
    expect(root.querySelectorAll('section[part="section"]')).to.have.length(9);
    expect(text(root)).to.contain('Patient Health Questionnaire (PHQ-9)');
    expect(text(root)).to.contain('Generalized Anxiety Disorder scale (GAD-7)');
    await expect(form).to.be.accessible();
  });

  it('shows each section only when listed in `sections`, with a plain explanation', async () => {
    const { root } = await setup({ sections: 'concerns strengths', instruments: '' });
    const titles = [...root.querySelectorAll('section h3 .title')].map((h) => h.textContent?.trim());
    expect(titles).to.deep.equal(['What brings you here', 'Strengths']);
    expect(root.querySelector('section .explain')?.textContent).to.contain('In your own words');
  });

  it('stores what is typed in the plan and fires native input/change events', async () => {
    const { provider, form, root } = await setup({ sections: 'concerns', instruments: '' });
    let inputs = 0;
    let changes = 0;
    form.addEventListener('input', () => inputs++);
    form.addEventListener('change', () => changes++);
    const ta = root.querySelector<HTMLTextAreaElement>('#f-concerns-inOwnWords')!;
    await type(form, ta, 'Panic attacks on the bus, most mornings.');
    expect(provider.plan!.assessment.intake.concerns.inOwnWords).to.equal('Panic attacks on the bus, most mornings.');
    expect(inputs, 'one input event per edit').to.equal(1);
    expect(changes).to.equal(1);
  });

  it('scores live, and shows the item-9 alert next to a low total; recording fires risk-flag', async () => {
    const { provider, form, root } = await setup({ sections: '', instruments: 'phq9' });
    expect(text(root)).to.contain('PHQ-9: 0 of 9 answered');
    for (let i = 1; i <= 8; i++) await answer(form, 'phq9', `phq9-${i}`, 0);
    expect(text(root)).to.contain('PHQ-9: 8 of 9 answered');
    expect(root.querySelector('[part="critical-alert"]')).to.equal(null);
    const flagged = oneEvent(provider, 'risk-flag') as Promise<RiskFlagEvent>;
    await answer(form, 'phq9', 'phq9-9', 1);
    // Raised the moment the answer is given, before anything is saved.
    expect((await flagged).detail).to.include({ instrumentId: 'phq9', itemId: 'phq9-9', value: 1, recorded: false });
    expect(text(root)).to.contain('PHQ-9 total: 1 of 27 — Minimal');
    const alert = root.querySelector('[part="critical-alert"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Thoughts of death or self-harm reported — follow up today');
    await expect(form).to.be.accessible();

    let again = 0;
    provider.addEventListener('risk-flag', () => again++);
    button(root, 'Save PHQ-9 result').click();
    await form.updateComplete;
    expect(again, 'saving links the flag raised while answering; it is not raised twice').to.equal(0);
    const plan = provider.plan!;
    expect(plan.assessment.administrations).to.have.length(1);
    expect(plan.assessment.administrations[0]!.score).to.include({ total: 1, band: 'minimal' });
    expect(plan.timeline.filter((e) => e.kind === 'risk-flag')).to.have.length(1);
    expect(plan.timeline[0]).to.include({ recorded: true, administrationId: plan.assessment.administrations[0]!.id });
    // The alert stays after recording, with the recorded result listed.
    expect(root.querySelector('[part="critical-alert"]')?.textContent).to.contain('follow up today');
    expect(text(root)).to.contain('1 of 27 — Minimal');
  });

  it('"Save PHQ-9 result" with questions left: an error on each unanswered question only, focus on the first', async () => {
    const { provider, form, root } = await setup({ sections: '', instruments: 'phq9' });
    for (const item of ['phq9-1', 'phq9-2', 'phq9-3', 'phq9-5']) await answer(form, 'phq9', item, 0);
    byRole(root, 'button', 'Save PHQ-9 result').click();
    await form.updateComplete;
    expect(provider.plan!.assessment.administrations, 'nothing recorded').to.have.length(0);

    const scored = [...root.querySelectorAll<HTMLFieldSetElement>('fieldset.item')].slice(0, 9);
    expect(scored).to.have.length(9);
    const errors = scored.map((f) => root.getElementById(f.getAttribute('aria-describedby')!)!.textContent!.trim());
    const missing = [4, 6, 7, 8, 9];
    errors.forEach((error, i) => {
      const n = i + 1;
      if (missing.includes(n)) expect(error, `question ${n}`).to.equal(`PHQ-9 question ${n} has no answer. Choose the option that fits best.`);
      else expect(error, `question ${n} was answered`).to.equal('');
      const invalid = [...scored[i]!.querySelectorAll('input')].map((r) => r.getAttribute('aria-invalid'));
      expect(new Set(invalid), `question ${n} radios`).to.deep.equal(new Set([missing.includes(n) ? 'true' : 'false']));
    });
    expect(root.activeElement, 'focus on the first unanswered question').to.equal(radio(root, 'phq9', 'phq9-4', 0));
    expect(text(root)).to.contain('PHQ-9: 5 questions still need an answer.');
    await expect(form).to.be.accessible();

    // Answering one clears its error at once; the others stay.
    await answer(form, 'phq9', 'phq9-4', 1);
    expect(root.getElementById('e-phq9-phq9-4')!.textContent!.trim()).to.equal('');
    expect(root.getElementById('e-phq9-phq9-6')!.textContent!.trim()).to.contain('question 6 has no answer');
  });

  it('appends a repeat administration', async () => {
    const { provider, form, root } = await setup({ sections: '', instruments: 'gad7' });
    for (const round of [1, 2]) {
      for (let i = 1; i <= 7; i++) await answer(form, 'gad7', `gad7-${i}`, round);
      button(root, 'Save GAD-7 result').click();
      await form.updateComplete;
    }
    expect(provider.plan!.assessment.administrations.map((a) => a.score.total)).to.deep.equal([7, 14]);
    expect(text(root)).to.contain('Earlier GAD-7 results');
  });

  it('substance-use details appear only after a yes (skip logic)', async () => {
    const { form, root } = await setup({ sections: 'substance-use', instruments: '' });
    const hasDetails = () => !!root.querySelector('#f-substanceUse-substances');
    expect(hasDetails()).to.equal(false);
    root.querySelector<HTMLInputElement>('input[name="substanceUse-uses"][value="yes"]')!.click();
    await form.updateComplete;
    expect(hasDetails()).to.equal(true);
    expect(text(root)).to.contain('What tends to set off using?');
    root.querySelector<HTMLInputElement>('input[name="substanceUse-uses"][value="no"]')!.click();
    await form.updateComplete;
    expect(hasDetails()).to.equal(false);
    await expect(form).to.be.accessible();
  });

  it('shows an error only after the field was touched', async () => {
    const { form, root } = await setup({ sections: 'concerns', instruments: '' });
    const ta = root.querySelector<HTMLTextAreaElement>('#f-concerns-inOwnWords')!;
    const error = () => root.querySelector('#f-concerns-inOwnWords-error')!.textContent!.trim();
    expect(error()).to.equal('');
    ta.focus();
    root.querySelector<HTMLTextAreaElement>('#f-concerns-hopesToChange')!.focus();
    // A page in the background gets no focus events; leaving the field is what the user did.
    ta.dispatchEvent(new FocusEvent('blur'));
    await form.updateComplete;
    expect(error()).to.contain('Describe what brings you here');
    expect(ta.getAttribute('aria-invalid')).to.equal('true');
    expect(ta.getAttribute('aria-describedby')).to.contain('f-concerns-inOwnWords-error');
    await type(form, ta, 'Arguments at home every night.');
    expect(error()).to.equal('');
  });

  it('"Complete assessment" shows every problem, announces them and moves focus to the first', async () => {
    const { provider, form, root } = await setup({ sections: 'concerns', instruments: 'phq2' });
    await answer(form, 'phq2', 'phq2-1', 1);
    root.querySelector<HTMLButtonElement>('[part="complete-button"]')!.click();
    await form.updateComplete;
    await form.updateComplete;
    const summary = root.querySelector('[part="error-summary"]')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.textContent).to.contain('2 answers are still needed');
    expect(root.activeElement?.id).to.equal('f-concerns-inOwnWords');
    expect(text(root)).to.contain('PHQ-2 question 2 has no answer. Choose the option that fits best.');
    expect(provider.plan!.assessment.completedAt).to.equal(undefined);
    await expect(form).to.be.accessible();

    await type(form, root.querySelector<HTMLTextAreaElement>('#f-concerns-inOwnWords')!, 'Low mood since the redundancy.');
    await answer(form, 'phq2', 'phq2-2', 3);
    root.querySelector<HTMLButtonElement>('[part="complete-button"]')!.click();
    await form.updateComplete;
    await form.updateComplete;
    const plan = provider.plan!;
    expect(plan.assessment.completedAt).to.be.a('string');
    expect(plan.assessment.administrations[0]).to.include({ instrumentId: 'phq2' });
    expect(plan.assessment.administrations[0]!.score.positive).to.equal(true);
  });

  it('offers the full PHQ-9 after a positive PHQ-2', async () => {
    const { form, root } = await setup({ sections: '', instruments: 'phq2' });
    await answer(form, 'phq2', 'phq2-1', 2);
    await answer(form, 'phq2', 'phq2-2', 1);
    expect(text(root)).to.contain('Positive screen — give the full PHQ-9');
    button(root, 'Add the PHQ-9').click();
    await form.updateComplete;
    expect(root.querySelector('[data-instrument="phq9"]')).to.not.equal(null);
  });

  it('shows both AUDIT-C thresholds until sex is given', async () => {
    const { form, root } = await setup({ sections: '', instruments: 'auditc' });
    await answer(form, 'auditc', 'auditc-1', 2);
    await answer(form, 'auditc', 'auditc-2', 1);
    await answer(form, 'auditc', 'auditc-3', 0);
    expect(text(root)).to.contain('Men: positive at 4 or more — Negative screen');
    expect(text(root)).to.contain('Women: positive at 3 or more — Positive screen for unhealthy alcohol use');
    root.querySelector<HTMLInputElement>('input[name="auditc-context-sex"]')!.click(); // Men
    await form.updateComplete;
    expect(text(root)).to.not.contain('Women: positive at 3 or more —');
    expect(text(root)).to.contain('Negative screen');
  });

  it('shows the PCL-5 clusters and the DSM-5 rule', async () => {
    const { form, root } = await setup({ sections: '', instruments: 'pcl5' });
    for (let i = 1; i <= 20; i++) await answer(form, 'pcl5', `pcl5-${i}`, 2);
    expect(text(root)).to.contain('PCL-5 total: 40 of 80');
    expect(text(root)).to.contain('Cluster B — intrusion: 10');
    expect(text(root)).to.contain('DSM-5 provisional PTSD rule met');
  });

  it('adds a past treatment and focuses its first field', async () => {
    const { provider, form, root } = await setup({ sections: 'history', instruments: '' });
    button(root, 'Add a past treatment').click();
    await form.updateComplete;
    await form.updateComplete;
    const focused = root.activeElement as HTMLInputElement;
    expect(focused.dataset.field).to.match(/^pastTreatments:.+:approach$/);
    await type(form, focused, 'CBT with a student counsellor');
    expect(provider.plan!.assessment.intake.history.pastTreatments[0]!.approach).to.equal('CBT with a student counsellor');
    await expect(form).to.be.accessible();
  });

  it('`readonly` renders answers and scores as text, without inputs', async () => {
    const id = uid('ro');
    const plan = withAdministration(id, [2, 2, 1, 1, 1, 1, 1, 1, 1]);
    const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${id} scope=${id} storage="memory" .plan=${plan}
      ><assessment-form readonly instruments="phq9 gad7"></assessment-form
    ></plan-provider>`);
    await provider.ready;
    const form = provider.querySelector('assessment-form')!;
    await form.updateComplete;
    const root = form.shadowRoot!;
    expect(root.querySelectorAll('input, textarea, select, button')).to.have.length(0);
    expect(text(root)).to.contain('I have stopped enjoying running');
    expect(text(root)).to.contain('11 of 27 — Moderate');
    expect(text(root)).to.contain('Several days (1)');
    expect(root.querySelector('[part="critical-alert"]')?.textContent).to.contain('follow up today');
    expect(text(root)).to.contain('Not given yet.');
    await expect(form).to.be.accessible();
  });

  it('`prefill` fills empty fields only, and an invalid prefill is refused with a message', async () => {
    const id = uid('pf');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${id} scope=${id} storage="memory"
        ><assessment-form
          sections="concerns preferences"
          instruments=""
          .prefill=${{ intake: { concerns: { inOwnWords: 'Referred by GP for low mood.' }, preferences: { format: 'telehealth' } } }}
        ></assessment-form
      ></plan-provider>`);
      await provider.ready;
      const form = provider.querySelector('assessment-form')!;
      await form.updateComplete;
      await form.updateComplete;
      await openAll(form);
      const root = form.shadowRoot!;
      expect(provider.plan!.assessment.intake.concerns.inOwnWords).to.equal('Referred by GP for low mood.');
      expect(root.querySelector<HTMLTextAreaElement>('#f-concerns-inOwnWords')!.value).to.equal('Referred by GP for low mood.');
      expect(root.querySelector<HTMLInputElement>('input[name="preferences-format"][value="telehealth"]')!.checked).to.equal(true);

      await type(form, root.querySelector<HTMLTextAreaElement>('#f-concerns-inOwnWords')!, 'My own words now.');
      form.prefill = { intake: { concerns: { inOwnWords: 'Host text again' } } };
      await form.updateComplete;
      expect(provider.plan!.assessment.intake.concerns.inOwnWords).to.equal('My own words now.');

      form.prefill = { intake: { preferences: { format: 'carrier pigeon' } } };
      await form.updateComplete;
      expect(provider.plan!.assessment.intake.preferences.format).to.equal('telehealth');
      expect(text(root)).to.contain('Information from the host system could not be used: intake.preferences.format');
      expect(errors.length).to.be.greaterThan(0);
    } finally {
      console.error = original;
    }
  });

  it('is form-associated: `name` puts the assessment JSON in FormData', async () => {
    const id = uid('fd');
    // Rendered by hand: open-wc's fixture waits an animation frame for non-Lit roots such as
    // <form>, and frames do not run while the test page is in the background.
    const host = document.createElement('form');
    document.body.append(host);
    after(() => host.remove());
    render(
      html`<plan-provider plan-id=${id} scope=${id} storage="memory"
        ><assessment-form name="assessment" sections="concerns strengths" instruments=""></assessment-form
      ></plan-provider>`,
      host,
    );
    const provider = host.querySelector('plan-provider')!;
    await provider.updateComplete;
    await provider.ready;
    const form = host.querySelector('assessment-form')!;
    await form.updateComplete;
    await openAll(form);
    expect(form.form).to.equal(host);
    await type(form, form.shadowRoot!.querySelector<HTMLTextAreaElement>('#f-strengths-text')!, 'Patient with my kids.');
    const value = JSON.parse(String(new FormData(host).get('assessment')));
    expect(value.intake.strengths.text).to.equal('Patient with my kids.');
    expect(value.administrations).to.deep.equal([]);
    // The required "own words" field is still empty, so the host form is not valid yet.
    expect(host.checkValidity()).to.equal(false);
    await type(form, form.shadowRoot!.querySelector<HTMLTextAreaElement>('#f-concerns-inOwnWords')!, 'Grief since my father died.');
    expect(host.checkValidity()).to.equal(true);
  });

  it('a PHQ-9 can be completed with the keyboard alone', async () => {
    const { provider, form, root } = await setup({ sections: '', instruments: 'phq9', closed: true });
    const flagged = oneEvent(provider, 'risk-flag');
    form.focus();
    // The questionnaire is the first part not complete, so it is open; its button closes and opens it.
    const toggle = root.activeElement as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root.querySelector('input[type="radio"]')).to.equal(null);
    await sendKeys({ press: 'Space' });
    await form.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect((root.activeElement as HTMLInputElement).name).to.equal('phq9-phq9-1');
    for (let i = 1; i <= 9; i++) {
      await sendKeys({ press: 'ArrowRight' }); // "Several days"
      await form.updateComplete;
      await sendKeys({ press: 'Tab' });
    }
    // Right after question 9 answered "Several days": the note's button to the next steps.
    expect(root.activeElement?.textContent?.trim()).to.equal('Go to the next steps');
    await sendKeys({ press: 'Tab' });
    // Question 10 (not scored) can be left; Tab reaches the save button. The safety follow-up
    // sits with the alert under the heading, where it shows even when the part is closed.
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.textContent?.trim()).to.equal('Save PHQ-9 result');
    expect(button(root, 'Add a safety plan')).to.exist;
    await flagged; // item 9 "Several days" raised it while answering
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    const a = provider.plan!.assessment.administrations[0]!;
    expect(a.score).to.include({ total: 9, band: 'mild', complete: true });
  });

  it('restores what was typed after a reload (memory drafts are kept per page)', async () => {
    const id = uid('reload');
    const first = await setup({ sections: 'concerns', instruments: 'phq9', id, scope: 'clinic-a' });
    await type(first.form, first.root.querySelector<HTMLTextAreaElement>('#f-concerns-inOwnWords')!, 'Cannot focus at work.');
    await answer(first.form, 'phq9', 'phq9-1', 2);
    await first.provider.flush();
    first.provider.remove();

    const second = await setup({ sections: 'concerns', instruments: 'phq9', id, scope: 'clinic-a' });
    await second.form.updateComplete;
    expect(second.root.querySelector<HTMLTextAreaElement>('#f-concerns-inOwnWords')!.value).to.equal('Cannot focus at work.');
    expect(radio(second.root, 'phq9', 'phq9-1', 2).checked).to.equal(true);
    expect(text(second.root)).to.contain('PHQ-9: 1 of 9 answered');
  });

  it('shows an instrument the host registered', async () => {
    const id = uid('host-inst');
    const r = registerInstrument(sleepCheck(id));
    expect(r.ok).to.equal(true);
    const { form, root } = await setup({ sections: '', instruments: id });
    await answer(form, id, 's1', 1);
    await answer(form, id, 's2', 0);
    expect(text(root)).to.contain('Sleep check total: 1 of 2 — Some sleep concerns');
    expect(text(root)).to.contain('Written by Riverside Clinic');
  });

  it('names an instrument id it does not know', async () => {
    const original = console.error;
    const logged: unknown[] = [];
    console.error = (...a: unknown[]) => logged.push(a);
    try {
      const { root } = await setup({ sections: '', instruments: 'phq9 madrs' });
      expect(text(root)).to.contain('The instrument "madrs" is not available on this page.');
      expect(String(logged[0])).to.contain('madrs');
    } finally {
      console.error = original;
    }
  });

  it('client mode shows the client-facing safety message', async () => {
    const id = uid('client');
    const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${id} scope=${id} storage="memory" mode="client"
      ><assessment-form sections="" instruments="phq9"></assessment-form
    ></plan-provider>`);
    await provider.ready;
    const form = provider.querySelector('assessment-form')!;
    await form.updateComplete;
    await answer(form, 'phq9', 'phq9-9', 2);
    expect(form.shadowRoot!.querySelector('[part="critical-alert"]')?.textContent).to.contain('Please tell your clinician today');
  });
});
