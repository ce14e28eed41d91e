import type * as z from 'zod/mini';
import { describeIssues, fail, ok, type Result } from '../../model/errors.js';

/**
 * Validates a host-supplied definition (catalog, rules, goal library). An invalid one is refused
 * whole with `invalid-definition`, `The <what> not valid: <first problem>` and `path: problem`
 * lines (each prefixed with `prefix`). With `dup`, a list whose ids repeat is refused too, naming
 * the first repeat (its index and id).
 */
export function parseDefinition<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  what: string,
  prefix = '',
  dup?: (i: number, id: string) => string,
): Result<T> {
  const parsed = schema.safeParse(input);
  let issues = parsed.success ? [] : describeIssues(parsed.error.issues).map((l) => prefix + l);
  if (parsed.success && dup) {
    const ids = (parsed.data as { id: string }[]).map((e) => e.id);
    const i = ids.findIndex((id, i) => ids.indexOf(id) < i);
    if (i >= 0) issues = [dup(i, ids[i]!)];
  }
  return issues.length ? fail('invalid-definition', `The ${what} not valid: ${issues[0]}`, issues) : ok(parsed.data as T);
}
