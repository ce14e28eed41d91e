import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { DraftSavedEvent, PlanProvider } from '../../src/index.js';

let counter = 0;
/** A plan id nobody else in this test run uses, so drafts never leak between tests. */
export function uniqueId(prefix = 'plan'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

export async function memoryProvider(planId = uniqueId(), scope = 'test'): Promise<PlanProvider> {
  const el = await fixture<PlanProvider>(
    html`<plan-provider plan-id=${planId} scope=${scope} storage="memory" autosave-delay="0"></plan-provider>`,
  );
  await el.ready;
  return el;
}

export function nextSave(el: HTMLElement): Promise<DraftSavedEvent> {
  return oneEvent(el, 'draft-saved') as Promise<DraftSavedEvent>;
}
