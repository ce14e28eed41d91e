import { defineElement } from '../../define-element.js';
import { PlanSummary } from './plan-summary.js';

defineElement('plan-summary', PlanSummary);

declare global {
  interface HTMLElementTagNameMap {
    'plan-summary': PlanSummary;
  }
}
