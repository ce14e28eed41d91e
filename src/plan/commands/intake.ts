import * as z from 'zod/mini';
import { AssessmentSchema, IntakeSchema, type Intake } from '../../model/plan.js';
import { LongTextSchema } from '../../model/primitives.js';
import { fail } from '../../model/errors.js';
import { applied, defineCommand } from '../define.js';
import { merge } from '../../model/items.js';
import { issueText } from './util.js';

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
      const parsed = IntakeSchema.shape[section].safeParse(merge(plan.assessment.intake[section], values));
      if (!parsed.success) return fail('invalid-command', issueText(`Intake ${section}`, parsed.error));
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
