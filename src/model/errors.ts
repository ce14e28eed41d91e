/**
 * Stable error codes. Hosts switch on `code`; `message` is for people and may change.
 * Adding a code is a minor change; renaming or removing one is a breaking change.
 */
export const ERROR_CODES = [
  'invalid-attribute',
  'invalid-plan',
  'plan-id-mismatch',
  'unsupported-schema-version',
  'migration-failed',
  'invalid-command',
  'command-rejected',
  'command-not-loaded',
  'text-too-long',
  'storage-unavailable',
  'restore-failed',
  'draft-corrupt',
  'draft-locked',
  'decrypt-failed',
  'save-failed',
  'quota-exceeded',
  'delete-failed',
  'invalid-import',
  'invalid-definition',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface PlanError {
  code: ErrorCode;
  message: string;
  /** Path-qualified problems found by validation, e.g. `problems.0.goals.1.priority: Invalid option`. */
  issues?: string[];
  /**
   * Values a widget needs to word the error in the user's language, e.g. for `text-too-long`
   * `{ field: 'fields.clinicalText', length: 25000, maximum: 20000 }`.
   */
  params?: Readonly<Record<string, string | number>>;
  /**
   * Why a command was refused, as a stable code with its values (`src/plan/refusals.ts`), so a
   * widget words it in the page's language; `message` says the same in English for logs.
   */
  refusal?: { readonly code: string; readonly params: object };
}

export type Result<T, E = PlanError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: string[]): Result<never> => ({
  ok: false,
  error: issues?.length ? { code, message, issues } : { code, message },
});

interface IssueLike {
  path: PropertyKey[];
  message: string;
}

/** Turns zod issues into short `path: message` lines (at most 10) a developer can act on. */
export function describeIssues(issues: readonly IssueLike[]): string[] {
  const lines = issues
    .slice(0, 10)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`);
  if (issues.length > 10) lines.push(`…and ${issues.length - 10} more`);
  return lines;
}
