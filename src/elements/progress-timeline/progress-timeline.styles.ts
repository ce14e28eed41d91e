import { css } from 'lit';

// Shared declarations are grouped first (one rule per declaration set); rules further down add
// only what differs, so their order still decides where they override the groups. A badge is
// shown only while a review is due soon, due or overdue, and the only notice is the danger one
// ("Needs attention"), so neither needs a rule per variant.
export const styles = css`
  :host {
    --_line: var(--tpk-progress-timeline-line-color, var(--_accent));
    --_target: var(--tpk-progress-timeline-target-color, var(--_success));
    --_baseline: var(--tpk-progress-timeline-baseline-color, var(--_text-muted));
    --_band-opacity: var(--tpk-progress-timeline-band-opacity, 0.7);
    --_chart-max: var(--tpk-progress-timeline-chart-max-inline-size, 48rem);
  }
  .muted,
  .provisional,
  .kind {
    color: var(--_text-muted);
  }
  .badge,
  .provisional,
  .legend,
  .selected,
  table,
  .error,
  .kind {
    font-size: var(--_font-size-small);
  }
  .badge,
  .status,
  caption,
  legend,
  .kind,
  .target text {
    font-weight: 600;
  }
  .row,
  .legend,
  .filters,
  .entry-head,
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
  }
  .notice,
  .objectives > li,
  fieldset,
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .objectives,
  .month,
  .legend {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  h2,
  h3,
  h4 {
    margin-block: var(--_space-4) var(--_space-2);
    line-height: 1.25;
  }
  h2 {
    font-size: var(--_font-size-large);
  }
  h3,
  h4 {
    font-size: var(--_font-size);
  }
  section {
    margin-block-end: var(--_space-6);
  }
  p,
  .notice,
  .legend {
    margin-block: var(--_space-2);
  }
  .row {
    gap: var(--_space-2) var(--_space-4);
    align-items: center;
  }
  .badge {
    display: inline-block;
    padding-block: 0.1rem;
    padding-inline: var(--_space-2);
    border-radius: var(--_radius);
    border: 1px solid currentColor;
    color: var(--_warning);
    background: var(--_warning-surface);
  }
  .badge.overdue {
    color: var(--_danger);
    background: var(--_danger-surface);
  }
  .notice {
    padding-block: var(--_space-3);
    padding-inline: var(--_space-4);
    border-inline-start: 4px solid var(--_danger);
    background: var(--_danger-surface);
  }
  .notice ul {
    margin: 0;
    padding-inline-start: var(--_space-4);
  }
  .objectives {
    display: grid;
    gap: var(--_space-3);
  }
  .objectives > li {
    padding: var(--_space-3);
  }
  .status.worsening {
    color: var(--_danger);
  }
  .status.improving,
  .status.achieved {
    color: var(--_success);
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 28rem), 1fr));
    gap: var(--_space-4);
  }
  figure {
    margin: 0;
    margin-block-end: var(--_space-4);
    max-inline-size: var(--_chart-max);
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .band {
    opacity: var(--_band-opacity);
  }
  .band-0 {
    fill: var(--_success-surface);
  }
  .band-1 {
    fill: var(--_surface-alt);
  }
  .band-2 {
    fill: var(--_warning-surface);
  }
  .band-3,
  .band-4 {
    fill: var(--_danger-surface);
  }
  .band-label,
  .tick,
  .baseline text,
  .target text {
    font-size: 11px;
    fill: var(--_text-muted);
  }
  .axis {
    stroke: var(--_border);
  }
  .baseline line {
    stroke: var(--_baseline);
    stroke-dasharray: 6 4;
  }
  .target line {
    stroke: var(--_target);
    stroke-width: 2;
    stroke-dasharray: 2 3;
  }
  .target text {
    fill: var(--_target);
  }
  .line {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2;
  }
  .dot {
    fill: var(--_surface);
    stroke: var(--_line);
    stroke-width: 2.5;
  }
  .dot.better {
    fill: var(--_success);
    stroke: var(--_success);
  }
  .dot.worse {
    fill: var(--_danger);
    stroke: var(--_danger);
  }
  .glyph {
    font-size: 12px;
    font-weight: 700;
    fill: var(--_text);
  }
  .hit {
    fill: transparent;
  }
  .point {
    outline: none;
  }
  .point:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: var(--_focus-width);
  }
  .legend {
    gap: var(--_space-1) var(--_space-4);
  }
  .selected {
    min-block-size: 1.5em;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    max-inline-size: var(--_chart-max);
  }
  caption,
  th,
  td {
    text-align: start;
  }
  caption {
    padding-block-end: var(--_space-2);
  }
  th,
  td {
    padding-block: var(--_space-1);
    padding-inline: var(--_space-2);
    border-block-end: 1px solid var(--_border);
  }
  .table-wrap {
    overflow-x: auto;
  }
  fieldset {
    margin-block: var(--_space-3);
    padding: var(--_space-3);
    min-inline-size: 0;
  }
  legend {
    padding-inline: var(--_space-1);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
    margin-block-end: var(--_space-3);
  }
  .field > input,
  .field > select {
    justify-self: start;
    min-inline-size: min(14rem, 100%);
  }
  .field textarea {
    min-block-size: 4rem;
    inline-size: 100%;
  }
  .choice {
    display: flex;
    gap: var(--_space-2);
    align-items: baseline;
    margin-block: var(--_space-1);
  }
  .error {
    color: var(--_danger);
    margin: 0;
  }
  .filters {
    gap: var(--_space-1) var(--_space-4);
  }
  .month {
    border-inline-start: 2px solid var(--_border);
    /* A course of therapy has a thousand entries: only the months near the screen are laid out. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 30rem;
  }
  .entry {
    padding-block: var(--_space-2);
    padding-inline: var(--_space-4) 0;
  }
  .entry + .entry {
    border-block-start: 1px solid var(--_surface-alt);
  }
  .entry-head {
    gap: var(--_space-2);
    align-items: baseline;
  }
  .kind {
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .entry.risk-flag .kind,
  .entry .worse-text {
    color: var(--_danger);
  }
  .entry ul {
    margin-block: var(--_space-1);
    padding-inline-start: var(--_space-4);
  }
  dialog {
    inline-size: min(40rem, 100vw - 2rem);
    max-block-size: calc(100vh - 2rem);
    padding: var(--_space-4);
    color: var(--_text);
    background: var(--_surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-actions {
    gap: var(--_space-2);
    justify-content: flex-end;
    margin-block-start: var(--_space-4);
  }
  @media (forced-colors: active) {
    .band {
      fill: Canvas;
      stroke: GrayText;
      opacity: 1;
    }
    .band-label,
    .tick,
    .baseline text,
    .target text,
    .glyph {
      fill: CanvasText;
    }
    .axis,
    .baseline line,
    .target line,
    .line {
      stroke: CanvasText;
    }
    .dot {
      fill: Canvas;
      stroke: CanvasText;
    }
    .dot.better,
    .dot.worse {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .point:focus-visible .hit {
      stroke: Highlight;
    }
    .badge,
    .notice {
      border: 2px solid CanvasText;
    }
  }
`;
