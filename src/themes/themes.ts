/**
 * The theme files shipped in `src/themes/` (published as `tailored-plan-kit/themes/<file>`).
 * Each file sets every global token on `:where(:root)` and on `[data-tpk-theme="<name>"]` /
 * `.tpk-theme-<name>`, so a host can link one file for the whole page or several and switch a
 * subtree with the attribute. `auto.css` is light or dark by `prefers-color-scheme`.
 */
export interface ThemeInfo {
  /** Value of `data-tpk-theme` (and the `tpk-theme-<name>` class). */
  readonly name: string;
  /** File under `themes/`. */
  readonly file: string;
  readonly label: string;
  readonly colorScheme: 'light' | 'dark';
  /** A vendor example rather than one of the kit's own looks. */
  readonly example: boolean;
}

export const THEMES = [
  { name: 'light', file: 'light.css', label: 'Light', colorScheme: 'light', example: false },
  { name: 'dark', file: 'dark.css', label: 'Dark', colorScheme: 'dark', example: false },
  { name: 'ehr-teal', file: 'ehr-teal.css', label: 'EHR teal (compact example)', colorScheme: 'light', example: true },
  {
    name: 'portal-contrast',
    file: 'portal-contrast.css',
    label: 'Portal contrast (large text example)',
    colorScheme: 'light',
    example: true,
  },
] as const satisfies readonly ThemeInfo[];

export type ThemeName = (typeof THEMES)[number]['name'];

/** `auto.css` carries both light and dark and follows `prefers-color-scheme`. */
export const AUTO_THEME_FILE = 'auto.css';

export const DENSITIES = ['compact', 'default', 'comfortable'] as const;
export type Density = (typeof DENSITIES)[number];

/** Data attributes (on `<html>` or any container) that select a theme and a density. */
export const THEME_ATTRIBUTE = 'data-tpk-theme';
export const DENSITY_ATTRIBUTE = 'data-tpk-density';
