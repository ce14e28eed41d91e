import { noChange } from 'lit';
import { Directive, PartType, directive, type PartInfo, type PropertyPart } from 'lit/directive.js';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Text a control holds that its last edit could not put in the plan, and the plan value it was refused against. */
const refused = new WeakMap<Element, { text: string; planValue: string }>();
/** The plan value each control was last bound to. */
const bound = new WeakMap<Element, string>();
/** The control whose `input`/`change` is being handled (a commit runs inside that event). */
let editing: TextControl | undefined;
const noteEditing = (e: Event) => (editing = e.currentTarget as TextControl);

/**
 * `.value=${fieldValue(planValue)}` on a text control: like Lit's `live()` (the control shows the
 * plan's value after every render), except that text whose edit was refused (`keepRefusedText`)
 * stays in the control until the person edits it or the plan's value of that field changes, so a
 * too-long paste is never thrown away.
 */
class FieldValueDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.PROPERTY) throw new Error('fieldValue() goes on a .value binding');
  }

  render(value: string) {
    return value;
  }

  override update(part: PropertyPart, [value]: [string]) {
    const control = part.element as TextControl;
    const kept = refused.get(control);
    if (!bound.has(control)) {
      // Capture listeners on the target run before the widget's own handlers of the same event.
      control.addEventListener('input', noteEditing, { capture: true });
      control.addEventListener('change', noteEditing, { capture: true });
    }
    bound.set(control, value);
    if (kept && kept.planValue === value) {
      if (control.value !== kept.text) control.value = kept.text;
      return noChange;
    }
    refused.delete(control);
    if (control.value !== value) control.value = value;
    return noChange;
  }
}

export const fieldValue = directive(FieldValueDirective);

/**
 * Called while an edit is refused: the `fieldValue` control of `root` being edited keeps its text
 * through the re-render that shows the error. Typing in it again lifts the hold.
 */
export function keepRefusedText(root: Document | ShadowRoot): void {
  const control = editing;
  if (!control || control.getRootNode() !== root) return;
  refused.set(control, { text: control.value, planValue: bound.get(control) ?? '' });
  control.addEventListener('input', () => refused.delete(control), { once: true });
}

