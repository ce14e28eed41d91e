import type * as z from 'zod/mini';
import { fail, ok, type PlanError, type Result } from '../model/errors.js';
import type { TreatmentPlan } from '../model/plan.js';
import type { PlanAlert } from '../clinical/progress/alerts.js';
import { ruleMessage, type RuleViolation } from './rules.js';

/** What a reducer may rely on besides the plan and the command; injected so reducers stay pure. */
export interface CommandContext {
  /** The instant of the change, ISO 8601. */
  now: string;
  /** Returns a fresh unique id. */
  newId: () => string;
}

/**
 * Side effects a command asks the outside world to announce. Reducers only describe them;
 * `<plan-provider>` turns them into DOM events.
 */
export type PlanEffect =
  | {
      type: 'risk-flag';
      /** The risk-flag timeline entry that records it (acknowledge it with this id). */
      entryId: string;
      administrationId: string;
      instrumentId: string;
      itemId: string;
      value: number;
      message: string;
      /** `false` when raised from answers not yet saved as an administration. */
      recorded: boolean;
    }
  | ({ type: 'plan-alert' } & PlanAlert);

export interface Applied {
  plan: TreatmentPlan;
  effects?: PlanEffect[];
}

export type ApplyResult = Result<Applied, PlanError>;

export interface CommandDefinition<T extends string = string, S extends z.ZodMiniType = z.ZodMiniType> {
  readonly type: T;
  /** Validates everything in the command except `type`. */
  readonly schema: S;
  readonly apply: (plan: TreatmentPlan, payload: z.output<S>, ctx: CommandContext) => ApplyResult;
}

/** Declares one command: its name, the zod schema of its payload, and the pure reducer. */
export function defineCommand<T extends string, S extends z.ZodMiniType>(
  type: T,
  schema: S,
  apply: (plan: TreatmentPlan, payload: z.output<S>, ctx: CommandContext) => ApplyResult,
): CommandDefinition<T, S> {
  return { type, schema, apply };
}

/** The command object a caller sends for a definition: `{ type, ...payload }`. */
export type CommandOf<D> = D extends CommandDefinition<infer T, infer S> ? { type: T } & z.input<S> : never;

export const applied = (plan: TreatmentPlan, effects?: PlanEffect[]): ApplyResult =>
  ok(effects?.length ? { plan, effects } : { plan });

export const rejected = (message: string): ApplyResult => fail('command-rejected', message);

/** A command refused by one of the plan's rules (`src/plan/rules.ts`). */
export const refused = (v: RuleViolation): ApplyResult => rejected(ruleMessage(v));
