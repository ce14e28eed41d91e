import { msg } from '@lit/localize';
import { fail, ok, type Result } from '../model/errors.js';
import { parsePlan } from '../model/parse.js';
import type { TreatmentPlan } from '../model/plan.js';
import type { FieldConflict } from '../plan/merge.js';
import { decryptJson, encryptJson } from './crypto.js';
import { DraftRecordSchema, PendingRecordSchema, saveStamp, type DraftRecord, type EncryptedPayload, type PendingRecord } from './draft-record.js';

// Draft and pending records as stored: reading them back (validated, decrypted, migrated) and
// making a new draft record.

/** A draft record read back: the record, its plan (migrated, validated) and its stored conflicts. */
export interface DraftRead {
  record: DraftRecord;
  plan: TreatmentPlan;
  conflicts: FieldConflict[];
}

/** A pending record read back; `base` is the plan its tab started from, when readable. */
export interface PendingRead {
  record: PendingRecord;
  plan: TreatmentPlan;
  base: TreatmentPlan | undefined;
  conflicts: FieldConflict[];
}

/** A stored conflict as read back: an object with an `id` and a `path`. */
const isConflict = (c: unknown): c is FieldConflict => {
  const read = c as { id?: unknown; path?: unknown } | null | undefined;
  return typeof read?.id === 'string' && Array.isArray(read.path);
};

function asConflicts(value: unknown): FieldConflict[] {
  return Array.isArray(value) ? value.filter(isConflict) : [];
}

/** The plain value of a stored field: `plan` as is, or `encrypted` decrypted with `key`. */
export async function openPayload(
  key: CryptoKey | undefined,
  data: { plan?: unknown; encrypted?: EncryptedPayload | undefined },
): Promise<Result<unknown>> {
  if (!data.encrypted) return ok(data.plan);
  if (!key) {
    return fail('draft-locked', msg('The saved draft is encrypted. Set encryptionKey to open it; it will not be overwritten meanwhile.'));
  }
  try {
    return ok(await decryptJson(key, data.encrypted));
  } catch {
    return fail('decrypt-failed', msg('The saved draft could not be decrypted with this key. It is kept unchanged; set the right key to open it.'));
  }
}

/** Reads a stored draft record of `planId`: validated, decrypted with `key`, migrated. */
export async function readDraft(raw: unknown, planId: string, key: CryptoKey | undefined): Promise<Result<DraftRead>> {
  const rec = DraftRecordSchema.safeParse(raw);
  if (!rec.success) {
    return fail('draft-corrupt', msg('The saved draft is damaged and cannot be read. It was kept aside; the plan starts fresh.'));
  }
  const record = rec.data;
  const json = await openPayload(key, record);
  if (!json.ok) return json;
  const parsed = parsePlan(json.value);
  if (!parsed.ok) {
    const { code, message, issues } = parsed.error;
    return fail(code === 'invalid-plan' ? 'draft-corrupt' : code, message, issues);
  }
  if (parsed.value.id !== planId) {
    return fail('plan-id-mismatch', `The saved draft belongs to plan "${parsed.value.id}", not "${planId}".`);
  }
  const conflicts = record.encryptedConflicts ? await openPayload(key, { encrypted: record.encryptedConflicts }) : ok(record.conflicts);
  return ok({ record, plan: parsed.value, conflicts: conflicts.ok ? asConflicts(conflicts.value) : [] });
}

/** Reads another tab's pending record of `planId`; `undefined` when it cannot be read (other key, newer schema). */
export async function readPending(raw: unknown, planId: string, key: CryptoKey | undefined): Promise<PendingRead | undefined> {
  const rec = PendingRecordSchema.safeParse(raw);
  if (!rec.success || rec.data.pendingFor !== planId) return undefined;
  const record = rec.data;
  const mine = await openPayload(key, record);
  const plan = mine.ok ? parsePlan(mine.value) : mine;
  if (!plan.ok || plan.value.id !== planId) return undefined;
  const base = await openPayload(key, { plan: record.base, encrypted: record.encryptedBase });
  const baseParsed = base.ok && base.value !== undefined ? parsePlan(base.value) : undefined;
  const conflicts = await openPayload(key, { plan: record.conflicts, encrypted: record.encryptedConflicts });
  return {
    record,
    plan: plan.value,
    base: baseParsed?.ok ? baseParsed.value : undefined,
    conflicts: conflicts.ok ? asConflicts(conflicts.value) : [],
  };
}

/** A new draft record of `plan` (and its open conflicts), encrypted with `key` when one is set. */
export async function draftRecord(
  where: { scope: string; planId: string },
  plan: TreatmentPlan,
  openConflicts: readonly FieldConflict[],
  key: CryptoKey | undefined,
): Promise<Result<DraftRecord>> {
  const conflicts = openConflicts.length ? openConflicts : undefined;
  try {
    return ok({
      ...where,
      ...saveStamp(plan),
      ...(key
        ? { encrypted: await encryptJson(key, plan), ...(conflicts ? { encryptedConflicts: await encryptJson(key, conflicts) } : {}) }
        : { plan, ...(conflicts ? { conflicts } : {}) }),
    });
  } catch (e) {
    return fail('save-failed', `Encrypting the draft failed: ${(e as Error).message}`);
  }
}
