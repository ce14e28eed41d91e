import { describeIssues, type PlanError, type Result } from '../model/errors.js';
import type { TreatmentPlan } from '../model/plan.js';
import { MAX_REVISION } from '../model/primitives.js';
import { assessmentCommands } from './commands/assessment.js';
import { goalCommands } from './commands/goals.js';
import { intakeCommands } from './commands/intake.js';
import { interventionCommands } from './commands/interventions.js';
import { planCommands } from './commands/plan.js';
import { progressCommands } from './commands/progress.js';
import { safetyCommands } from './commands/safety.js';
import { signingCommands } from './commands/signing.js';
import { substanceUseCommands } from './commands/substance-use.js';
import type { Applied, CommandContext, CommandDefinition, CommandOf } from './define.js';

/**
 * Every command the store understands. A widget issue adds its commands in a module of
 * `src/plan/commands/` and lists them here; the union type below follows automatically.
 */
export const COMMANDS = [
  ...planCommands,
  ...intakeCommands,
  ...goalCommands,
  ...assessmentCommands,
  ...interventionCommands,
  ...progressCommands,
  ...safetyCommands,
  ...signingCommands,
  ...substanceUseCommands,
] as const;

export type PlanCommand = CommandOf<(typeof COMMANDS)[number]>;
export type PlanCommandType = PlanCommand['type'];

const registry = new Map<string, CommandDefinition>(COMMANDS.map((c) => [c.type, c]));

interface IssueLike {
  code: string;
  origin?: string;
  maximum?: unknown;
  path: PropertyKey[];
}

/** The first text field of `command` over its maximum length, with its length and the limit. */
function textTooLong(command: unknown, issues: readonly IssueLike[]): { field: string; length: number; maximum: number } | undefined {
  for (const issue of issues) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent — zod reports a string over its maximum only as too_big/origin string with a numeric maximum, and the string check on the value below turns every other issue away too; this guard only skips the walk.
    if (issue.code !== 'too_big' || issue.origin !== 'string' || typeof issue.maximum !== 'number') continue;
    let value: unknown = command;
    // Stryker disable next-line OptionalChaining: equivalent — zod's path of a too-long string leads through objects that exist (it was parsed from them).
    for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
    // Stryker disable next-line ConditionalExpression: equivalent — the guard above lets only string issues through (see there).
    if (typeof value === 'string') return { field: issue.path.map(String).join('.'), length: value.length, maximum: issue.maximum };
  }
  return undefined;
}

/**
 * The pure reducer: validates the command, applies it, and stamps the result with the next
 * `revision` and `updatedAt`. Never mutates `plan`; on failure returns a typed error and the
 * caller keeps the old plan.
 */
export function applyCommand(plan: TreatmentPlan, command: unknown, ctx: CommandContext): Result<Applied, PlanError> {
  const type = (command as { type?: unknown } | null)?.type;
  // Stryker disable next-line ConditionalExpression: equivalent — the registry's keys are strings, so a non-string type finds nothing either way (the check is for the type checker).
  const def = typeof type === 'string' ? registry.get(type) : undefined;
  if (!def) {
    return { ok: false, error: { code: 'invalid-command', message: `Unknown command type: ${String(type)}` } };
  }
  const parsed = def.schema.safeParse(command);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues);
    const tooLong = textTooLong(command, parsed.error.issues);
    if (tooLong) {
      const { field, length, maximum } = tooLong;
      return { ok: false, error: { code: 'text-too-long', message: `${def.type}: ${field} is ${length} characters long; at most ${maximum} are kept.`, issues, params: tooLong } };
    }
    return { ok: false, error: { code: 'invalid-command', message: `${def.type}: ${issues[0]}`, issues } };
  }
  const result = def.apply(plan, parsed.data, ctx);
  if (!result.ok) return result;
  if (result.value.plan === plan) return result;
  // Refused rather than written: a revision past MAX_REVISION would make the draft unreadable.
  if (plan.revision >= MAX_REVISION) {
    return { ok: false, error: { code: 'command-rejected', message: `The plan is at the highest revision number (${MAX_REVISION}) and cannot take another edit; reload it from its source with a lower revision.` } };
  }
  return {
    ok: true,
    value: { ...result.value, plan: { ...result.value.plan, revision: plan.revision + 1, updatedAt: ctx.now } },
  };
}
