import { css } from 'lit';

export const styles = css`
  :host {
    --_heading: var(--tpk-plan-summary-heading-color, var(--_text));
    max-inline-size: var(--tpk-plan-summary-max-inline-size, 60rem);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    color: var(--_heading);
    line-height: 1.25;
    margin-block: var(--_space-4) var(--_space-2);
  }
  h1,
  h2 {
    font-size: var(--_font-size-large);
  }
  h3,
  h4,
  h5,
  h6 {
    font-size: var(--_font-size);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-6);
    margin: 0;
  }
  .facts div {
    display: flex;
    gap: var(--_space-2);
  }
  dt {
    color: var(--_text-muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  section {
    border-block-start: 1px solid var(--_border);
    margin-block-start: var(--_space-4);
  }
  p {
    margin-block: var(--_space-1);
  }
  .empty,
  .meta,
  .evidence {
    color: var(--_text-muted);
  }
  /* One sentence with its items separated by semicolons (not a row of flex items like .meta). */
  .evidence {
    font-size: var(--_font-size-small);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    font-size: var(--_font-size-small);
  }
  .own-words {
    font-style: italic;
  }
  ol,
  ul {
    padding-inline-start: var(--_space-6);
  }
  li {
    margin-block: var(--_space-2);
  }
  table {
    border-collapse: collapse;
    margin-block: var(--_space-2);
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: var(--_space-1);
  }
  th,
  td {
    text-align: start;
    padding-block: var(--_space-1);
    padding-inline: var(--_space-2);
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
    /* At 320 px the four score columns share the width: long words break instead of pushing the table wider. */
    overflow-wrap: anywhere;
  }
  .risk {
    display: block;
    margin-block-start: var(--_space-1);
    padding-block: var(--_space-1);
    padding-inline: var(--_space-2);
    color: var(--_danger);
    background: var(--_danger-surface);
    border-inline-start: 4px solid var(--_danger);
  }
  /* A long plan's problems are laid out only near the screen; on paper, all of them. */
  .problem {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 40rem;
  }
  @media (forced-colors: active) {
    .risk {
      border: 2px solid CanvasText;
    }
    .toggle .state .risk-state {
      color: ButtonText;
    }
  }
  .hash {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .sign-panel {
    margin-block-start: var(--_space-3);
    padding-block: var(--_space-1);
    padding-inline: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* The panel's heading is its disclosure button. */
  .sign-panel > :is(h3, h4, h5, h6) {
    margin: 0;
  }
  .sign-panel .announce:empty {
    display: none;
  }
  .sign-body {
    padding-inline: var(--_space-2);
  }
  .sign-panel form,
  .sign-form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    justify-items: start;
    margin-block-end: var(--_space-4);
  }
  .sign-panel .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-1);
  }
  .sign-panel .check {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
  }
  .sign-panel .risk p {
    margin-block: var(--_space-1);
  }
  .toggle .state .risk-state {
    font-weight: 700;
    color: var(--_danger);
  }
  .sign-panel .error {
    color: var(--_danger);
    margin: 0;
  }
  @media print {
    /* A message for the page's developer, and the panel to agree and sign: not part of the plan on paper. */
    .catalog-error,
    .sign-panel {
      display: none;
    }
    :host {
      color: #000;
      max-inline-size: none;
    }
    section {
      break-inside: avoid-page;
    }
    .problem {
      content-visibility: visible;
    }
    .risk {
      border: 2px solid #000;
      background: none;
      color: #000;
    }
  }
`;
