import * as z from 'zod/mini';
import { AssessmentSchema, IntakeSchema, type Intake } from '../../model/plan.js';
import { LongTextSchema } from '../../model/primitives.js';
import { applied, defineCommand } from '../define.js';

export const INTAKE_SECTIONS = Object.keys(IntakeSchema.shape) as (keyof Intake)[];

const IntakeSectionSchema = z.enum(INTAKE_SECTIONS as [keyof Intake, ...(keyof Intake)[]]);

export const intakeCommands = [
  /**
   * Sets fields of one intake section. Fields given as `undefined` are cleared.
   * The merged section is validated against that section's schema.
   */
  defineCommand(
    'intake/update',
    z.object({ section: IntakeSectionSchema, values: z.record(z.string(), z.unknown()) }),
    (plan, { section, values }) => {
      const current = plan.assessment.intake[section] as Record<string, unknown>;
      const merged: Record<string, unknown> = { ...current };
      for (const [k, v] of Object.entries(values)) {
        if (v === undefined) delete merged[k];
        else merged[k] = v;
      }
      const parsed = IntakeSchema.shape[section].safeParse(merged);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return {
          ok: false,
          error: {
            code: 'invalid-command',
            message: `Intake ${section}.${issue.path.map(String).join('.')}: ${issue.message}`,
          },
        };
      }
      return applied({
        ...plan,
        assessment: { ...plan.assessment, intake: { ...plan.assessment.intake, [section]: parsed.data } },
      });
    },
  ),

  defineCommand(
    'assessment/set-summary',
    z.object({ summary: z.optional(LongTextSchema), diagnoses: z.optional(AssessmentSchema.shape.diagnoses) }),
    (plan, payload) => {
      const assessment = { ...plan.assessment };
      if ('summary' in payload) {
        if (payload.summary) assessment.summary = payload.summary;
        else delete assessment.summary;
      }
      if (payload.diagnoses) assessment.diagnoses = payload.diagnoses;
      return applied({ ...plan, assessment });
    },
  ),
] as const;
