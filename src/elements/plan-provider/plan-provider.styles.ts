import { css } from 'lit';

/** The provider renders only its slot, plus the attribute notice and the conflict notice. */
export const planProviderStyles = css`
  :host {
    display: contents;
  }
  [part='config-error'] {
    display: block;
    margin-block: 0.5rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--tpk-color-danger, #a8201a);
    background: var(--tpk-color-danger-surface, #fdecea);
    color: var(--tpk-color-text, #1d232b);
    font-family: var(--tpk-font-family, system-ui, sans-serif);
    border-radius: var(--tpk-radius, 0.375rem);
  }
  /* The conflict notice (its template loads on demand, see conflict-notice.ts). */
  [part='conflict-notice'] {
    display: block;
    margin-block: 0.5rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--tpk-color-warning, #8a5a00);
    background: var(--tpk-color-warning-surface, #fff4d6);
    color: var(--tpk-color-text, #1d232b);
    font-family: var(--tpk-font-family, system-ui, sans-serif);
    border-radius: var(--tpk-radius, 0.375rem);
  }
  [part='conflict-notice'] .title {
    margin-block: 0 0.5rem;
  }
  [part='conflict-notice'] fieldset {
    border: 1px solid currentColor;
    margin-block: 0.5rem;
    overflow-wrap: anywhere;
  }
  [part='conflict-notice'] .choice {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem;
  }
  [part='conflict-notice'] button {
    font: inherit;
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
  }
  [part='conflict-notice'] button:focus-visible {
    outline: var(--tpk-focus-width, 3px) solid var(--tpk-focus-color, #1a56db);
    outline-offset: 2px;
  }
`;
