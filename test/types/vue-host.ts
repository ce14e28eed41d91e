// Type test (`npm run typecheck`): what a Vue 3 SFC's template compiles to for every tag, checked
// against the generated `GlobalComponents` (vue-tsc reads the same declarations).
import '../../src/jsx/vue.js';
import { h, type GlobalComponents } from 'vue';
import { createPlan } from '../../src/index.js';

type PropsOf<K extends keyof GlobalComponents> = InstanceType<GlobalComponents[K]>['$props'];
const seen: string[] = [];
const plan = createPlan('plan-1');

// <plan-provider :plan="plan" :plan-id="plan.id" @plan-change="…" @risk-flag="…">
const provider: PropsOf<'plan-provider'> = {
  plan,
  planId: plan.id,
  storage: 'memory',
  mode: 'client',
  autosaveDelay: 500,
  onPlanChange: (e) => seen.push(e.detail.plan.id),
  onRiskFlag: (e) => seen.push(e.detail.itemId),
  onDraftError: (e) => seen.push(e.detail.code),
  onSynced: (e) => seen.push(e.detail.direction),
};
const form: PropsOf<'assessment-form'> = { name: 'assessment', instruments: 'phq9', value: '', onDraftError: (e) => seen.push(e.detail.message) };
const goals: PropsOf<'goal-editor'> = { noSuggestions: true };
const modalities: PropsOf<'modality-picker'> = { catalog: undefined };
const summary: PropsOf<'plan-summary'> = { headingLevel: 3 };
const timeline: PropsOf<'progress-timeline'> = { pageSize: 20, today: '2026-12-06' };

// @ts-expect-error the detail is typed: a plan-change has no `code`
const wrongDetail: PropsOf<'plan-provider'> = { onPlanChange: (e) => e.detail.code };
// @ts-expect-error mode is 'clinician' | 'client'
const wrongMode: PropsOf<'plan-provider'> = { mode: 'admin' };

export const render = () =>
  h('div', [provider, form, goals, modalities, summary, timeline, wrongDetail, wrongMode].map((props) => h('span', { title: Object.keys(props).join() })));
