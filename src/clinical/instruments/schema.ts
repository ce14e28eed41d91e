import * as z from 'zod/mini';
import { describeIssues, fail, ok, type Result } from '../../model/errors.js';
import { IdSchema, LongTextSchema, ShortTextSchema } from '../../model/primitives.js';

const opt = z.optional;
const text1 = ShortTextSchema.check(z.minLength(1));
const longText1 = LongTextSchema.check(z.minLength(1));
const nonEmpty = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

/** A LOINC code such as `44249-1` or an answer code such as `LA6568-5`. */
const LoincSchema = z.string().check(z.regex(/^(LA)?\d{1,6}-\d$/, 'Expected a LOINC code like 44249-1 or LA6568-5'));

export const InstrumentOptionSchema = z.object({
  /** The weight this answer adds to the total. */
  value: z.number().check(z.refine(Number.isFinite, 'Expected a finite number')),
  /** Exact published wording of the answer. */
  label: text1,
  /** LOINC answer code, only where verified (CLINICAL.md). */
  loinc: opt(LoincSchema),
});

export const InstrumentOptionSetSchema = z.object({
  id: IdSchema,
  options: z.array(InstrumentOptionSchema).check(z.minLength(2)),
});

export const InstrumentItemSchema = z.object({
  id: IdSchema,
  /** Exact published wording; never translated by the kit. */
  text: longText1,
  /** Id of the option set the answers come from. */
  optionSet: IdSchema,
  /** `false` for items that are asked but not added to the total (PHQ-9 question 10). Default `true`. */
  scored: opt(z.boolean()),
  loinc: opt(LoincSchema),
  /**
   * A conditional item: asked only when one of `anyOf` is answered above `above` (ASQ question 5
   * follows a "yes" to 1–4). While it is not asked its answer is ignored: it neither counts as
   * missing nor adds to the total nor raises a critical finding.
   */
  askIf: opt(z.object({ anyOf: nonEmpty(IdSchema), above: z.number() })),
});

export const ScoreBandSchema = z.object({
  id: IdSchema,
  /** Words shown next to the total, e.g. "Moderate". */
  label: text1,
  min: z.number(),
  max: z.number(),
});

/** A screening cut-off: positive when the total is at least `min`. */
export const CutoffSchema = z.object({
  min: z.number(),
  /** What a positive screen means, in words ("Positive screen: give the PHQ-9"). */
  positiveLabel: ShortTextSchema,
  negativeLabel: ShortTextSchema,
});

/** A cut-off that depends on a context answer (AUDIT-C: sex). */
export const ContextCutoffSchema = z.object({
  /** Context key the rule reads, e.g. `sex`. */
  key: IdSchema,
  /** Question shown to collect it. */
  question: ShortTextSchema,
  /** One threshold per context value; when the value is not given, every threshold is reported. */
  values: nonEmpty(z.object({ value: IdSchema, label: ShortTextSchema, min: z.number() })),
  positiveLabel: ShortTextSchema,
  negativeLabel: ShortTextSchema,
});

export const SubscaleSchema = z.object({
  id: IdSchema,
  label: ShortTextSchema,
  items: nonEmpty(IdSchema),
});

/**
 * A DSM-style cluster rule: an item answered at `itemThreshold` or higher counts as a symptom,
 * and each subscale needs at least `minimum[subscaleId]` symptoms.
 */
export const ClusterRuleSchema = z.object({
  itemThreshold: z.number(),
  minimum: z.record(IdSchema, z.int().check(z.minimum(0))),
  metNote: ShortTextSchema,
  notMetNote: ShortTextSchema,
});

/** A note added when every point of a positive total comes from one item (AUDIT-C question 1). */
export const SoleSourceNoteSchema = z.object({
  itemId: IdSchema,
  note: ShortTextSchema,
});

export const ScoringRuleSchema = z.object({
  method: z.literal('sum'),
  bands: opt(z.array(ScoreBandSchema)),
  cutoff: opt(CutoffSchema),
  contextCutoff: opt(ContextCutoffSchema),
  subscales: opt(z.array(SubscaleSchema)),
  clusterRule: opt(ClusterRuleSchema),
  soleSourceNote: opt(SoleSourceNoteSchema),
});

export const CriticalItemSchema = z.object({
  itemId: IdSchema,
  /** The item is positive when its value is greater than this. */
  above: z.number(),
  /** Words shown to the clinician next to the total and carried by `risk-flag`. */
  message: text1,
  /**
   * Plain words shown to the client (`mode="client"`) when this item is positive: what it means
   * and what to do now. A host instrument without it shows a general "tell your clinician today".
   */
  clientMessage: opt(longText1),
});

export const InstrumentDefinitionSchema = z
  .object({
    id: IdSchema.check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lowercase letters, digits and hyphens, e.g. "phq9"')),
    version: text1,
    /** Short name, e.g. "PHQ-9". */
    shortTitle: text1,
    title: text1,
    instructions: LongTextSchema,
    optionSets: nonEmpty(InstrumentOptionSetSchema),
    items: nonEmpty(InstrumentItemSchema),
    scoring: ScoringRuleSchema,
    critical: opt(z.array(CriticalItemSchema)),
    /** Copyright / licence notice, shown with the instrument. */
    licence: longText1,
    /** Citation of the published source. */
    source: opt(LongTextSchema),
    loinc: opt(z.object({ panel: opt(LoincSchema), total: opt(LoincSchema) })),
    /** Full instrument to offer when this screen is positive (PHQ-2 → PHQ-9). */
    followUp: opt(IdSchema),
  })
  .check(
    z.superRefine((def, ctx) => {
      // Stryker disable next-line StringLiteral: equivalent — only the path and message of an issue reach the host (`describeIssues`), never its code.
      const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      const sets = new Map(def.optionSets.map((s) => [s.id, s]));
      if (sets.size !== def.optionSets.length) issue(['optionSets'], 'Option set ids must be unique');
      const items = new Set(def.items.map((i) => i.id));
      if (items.size !== def.items.length) issue(['items'], 'Item ids must be unique');
      const noItem = (path: PropertyKey[], id: string) => items.has(id) || issue(path, `No item "${id}"`);
      def.items.forEach((item, i) => {
        if (!sets.has(item.optionSet)) issue(['items', i, 'optionSet'], `No option set "${item.optionSet}"`);
      });
      def.optionSets.forEach((set, i) => {
        const values = set.options.map((o) => o.value);
        if (new Set(values).size !== values.length) issue(['optionSets', i, 'options'], 'Option values must be unique');
      });
      const scored = def.items.filter((i) => i.scored !== false);
      if (!scored.length) issue(['items'], 'At least one item must be scored');
      let min = 0;
      let max = 0;
      for (const item of scored) {
        const values = sets.get(item.optionSet)?.options.map((o) => o.value) ?? [0];
        min += Math.min(...values);
        max += Math.max(...values);
      }
      const bands = def.scoring.bands;
      if (bands) {
        const sorted = [...bands].sort((a, b) => a.min - b.min);
        sorted.forEach((b, i) => {
          if (b.min > b.max) issue(['scoring', 'bands'], `Band "${b.id}" has min above max`);
          const next = sorted[i + 1];
          if (next && next.min !== b.max + 1) issue(['scoring', 'bands'], `Bands "${b.id}" and "${next.id}" must meet without gap or overlap`);
        });
        if (sorted[0] && sorted[0].min > min) issue(['scoring', 'bands'], `Bands must start at the lowest total (${min})`);
        const last = sorted.at(-1);
        if (last && last.max < max) issue(['scoring', 'bands'], `Bands must reach the highest total (${max})`);
      }
      def.scoring.subscales?.forEach((s, i) => s.items.forEach((id, j) => noItem(['scoring', 'subscales', i, 'items', j], id)));
      const rule = def.scoring.clusterRule;
      if (rule) {
        const ids = new Set(def.scoring.subscales?.map((s) => s.id));
        for (const key of Object.keys(rule.minimum)) {
          if (!ids.has(key)) issue(['scoring', 'clusterRule', 'minimum', key], `No subscale "${key}"`);
        }
      }
      const sole = def.scoring.soleSourceNote;
      if (sole) noItem(['scoring', 'soleSourceNote', 'itemId'], sole.itemId);
      def.critical?.forEach((c, i) => noItem(['critical', i, 'itemId'], c.itemId));
      def.items.forEach((item, i) =>
        item.askIf?.anyOf.forEach((id, j) => {
          noItem(['items', i, 'askIf', 'anyOf', j], id);
          if (id === item.id) issue(['items', i, 'askIf', 'anyOf', j], `Item "${id}" cannot depend on itself`);
        }),
      );
    }),
  );

export type InstrumentOption = z.infer<typeof InstrumentOptionSchema>;
export type InstrumentOptionSet = z.infer<typeof InstrumentOptionSetSchema>;
export type InstrumentItem = z.infer<typeof InstrumentItemSchema>;
export type ScoreBand = z.infer<typeof ScoreBandSchema>;
export type ScoringRule = z.infer<typeof ScoringRuleSchema>;
export type CriticalItem = z.infer<typeof CriticalItemSchema>;
export type InstrumentDefinition = z.infer<typeof InstrumentDefinitionSchema>;

/** Validates a definition from outside (a host's own instrument). Invalid → `invalid-definition` naming the problem. */
export function parseInstrumentDefinition(input: unknown): Result<InstrumentDefinition> {
  const parsed = InstrumentDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues);
    const id = (input as { id?: unknown } | null)?.id;
    const name = typeof id === 'string' ? `"${id}"` : '(no id)';
    return fail('invalid-definition', `The instrument definition ${name} is not valid: ${issues[0]}`, issues);
  }
  return ok(parsed.data);
}
