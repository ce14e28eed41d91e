import { expect, fixture, html } from '@open-wc/testing';
import { createApp, h, nextTick, ref, vModelText, withDirectives } from 'vue/dist/vue.runtime.esm-browser.js';
import '../../src/define.js';
import type { AssessmentForm } from '../../src/elements/assessment-form/assessment-form.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import type { DraftErrorDetail, RiskFlagDetail } from '../../src/events.js';
import type { Assessment } from '../../src/model/plan.js';
import { uniqueId } from '../helpers/provider.js';
import { openAll } from '../helpers/disclosures.js';

/**
 * A Vue 3 app with `<assessment-form v-model="answers">`. A compiled SFC turns `v-model` on a custom
 * element into exactly this: `vModelText` with an `onUpdate:modelValue` handler (it sets
 * `el.value` on mount and on every change of `answers`, and reads `el.value` on `input`).
 */
async function vueApp(initial = '') {
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  const answers = ref<string>(initial);
  const errors: unknown[] = [];
  const planId = uniqueId('vue');
  const app = createApp({
    render: () =>
      h('plan-provider', { 'plan-id': planId, scope: 'vue', storage: 'memory', 'autosave-delay': '0' }, [
        withDirectives(
          h('assessment-form', {
            sections: '',
            instruments: 'phq9 gad7',
            'onUpdate:modelValue': (v: string) => (answers.value = v),
          }),
          [[vModelText, answers.value]],
        ),
      ]),
  });
  app.config.errorHandler = (e) => errors.push(e);
  app.mount(parent);
  const provider = parent.querySelector<PlanProvider>('plan-provider')!;
  await provider.ready;
  const form = parent.querySelector<AssessmentForm>('assessment-form')!;
  await form.updateComplete;
  await nextTick();
  await form.updateComplete;
  await openAll(form);
  return { app, answers, errors, provider, form, root: form.shadowRoot! };
}

const checked = (root: ShadowRoot) => [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((r) => `${r.name}=${r.value}`);
const inProgress = (json: string) => (JSON.parse(json) as Assessment).inProgress;
const withAnswers = (json: string, drafts: Record<string, Record<string, number>>) =>
  JSON.stringify({
    ...(JSON.parse(json) as Assessment),
    inProgress: Object.fromEntries(Object.entries(drafts).map(([id, answers]) => [id, { answers, startedAt: '2026-12-06T10:00:00.000Z' }])),
  });

describe('Vue 3 v-model on <assessment-form>', () => {
  it('mounts with an empty model, and the model follows the answers given', async () => {
    const { app, answers, errors, form, root } = await vueApp();
    expect(errors, 'mounting sets el.value = "" and must not throw').to.deep.equal([]);
    root.querySelector<HTMLInputElement>('input[name="phq9-phq9-1"][value="2"]')!.click();
    await form.updateComplete;
    expect(inProgress(answers.value)?.phq9?.answers).to.deep.equal({ 'phq9-1': 2 });
    await nextTick();
    await form.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(checked(root)).to.deep.equal(['phq9-phq9-1=2']);
    await expect(form).to.be.accessible();
    app.unmount();
  });

  it('setting the model loads its answers as answers in progress, replacing the drafts', async () => {
    const { app, answers, errors, provider, form, root } = await vueApp();
    root.querySelector<HTMLInputElement>('input[name="gad7-gad7-1"][value="1"]')!.click();
    await form.updateComplete;
    answers.value = withAnswers(answers.value, { phq9: { 'phq9-2': 3 } });
    await nextTick();
    await form.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(checked(root)).to.deep.equal(['phq9-phq9-2=3']);
    expect(Object.keys(provider.plan!.assessment.inProgress ?? {})).to.deep.equal(['phq9']);
    expect(provider.plan!.assessment.administrations).to.deep.equal([]);
    app.unmount();
  });

  it('a risk answer set through the model raises risk-flag like one clicked', async () => {
    const { app, answers, provider, form } = await vueApp();
    const heard: RiskFlagDetail[] = [];
    provider.addEventListener('risk-flag', (e) => heard.push(e.detail));
    answers.value = withAnswers(form.value!, { phq9: { 'phq9-9': 1 } });
    await nextTick();
    expect(heard.map((d) => [d.itemId, d.value, d.recorded])).to.deep.equal([['phq9-9', 1, false]]);
    app.unmount();
  });

  // [what the host sets, the draft-error code]
  const invalid: [string, (json: string) => string, string][] = [
    ['not JSON', () => '{phq9', 'invalid-import'],
    ['inProgress of the wrong shape', () => JSON.stringify({ inProgress: { phq9: { answers: 'all 3' } } }), 'invalid-import'],
    ['an unregistered instrument', (json) => withAnswers(json, { 'bdi-2': { 'bdi-1': 1 } }), 'invalid-import'],
    ['an answer that is not an option', (json) => withAnswers(json, { phq9: { 'phq9-1': 7 } }), 'command-rejected'],
  ];
  for (const [name, make, code] of invalid) {
    it(`ignores ${name}: draft-error ${code}, nothing changes, nothing throws`, async () => {
      const { app, answers, errors, provider, form } = await vueApp();
      const heard: DraftErrorDetail[] = [];
      form.addEventListener('draft-error', (e) => heard.push(e.detail));
      const before = provider.plan;
      answers.value = make(form.value!);
      await nextTick();
      expect(errors).to.deep.equal([]);
      expect(heard.map((d) => d.code)).to.deep.equal([code]);
      expect(provider.plan).to.equal(before);
      app.unmount();
    });
  }

  it('a model set before the plan is ready is loaded once it is', async () => {
    const { app, provider, form } = await vueApp(JSON.stringify({ inProgress: { gad7: { answers: { 'gad7-3': 2 } } } }));
    expect(provider.plan!.assessment.inProgress?.gad7?.answers).to.deep.equal({ 'gad7-3': 2 });
    expect(form.value).to.contain('gad7-3');
    app.unmount();
  });
});
