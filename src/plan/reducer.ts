import type { PlanError, Result } from '../model/errors.js';
import type { TreatmentPlan } from '../model/plan.js';
import { applyDefinition, commandType } from './apply.js';
import { assessmentCommands } from './commands/assessment.js';
import { goalCommands } from './commands/goals.js';
import { intakeCommands } from './commands/intake.js';
import { interventionCommands } from './commands/interventions.js';
import { planCommands } from './commands/plan.js';
import { progressCommands } from './commands/progress.js';
import { safetyCommands } from './commands/safety.js';
import { signingCommands } from './commands/signing.js';
import type { Applied, CommandContext, CommandDefinition, CommandOf } from './define.js';

/**
 * Every command there is. A widget issue adds its commands in a module of `src/plan/commands/` and
 * lists them here; the union type below follows automatically. The widget registers the group it
 * sends (`registerCommands`, src/plan/registry.ts), so a page ships only the commands its widgets use.
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
] as const;

export type PlanCommand = CommandOf<(typeof COMMANDS)[number]>;
export type PlanCommandType = PlanCommand['type'];

const registry = new Map<string, CommandDefinition>(COMMANDS.map((c) => [c.type, c]));

/**
 * The pure reducer over every command: validates the command, applies it, and stamps the result
 * with the next `revision` and `updatedAt` (see `applyDefinition`). Never mutates `plan`; on failure
 * returns a typed error and the caller keeps the old plan. A `<plan-provider>`'s store applies the
 * commands loaded on its page instead (`src/plan/registry.ts`).
 */
export function applyCommand(plan: TreatmentPlan, command: unknown, ctx: CommandContext): Result<Applied, PlanError> {
  const type = commandType(command);
  // Stryker disable next-line ConditionalExpression: equivalent — the registry's keys are strings, so a missing type finds nothing either way (the check is for the type checker).
  return applyDefinition(plan, command, type === undefined ? undefined : registry.get(type), ctx);
}
