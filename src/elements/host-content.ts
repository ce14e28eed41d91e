import { html, nothing, type TemplateResult } from 'lit';
import type { PlanError, Result } from '../model/errors.js';

/**
 * Content a host hands an element (a catalog, suggestion rules) that failed validation: the
 * element keeps its built-in content, reports the problem on the console and shows it on screen.
 */

/** The error of a refused host value, reported on the console; `undefined` when it was accepted or absent. */
export function refused(tag: string, r: Result<unknown> | undefined): PlanError | undefined {
  if (!r || r.ok) return undefined;
  console.error(`tailored-plan-kit: <${tag}> ${r.error.message}`, r.error.issues);
  return r.error;
}

/** The on-screen message for a refused host value: what was refused, what is used instead, why. */
export function refusedNotice(e: PlanError | undefined, title: string, fallback: string): TemplateResult | typeof nothing {
  return e
    ? html`<div part="catalog-error" class="catalog-error">
        <p><strong>${title}</strong> ${fallback}</p>
        <ul>
          ${(e.issues ?? [e.message]).map((i) => html`<li><code>${i}</code></li>`)}
        </ul>
      </div>`
    : nothing;
}
