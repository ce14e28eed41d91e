import * as z from 'zod/mini';
import { DateTimeSchema, IdSchema, NonNegativeIntSchema } from '../model/primitives.js';

/** Stored ciphertext of a plan: AES-GCM, 96-bit random IV per save. */
export const EncryptedPayloadSchema = z.object({
  alg: z.literal('AES-GCM'),
  iv: z.instanceof(Uint8Array),
  data: z.instanceof(ArrayBuffer),
});

/**
 * One draft per `[scope, planId]`. The plan itself is validated separately (after decryption
 * and migration), so a record of an older schema version still reads.
 */
export const DraftRecordSchema = z.object({
  scope: z.string().check(z.minLength(1), z.maxLength(200)),
  planId: IdSchema,
  schemaVersion: z.int().check(z.minimum(1)),
  revision: NonNegativeIntSchema,
  savedAt: DateTimeSchema,
  /** Random per save; a writer that does not hold the current token has a stale view (conflict). */
  token: z.string().check(z.minLength(1)),
  plan: z.optional(z.unknown()),
  encrypted: z.optional(EncryptedPayloadSchema),
});

export type EncryptedPayload = z.infer<typeof EncryptedPayloadSchema>;
export type DraftRecord = z.infer<typeof DraftRecordSchema>;

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
