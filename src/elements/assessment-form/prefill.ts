import * as z from 'zod/mini';
import type { IntakeSection } from '../../i18n/intake-words.js';
import { IntakeSchema, type Intake } from '../../model/plan.js';
import { INTAKE_SECTIONS } from '../../plan/commands/intake.js';
import type { PlanCommand } from '../../plan/reducer.js';
import { isEmpty } from './templates.js';

/** Host-known intake fields, per section (validated by `AssessmentPrefillSchema`). */
export type IntakePrefill = { [K in keyof Intake]?: Partial<Intake[K]> };

/**
 * The `intake/update` commands that put a host's prefill into the plan: only into fields that are
 * still empty, so a restored draft or the client's own words are never overwritten.
 */
export function prefillCommands(intake: Intake, prefill: IntakePrefill | undefined): PlanCommand[] {
  const commands: PlanCommand[] = [];
  for (const section of INTAKE_SECTIONS) {
    const given = prefill?.[section] as Record<string, unknown> | undefined;
    const current = intake[section] as Record<string, unknown>;
    const values: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(given ?? {})) if (isEmpty(current[k]) && !isEmpty(v)) values[k] = v;
    if (Object.keys(values).length) commands.push({ type: 'intake/update', section, values });
  }
  return commands;
}

/** What a host may pass in `prefill`, the intake fields it already knows. */
export type AssessmentPrefill = { intake?: { [K in IntakeSection]?: Partial<Intake[K]> } };

/** Validates `prefill`. Every section is optional and partial; list entries need their ids. */
export const AssessmentPrefillSchema = z.object({
  intake: z.optional(
    z.object(
      // The cast keeps the inferred type simple; `AssessmentPrefill` describes the shape.
      Object.fromEntries(INTAKE_SECTIONS.map((k) => [k, z.optional(z.partial(IntakeSchema.shape[k]))])) as Record<
        IntakeSection,
        z.ZodMiniOptional<z.ZodMiniObject>
      >,
    ),
  ),
});
