import { css } from 'lit';

export const styles = css`
  :host {
    --_card-bg: var(--tpk-modality-picker-card-background, var(--_surface));
    --_card-border: var(--tpk-modality-picker-card-border, var(--_border));
    --_gap: var(--tpk-modality-picker-gap, var(--_space-4));
  }
  section {
    margin-block-end: var(--_space-6);
  }
  h2 {
    font-size: var(--_font-size-large);
    margin-block: 0 var(--_space-2);
  }
  h3 {
    font-size: var(--_font-size);
    margin-block: 0 var(--_space-2);
  }
  h4 {
    font-size: var(--_font-size);
    margin-block: var(--_space-3) var(--_space-1);
  }
  p {
    margin-block: 0 var(--_space-2);
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .card {
    background: var(--_card-bg);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    padding-block: var(--_space-3);
    padding-inline: var(--_space-4);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  /* Compact cards: the catalog in columns, chosen approaches one line each until opened. */
  .suggestions > .cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
    align-items: start;
  }
  .catalog-list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    align-items: start;
  }
  .catalog-item,
  .entry {
    padding-block: var(--_space-2);
  }
  .catalog-item > h3,
  .entry > h3 {
    margin: 0;
  }
  .catalog-list + .toggle {
    margin-block: var(--_space-3);
  }
  .catalog-item .one-line {
    margin-block: var(--_space-1) 0;
  }
  .catalog-item .actions {
    margin-block-start: var(--_space-1);
  }
  .entry-body,
  .catalog-item .details {
    padding-block-start: var(--_space-2);
  }
  /* The facts (dl.facts) go one under the other when this box is narrow, whatever the screen. */
  .catalog-item .details {
    container-type: inline-size;
  }
  .suggestion.demoted {
    border-style: dashed;
  }
  .reasons {
    margin-block: 0 var(--_space-2);
    padding-inline-start: var(--_space-6);
  }
  .reasons li + li {
    margin-block-start: var(--_space-1);
  }
  .preference,
  .demotion {
    color: var(--_text-muted);
  }
  .note {
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-surface);
    padding-block: var(--_space-1);
    padding-inline: var(--_space-3);
  }
  .hint,
  .empty,
  .count,
  .desc,
  .evidence,
  .in-plan {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }
  .desc,
  .evidence {
    display: block;
  }
  .desc {
    margin-inline-start: 1.75rem;
  }
  .badge {
    display: inline-block;
    font-size: var(--_font-size-small);
    font-weight: normal;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-inline: var(--_space-2);
    margin-inline-start: var(--_space-2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: var(--_space-2);
  }
  button.small {
    min-block-size: 2.75rem;
    padding-inline: var(--_space-3);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block: var(--_space-3) 0;
    margin-inline: 0;
    padding-block: var(--_space-2) var(--_space-3);
    padding-inline: var(--_space-3);
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: var(--_space-1);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: var(--_space-3);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin-block-end: var(--_space-2);
    min-inline-size: 0;
  }
  .field textarea {
    inline-size: 100%;
  }
  .check {
    margin-block: var(--_space-1);
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    vertical-align: middle;
    margin-inline-end: var(--_space-2);
  }
  .goal-name {
    font-weight: 600;
    margin-block: var(--_space-2) 0;
  }
  .error {
    color: var(--_danger);
    background: var(--_danger-surface);
    border-inline-start: 4px solid var(--_danger);
    padding-block: var(--_space-1);
    padding-inline: var(--_space-3);
    margin-block: var(--_space-1);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: var(--_space-3);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-3);
    margin-block: 0 var(--_space-2);
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  @container (max-width: 30rem) {
    .facts {
      grid-template-columns: 1fr;
    }
  }
  details summary {
    cursor: pointer;
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
  }
  .hw-list {
    list-style: none;
    padding: 0;
    margin-block: 0 var(--_space-3);
    display: grid;
    gap: var(--_space-3);
  }
  .hw {
    border-block-end: 1px solid var(--_border);
    padding-block-end: var(--_space-3);
  }
  .client-entry .hw-list {
    list-style: disc;
    padding-inline-start: var(--_space-6);
  }
  h2[tabindex='-1']:focus,
  h3[tabindex='-1']:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .card,
    fieldset,
    .error,
    .note {
      border: 1px solid CanvasText;
    }
    [aria-invalid='true'] {
      border: 2px solid Mark;
    }
  }
`;
