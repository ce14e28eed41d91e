import { ContextRoot, consume } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { planContext, type PlanContextValue } from '../context/plan-context.js';
import { KIT_VERSION } from '../define-element.js';
import type { PlanError, Result } from '../model/errors.js';
import type { PlanMode, TreatmentPlan } from '../model/plan.js';
import type { PlanCommand } from '../plan/reducer.js';
import type { DispatchOptions, PlanStore } from '../store/plan-store.js';
import type { ContentSource } from '../content/source.js';
import { ContentController } from './controllers/content.js';
import { localeSettled, pendingLocale } from '../i18n/localization.js';
import { changedSinceSigned, signingKey } from './templates/signing-state.js';

const ROOT_KEY = Symbol.for('tailored-plan-kit/context-root');

/**
 * A ContextRoot on the document replays context requests made before a provider existed,
 * so a widget upgraded before `<plan-provider>` is defined still connects once it is.
 */
function ensureContextRoot(): void {
  if (Reflect.get(window, ROOT_KEY)) return;
  new ContextRoot().attach(document.documentElement);
  Reflect.set(window, ROOT_KEY, true);
}

/**
 * Base of every widget: receives the plan from the nearest `<plan-provider>` through context
 * (across shadow roots), renders a plain message when there is none, and sends commands.
 * Widgets never write storage and never talk to each other.
 */
export abstract class PlanElement extends LitElement {
  static readonly kitVersion = KIT_VERSION;

  // Every widget re-renders when the locale changes: this is what `@localized()` does, done once
  // here (subclasses inherit initializers). As a class decorator on each widget it would also make
  // esbuild (tests, demo, hosts bundling src/) lower every `#private` member to WeakMap helpers.
  static {
    this.addInitializer(updateWhenLocaleChanges);
  }

  /** @internal */
  @consume({ context: planContext, subscribe: true })
  @state()
  protected ctx?: PlanContextValue;

  #reported = false;
  #content: ContentController<unknown>[] = [];

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
  }

  /**
   * @internal Content this widget shows that loads on demand (per locale): `updateComplete`
   * resolves only once it has arrived and rendered.
   */
  protected content<T>(source: ContentSource<T>): ContentController<T> {
    const controller = new ContentController(this, source);
    this.#content.push(controller);
    return controller;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#content.some((c) => c.busy)) {
      await Promise.all(this.#content.map((c) => c.settled));
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** @internal */
  protected get plan(): TreatmentPlan | undefined {
    return this.ctx?.plan;
  }

  /** @internal */
  protected get store(): PlanStore | undefined {
    return this.ctx?.store;
  }

  /** @internal `clinician` unless the provider says `client`. */
  protected get mode(): PlanMode {
    return this.ctx?.mode ?? 'clinician';
  }

  /**
   * @internal Sends a command to the store. Returns the store's result (typed error on failure).
   * `options.coalesce` merges a burst of typing into one undo step (see `TextInputController`).
   */
  protected dispatch(command: PlanCommand, options?: DispatchOptions): Result<TreatmentPlan, PlanError> {
    if (!this.store) {
      return { ok: false, error: { code: 'command-rejected', message: 'No <plan-provider> around this element.' } };
    }
    return this.store.dispatch(command, options);
  }

  /** @internal Fires a native `input` event from the host (React onChange, Vue v-model, Angular). */
  protected emitInput(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /** @internal Fires a native `change` event from the host. */
  protected emitChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /**
   * @internal The parts of the plan this widget shows, when it shows only some. A new snapshot that
   * leaves each of them identical (the reducer keeps untouched parts as they were) skips the widget's
   * update: typing in one widget does not re-render the others that do not show it.
   */
  protected planParts?(plan: TreatmentPlan): readonly unknown[];

  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.planParts && changed.size === 1 && changed.has('ctx')) {
      const before = changed.get('ctx') as PlanContextValue | undefined;
      const now = this.ctx;
      const sameSetting = (a: PlanContextValue, b: PlanContextValue) =>
        a.store === b.store && a.mode === b.mode && a.locale === b.locale && a.ready === b.ready;
      if (before && now && sameSetting(before, now)) {
        const was = this.planParts(before.plan);
        const is = this.planParts(now.plan);
        // The "changed since signed" notice shows in every widget, whatever parts it shows.
        if (is.every((part, i) => part === was[i]) && signingKey(before.plan) === signingKey(now.plan)) return false;
      }
    }
    return super.shouldUpdate(changed);
  }

  /** Whether this widget has rendered words yet (see `render`). */
  #worded = false;

  protected override render(): TemplateResult {
    // Until the page's language has loaded, a widget that has shown no words yet shows none: a
    // Spanish page never shows English first. A later switch keeps the words shown until the
    // new ones arrive (nothing blanks out under the user's hands).
    if (!this.#worded && pendingLocale() !== undefined) {
      void localeSettled().then(() => this.requestUpdate());
      return html`<div class="loading" part="loading" aria-busy="true"></div>`;
    }
    this.#worded = true;
    const ctx = this.ctx;
    if (!ctx) return this.renderMissingProvider();
    if (!ctx.ready) return html`<p class="loading" role="status">${msg('Loading the treatment plan…')}</p>`;
    return this.showsSigningState ? html`${changedSinceSigned(ctx.plan, ctx.mode)}${this.renderPlan(ctx)}` : this.renderPlan(ctx);
  }

  /** @internal Whether the shared "changed since signed" notice opens this widget (the summary words its own). */
  protected showsSigningState = true;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.ctx && !this.#reported && this.isConnected) {
      this.#reported = true;
      // Give a provider defined later in the same task a chance before reporting.
      setTimeout(() => {
        if (!this.ctx && this.isConnected) {
          console.error(
            `tailored-plan-kit: <${this.localName}> found no <plan-provider>. Place it inside <plan-provider plan-id="…"> and import "tailored-plan-kit/define.js".`,
          );
        }
      }, 0);
    }
  }

  /** @internal */
  protected renderMissingProvider(): TemplateResult {
    return html`<p class="missing-provider" role="status">
      ${msg('This part of the treatment plan cannot load: it needs to be placed inside a plan provider.')}
    </p>`;
  }

  /** @internal Renders the widget for a plan. */
  protected abstract renderPlan(ctx: PlanContextValue): TemplateResult;
}
