/**
 * Story-only element: a small slice of plan UI built from the kit's base styles and private
 * tokens, so every theme can be judged on the same controls. Parts are exposed like a real
 * widget's, to show `::part` styling. Call `defineThemeSample()` before use.
 */
import { LitElement, css, html } from 'lit';
import { baseStyles } from '../src/themes/base.styles.js';

export class TpkThemeSample extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .card {
        display: grid;
        gap: var(--_space-3);
        padding: var(--_space-4);
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: var(--_radius-large);
        transition: box-shadow var(--_duration) ease-out;
      }
      .card:focus-within {
        box-shadow: 0 0 0 1px var(--_accent);
      }
      h3 {
        margin: 0;
        font-size: var(--_font-size-large);
        font-weight: var(--_font-weight-strong);
      }
      .client-words {
        margin: 0;
        padding-inline-start: var(--_space-3);
        border-inline-start: 4px solid var(--_accent);
        font-style: italic;
      }
      .hint {
        margin: 0;
        color: var(--_text-muted);
        font-size: var(--_font-size-small);
      }
      .field {
        display: grid;
        gap: var(--_space-1);
      }
      label {
        font-weight: var(--_font-weight-strong);
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-2);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .chip {
        padding-block: var(--_space-1);
        padding-inline: var(--_space-3);
        border: 1px solid var(--_border);
        border-radius: var(--_radius-small);
        background: var(--_surface-alt);
      }
      .chip[aria-current='true'] {
        background: var(--_accent-surface);
        border-color: var(--_accent);
        color: var(--_accent);
        font-weight: var(--_font-weight-strong);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-2);
      }
      .banner {
        margin: 0;
        padding-block: var(--_space-2);
        padding-inline: var(--_space-3);
        border-inline-start: 4px solid currentColor;
        border-radius: var(--_radius-small);
      }
      .banner strong {
        font-weight: var(--_font-weight-strong);
      }
      .banner span {
        color: var(--_text);
      }
      .danger {
        color: var(--_danger);
        background: var(--_danger-surface);
      }
      .warning {
        color: var(--_warning);
        background: var(--_warning-surface);
      }
      .success {
        color: var(--_success);
        background: var(--_success-surface);
      }
      a {
        color: var(--_accent);
      }
      @media (forced-colors: active) {
        .chip[aria-current='true'] {
          border: 2px solid Highlight;
        }
        .banner {
          border: 1px solid CanvasText;
          border-inline-start-width: 4px;
        }
      }
    `,
  ];

  override render() {
    return html`<article class="card" part="card" aria-labelledby="title">
      <h3 id="title" part="title">Reduce panic attacks</h3>
      <p class="client-words" part="client-words">“Get the panic attacks down from every day to once a week at most.”</p>
      <p class="hint">Agreed together on 1 September 2026 · due 22 December 2026</p>
      <ul class="chips" aria-label="Phase">
        <li class="chip" aria-current="true">Skills and exposure</li>
        <li class="chip">Relapse prevention</li>
      </ul>
      <div class="field">
        <label for="count">Panic attacks this week</label>
        <input id="count" type="number" inputmode="numeric" value="2" min="0" aria-describedby="count-hint" />
        <p class="hint" id="count-hint">Baseline 7 a week · target 1 a week</p>
      </div>
      <div class="field">
        <label for="freq">Session frequency</label>
        <select id="freq">
          <option>Weekly</option>
          <option>Every two weeks</option>
        </select>
      </div>
      <p class="banner danger" role="note"><strong>Risk flag:</strong> <span>Thoughts of death or self-harm reported — follow up today.</span></p>
      <p class="banner warning" role="note"><strong>Review due</strong> <span>in 5 days (29 November 2026).</span></p>
      <p class="banner success" role="note"><strong>Achieved:</strong> <span>valued activities, five a week for six weeks.</span></p>
      <div class="actions" part="actions">
        <button class="primary" part="button primary-button" type="button">Save objective</button>
        <button type="button" part="button">Cancel</button>
        <button type="button" part="button" disabled>Sign plan</button>
      </div>
      <p class="hint"><a href="#how-to-measure">How to write a measurable objective</a></p>
    </article>`;
  }
}

/**
 * Registers the sample. A function, not a bare import side effect: package.json's `sideEffects`
 * lists only the kit's define modules, so a side-effect-only import of this file is tree-shaken.
 */
export function defineThemeSample(): void {
  if (!customElements.get('tpk-theme-sample')) customElements.define('tpk-theme-sample', TpkThemeSample);
}

declare global {
  interface HTMLElementTagNameMap {
    'tpk-theme-sample': TpkThemeSample;
  }
}
