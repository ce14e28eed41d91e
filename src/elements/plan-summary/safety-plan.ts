import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { SAFETY_PLAN_STEPS, type PlanMode, type SafetyPlan } from '../../model/plan.js';
import { safetyStepWords } from '../../i18n/safety-words.js';

/**
 * The safety plan as read and printed: every step in order, its lines as typed, and the steps
 * still empty said as such (a printed safety plan must show what is missing, not hide it).
 */
export function safetyPlanSummary(sp: SafetyPlan, mode: PlanMode): TemplateResult {
  return html`<ol class="safety-plan" part="safety-plan">
    ${SAFETY_PLAN_STEPS.map((step) => {
      const lines = sp.steps[step].filter((l) => l.text.trim());
      return html`<li>
        <strong>${safetyStepWords(step, mode)[0]}</strong>
        ${lines.length
          ? html`<ul>
              ${lines.map((l) => html`<li>${l.text}</li>`)}
            </ul>`
          : html`<p class="empty">${msg('Nothing written yet.')}</p>`}
      </li>`;
    })}
  </ol>
  ${mode === 'client' ? html`<p>${msg('In the US you can call or text 988 at any hour, or call your local emergency number.')}</p>` : nothing}`;
}
