import { describeIssues, fail, ok, type Result } from './errors.js';
import { MIGRATIONS } from './migrations.js';
import { CURRENT_SCHEMA_VERSION, TreatmentPlanSchema, type TreatmentPlan } from './plan.js';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Brings a stored plan of any older schema version up to the current one (no validation yet). */
export function migratePlan(input: unknown): Result<Record<string, unknown>> {
  if (!isRecord(input)) return fail('invalid-plan', 'A plan must be an object.');
  const from = input.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return fail('invalid-plan', 'The plan has no valid schemaVersion.', ['schemaVersion: expected a positive integer']);
  }
  if (from > CURRENT_SCHEMA_VERSION) {
    return fail(
      'unsupported-schema-version',
      `This plan was saved by a newer version of tailored-plan-kit (schema ${from}); this page understands up to ${CURRENT_SCHEMA_VERSION}. Update the kit to open it.`,
    );
  }
  let current = input;
  for (let v = from; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return fail('migration-failed', `No migration from schema ${v} to ${v + 1}.`);
    try {
      current = { ...step(current), schemaVersion: v + 1 };
    } catch (e) {
      return fail('migration-failed', `Migrating the plan from schema ${v} failed: ${(e as Error).message}`);
    }
  }
  return ok(current);
}

/**
 * Parses anything that claims to be a plan (host property, stored draft, import):
 * migrates older versions, then validates against the current schema.
 */
export function parsePlan(input: unknown): Result<TreatmentPlan> {
  try {
    const migrated = migratePlan(input);
    if (!migrated.ok) return migrated;
    const parsed = TreatmentPlanSchema.safeParse(migrated.value);
    if (!parsed.success) {
      const issues = describeIssues(parsed.error.issues);
      return fail('invalid-plan', `The plan is not valid: ${issues[0]}`, issues);
    }
    return ok(parsed.data);
  } catch (e) {
    // A getter or Proxy trap that throws while the value is read: refused like any invalid plan.
    return fail('invalid-plan', `The plan could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}
