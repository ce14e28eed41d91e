// Unwrap a `Result` inside a test: fails the test with the error's words when the result is the other kind.
// Use these instead of `if (r.ok) expect(…)`, which passes silently asserting nothing when `r.ok` is false.
import type { Result } from '../../src/model/errors.js';

/** The value of an ok result; throws (failing the test) with the error's message and issues otherwise. */
export function okValue<T, E extends { message: string; issues?: readonly string[] }>(r: Result<T, E>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.message} ${(r.error.issues ?? []).join('; ')}`);
  return r.value;
}

/** The error of a failed result; throws (failing the test) when the result is ok. */
export function errorOf<T, E>(r: Result<T, E>): E {
  if (r.ok) throw new Error('expected an error result, got ok');
  return r.error;
}
