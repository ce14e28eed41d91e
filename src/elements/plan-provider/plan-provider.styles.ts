import { css } from 'lit';
import { conflictNoticeStyles } from './conflict-notice.js';

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
  ${conflictNoticeStyles}
`;
