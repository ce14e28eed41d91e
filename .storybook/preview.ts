/// <reference types="vite/client" />
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { THEMES } from '../src/themes/themes.js';
// Every theme file, as a host would link them; `data-tpk-theme` on <html> picks one.
import '../src/themes/light.css';
import '../src/themes/dark.css';
import '../src/themes/ehr-teal.css';
import '../src/themes/portal-contrast.css';
import './preview.css';

// custom-elements.json is generated (`npm run manifest`), not committed by every branch:
// without it the docs still render, only without the API tables and controls.
const manifests = import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

/**
 * Locales the kit ships. Choosing one sets `locale` on every provider in the story: the page-wide
 * language switches (Spanish loads on demand), every widget re-renders, no reload.
 */
const LOCALES = [
  { value: 'en', title: 'English' },
  { value: 'es', title: 'Español' },
];

/**
 * Applies the toolbar choices the way a host page would: theme and density as data attributes on
 * <html>, `lang`/`dir` on <html>, and `locale` on every <plan-provider> in the story.
 */
const withHostSettings: Decorator = (story, context) => {
  const { theme = 'light', locale = 'en', dir = 'ltr', density = 'default' } = context.globals as Record<string, string>;
  const root = document.documentElement;
  root.setAttribute('data-tpk-theme', theme);
  if (density === 'default') root.removeAttribute('data-tpk-density');
  else root.setAttribute('data-tpk-density', density);
  root.lang = locale;
  root.dir = dir;
  requestAnimationFrame(() => {
    for (const provider of document.querySelectorAll('plan-provider')) provider.setAttribute('locale', locale);
  });
  return html`<div class="tpk-story" lang=${locale} dir=${dir}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withHostSettings],
  globalTypes: {
    theme: {
      description: 'Theme (data-tpk-theme on <html>)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEMES.map((t) => ({ value: t.name, title: t.label })),
        dynamicTitle: true,
      },
    },
    density: {
      description: 'Density (data-tpk-density on <html>)',
      toolbar: {
        title: 'Density',
        icon: 'component',
        items: [
          { value: 'compact', title: 'Compact' },
          { value: 'default', title: 'Default' },
          { value: 'comfortable', title: 'Comfortable' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of the widgets (locale on <plan-provider>, lang on <html>)',
      toolbar: { title: 'Locale', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', density: 'default', locale: 'en', dir: 'ltr' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { context: '#storybook-root', options: {}, test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
