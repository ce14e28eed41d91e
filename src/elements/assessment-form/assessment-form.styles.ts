import { css } from 'lit';

export const styles = css`
  :host {
    --_section-gap: var(--tpk-assessment-form-section-gap, var(--_space-6));
    --_section-surface: var(--tpk-assessment-form-section-surface, var(--_surface));
    --_option-surface: var(--tpk-assessment-form-option-surface, var(--_surface-alt));
    --_critical: var(--tpk-assessment-form-critical-color, var(--_danger));
    --_critical-surface: var(--tpk-assessment-form-critical-surface, var(--_danger-surface));
  }
  h2,
  h3,
  h4 {
    margin-block: 0 var(--_space-2);
    line-height: 1.25;
  }
  h2 {
    font-size: var(--_font-size-large);
  }
  h3 {
    font-size: 1.125rem;
  }
  h4 {
    font-size: var(--_font-size);
  }
  .intro,
  .explain,
  .licence,
  .hint,
  .instructions {
    color: var(--_text-muted);
    margin-block: 0 var(--_space-3);
  }
  .instructions {
    white-space: pre-line;
    color: var(--_text);
  }
  .licence {
    font-size: var(--_font-size-small);
    margin-block-start: var(--_space-3);
  }
  section {
    margin-block-end: var(--_section-gap);
    padding-block: var(--_space-4);
    padding-inline: var(--_space-4);
    background: var(--_section-surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  section.part {
    padding-block: var(--_space-2);
    margin-block-end: var(--_space-3);
  }
  section.part > h3 {
    margin: 0;
    font-size: 1.125rem;
  }
  .part > .body {
    padding-block-start: var(--_space-3);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin-block-end: var(--_space-4);
  }
  .field > label,
  legend {
    font-weight: 600;
  }
  textarea {
    inline-size: 100%;
    min-block-size: 4.5rem;
    resize: vertical;
  }
  input[type='text'],
  input[type='date'],
  select {
    inline-size: 100%;
    max-inline-size: 32rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space-4);
    padding-block: var(--_space-2) var(--_space-3);
    padding-inline: var(--_space-3);
    min-inline-size: 0;
  }
  fieldset.item legend {
    font-weight: 400;
    padding-inline: var(--_space-1);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .options label {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding-inline: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_option-surface);
    cursor: pointer;
  }
  .options label:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  fieldset.invalid {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  .error:empty {
    display: none;
  }
  .list-entry {
    background: var(--_surface-alt);
  }
  .score {
    padding-block: var(--_space-3);
    padding-inline: var(--_space-4);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    margin-block: var(--_space-3);
  }
  .score p {
    margin: 0;
  }
  .score .total {
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  .score ul {
    margin-block: var(--_space-2) 0;
    padding-inline-start: var(--_space-6);
  }
  .critical {
    padding-block: var(--_space-3);
    padding-inline: var(--_space-4);
    border: 2px solid var(--_critical);
    border-inline-start-width: 6px;
    background: var(--_critical-surface);
    color: var(--_text);
    border-radius: var(--_radius);
    font-weight: 700;
    margin-block: var(--_space-3);
  }
  .critical-note {
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    border-inline-start: 6px solid var(--_critical);
    background: var(--_critical-surface);
    color: var(--_text);
    font-weight: 700;
    margin-block: var(--_space-2) var(--_space-3);
  }
  .critical-note p {
    margin-block: 0 var(--_space-2);
  }
  .critical-note p:last-child {
    margin-block-end: 0;
  }
  .offer {
    padding: var(--_space-3);
    border: 1px solid var(--_warning);
    background: var(--_warning-surface);
    border-radius: var(--_radius);
    margin-block: var(--_space-3);
  }
  .offer p {
    margin-block: 0 var(--_space-2);
  }
  .offer button + p {
    margin-block-start: var(--_space-3);
  }
  .safety-step {
    margin-block-end: var(--_space-4);
  }
  .safety-line {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin-block-end: var(--_space-2);
  }
  .safety-line input {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .history {
    font-size: var(--_font-size-small);
    padding-inline-start: var(--_space-6);
  }
  .summary {
    padding: var(--_space-3) var(--_space-4);
    border: 2px solid var(--_danger);
    background: var(--_danger-surface);
    border-radius: var(--_radius);
    margin-block-end: var(--_space-4);
  }
  .summary:empty {
    display: none;
  }
  .done {
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_success);
    background: var(--_success-surface);
    border-radius: var(--_radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: center;
    margin-block-start: var(--_space-4);
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 600;
    margin-block-start: var(--_space-2);
  }
  dd {
    margin-inline-start: 0;
    white-space: pre-line;
  }
  .unanswered {
    color: var(--_text-muted);
    font-style: italic;
  }
  @media (forced-colors: active) {
    .critical,
    .critical-note,
    .summary,
    fieldset.invalid {
      border-color: CanvasText;
    }
    .options label:has(input:checked) {
      border: 2px solid Highlight;
    }
    .score {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    section {
      break-inside: avoid;
      border-color: #000;
    }
    button {
      display: none;
    }
  }
`;
