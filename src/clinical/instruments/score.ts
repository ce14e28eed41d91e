import type { CriticalFinding, InstrumentScore } from '../../model/plan.js';
import type { InstrumentDefinition, InstrumentItem, InstrumentOptionSet } from './schema.js';

/** Item id → chosen option value; `null`/absent while unanswered. */
export type Answers = Readonly<Record<string, number | null | undefined>>;
/** Extra inputs a scoring rule reads, e.g. `{ sex: 'female' }` for AUDIT-C. */
export type ScoringContext = Readonly<Record<string, string | undefined>>;

export function scoredItems(def: InstrumentDefinition): InstrumentItem[] {
  return def.items.filter((i) => i.scored !== false);
}

export function optionSetOf(def: InstrumentDefinition, item: InstrumentItem): InstrumentOptionSet {
  const set = def.optionSets.find((s) => s.id === item.optionSet);
  // A validated definition always has it; fail loudly if someone skipped validation.
  if (!set) throw new Error(`Instrument ${def.id}: item ${item.id} names unknown option set ${item.optionSet}`);
  return set;
}

/** Lowest and highest possible total. */
export function totalRange(def: InstrumentDefinition): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const item of scoredItems(def)) {
    const values = optionSetOf(def, item).options.map((o) => o.value);
    min += Math.min(...values);
    max += Math.max(...values);
  }
  return { min, max };
}

const isAnswered = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Whether an item is asked given the answers so far (a conditional item only when its condition holds). */
export function isAsked(item: InstrumentItem, answers: Answers): boolean {
  const cond = item.askIf;
  if (!cond) return true;
  return cond.anyOf.some((id) => {
    const v = answers[id];
    return isAnswered(v) && v > cond.above;
  });
}

/** The answers with those of items not asked (a conditional item whose condition no longer holds) dropped. */
export function askedAnswers(def: InstrumentDefinition, answers: Answers): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const item of def.items) {
    const v = answers[item.id];
    out[item.id] = isAnswered(v) && isAsked(item, answers) ? v : null;
  }
  return out;
}

/**
 * Checks answers against a definition: every key must be an item and every value one of that
 * item's option values. Returns the first problem in words, or `undefined` when they fit.
 */
export function checkAnswers(def: InstrumentDefinition, answers: Answers): string | undefined {
  for (const [itemId, value] of Object.entries(answers)) {
    const item = def.items.find((i) => i.id === itemId);
    if (!item) return `${def.shortTitle} has no item "${itemId}".`;
    if (value === null || value === undefined) continue;
    if (!optionSetOf(def, item).options.some((o) => o.value === value)) {
      return `${def.shortTitle} item "${itemId}" has no option with value ${value}.`;
    }
  }
  return undefined;
}

/**
 * Positive critical items (PHQ-9 item 9 above 0). Computed from whatever is answered, so a
 * finding shows even while the instrument is incomplete and whatever the total is.
 */
export function findCritical(def: InstrumentDefinition, answers: Answers): CriticalFinding[] {
  const out: CriticalFinding[] = [];
  const asked = askedAnswers(def, answers);
  for (const rule of def.critical ?? []) {
    const value = asked[rule.itemId];
    if (isAnswered(value) && value > rule.above) out.push({ itemId: rule.itemId, value, message: rule.message });
  }
  return out;
}

/**
 * Scores one administration. An incomplete one reports how many items are answered and the
 * partial sum, but no band, no screening result and no cluster rule: a partial total would
 * mislead. Pure: the same inputs always give the same score.
 */
export function scoreAdministration(
  def: InstrumentDefinition,
  answers: Answers,
  context: ScoringContext = {},
): InstrumentScore {
  answers = askedAnswers(def, answers);
  const items = scoredItems(def).filter((i) => isAsked(i, answers));
  const { max } = totalRange(def);
  let total = 0;
  let answered = 0;
  for (const item of items) {
    const v = answers[item.id];
    if (isAnswered(v)) {
      total += v;
      answered++;
    }
  }
  const complete = answered === items.length;
  const score: InstrumentScore = { total, max, answered, itemCount: items.length, complete };
  const rule = def.scoring;

  if (rule.subscales?.length) {
    const subscores: Record<string, number> = {};
    for (const s of rule.subscales) {
      subscores[s.id] = s.items.reduce((sum, id) => {
        const v = answers[id];
        return sum + (isAnswered(v) ? v : 0);
      }, 0);
    }
    score.subscores = subscores;
  }
  if (!complete) return score;

  const notes: string[] = [];
  const band = rule.bands?.find((b) => total >= b.min && total <= b.max);
  if (band) {
    score.band = band.id;
    score.bandLabel = band.label;
  }
  if (rule.cutoff) score.positive = total >= rule.cutoff.min;
  if (rule.contextCutoff) {
    const cc = rule.contextCutoff;
    const given = context[cc.key];
    const chosen = cc.values.find((v) => v.value === given);
    if (chosen) {
      score.positive = total >= chosen.min;
    } else {
      // Context not given: report every threshold rather than guess one.
      for (const v of cc.values) notes.push(`${v.label} — ${total >= v.min ? cc.positiveLabel : cc.negativeLabel}`);
    }
  }
  if (rule.clusterRule && rule.subscales) {
    const cr = rule.clusterRule;
    const met = rule.subscales.every((s) => {
      const need = cr.minimum[s.id] ?? 0;
      const count = s.items.filter((id) => (answers[id] ?? -Infinity) >= cr.itemThreshold).length;
      return count >= need;
    });
    notes.push(met ? cr.metNote : cr.notMetNote);
  }
  if (rule.soleSourceNote && total > 0) {
    const v = answers[rule.soleSourceNote.itemId];
    if (isAnswered(v) && v === total) notes.push(rule.soleSourceNote.note);
  }
  if (notes.length) score.notes = notes;
  return score;
}

/** The DSM-style cluster rule on its own (PCL-5), or `undefined` when the instrument has none or is incomplete. */
export function clusterRuleMet(def: InstrumentDefinition, answers: Answers): boolean | undefined {
  const rule = def.scoring.clusterRule;
  if (!rule) return undefined;
  const score = scoreAdministration(def, answers);
  if (!score.complete) return undefined;
  return score.notes?.includes(rule.metNote) ?? false;
}
