import * as z from 'zod/mini';
import type { InstrumentDefinition } from '../../clinical/instruments/schema.js';
import { checkAnswers } from '../../clinical/instruments/score.js';
import { describeIssues, fail, type PlanError, type Result } from '../../model/errors.js';
import type { Assessment } from '../../model/plan.js';
import { IdSchema, ShortTextSchema } from '../../model/primitives.js';
import type { PlanCommand } from '../../plan/reducer.js';

/**
 * What `value` may be set to: the shape its getter returns (the assessment, as JSON or as an
 * object). Only `inProgress` is read; the rest of the assessment belongs to the plan.
 */
const ValueSchema = z.looseObject({
  inProgress: z.optional(
    z.record(
      IdSchema,
      z.looseObject({
        answers: z.record(z.string(), z.nullable(z.number())),
        context: z.optional(z.record(z.string(), ShortTextSchema)),
      }),
    ),
  ),
});

/** `next`, plus `null` for each key `current` has that `next` lacks (so it is cleared). */
function replacing<T>(current: Record<string, T> | undefined, next: Record<string, T | null> | undefined): Record<string, T | null> {
  const out: Record<string, T | null> = {};
  for (const key of Object.keys(current ?? {})) out[key] = null;
  return { ...out, ...next };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/**
 * The commands that make the plan's in-progress instrument answers what `value` says: answers
 * (and scoring context) of each instrument in `value.inProgress` replace its draft, an instrument
 * missing from it loses its draft. Every instrument must be known (`lookup`), so the answers are
 * checked and a critical answer raises its risk flag like one given by hand. `invalid-import` for
 * a value that is not that shape, `command-rejected` for an answer the instrument does not offer;
 * no command is returned then.
 */
export function draftCommands(
  value: unknown,
  current: Assessment,
  lookup: (instrumentId: string) => InstrumentDefinition | undefined,
): Result<PlanCommand[]> {
  let data: unknown = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      return fail('invalid-import', 'The value is not JSON. Give the assessment as the value property returns it.');
    }
  }
  const parsed = ValueSchema.safeParse(data);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues);
    return fail('invalid-import', `The value is not an assessment: ${issues[0] ?? ''}`, issues);
  }
  const next = parsed.data.inProgress ?? {};
  const drafts = current.inProgress ?? {};
  const commands: PlanCommand[] = [];
  for (const [instrumentId, draft] of Object.entries(next)) {
    const def = lookup(instrumentId);
    if (!def) return fail('invalid-import', `The value has answers for "${instrumentId}", which is not a registered instrument.`);
    // What the draft command would refuse, found before anything is dispatched (all or nothing).
    const refused = checkAnswers(def, draft.answers);
    if (refused) return fail('command-rejected', refused);
    const had = drafts[instrumentId];
    if (had && same(had.answers, draft.answers) && same(had.context, draft.context)) continue;
    const context = replacing(had?.context, draft.context);
    commands.push({
      type: 'assessment/update-instrument-draft',
      instrumentId,
      instrument: def,
      answers: replacing(had?.answers, draft.answers),
      ...(Object.keys(context).length ? { context } : {}),
    });
  }
  for (const instrumentId of Object.keys(drafts)) {
    if (!(instrumentId in next)) commands.push({ type: 'assessment/discard-instrument-draft', instrumentId });
  }
  return { ok: true, value: commands };
}


/**
 * Makes the plan's answers in progress what `value` says, through `dispatch`. Returns what to
 * report in `draft-error` when the value cannot be used (then nothing is dispatched).
 */
export function applyValue(
  value: unknown,
  current: Assessment,
  lookup: (instrumentId: string) => InstrumentDefinition | undefined,
  dispatch: (command: PlanCommand) => unknown,
): Pick<PlanError, 'code' | 'message' | 'issues'> | undefined {
  const planned = draftCommands(value, current, lookup);
  if (!planned.ok) {
    const { code, message, issues } = planned.error;
    return { code, message, ...(issues?.length ? { issues } : {}) };
  }
  for (const command of planned.value) dispatch(command);
  return undefined;
}
