import { defineElement } from '../../define-element.js';
import { ModalityPicker } from './modality-picker.js';

defineElement('modality-picker', ModalityPicker);

declare global {
  interface HTMLElementTagNameMap {
    'modality-picker': ModalityPicker;
  }
}
