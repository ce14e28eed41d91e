import { defineElement } from '../../define-element.js';
import { ProgressTimeline } from './progress-timeline.js';

defineElement('progress-timeline', ProgressTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'progress-timeline': ProgressTimeline;
  }
}
