import { describeIssues, type PlanError, type Result } from '../model/errors.js';
import type { TreatmentPlan } from '../model/plan.js';
import { assessmentCommands } from './commands/assessment.js';
import { goalCommands } from './commands/goals.js';
import { intakeCommands } from './commands/intake.js';
import { interventionCommands } from './commands/interventions.js';
import { planCommands } from './commands/plan.js';
import { progressCommands } from './commands/progress.js';
import { safetyCommands } from './commands/safety.js';
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
] as const;

export type PlanCommand = CommandOf<(typeof COMMANDS)[number]>;
export type PlanCommandType = PlanCommand['type'];

const registry = new Map<string, CommandDefinition>(COMMANDS.map((c) => [c.type, c as unknown as CommandDefinition]));

/**
 * The pure reducer: validates the command, applies it, and stamps the result with the next
 * `revision` and `updatedAt`. Never mutates `plan`; on failure returns a typed error and the
 * caller keeps the old plan.
 */
export function applyCommand(plan: TreatmentPlan, command: unknown, ctx: CommandContext): Result<Applied, PlanError> {
  const type = (command as { type?: unknown } | null)?.type;
  const def = typeof type === 'string' ? registry.get(type) : undefined;
  if (!def) {
    return { ok: false, error: { code: 'invalid-command', message: `Unknown command type: ${String(type)}` } };
  }
  const parsed = def.schema.safeParse(command);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues);
    return { ok: false, error: { code: 'invalid-command', message: `${def.type}: ${issues[0]}`, issues } };
  }
  const result = def.apply(plan, parsed.data, ctx);
  if (!result.ok) return result;
  if (result.value.plan === plan) return result;
  return {
    ok: true,
    value: { ...result.value, plan: { ...result.value.plan, revision: plan.revision + 1, updatedAt: ctx.now } },
  };
}
