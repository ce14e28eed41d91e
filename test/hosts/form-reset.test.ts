import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { PHQ9 } from '../../src/clinical/instruments/index.js';
import type { AssessmentForm } from '../../src/elements/assessment-form/assessment-form.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import type { Assessment, RiskFlagEntry } from '../../src/model/plan.js';
import { uniqueId } from '../helpers/provider.js';
import { openAll } from '../helpers/disclosures.js';

const phq9 = (values: number[]) => Object.fromEntries(values.map((v, i) => [`phq9-${i + 1}`, v]));

async function kioskForm() {
  const form = await fixture<HTMLFormElement>(html`
    <form>
      <label>Visit note <input name="note" /></label>
      <plan-provider plan-id=${uniqueId('kiosk')} scope="kiosk" storage="memory" autosave-delay="0">
        <assessment-form name="assessment" sections="" instruments="phq9 gad7"></assessment-form>
      </plan-provider>
    </form>
  `);
  const provider = form.querySelector<PlanProvider>('plan-provider')!;
  await provider.ready;
  const widget = form.querySelector<AssessmentForm>('assessment-form')!;
  await widget.updateComplete;
  return { form, provider, widget, root: widget.shadowRoot! };
}

const radio = (root: ShadowRoot, item: string, value: number) =>
  root.querySelector<HTMLInputElement>(`input[name="${item.split('-')[0]}-${item}"][value="${value}"]`)!;
const checked = (root: ShadowRoot) => [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((r) => r.name);
const submitted = (form: HTMLFormElement) => JSON.parse(String(new FormData(form).get('assessment'))) as Assessment;
const flags = (p: PlanProvider) => p.plan!.timeline.filter((e): e is RiskFlagEntry => e.kind === 'risk-flag');

describe('<assessment-form> in a host <form>: form.reset()', () => {
  it('discards the answers not yet recorded, keeps recorded administrations and the risk flag', async () => {
    const { form, provider, widget, root } = await kioskForm();
    // Last visit's PHQ-9, already recorded in the plan.
    provider.store!.dispatch({ type: 'assessment/record-administration', instrument: PHQ9, answers: phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]) });
    await widget.updateComplete;
    await openAll(widget);
    // Today: the client answers PHQ-9 item 9 (a risk answer) and GAD-7 item 1, then walks away.
    radio(root, 'phq9-9', 2).click();
    radio(root, 'gad7-1', 3).click();
    await widget.updateComplete;
    expect(checked(root)).to.have.members(['phq9-phq9-9', 'gad7-gad7-1']);
    expect(Object.keys(submitted(form).inProgress ?? {})).to.have.members(['phq9', 'gad7']);
    const flag = flags(provider)[0]!;
    expect(flag).to.include({ itemId: 'phq9-9', value: 2 });

    form.reset();
    await widget.updateComplete;

    expect(checked(root), 'no answer is shown').to.deep.equal([]);
    expect(submitted(form).inProgress, 'no answer is submitted').to.equal(undefined);
    expect(provider.plan!.assessment.inProgress).to.equal(undefined);
    const recorded = provider.plan!.assessment.administrations;
    expect(recorded.map((a) => [a.instrumentId, a.score.total])).to.deep.equal([['phq9', 8]]);
    expect(flags(provider), 'the risk flag stays in the timeline').to.deep.equal([flag]);
    await expect(widget).to.be.accessible();
  });

  it('resets the host form’s own fields as usual and a reset with nothing in progress changes nothing', async () => {
    const { form, provider, widget } = await kioskForm();
    const note = form.querySelector<HTMLInputElement>('input[name="note"]')!;
    note.value = 'walked in';
    const before = provider.plan;
    form.reset();
    await widget.updateComplete;
    expect(note.value).to.equal('');
    expect(provider.plan).to.equal(before);
  });
});
