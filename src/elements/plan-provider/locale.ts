import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SOURCE_LOCALE, activeLocale, applyLocale, localeTrouble, onLocaleStatus } from '../../i18n/localization.js';
import type { PlanError } from '../../model/errors.js';

/**
 * Why a provider's `locale` is not the page's language, as a code for hosts
 * (`draft-error` `invalid-attribute`, `params.reason`).
 */
export type LocaleNoticeReason = 'locale-conflict' | 'locale-load-failed' | 'page-configured-elsewhere';

/** Every connected provider's request, in the order they connected: the first one leads. */
const requests = new Map<PlanProviderLocale, string>();
/** Locales whose module could not be loaded on this page (not tried again until a reload). */
const failed = new Set<string>();
let loading: string | undefined;

/** Applies the leading provider's locale, then tells every provider. */
function settle(): void {
  const lead = requests.values().next().value;
  if (lead !== undefined && !failed.has(lead) && !localeTrouble() && lead !== (loading ?? activeLocale())) {
    loading = lead;
    applyLocale(lead).then(
      () => undefined,
      () => {
        // A newer request took over (nothing failed), or the module did not load.
        if (activeLocale() !== lead && loading === lead) failed.add(lead);
      },
    ).finally(() => {
      if (loading === lead) loading = undefined;
      settle();
    });
  }
  for (const controller of requests.keys()) controller.host.requestUpdate();
}

/**
 * The page-wide language seen from one `<plan-provider>`: asks for its `locale`, follows the
 * page's, and says when they differ. @lit/localize has one language per page, so the first
 * provider on the page leads and any other asking a different locale shows a notice (the page
 * keeps the leader's language). A locale whose module cannot load leaves the page as it was.
 */
export class PlanProviderLocale implements ReactiveController {
  readonly host: ReactiveControllerHost & { readonly isConnected: boolean };
  #asked: string = SOURCE_LOCALE;
  #stop?: () => void;

  constructor(host: ReactiveControllerHost & { readonly isConnected: boolean }) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = onLocaleStatus(() => this.host.requestUpdate());
    requests.set(this, this.#asked);
    settle();
  }

  hostDisconnected(): void {
    this.#stop?.();
    requests.delete(this);
    settle();
  }

  /** Asks for `locale` (a known one: the provider checked its attribute). */
  ask(locale: string): void {
    if (locale === this.#asked) return;
    this.#asked = locale;
    if (!requests.has(this)) return;
    requests.set(this, locale);
    settle();
  }

  /** The language the widgets show now (the page's, once its words have loaded). */
  get active(): string {
    return activeLocale();
  }

  /** Why this provider's locale is not shown, as an `invalid-attribute` error; `undefined` when it is (or is loading). */
  get notice(): PlanError | undefined {
    const asked = this.#asked;
    const page = activeLocale();
    if (asked === page || (asked === loading && !failed.has(asked))) return undefined;
    if (localeTrouble()) {
      return problem('page-configured-elsewhere', asked, page, msg(str`locale="${asked}" cannot be applied: this page set up @lit/localize itself, so the widgets follow the page's language ("${page}").`));
    }
    if (failed.has(asked)) {
      return problem('locale-load-failed', asked, page, msg(str`The words for locale="${asked}" could not be loaded, so the page stays in "${page}". Check that the locale's module can be downloaded, then reload.`));
    }
    const lead = requests.values().next().value;
    if (lead !== undefined && lead !== asked) {
      return problem('locale-conflict', asked, lead, msg(str`locale="${asked}" differs from locale="${lead}" of another plan provider on this page. The language is page-wide: give every plan provider the same locale.`));
    }
    return undefined;
  }
}

function problem(reason: LocaleNoticeReason, asked: string, page: string, message: string): PlanError {
  return { code: 'invalid-attribute', message, params: { attribute: 'locale', reason, asked, page } };
}
