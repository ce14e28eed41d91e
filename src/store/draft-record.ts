import * as z from 'zod/mini';
import { CURRENT_SCHEMA_VERSION } from '../model/plan.js';
import { DateTimeSchema, IdSchema, NonNegativeIntSchema } from '../model/primitives.js';

/** Stored ciphertext of a plan: AES-GCM, 96-bit random IV per save. */
export const EncryptedPayloadSchema = z.object({
  alg: z.literal('AES-GCM'),
  iv: z.instanceof(Uint8Array),
  data: z.instanceof(ArrayBuffer),
});

/**
 * What every stored record of a plan holds (a draft, or a tab's pending edits): whose space it is
 * in, which save of which schema, and the plan in plain text or encrypted. The plan itself is
 * validated separately (after decryption and migration), so a record of an older schema version
 * still reads.
 */
const savedPlanShape = {
  scope: z.string().check(z.minLength(1), z.maxLength(200)),
  schemaVersion: z.int().check(z.minimum(1)),
  revision: NonNegativeIntSchema,
  savedAt: DateTimeSchema,
  /** Random per save; a writer that does not hold the current token has a stale view (conflict). */
  token: z.string().check(z.minLength(1)),
  plan: z.optional(z.unknown()),
  encrypted: z.optional(EncryptedPayloadSchema),
  /**
   * Fields two tabs changed differently, kept until someone chooses (see `FieldConflict` in
   * src/plan/merge.ts): `conflicts` in plain text, or `encryptedConflicts` when the plan is encrypted.
   */
  conflicts: z.optional(z.unknown()),
  encryptedConflicts: z.optional(EncryptedPayloadSchema),
};

/** What marks one save of `plan` in a stored record: the schema it is written in, its revision, when, and a new token. */
export function saveStamp(plan: { revision: number }): { schemaVersion: number; revision: number; savedAt: string; token: string } {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, revision: plan.revision, savedAt: new Date().toISOString(), token: crypto.randomUUID() };
}

/** One draft per `[scope, planId]`. */
export const DraftRecordSchema = z.object({
  ...savedPlanShape,
  planId: IdSchema,
});

/**
 * What one tab had not saved yet when its page was hidden or left, or while the main draft could
 * not be read (locked, wrong key, newer schema). Stored beside the draft under
 * {@link pendingKey}, never token-checked (it belongs to one tab only), and merged into the draft
 * (three-way, against `base`) by the next page that opens the plan; then deleted.
 */
export const PendingRecordSchema = z.object({
  ...savedPlanShape,
  /** The storage key: {@link pendingKey}. */
  planId: z.string().check(z.minLength(1)),
  pendingFor: IdSchema,
  /** Token of the draft this tab's edits started from (`null`: none was readable). */
  baseToken: z.nullable(z.string()),
  /** The plan as this tab last read or wrote it: the common base of a merge. */
  base: z.optional(z.unknown()),
  encryptedBase: z.optional(EncryptedPayloadSchema),
});

export type EncryptedPayload = z.infer<typeof EncryptedPayloadSchema>;
export type DraftRecord = z.infer<typeof DraftRecordSchema>;
export type PendingRecord = z.infer<typeof PendingRecordSchema>;

export type SaveOutcome = { status: 'saved' } | { status: 'conflict'; stored: DraftRecord };

/**
 * Where drafts live. The provider uses IndexedDB by default and memory for `storage="memory"`;
 * a host may supply its own (it then owns where the health data goes).
 */
export interface DraftRepository {
  readonly kind: 'indexeddb' | 'memory' | 'custom';
  /** The raw stored record (validated by the caller), or `undefined`. */
  load(scope: string, planId: string): Promise<unknown>;
  /**
   * Writes `record` unless the stored record's token differs from `expectedToken`
   * (another tab saved since): then nothing is written and the stored record is returned.
   */
  save(record: DraftRecord, expectedToken: string | null): Promise<SaveOutcome>;
  delete(scope: string, planId: string): Promise<void>;
  /** Keeps an unreadable record aside under another key so a new save never destroys it. */
  quarantine(scope: string, planId: string, raw: unknown, reason: string): Promise<void>;
  /**
   * Writes a pending record (see {@link PendingRecordSchema}) with no read before the write.
   * When the store is already open the write must be *started synchronously* (the provider calls
   * it from `pagehide`); the promise settles when it is durable. Optional for custom repositories
   * (the provider then uses `load` + `save`).
   */
  putPending?(record: PendingRecord): Promise<void>;
  /**
   * Optional: every key stored in `scope` — plan ids, set-aside keys (`planId~reason~time`),
   * pending records (`planId~pending~tab`) and any other `planId~…` key. The kit also finds
   * pending records (left by a closed tab or written while a draft was unreadable) through it. Without it the kit cannot find set-aside copies: `clearDraft()`
   * deletes only the main record (and warns on the console), `listSetAside()` finds nothing and
   * `clearDrafts(scope, { repository })` rejects with `delete-failed`.
   */
  keys?(scope: string): Promise<string[]>;
  /**
   * Optional: deletes, in one step, every record of `scope`, or of one plan when `planId` is given
   * (the key `planId` and every key starting with `planId~`). Resolves to how many were deleted.
   * Without it the kit deletes key by key through `keys()` and `delete()`.
   */
  clear?(scope: string, planId?: string): Promise<number>;
}

/** A record kept aside (unreadable when found), as `listSetAside()` describes it. */
export interface SetAsideRecord {
  /** Its key, `planId~reason~time`: pass it to `restoreSetAside()` or `deleteSetAside()`. */
  key: string;
  /** Why it was set aside: the `draft-error` code of the time, e.g. `draft-corrupt`, `decrypt-failed`. */
  reason: string;
  /** When it was set aside (ISO 8601). */
  setAsideAt: string;
  /** When the draft was saved, if the record says so readably. */
  savedAt?: string;
  /** The draft's revision, if the record says so readably. */
  revision?: number;
  /** Whether its plan is encrypted (then restoring it needs the right `encryptionKey`). */
  encrypted: boolean;
}

export class StorageError extends Error {
  constructor(
    readonly code: 'storage-unavailable' | 'save-failed' | 'quota-exceeded' | 'restore-failed' | 'delete-failed',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

export function quarantineKey(planId: string, reason: string, at: string): string {
  return `${planId}~${reason}~${at}`;
}

/** Key of one tab's pending record of a plan, beside the plan's draft in the same scope. */
export function pendingKey(planId: string, tab: string): string {
  return `${planId}~pending~${tab}`;
}

export const PENDING_INFIX = '~pending~';

/** `reason~…` after `planId~`: a set-aside (`draft-corrupt~2026-…`) or pending (`pending~…`) key. */
const SUFFIX = /^[a-z][a-z0-9-]*~/;

/**
 * Whether a stored key belongs to `planId`: its main record or a `planId~reason~…` record (set
 * aside, pending). The `reason~` shape keeps plan `a` from claiming the main record of plan `a~b`.
 */
export function isKeyOfPlan(key: string, planId: string): boolean {
  return key === planId || (key.startsWith(`${planId}~`) && SUFFIX.test(key.slice(planId.length + 1)));
}

/**
 * The reason and time of a set-aside key of `planId`, or `undefined` when `key` is not one
 * (the main record, a pending record `planId~pending~…`, or another plan's key).
 */
export function parseSetAsideKey(key: string, planId: string): { reason: string; setAsideAt: string } | undefined {
  if (key === planId || !isKeyOfPlan(key, planId)) return undefined;
  const rest = key.slice(planId.length + 1);
  const cut = rest.indexOf('~');
  const reason = rest.slice(0, cut);
  return reason === 'pending' ? undefined : { reason, setAsideAt: rest.slice(cut + 1) };
}
