import { defineElement } from '../../define-element.js';
import { PlanProvider } from './plan-provider.js';

defineElement('plan-provider', PlanProvider);

declare global {
  interface HTMLElementTagNameMap {
    'plan-provider': PlanProvider;
  }
}
