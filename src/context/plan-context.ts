import { createContext } from '@lit/context';
import type { PlanMode, TreatmentPlan } from '../model/plan.js';
import type { PlanStore } from '../store/plan-store.js';
import type { Signer } from '../model/signing.js';

/** `en`, `es`, or a locale the host registered with `registerLocale` (e.g. `fr`). */
export type Locale = string;

/**
 * What `<plan-provider>` gives every widget below it. A new object on every change, so
 * consumers re-render by identity.
 */
export interface PlanContextValue {
  plan: TreatmentPlan;
  store: PlanStore;
  mode: PlanMode;
  locale: Locale;
  /** `false` until the provider has restored the draft (or found none): widgets wait to render. */
  ready: boolean;
  /** The signed-in clinician as the host named them (`provider.signer`), when set: who signs and records agreements. */
  signer?: Signer;
}

/**
 * Versioned, global key: two copies of the kit on one page (or a widget bundled apart from
 * the provider) still find each other; a future incompatible value gets `@2`.
 */
export const PLAN_CONTEXT_KEY = Symbol.for('tailored-plan-kit/plan@1');

/** `undefined` while no plan is open (e.g. an invalid `plan-id`): widgets show that nothing is loaded. */
export const planContext = createContext<PlanContextValue | undefined>(PLAN_CONTEXT_KEY);
