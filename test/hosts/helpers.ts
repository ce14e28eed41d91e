import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import type { TreatmentPlan } from '../../src/model/plan.js';
import { fullPlan } from '../../stories/fixtures.js';
import { uniqueId } from '../helpers/provider.js';

export const WIDGETS = ['assessment-form', 'goal-editor', 'modality-picker', 'plan-summary', 'progress-timeline'] as const;
export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** A provider with the full example plan and every widget, inside a `<div dir>`. */
export async function everyWidget(dir: 'ltr' | 'rtl' = 'ltr', plan: TreatmentPlan = { ...fullPlan(), id: uniqueId('hosts') }) {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div dir=${dir}>
      <plan-provider .plan=${plan} plan-id=${plan.id} storage="memory" scope="hosts">
        ${WIDGETS.map((tag) => document.createElement(tag))}
      </plan-provider>
    </div>
  `);
  const provider = wrapper.querySelector<PlanProvider>('plan-provider')!;
  await provider.ready;
  const widgets = WIDGETS.map((tag) => wrapper.querySelector<Widget>(tag)!);
  await Promise.all(widgets.map((w) => w.updateComplete));
  return { wrapper, provider, widgets };
}

/** The parent in the composed tree (through shadow roots and slots). */
export function composedParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
