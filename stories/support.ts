/**
 * Helpers shared by stories. A story renders its widget inside a provider that holds an invented
 * plan, kept in memory only:
 *
 *   render: () => withPlan(fullPlan(), html`<goal-editor></goal-editor>`)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define.js';
import type { PlanMode, TreatmentPlan } from '../src/model/plan.js';
import type { Signer } from '../src/model/signing.js';

export interface WithPlanOptions {
  mode?: PlanMode;
  /** Draft namespace; give stories that must not share drafts their own. */
  scope?: string;
  /** Leave unset: the toolbar's locale is applied to every provider. */
  locale?: 'en' | 'es';
  /** The signed-in clinician the page gives the provider (who signs). */
  signer?: Signer;
}

/** `<plan-provider storage="memory">` holding `plan`, with `content` inside. */
export function withPlan(
  plan: TreatmentPlan,
  content: TemplateResult | typeof nothing = nothing,
  options: WithPlanOptions = {},
): TemplateResult {
  return html`<plan-provider
    plan-id=${plan.id}
    storage="memory"
    scope=${options.scope ?? 'storybook'}
    mode=${options.mode ?? 'clinician'}
    locale=${options.locale ?? 'en'}
    .plan=${plan}
    .signer=${options.signer}
    >${content}</plan-provider
  >`;
}

/** Every event the kit fires on a host page. */
export const KIT_EVENTS = [
  'plan-change',
  'draft-restored',
  'draft-saved',
  'draft-conflict',
  'draft-error',
  'draft-cleared',
  'risk-flag',
  'plan-alert',
  'review-due',
  'plan-agreed',
  'plan-signed',
] as const;

function describeEvent(e: Event): string {
  const detail = (e as CustomEvent<unknown>).detail;
  if (!detail || typeof detail !== 'object') return e.type;
  const parts = Object.entries(detail as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${String(v)}`);
  return parts.length ? `${e.type} — ${parts.join(', ')}` : e.type;
}

/**
 * Wraps `content` and lists, below it, every kit event that bubbles out of it — what a host
 * page would receive. Text only (no markup from event data).
 */
export function withEventLog(content: TemplateResult): TemplateResult {
  let list: HTMLOListElement | undefined;
  const listen = (el: Element | undefined) => {
    if (!el || (el as HTMLElement).dataset['listening']) return;
    (el as HTMLElement).dataset['listening'] = 'true';
    for (const type of KIT_EVENTS) {
      el.addEventListener(type, (e) => {
        if (!list) return;
        const li = document.createElement('li');
        li.textContent = describeEvent(e);
        list.append(li);
      });
    }
  };
  return html`<div ${ref(listen)}>
    ${content}
    <section class="story-event-log">
      <h3>Events the host received</h3>
      <ol
        aria-label="Events the host received"
        ${ref((el) => (list = el as HTMLOListElement | undefined))}
      ></ol>
    </section>
  </div>`;
}
