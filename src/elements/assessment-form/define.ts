import { defineElement } from '../../define-element.js';
import { AssessmentForm } from './assessment-form.js';

defineElement('assessment-form', AssessmentForm);

declare global {
  interface HTMLElementTagNameMap {
    'assessment-form': AssessmentForm;
  }
}
