import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * The one disclosure every widget uses to collapse a part of a long screen: a button with
 * `aria-expanded` that controls the part's body (the ARIA disclosure pattern). Keyboard operable as
 * any button (Enter, Space), announced as expanded or collapsed, styled by `disclosureStyles`. The
 * caller renders the body (id `controls`) only while open, so closed parts cost no layout.
 */
export interface ToggleOptions {
  /** `data-toggle` of the button: what it opens (a section name, an item id). */
  key: string;
  open: boolean;
  /** Id of the body the button shows and hides. */
  controls: string;
  /** The part's name, shown on the button. */
  label: unknown;
  /** A short state beside the name ("3 of 5 answered", "2 goals · 1 achieved"). */
  state?: unknown;
  onToggle: () => void;
  /** `::part` names of the button and of its state. */
  part?: string;
  statePart?: string;
}

export const toggleButton = (o: ToggleOptions): TemplateResult =>
  html`<button type="button" class="toggle" part=${o.part ?? nothing} data-toggle=${o.key} aria-expanded=${String(o.open)} aria-controls=${o.controls} @click=${o.onToggle}>
    <span class="title">${o.label}</span>
    ${o.state ? html`<span class="state" part=${o.statePart ?? nothing}>${o.state}</span>` : nothing}
  </button>`;

export const disclosureStyles = css`
  .toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-3);
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: var(--_space-1);
    padding-inline: var(--_space-1);
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .toggle::before {
    content: '▸' / '';
    display: inline-block;
    inline-size: 1em;
  }
  .toggle[aria-expanded='true']::before {
    content: '▾' / '';
  }
  :host(:dir(rtl)) .toggle[aria-expanded='false']::before {
    content: '◂' / '';
  }
  .toggle .title {
    flex: 1 1 12rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .toggle .state {
    font-weight: 400;
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    .toggle {
      color: ButtonText;
    }
    .toggle .state {
      color: ButtonText;
    }
  }
`;
