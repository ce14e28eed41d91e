import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';

/**
 * The language @lit/localize last finished loading for the page (`en` until a locale loads).
 * @lit/localize keeps its `getLocale` inside whoever called `configureLocalization`; templates
 * cached with `guard` need the locale as a key so that a switch re-words them, so this module
 * follows the status events every locale change sends.
 */
let current = 'en';

if (typeof window !== 'undefined') {
  window.addEventListener(LOCALE_STATUS_EVENT, (e: CustomEvent<LocaleStatusEventDetail>) => {
    if (e.detail.status === 'ready') current = e.detail.readyLocale;
  });
}

/** The page's language as @lit/localize last loaded it. */
export const pageLocale = (): string => current;
