import { css } from 'lit';

/**
 * Shared by every element. Global tokens (`--tpk-*`) come from the page (a theme file in
 * `src/themes/*.css` or the host's own values); each has a fallback here, equal to the light
 * theme, so the kit looks right with no theme at all. Elements read only the private `--_*`
 * copies, so a vendor theme sets each token once. The full list of global tokens is in
 * `src/themes/README.md`; `test/themes/tokens.test.ts` keeps it, this file and every theme in step.
 */
export const baseStyles = css`
  :host {
    --_font: var(--tpk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--tpk-font-size, 1rem);
    --_font-size-small: var(--tpk-font-size-small, 0.875rem);
    --_font-size-large: var(--tpk-font-size-large, 1.25rem);
    --_font-weight-strong: var(--tpk-font-weight-strong, 600);
    --_line-height: var(--tpk-line-height, 1.5);
    --_text: var(--tpk-color-text, #1d232b);
    --_text-muted: var(--tpk-color-text-muted, #4d5866);
    --_surface: var(--tpk-color-surface, #ffffff);
    --_surface-alt: var(--tpk-color-surface-alt, #f3f5f8);
    --_border: var(--tpk-color-border, #76818e);
    --_accent: var(--tpk-color-accent, #1f5fbf);
    --_accent-surface: var(--tpk-color-accent-surface, #e8f0fc);
    --_on-accent: var(--tpk-color-on-accent, #ffffff);
    --_danger: var(--tpk-color-danger, #a8201a);
    --_danger-surface: var(--tpk-color-danger-surface, #fdecea);
    --_warning: var(--tpk-color-warning, #7a4b00);
    --_warning-surface: var(--tpk-color-warning-surface, #fff4d6);
    --_success: var(--tpk-color-success, #1d6b35);
    --_success-surface: var(--tpk-color-success-surface, #e6f4ea);
    /* Density scales every space and the control size: compact 0.75, default 1, comfortable 1.25. */
    --_density: var(--tpk-density, 1);
    /* On a narrow screen with large text a space is at most what it is at 100 % text on a 320 px
       screen (0.25rem there is 1.25vw, …): at 200 % text, boxes inside boxes leave room for the words. */
    --_space-1: min(calc(var(--tpk-space-1, 0.25rem) * var(--_density)), 1.25vw);
    --_space-2: min(calc(var(--tpk-space-2, 0.5rem) * var(--_density)), 2.5vw);
    --_space-3: min(calc(var(--tpk-space-3, 0.75rem) * var(--_density)), 3.75vw);
    --_space-4: min(calc(var(--tpk-space-4, 1rem) * var(--_density)), 5vw);
    --_space-6: min(calc(var(--tpk-space-6, 1.5rem) * var(--_density)), 7.5vw);
    --_space-8: min(calc(var(--tpk-space-8, 2rem) * var(--_density)), 10vw);
    --_control-size: max(1.5rem, calc(var(--tpk-control-min-size, 2.75rem) * var(--_density)));
    --_radius: var(--tpk-radius, 0.375rem);
    --_radius-small: var(--tpk-radius-small, 0.25rem);
    --_radius-large: var(--tpk-radius-large, 0.75rem);
    --_focus: var(--tpk-focus-color, #1f5fbf);
    --_focus-width: var(--tpk-focus-width, 3px);
    --_focus-offset: var(--tpk-focus-offset, 2px);
    --_duration: var(--tpk-motion-duration, 150ms);

    display: block;
    box-sizing: border-box;
    /* Each widget paints its own surface, so its text is legible on any page behind it
       (the dark theme on a white portal page, the light one on a black page). */
    background-color: var(--_surface);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    /* Reflow (WCAG 1.4.10, 1.4.4): at 320 px with text at 200 %, a word longer than its box
       breaks instead of pushing the widget wider than the screen. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* What a <details> holds inherits from the browser's own slot inside it, not from the details
     (Chromium): without this, a field at 100 % inside an opened <details> is its padding wider. */
  details > * {
    box-sizing: border-box;
  }
  :focus-visible,
  /* A date input's parts take focus inside it. On its calendar button (Chromium) the input
     matches neither :focus nor :focus-visible, only :focus-within: ring the whole input then too. */
  input[type='date']:focus-within {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: var(--_focus-offset);
  }
  /* "Jump to …" links at the top of a big widget (templates/skip-links.ts). */
  .skip-links ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    margin: 0 0 var(--_space-3);
    padding: 0;
    list-style: none;
  }
  .skip-links a {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .missing-provider {
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-surface);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  button {
    font: inherit;
    min-block-size: var(--_control-size);
    padding-block: var(--_space-2);
    padding-inline: var(--_space-4);
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    max-inline-size: 100%;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    /* Never wider than their box: a select as wide as its longest option, a text field's default
       20 characters at 200 % text, would run off a 320 px screen. */
    max-inline-size: 100%;
    min-inline-size: 0;
  }
  /* A radio button or checkbox keeps its size beside a label that wraps (as a flex item it would shrink). */
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
  }
  /* The plan changed since its signed version (every widget's header). */
  .changed-since-signed {
    margin-block: 0 var(--_space-3);
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-surface);
    color: var(--_text);
    border-radius: var(--_radius-small);
  }
  /* Content the host supplied (a catalog, rules, a library) was refused: said on screen. */
  .catalog-error {
    border: 2px solid var(--_danger);
    background: var(--_danger-surface);
    border-radius: var(--_radius);
    padding-block: var(--_space-3);
    padding-inline: var(--_space-4);
    margin-block-end: var(--_space-4);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    button:disabled {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    button.primary {
      border: 2px solid ButtonText;
    }
    .missing-provider,
    .catalog-error,
    .changed-since-signed {
      border: 2px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
