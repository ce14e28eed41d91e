import { describeIssues, type PlanError, type Result } from '../model/errors.js';
import type { TreatmentPlan } from '../model/plan.js';
import { MAX_REVISION } from '../model/primitives.js';
import type { Applied, CommandContext, CommandDefinition } from './define.js';

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

/** The `type` of something sent as a command, when it has a string one. */
export function commandType(command: unknown): string | undefined {
  const type = (command as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : undefined;
}

/**
 * Applies `command` with its definition `def` (found by its type; `undefined` when there is none):
 * validates the command, applies it, and stamps the result with the next `revision` and
 * `updatedAt`. Never mutates `plan`; on failure returns a typed error and the caller keeps the old
 * plan. `applyCommand` (every command) and the store (the commands loaded on the page) both use it.
 */
export function applyDefinition(plan: TreatmentPlan, command: unknown, def: CommandDefinition | undefined, ctx: CommandContext): Result<Applied, PlanError> {
  if (!def) {
    return { ok: false, error: { code: 'invalid-command', message: `Unknown command type: ${String((command as { type?: unknown } | null)?.type)}` } };
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
