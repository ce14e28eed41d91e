import type * as z from 'zod/mini';
import { fail, ok, type PlanError, type Result } from '../model/errors.js';
import type { TreatmentPlan } from '../model/plan.js';
import type { PlanAlert } from '../clinical/progress/alerts.js';
import { refusalMessage, type Refusal } from './refusals.js';

/** What a reducer may rely on besides the plan and the command; injected so reducers stay pure. */
export interface CommandContext {
  /** The instant of the change, ISO 8601. */
  now: string;
  /** Returns a fresh unique id. */
  newId: () => string;
}

/**
 * Detail of `risk-flag`: a critical item (PHQ-9 item 9 above 0, an ASQ "yes") was answered. Fired
 * once per administration and item, the moment the answer is given — saved or not, complete or
 * not — and for a flag that arrives with a host measurement or a FHIR import.
 */
export interface RiskFlagDetail {
  /** Id of the risk-flag timeline entry recording it (for `progress/acknowledge-risk-flag`). */
  entryId: string;
  instrumentId: string;
  itemId: string;
  value: number;
  /** The administration it belongs to; while unsaved, the id that administration will get when saved. */
  administrationId: string;
  /** Clinician words from the instrument's definition. */
  message: string;
  /** `false` while the instrument is not yet saved; `true` when it comes from a recorded administration. */
  recorded: boolean;
}

/**
 * Side effects a command asks the outside world to announce. Reducers only describe them;
 * `<plan-provider>` turns them into DOM events.
 */
export type PlanEffect =
  | ({ type: 'risk-flag' } & RiskFlagDetail)
  | ({ type: 'plan-alert' } & PlanAlert)
  | ({ type: 'plan-agreed' } & PlanAgreedDetail)
  | ({ type: 'plan-signed' } & PlanSignedDetail);

/** Detail of `plan-agreed`: the client agreed with the plan's content (for the portal's own audit record). */
export interface PlanAgreedDetail {
  planId: string;
  agreementId: string;
  /** `client`: typed by the client; `verbal`: said aloud and recorded by the clinician. */
  how: 'client' | 'verbal';
  /** Who agreed (the name typed, or the client named in a verbal agreement). */
  name: string;
  /** Day of the agreement, `YYYY-MM-DD`. */
  date: string;
  /** Who recorded a verbal agreement. */
  recordedBy?: string;
  /** SHA-256 of the content agreed with. */
  hash: string;
}

/** Detail of `plan-signed`: a version was signed and frozen (for the portal's own audit record). */
export interface PlanSignedDetail {
  planId: string;
  signatureId: string;
  /** The version signed (a new one when the content changed since the last). */
  version: number;
  /** SHA-256 of the version's content. */
  hash: string;
  signer: { name: string; credentials?: string; role: 'clinician' | 'supervisor' };
  signedAt: string;
  /** The plan was a draft and this signature made it active. */
  activated: boolean;
}

export interface Applied {
  plan: TreatmentPlan;
  effects?: PlanEffect[];
}

export type ApplyResult = Result<Applied, PlanError>;

export interface CommandDefinition<T extends string = string, S extends z.ZodMiniType = z.ZodMiniType> {
  readonly type: T;
  /** Validates everything in the command except `type`. */
  readonly schema: S;
  /**
   * The pure reducer, given the payload its schema parsed. Declared as a method so that every
   * definition is a `CommandDefinition` (the reducer's registry holds them side by side; it only
   * ever passes a payload that this definition's own schema returned).
   */
  apply(plan: TreatmentPlan, payload: z.output<S>, ctx: CommandContext): ApplyResult;
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

/**
 * A refused command. A {@link Refusal} (a code with its values) is what a person can meet through
 * the widgets, worded by them in the page's language; a plain string is for mistakes only a
 * host's code can make (a mismatched instrument, an inconsistent measurement), said in English.
 */
export const rejected = (why: Refusal | string): ApplyResult =>
  typeof why === 'string'
    ? fail('command-rejected', why)
    : { ok: false, error: { code: 'command-rejected', message: refusalMessage(why), refusal: why } };

/** A command refused by one of the plan's rules (`src/plan/rules.ts`) or its own checks. */
export const refused = (r: Refusal): ApplyResult => rejected(r);
