import { defineElement } from '../../define-element.js';
import { GoalEditor } from './goal-editor.js';

defineElement('goal-editor', GoalEditor);

declare global {
  interface HTMLElementTagNameMap {
    'goal-editor': GoalEditor;
  }
}
