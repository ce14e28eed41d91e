import { fail, type Result } from '../model/errors.js';
import { parsePlan } from '../model/parse.js';
import type { TreatmentPlan } from '../model/plan.js';

/** Media type and file suffix a host can use when offering the export as a download. */
export const PLAN_JSON_MEDIA_TYPE = 'application/json';
export const PLAN_JSON_FILE_SUFFIX = '.tpk.json';

export interface PlanJsonOptions {
  /** Indentation for people reading the file (default 2); `0` writes one compact line. */
  space?: number;
}

/**
 * The whole plan as JSON text — the kit's own lossless format, carrying `schemaVersion` so a
 * later kit can migrate it. Deterministic: the same plan gives the same text.
 */
export function exportPlanJson(plan: TreatmentPlan, options: PlanJsonOptions = {}): string {
  const { space = 2 } = options;
  return JSON.stringify(plan, null, space || undefined);
}

/**
 * Reads a plan from JSON text (or an already parsed value), migrating older schema versions and
 * validating with `parsePlan`. Errors are `invalid-import` naming the problem, except
 * `unsupported-schema-version` (the file is from a newer kit; updating the kit fixes it) and
 * `migration-failed`, passed through unchanged so hosts can tell those cases apart.
 */
export function importPlanJson(input: unknown): Result<TreatmentPlan> {
  let value: unknown = input;
  if (typeof input === 'string') {
    if (!input.trim()) return fail('invalid-import', 'The plan file is empty.');
    try {
      value = JSON.parse(input);
    } catch (e) {
      return fail('invalid-import', `The plan file is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (typeof value === 'object' && value !== null && (value as { resourceType?: unknown }).resourceType === 'Bundle') {
    return fail('invalid-import', 'This is a FHIR Bundle, not a plan JSON file: import it with importFhir.');
  }
  const parsed = parsePlan(value);
  if (parsed.ok) return parsed;
  const { code, message, issues } = parsed.error;
  if (code === 'unsupported-schema-version' || code === 'migration-failed') return parsed;
  return fail('invalid-import', message.replace(/^The plan is not valid/, 'The imported plan is not valid'), issues);
}
