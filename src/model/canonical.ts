/**
 * The one canonical JSON of the kit: object keys sorted by UTF-16 code unit (the order `<` gives,
 * as RFC 8785 sorts them), no whitespace, keys whose value is `undefined` left out (as
 * `JSON.stringify` does), arrays kept in their order, numbers and strings as `JSON.stringify`
 * writes them (ECMAScript number-to-string, the form RFC 8785 also uses). Two equal values give the
 * same text whatever order their keys were built in: a plan restored from IndexedDB and the same
 * plan in memory export identically and hash identically.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent — the keys of one object are never equal, and a sort only asks whether one comes before the other.
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
