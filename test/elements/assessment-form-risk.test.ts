import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../src/define.js';
import '../../src/elements/assessment-form/define.js';
import type { AssessmentForm } from '../../src/elements/assessment-form/assessment-form.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import { registerInstrument, PHQ9, PHQ9_ITEM9_MESSAGE, ASQ_ACUTE_MESSAGE, ASQ_POSITIVE_MESSAGE } from '../../src/clinical/instruments/index.js';
import type { RiskFlagDetail, RiskFlagEvent } from '../../src/events.js';
import type { RiskFlagEntry } from '../../src/model/plan.js';
import { exportFhir } from '../../src/interop/fhir/index.js';
import { createPlan } from '../../src/model/index.js';

let counter = 0;
const uid = (p: string) => `${p}-${Date.now().toString(36)}-${++counter}`;

interface Mounted {
  provider: PlanProvider;
  form: AssessmentForm;
  root: ShadowRoot;
}

/**
 * A portal page that keeps the kit inside its own component's shadow root: the provider and form
 * are two shadow boundaries below `document`, so an event heard there proves it is composed.
 */
async function mountInShadow(opts: { id?: string; mode?: 'client' | 'clinician'; instruments?: string } = {}): Promise<Mounted> {
  const id = opts.id ?? uid('risk');
  const host = await fixture<HTMLDivElement>(html`<div class="portal-widget"></div>`);
  const shadow = host.attachShadow({ mode: 'open' });
  render(
    html`<plan-provider plan-id=${id} scope="risk-tests" storage="memory" autosave-delay="0" mode=${opts.mode ?? 'clinician'}
      ><assessment-form sections="" instruments=${opts.instruments ?? 'phq9'}></assessment-form
    ></plan-provider>`,
    shadow,
  );
  const provider = shadow.querySelector('plan-provider')!;
  await provider.ready;
  const form = provider.querySelector('assessment-form')!;
  await form.updateComplete;
  return { provider, form, root: form.shadowRoot! };
}

async function answer({ form, root }: Mounted, instrument: string, item: string, value: number) {
  const el = root.querySelector<HTMLInputElement>(`input[name="${instrument}-${item}"][value="${value}"]`);
  if (!el) throw new Error(`no radio ${instrument}-${item}=${value}`);
  el.click();
  await form.updateComplete;
}

const button = (root: ShadowRoot, label: string) => {
  const b = [...root.querySelectorAll('button')].find((x) => x.textContent?.replace(/\s+/g, ' ').trim().startsWith(label));
  if (!b) throw new Error(`no button "${label}"`);
  return b;
};

const flags = (p: PlanProvider) => p.plan!.timeline.filter((e): e is RiskFlagEntry => e.kind === 'risk-flag');

/** Every `risk-flag` heard on `document` while the test runs. */
function listen(): { heard: RiskFlagDetail[]; stop: () => void } {
  const heard: RiskFlagDetail[] = [];
  const on = (e: RiskFlagEvent) => heard.push(e.detail);
  document.addEventListener('risk-flag', on);
  return { heard, stop: () => document.removeEventListener('risk-flag', on) };
}

describe('<assessment-form>: a risk answer is never lost', () => {
  it('client mode, form incomplete, never saved: item 9 fires risk-flag on document at once and is recorded in the plan', async () => {
    const m = await mountInShadow({ mode: 'client' });
    const { heard, stop } = listen();
    try {
      await answer(m, 'phq9', 'phq9-1', 1);
      expect(heard).to.have.length(0);
      await answer(m, 'phq9', 'phq9-9', 1);
      expect(heard).to.have.length(1);
      const entry = flags(m.provider)[0]!;
      expect(heard[0]).to.deep.equal({
        entryId: entry.id,
        administrationId: m.provider.plan!.assessment.inProgress!.phq9!.administrationId,
        instrumentId: 'phq9',
        itemId: 'phq9-9',
        value: 1,
        message: PHQ9_ITEM9_MESSAGE,
        recorded: false,
      });
      expect(entry).to.include({ recorded: false, value: 1 });
      expect(entry.acknowledgedAt).to.equal(undefined);
      expect(m.provider.plan!.assessment.administrations).to.have.length(0);
      // The client sees plain words, not the clinical message.
      const alert = m.root.querySelector('[part="critical-alert"]')!;
      expect(alert.textContent).to.contain('Please tell your clinician today');
      expect(alert.textContent).not.to.contain(PHQ9_ITEM9_MESSAGE);
      await expect(m.form).to.be.accessible();

      // A higher answer raises the entry's value but does not fire again.
      await answer(m, 'phq9', 'phq9-9', 3);
      expect(heard).to.have.length(1);
      expect(flags(m.provider)).to.have.length(1);
      expect(flags(m.provider)[0]).to.include({ value: 3 });

      // Changed back to "Not at all": the flag stays, marked withdrawn.
      await answer(m, 'phq9', 'phq9-9', 0);
      expect(heard).to.have.length(1);
      expect(flags(m.provider)).to.have.length(1);
      expect(flags(m.provider)[0]!.withdrawnAt).to.be.a('string');
      expect(flags(m.provider)[0]).to.include({ value: 3, recorded: false });
      expect(m.root.querySelector('[part="withdrawn-risk"]'), 'the clinical note is for the clinician').to.equal(null);
    } finally {
      stop();
    }
  });

  it('a reload keeps the flag, and saving later links it to the administration without raising it twice', async () => {
    const id = uid('risk-reload');
    const first = await mountInShadow({ id, mode: 'client' });
    const flagged = oneEvent(document, 'risk-flag') as Promise<RiskFlagEvent>;
    await answer(first, 'phq9', 'phq9-9', 2);
    const { entryId } = (await flagged).detail;
    await first.provider.flush();
    first.provider.remove();

    const second = await mountInShadow({ id, mode: 'clinician' });
    expect(flags(second.provider).map((e) => [e.id, e.recorded, e.acknowledgedAt])).to.deep.equal([[entryId, false, undefined]]);
    expect(second.root.querySelector('[part="critical-alert"]')!.textContent).to.contain(PHQ9_ITEM9_MESSAGE);

    const { heard, stop } = listen();
    try {
      for (let i = 1; i <= 8; i++) await answer(second, 'phq9', `phq9-${i}`, 1);
      button(second.root, 'Save PHQ-9 result').click();
      await second.form.updateComplete;
      expect(heard, 'not raised a second time').to.have.length(0);
      const plan = second.provider.plan!;
      const a = plan.assessment.administrations[0]!;
      expect(a.critical).to.have.length(1);
      expect(flags(second.provider)).to.have.length(1);
      expect(flags(second.provider)[0]).to.include({ id: entryId, administrationId: a.id, recorded: true });
    } finally {
      stop();
    }
  });

  it('a plain <form> submitted with a positive item 9 has fired risk-flag and recorded it', async () => {
    const id = uid('risk-form');
    const page = await fixture<HTMLFormElement>(html`<form>
      <plan-provider plan-id=${id} scope="risk-tests" storage="memory" autosave-delay="0" mode="client">
        <assessment-form name="assessment" sections="" instruments="phq9"></assessment-form>
      </plan-provider>
      <button type="submit">Send</button>
    </form>`);
    const provider = page.querySelector('plan-provider')!;
    await provider.ready;
    const form = page.querySelector('assessment-form')!;
    await form.updateComplete;
    const { heard, stop } = listen();
    let data: FormData | undefined;
    page.addEventListener('submit', (e) => {
      e.preventDefault();
      data = new FormData(page);
    });
    try {
      await answer({ provider, form, root: form.shadowRoot! }, 'phq9', 'phq9-9', 1);
      // The assessment is incomplete, so the form is invalid; the portal submits anyway (novalidate).
      page.noValidate = true;
      page.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      expect(data, 'the form was submitted').to.not.equal(undefined);
      expect(heard.map((d) => [d.itemId, d.recorded])).to.deep.equal([['phq9-9', false]]);
      const submitted = JSON.parse(String(data!.get('assessment')));
      expect(submitted.inProgress.phq9.answers['phq9-9']).to.equal(1);
      expect(flags(provider)).to.have.length(1);
      expect(flags(provider)[0]!.administrationId).to.equal(submitted.inProgress.phq9.administrationId);
    } finally {
      stop();
    }
  });

  it('a host instrument shows its own critical wording to the client and in risk-flag', async () => {
    const r = registerInstrument({
      id: 'host-harm-check',
      version: '1',
      shortTitle: 'Harm check',
      title: 'Clinic harm check',
      instructions: 'Answer for the last week.',
      optionSets: [{ id: 'yn', options: [{ value: 0, label: 'No' }, { value: 1, label: 'Yes' }] }],
      items: [
        { id: 'hc-1', text: 'Have you felt unsafe at home?', optionSet: 'yn' },
        { id: 'hc-2', text: 'Have you thought about hurting someone?', optionSet: 'yn' },
      ],
      scoring: { method: 'sum' },
      critical: [
        {
          itemId: 'hc-2',
          above: 0,
          message: 'Thoughts of harming others — assess today',
          clientMessage: 'Thank you for telling us. A member of the care team will talk with you before you leave today.',
        },
      ],
      licence: 'Clinic-owned form.',
    });
    expect(r.ok).to.equal(true);
    const m = await mountInShadow({ mode: 'client', instruments: 'host-harm-check' });
    const flagged = oneEvent(document, 'risk-flag') as Promise<RiskFlagEvent>;
    await answer(m, 'host-harm-check', 'hc-2', 1);
    expect((await flagged).detail).to.include({ instrumentId: 'host-harm-check', itemId: 'hc-2', message: 'Thoughts of harming others — assess today' });
    const alert = m.root.querySelector('[part="critical-alert"]')!.textContent!;
    expect(alert).to.contain('A member of the care team will talk with you before you leave today.');
    expect(alert).not.to.contain('better off dead');
    await expect(m.form).to.be.accessible();
  });

  it('offers the ASQ after a positive item 9; question 5 appears only after a "yes", and each answer flags with its own words', async () => {
    const m = await mountInShadow({ mode: 'clinician' });
    await answer(m, 'phq9', 'phq9-9', 1);
    const { heard, stop } = listen();
    try {
      button(m.root, 'Screen with the ASQ now').click();
      await m.form.updateComplete;
      const asq = m.root.querySelector('[data-instrument="asq"]')!;
      expect(asq).to.not.equal(null);
      expect(m.root.activeElement?.getAttribute('name')).to.equal('asq-asq-1');
      expect(asq.querySelector('input[name="asq-asq-5"]'), 'question 5 waits for a "yes"').to.equal(null);
      for (const item of ['asq-1', 'asq-2', 'asq-3', 'asq-4']) await answer(m, 'asq', item, 0);
      expect(asq.querySelector('input[name="asq-asq-5"]')).to.equal(null);
      expect(asq.textContent).to.contain('Negative screen');
      await answer(m, 'asq', 'asq-3', 1);
      expect(heard.map((d) => [d.itemId, d.message])).to.deep.equal([['asq-3', ASQ_POSITIVE_MESSAGE]]);
      expect(asq.textContent, 'incomplete until question 5 is answered').to.contain('ASQ: 4 of 5 answered');
      await answer(m, 'asq', 'asq-5', 1);
      expect(heard.map((d) => [d.itemId, d.message])).to.deep.equal([
        ['asq-3', ASQ_POSITIVE_MESSAGE],
        ['asq-5', ASQ_ACUTE_MESSAGE],
      ]);
      expect(asq.querySelector('[part="critical-alert"]')!.textContent).to.contain('imminent risk');
      await expect(m.form).to.be.accessible();
    } finally {
      stop();
    }
  });
});

describe('<assessment-form>: safety plan', () => {
  it('is offered next to the item-9 alert, and each keystroke goes into the plan', async () => {
    const m = await mountInShadow({ mode: 'clinician' });
    expect([...m.root.querySelectorAll('button')].some((b) => b.textContent?.includes('Add a safety plan'))).to.equal(false);
    await answer(m, 'phq9', 'phq9-9', 1);
    button(m.root, 'Add a safety plan').click();
    await m.form.updateComplete;
    await m.form.updateComplete;
    const section = m.root.querySelector('[part="safety-plan"]')!;
    expect(section.querySelector('h3')!.textContent).to.equal('Safety plan');
    expect([...section.querySelectorAll('legend')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '1. Warning signs',
      '2. Things I can do on my own',
      '3. People and places that take my mind off things',
      '4. People I can ask for help',
      '5. Professionals and crisis lines',
      '6. Making my surroundings safer',
      '7. My reasons for living',
    ]);
    expect(m.root.activeElement?.getAttribute('data-add-step')).to.equal('warningSigns');

    let inputs = 0;
    m.form.addEventListener('input', () => inputs++);
    button(m.root, 'Add a line to Professionals').click();
    await m.form.updateComplete;
    await m.form.updateComplete;
    const field = m.root.activeElement as HTMLInputElement;
    expect(field.tagName).to.equal('INPUT');
    inputs = 0;
    await sendKeys({ type: 'Call 988' });
    await m.form.updateComplete;
    expect(inputs, 'one input event per keystroke').to.equal('Call 988'.length);
    expect(m.provider.plan!.safetyPlan!.steps.professionals.map((l) => l.text)).to.deep.equal(['Call 988']);
    await expect(m.form).to.be.accessible();

    button(m.root, 'Remove Professionals').click();
    await m.form.updateComplete;
    await m.form.updateComplete;
    expect(m.provider.plan!.safetyPlan!.steps.professionals).to.deep.equal([]);
    expect(m.root.activeElement?.getAttribute('data-add-step')).to.equal('professionals');
  });

  it('speaks plainly in client mode', async () => {
    const m = await mountInShadow({ mode: 'client' });
    await answer(m, 'phq9', 'phq9-9', 2);
    expect(m.root.textContent).to.contain('A safety plan lists what helps and who to contact');
    expect([...m.root.querySelectorAll('button')].some((b) => b.textContent?.includes('Screen with the ASQ'))).to.equal(false);
    button(m.root, 'Add a safety plan').click();
    await m.form.updateComplete;
    const section = m.root.querySelector('[part="safety-plan"]')!;
    expect(section.querySelector('h3')!.textContent).to.equal('My safety plan');
    expect(section.textContent).to.contain('In the US you can call or text 988 at any hour.');
    await expect(m.form).to.be.accessible();
  });
});

describe('<plan-provider>: risk answers from the host', () => {
  it('importFhir fires risk-flag for a flag the import brings in, once', async () => {
    const id = uid('import-risk');
    const m = await mountInShadow({ id });
    const outside = createPlan(id, '2026-11-01T00:00:00.000Z');
    const answers = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, i === 8 ? 1 : 0]));
    const withFlag = {
      ...outside,
      assessment: {
        ...outside.assessment,
        administrations: [
          {
            id: 'ehr-7',
            instrumentId: 'phq9',
            instrumentVersion: '1999',
            date: '2026-11-20T09:00:00.000Z',
            answers,
            score: { total: 1, max: 27, answered: 9, itemCount: 9, complete: true },
            critical: [],
            source: 'host' as const,
          },
        ],
      },
    };
    const { heard, stop } = listen();
    try {
      const r = await m.provider.importFhir(exportFhir(withFlag));
      expect(r.ok).to.equal(true);
      expect(heard.map((d) => [d.administrationId, d.itemId, d.value, d.recorded])).to.deep.equal([['ehr-7', 'phq9-9', 1, true]]);
      expect(flags(m.provider)).to.have.length(1);
      // The same bundle again brings nothing new.
      await m.provider.importFhir(exportFhir(withFlag));
      expect(heard).to.have.length(1);
    } finally {
      stop();
    }
  });

  it('progress/add-measurement with critical: [] still fires risk-flag', async () => {
    const m = await mountInShadow({ id: uid('host-measure-risk') });
    const flagged = oneEvent(document, 'risk-flag') as Promise<RiskFlagEvent>;
    const answers = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, i === 8 ? 2 : 0]));
    const r = m.provider.store!.dispatch({
      type: 'progress/add-measurement',
      instrument: PHQ9,
      administration: {
        id: 'ehr-8',
        instrumentId: 'phq9',
        instrumentVersion: '1999',
        date: '2026-11-20T09:00:00.000Z',
        answers,
        score: { total: 2, max: 27, answered: 9, itemCount: 9, complete: true },
        critical: [],
        source: 'host',
      },
    });
    expect(r.ok).to.equal(true);
    expect((await flagged).detail).to.include({ administrationId: 'ehr-8', itemId: 'phq9-9', value: 2, recorded: true });
  });
});

describe('<progress-timeline>: an unsaved or withdrawn risk answer', () => {
  it('says the questionnaire is not saved yet and that the answer was changed back, keeping the flag', async () => {
    const m = await mountInShadow({ mode: 'clinician' });
    await answer(m, 'phq9', 'phq9-9', 2);
    await answer(m, 'phq9', 'phq9-9', 0);
    // The form's alert is gone with the answer, but the clinician is told what was answered first.
    expect(m.root.querySelector('[part="critical-alert"]')).to.equal(null);
    expect(m.root.querySelector('[part="withdrawn-risk"]')!.textContent).to.contain(`${PHQ9_ITEM9_MESSAGE} (2).`).and.contain('changed back before saving');
    const timeline = document.createElement('progress-timeline');
    m.provider.append(timeline);
    await (timeline as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const entry = [...timeline.shadowRoot!.querySelectorAll('.entry')].find((e) => e.textContent!.includes(PHQ9_ITEM9_MESSAGE))!;
    const words = entry.textContent!.replace(/\s+/g, ' ');
    expect(words).to.contain('Answered in the form; the questionnaire is not saved yet.');
    expect(words).to.contain('The answer was changed back before saving');
    expect(entry.querySelector('button.acknowledge')).to.not.equal(null);
    await expect(timeline).to.be.accessible();
  });
});
