import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { THEMES } from '../src/themes/themes.js';
import { fullPlan } from './fixtures.js';
import { withPlan } from './support.js';
import { defineThemeSample } from './theme-sample.js';

defineThemeSample();

/**
 * The kit's looks: light, dark and the two vendor examples, side by side, at each density, and
 * re-skinned by a host with tokens and `::part` alone. The Theme toolbar switches the page;
 * the panels here set `data-tpk-theme` themselves.
 */
const meta: Meta = {
  title: 'Theming/Themes',
  parameters: {
    docs: {
      description: {
        component:
          'Link a theme file (`tailored-plan-kit/themes/light.css`, `dark.css`, `auto.css`, or a vendor example) and pick one per page or per container with `data-tpk-theme`. Density: `data-tpk-density="compact" | "comfortable"`. See src/themes/README.md for every token.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const ToolbarTheme: Story = {
  name: 'Current toolbar theme',
  render: () => html`<tpk-theme-sample></tpk-theme-sample>`,
};

export const AllThemes: Story = {
  name: 'All themes side by side',
  render: () => html`<div class="tpk-theme-grid">
    ${THEMES.map(
      (t) => html`<section class="tpk-theme-panel" data-tpk-theme=${t.name} aria-label=${t.label}>
        <h2>${t.label}</h2>
        <tpk-theme-sample></tpk-theme-sample>
      </section>`,
    )}
  </div>`,
};

export const PlanSummaryInEveryTheme: Story = {
  name: 'plan-summary in every theme',
  render: () => html`<div class="tpk-theme-grid">
    ${THEMES.map(
      (t) => html`<section class="tpk-theme-panel" data-tpk-theme=${t.name} aria-label=${t.label}>
        <h2>${t.label}</h2>
        ${withPlan(fullPlan(`story-theme-${t.name}`), html`<plan-summary heading-level="3"></plan-summary>`)}
      </section>`,
    )}
  </div>`,
};

export const Density: Story = {
  name: 'Density: compact, default, comfortable',
  render: () => html`<div class="tpk-theme-grid">
    ${(['compact', 'default', 'comfortable'] as const).map(
      (d) => html`<section
        class="tpk-theme-panel"
        data-tpk-density=${d}
        aria-label=${`Density ${d}`}
      >
        <h2>${d[0]!.toUpperCase() + d.slice(1)}</h2>
        <tpk-theme-sample></tpk-theme-sample>
      </section>`,
    )}
  </div>`,
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: () => html`<div dir="rtl" lang="ar">
    <tpk-theme-sample></tpk-theme-sample>
  </div>`,
};

/** What a vendor writes in its own stylesheet: tokens on a container, `::part` for the rest. */
const HOST_OVERRIDE_CSS = `.acme-ehr {
  --tpk-font-family: Georgia, 'Times New Roman', serif;
  --tpk-color-accent: #6b2c91;
  --tpk-color-accent-surface: #f3e9f9;
  --tpk-focus-color: #6b2c91;
  --tpk-radius: 2px;
  --tpk-radius-large: 4px;
}
.acme-ehr tpk-theme-sample::part(card) {
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
}
.acme-ehr tpk-theme-sample::part(title) {
  text-transform: uppercase;
  letter-spacing: 0.04em;
}
.acme-ehr tpk-theme-sample::part(primary-button) {
  font-weight: 700;
}`;

export const HostOverrides: Story = {
  name: 'A host re-skins it: tokens and ::part',
  render: () => html`<style
      ${ref((el) => {
        if (el) el.textContent = HOST_OVERRIDE_CSS;
      })}
    ></style>
    <div class="tpk-theme-grid">
      <section class="tpk-theme-panel acme-ehr" data-tpk-theme="light" aria-label="Re-skinned by the host">
        <h2>With the host's stylesheet</h2>
        <tpk-theme-sample></tpk-theme-sample>
      </section>
      <section class="tpk-theme-panel" aria-label="The host's stylesheet">
        <h2>The host's stylesheet</h2>
        <pre class="story-code" tabindex="0"><code>${HOST_OVERRIDE_CSS}</code></pre>
      </section>
    </div>`,
};
