import * as z from 'zod/mini';
import { ok, type Result } from '../../model/errors.js';
import { ConcernAreaSchema, InterventionSchema } from '../../model/plan.js';
import { IdSchema, LongTextSchema, ShortTextSchema } from '../../model/primitives.js';
import { parseDefinition } from './parse.js';

const opt = z.optional;
const short = ShortTextSchema.check(z.minLength(1));
const long = LongTextSchema.check(z.minLength(1));
const sessionCount = z.int().check(z.minimum(1), z.maximum(500));

/** How a catalog approach runs its sessions, on the scale the intake preference uses. */
export const ApproachStructureSchema = z.enum(['structured', 'balanced', 'exploratory']);

/** What sort of entry it is; `referral` entries are never dosed by the kit (a prescriber decides). */
export const ModalityKindSchema = z.enum(['therapy', 'framework', 'support', 'lifestyle', 'referral']);

export const TechniqueSchema = z.object({
  /** Unique inside its entry; stored in `Intervention.techniques`. */
  id: IdSchema,
  name: short,
  /** One or two plain sentences a client can read. */
  description: long,
});

/** A typical course, used to prefill a new plan entry. The clinician always sets the real dose. */
export const TypicalDoseSchema = z.object({
  frequency: InterventionSchema.shape.frequency,
  sessionMinutes: opt(z.int().check(z.minimum(5), z.maximum(600))),
  /** Usual number of sessions, when there is one; absent = open-ended or until the next review. */
  sessions: opt(
    z.object({
      min: sessionCount,
      max: opt(sessionCount),
    }),
  ),
  format: InterventionSchema.shape.format,
  /** The dose in words, e.g. "Weekly 50-minute sessions, often 12 to 20 in all". */
  text: short,
});

export const CatalogEntrySchema = z
  .object({
    id: IdSchema,
    name: short,
    kind: ModalityKindSchema,
    /** One line for lists. */
    summary: short,
    /** What it is, said to the client. */
    forClient: long,
    /** What happens in a session. */
    sessionInvolves: long,
    structure: ApproachStructureSchema,
    dose: opt(TypicalDoseSchema),
    techniques: z.array(TechniqueSchema),
    /** Concern areas this approach is often used for (matches `ConcernArea` in the plan). */
    usedFor: z.array(ConcernAreaSchema),
  })
  .check(
    z.refine((e) => !(e.kind === 'referral' && e.dose), {
      error: 'A referral entry must not carry a dose: the prescriber decides it',
      path: ['dose'],
    }),
    z.refine((e) => e.kind === 'referral' || !!e.dose, {
      error: 'Give a typical dose (frequency, format and the dose in words)',
      path: ['dose'],
    }),
    z.refine((e) => new Set(e.techniques.map((t) => t.id)).size === e.techniques.length, {
      error: 'Technique ids must be unique within an entry',
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
export const parseCatalog = (input: unknown): Result<CatalogEntry[]> =>
  parseDefinition(CatalogSchema, input, 'approach catalog is', 'catalog.', (i, id) => `catalog.${i}.id: "${id}" appears more than once`);

/**
 * The built-in catalog with the host's entries applied: an entry with a built-in id replaces
 * that entry, a new id is added at the end. Invalid host input changes nothing and is reported.
 */
export function mergeCatalog(base: readonly CatalogEntry[], hostEntries: unknown): Result<CatalogEntry[]> {
  const parsed = parseCatalog(hostEntries);
  return parsed.ok ? ok(mergeEntries(base, parsed.value)) : parsed;
}

/** `base` with validated `host` entries applied: a same id replaces, a new id is added at the end. */
export function mergeEntries(base: readonly CatalogEntry[], host: readonly CatalogEntry[]): CatalogEntry[] {
  const byId = new Map(host.map((e) => [e.id, e]));
  return [...base.map((e) => byId.get(e.id) ?? e), ...host.filter((e) => !base.some((b) => b.id === e.id))];
}
