/**
 * `obj` without its undefined properties: commands and stored objects carry only what was given
 * (a schema with `exactOptionalPropertyTypes` refuses `{ unit: undefined }`).
 */
export function withoutUndefined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
