import * as z from 'zod/mini';
import { describeIssues, fail, ok, type Result } from '../../model/errors.js';
import { ConcernAreaSchema, InterventionSchema } from '../../model/plan.js';
import { IdSchema, LongTextSchema, ShortTextSchema } from '../../model/primitives.js';

const opt = z.optional;

/** How a catalog approach runs its sessions, on the scale the intake preference uses. */
export const ApproachStructureSchema = z.enum(['structured', 'balanced', 'exploratory']);

/** What sort of entry it is; `referral` entries are never dosed by the kit (a prescriber decides). */
export const ModalityKindSchema = z.enum(['therapy', 'framework', 'support', 'lifestyle', 'referral']);

export const TechniqueSchema = z.object({
  /** Unique inside its entry; stored in `Intervention.techniques`. */
  id: IdSchema,
  name: ShortTextSchema.check(z.minLength(1)),
  /** One or two plain sentences a client can read. */
  description: LongTextSchema.check(z.minLength(1)),
});

/** A typical course, used to prefill a new plan entry. The clinician always sets the real dose. */
export const TypicalDoseSchema = z.object({
  frequency: InterventionSchema.shape.frequency,
  sessionMinutes: opt(z.int().check(z.minimum(5), z.maximum(600))),
  /** Usual number of sessions, when there is one; absent = open-ended or until the next review. */
  sessions: opt(
    z.object({
      min: z.int().check(z.minimum(1), z.maximum(500)),
      max: opt(z.int().check(z.minimum(1), z.maximum(500))),
    }),
  ),
  format: InterventionSchema.shape.format,
  /** The dose in words, e.g. "Weekly 50-minute sessions, often 12 to 20 in all". */
  text: ShortTextSchema.check(z.minLength(1)),
});

export const CatalogEntrySchema = z
  .object({
    id: IdSchema,
    name: ShortTextSchema.check(z.minLength(1)),
    kind: ModalityKindSchema,
    /** One line for lists. */
    summary: ShortTextSchema.check(z.minLength(1)),
    /** What it is, said to the client. */
    forClient: LongTextSchema.check(z.minLength(1)),
    /** What happens in a session. */
    sessionInvolves: LongTextSchema.check(z.minLength(1)),
    structure: ApproachStructureSchema,
    dose: opt(TypicalDoseSchema),
    techniques: z.array(TechniqueSchema),
    /** Concern areas this approach is often used for (matches `ConcernArea` in the plan). */
    usedFor: z.array(ConcernAreaSchema),
  })
  .check(
    z.refine((e) => !(e.kind === 'referral' && e.dose), {
      message: 'A referral entry must not carry a dose: the prescriber decides it',
      path: ['dose'],
    }),
    z.refine((e) => e.kind === 'referral' || !!e.dose, {
      message: 'Give a typical dose (frequency, format and the dose in words)',
      path: ['dose'],
    }),
    z.refine((e) => new Set(e.techniques.map((t) => t.id)).size === e.techniques.length, {
      message: 'Technique ids must be unique within an entry',
      path: ['techniques'],
    }),
  );

export const CatalogSchema = z.array(CatalogEntrySchema);

export type ApproachStructure = z.infer<typeof ApproachStructureSchema>;
export type ModalityKind = z.infer<typeof ModalityKindSchema>;
export type Technique = z.infer<typeof TechniqueSchema>;
export type TypicalDose = z.infer<typeof TypicalDoseSchema>;
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

/**
 * Validates a host-supplied list of catalog entries. An invalid list is refused whole with
 * `invalid-definition` and `path: problem` lines naming each fault.
 */
export function parseCatalog(input: unknown): Result<CatalogEntry[]> {
  const parsed = CatalogSchema.safeParse(input);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues).map((l) => `catalog.${l}`);
    return fail('invalid-definition', `The approach catalog is not valid: ${issues[0]}`, issues);
  }
  const seen = new Set<string>();
  for (const [i, e] of parsed.data.entries()) {
    if (seen.has(e.id)) {
      const line = `catalog.${i}.id: "${e.id}" appears more than once`;
      return fail('invalid-definition', `The approach catalog is not valid: ${line}`, [line]);
    }
    seen.add(e.id);
  }
  return ok(parsed.data);
}

/**
 * The built-in catalog with the host's entries applied: an entry with a built-in id replaces
 * that entry, a new id is added at the end. Invalid host input changes nothing and is reported.
 */
export function mergeCatalog(base: readonly CatalogEntry[], hostEntries: unknown): Result<CatalogEntry[]> {
  const parsed = parseCatalog(hostEntries);
  if (!parsed.ok) return parsed;
  const byId = new Map(parsed.value.map((e) => [e.id, e]));
  const merged = base.map((e) => byId.get(e.id) ?? e);
  for (const e of parsed.value) if (!base.some((b) => b.id === e.id)) merged.push(e);
  return ok(merged);
}
