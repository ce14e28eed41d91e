import { css } from 'lit';

export const styles = css`
  :host {
    --_ge-gap: var(--tpk-goal-editor-gap, var(--_space-4));
    --_ge-card: var(--tpk-goal-editor-card-background, var(--_surface));
    --_ge-card-border: var(--tpk-goal-editor-card-border-color, var(--_border));
    --_ge-indent: var(--tpk-goal-editor-indent, var(--_space-4));
  }
  h2,
  h3,
  h4,
  h5 {
    margin-block: 0 var(--_space-2);
    line-height: 1.25;
  }
  h2 {
    font-size: var(--_font-size-large);
  }
  h3,
  h4,
  h5 {
    font-size: var(--_font-size);
  }
  section,
  .problem,
  .goal {
    margin-block-end: var(--_ge-gap);
  }
  .problem,
  .goal,
  .objective,
  .suggestion,
  .phase,
  .support {
    border: 1px solid var(--_ge-card-border);
    border-radius: var(--_radius);
    background: var(--_ge-card);
    padding-block: var(--_space-3);
    padding-inline: var(--_space-3);
  }
  .problem {
    padding-block: var(--_space-1);
  }
  .problem > h3 {
    margin: 0;
  }
  .problem > .body {
    padding-block: var(--_space-2);
  }
  .goal {
    /* Long plans: off-screen goals skip layout and paint until scrolled to. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 40rem;
  }
  .goals,
  .objectives {
    margin-inline-start: var(--_ge-indent);
  }
  ul.plain,
  ol.plain {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    /* One column as wide as the list, never as wide as a card's widest content. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-3);
    align-items: flex-end;
    margin-block: var(--_space-2);
  }
  .fields > label {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-inline-size: min(8rem, 100%);
    flex: 1 1 10rem;
  }
  .fields > label.wide {
    flex-basis: 100%;
  }
  /* Clinical wording and the client's own words sit side by side when there is room. */
  .fields > label.words {
    flex: 1 1 18rem;
  }
  label.inline {
    flex-direction: row;
    align-items: center;
    gap: var(--_space-2);
    flex: 0 1 auto;
  }
  /* Its select goes under its words when both do not fit on one line (a checkbox stays beside them). */
  label.inline:has(select) {
    flex-wrap: wrap;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block: var(--_space-2);
    padding: var(--_space-2) var(--_space-3);
    /* A fieldset is at least as wide as its content by default: as wide as its box instead. */
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: var(--_space-1);
  }
  textarea {
    min-block-size: 3.5rem;
    resize: vertical;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block: var(--_space-2);
  }
  /* "Add a [Strength…]": the label may shrink below its select's width (the select then shrinks too). */
  .toolbar > label {
    min-inline-size: 0;
  }
  .toolbar button {
    min-block-size: 2.75rem;
    padding-inline: var(--_space-3);
  }
  .muted {
    color: var(--_text-muted);
  }
  .sentence {
    font-weight: 600;
    margin-block: 0 var(--_space-1);
  }
  .badge {
    display: inline-block;
    padding-inline: var(--_space-2);
    border-radius: var(--_radius);
    border: 1px solid currentColor;
    font-size: var(--_font-size-small);
  }
  .badge.ok {
    color: var(--_success);
    background: var(--_success-surface);
  }
  .badge.todo {
    color: var(--_warning);
    background: var(--_warning-surface);
  }
  .checklist {
    list-style: none;
    margin-block: var(--_space-1);
    padding: 0;
    font-size: var(--_font-size-small);
  }
  .checklist li.fail {
    color: var(--_warning);
  }
  .checklist li.pass {
    color: var(--_success);
  }
  .checklist li.advice {
    color: var(--_text-muted);
  }
  .error {
    color: var(--_danger);
    background: var(--_danger-surface);
    border-inline-start: 4px solid var(--_danger);
    padding-inline: var(--_space-2);
    margin-block: var(--_space-1);
  }
  .undo-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    margin-block-end: var(--_space-3);
  }
  .reason {
    margin-block: 0 var(--_space-1);
  }
  .reason strong {
    font-weight: 600;
  }
  .library-entry {
    border-block-start: 1px solid var(--_border);
    padding-block: var(--_space-2);
  }
  details > summary {
    cursor: pointer;
    padding-block: var(--_space-2);
    font-weight: 600;
  }
  /* A long plan has hundreds of goal cards: the browser lays out and paints only those near the
     screen (typing in one card then costs what it costs in a short plan). */
  .goal {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 40rem;
  }
  .readonly {
    white-space: pre-wrap;
    margin-block: 0 var(--_space-2);
  }
  @media (forced-colors: active) {
    .problem,
    .goal,
    .objective,
    .suggestion,
    .phase,
    .support,
    .undo-bar,
    .badge {
      border-color: CanvasText;
    }
    .error {
      border: 2px solid CanvasText;
    }
  }
`;
