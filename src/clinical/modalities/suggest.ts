import type { Administration, ConcernArea, Diagnosis, PastTreatment, TraumaFeature, TreatmentPlan } from '../../model/plan.js';
import type { RuleCondition, SuggestionRule } from './rules.js';
import type { CatalogEntry, ApproachStructure } from './schema.js';
import { latestByInstrument } from '../goals/instruments.js';

/** Prefix of every dismissal key this picker writes to `plan.dismissals`. */
export const MODALITY_DISMISSAL_PREFIX = 'modality:';
export const suggestionKey = (modalityId: string): string => `${MODALITY_DISMISSAL_PREFIX}${modalityId}`;

/** What the rules read from a plan, gathered once. */
export interface PlanFacts {
  /** Concern area → where it was recorded (intake, or a problem with its title). */
  concerns: Map<ConcernArea, ConcernSource[]>;
  traumaFeatures: Set<TraumaFeature>;
  substanceUse?: 'yes' | 'no' | 'prefer-not-to-say';
  substances: string;
  /** Latest complete administration per instrument id. */
  latest: Map<string, Administration>;
  /** Every administration, complete or not (a critical answer counts wherever it was given). */
  administrations: readonly Administration[];
  diagnoses: readonly Diagnosis[];
  pastTreatments: PastTreatment[];
  structurePreference?: ApproachStructure;
}

export function planFacts(plan: TreatmentPlan): PlanFacts {
  const intake = plan.assessment.intake;
  const concerns = new Map<ConcernArea, ConcernSource[]>();
  const note = (a: ConcernArea, where: ConcernSource) => concerns.set(a, [...(concerns.get(a) ?? []), where]);
  for (const a of intake.concerns.areas) note(a, { from: 'intake' });
  for (const p of plan.problems) for (const a of p.areas) note(a, { from: 'problem', title: p.title });
  // The same "latest" the goal editor binds baselines to: compared as instants (dates may carry
  // any UTC offset, so text order is not time order); a tie goes to the later recorded.
  const latest = latestByInstrument(plan);
  return {
    concerns,
    traumaFeatures: new Set(intake.concerns.traumaFeatures),
    ...(intake.substanceUse.uses ? { substanceUse: intake.substanceUse.uses } : {}),
    substances: intake.substanceUse.substances ?? '',
    latest,
    administrations: plan.assessment.administrations,
    diagnoses: plan.assessment.diagnoses,
    pastTreatments: intake.history.pastTreatments,
    ...(intake.preferences.structure ? { structurePreference: intake.preferences.structure } : {}),
  };
}

/** Where a concern was recorded: ticked at intake, or an area of a problem (its title; empty when untitled). */
export type ConcernSource = { from: 'intake' } | { from: 'problem'; title: string };

/** A score a rule read: the instrument, the total with its band, and the day. */
export interface ScoreEvidence {
  instrumentId: string;
  total: number;
  /** The band's code (worded in the page's language) and its stored English name. */
  band?: string;
  bandLabel?: string;
  /** `YYYY-MM-DD`. */
  day: string;
}

/**
 * A fact of the plan that met a rule's condition, as a code with its values; the element words
 * it (`src/i18n/suggestion-words.ts`). Values are codes, numbers, days, or the plan's own words
 * (a problem's title, the substances the client named, a diagnosis label).
 */
export type Evidence =
  | { code: 'concern'; area: ConcernArea; where: ConcernSource[] }
  | { code: 'trauma-feature'; feature: TraumaFeature }
  | { code: 'substance-use'; substances?: string }
  | { code: 'substances-named'; words: string[] }
  | { code: 'score-at-least'; score: ScoreEvidence; value: number }
  | { code: 'positive-screen'; score: ScoreEvidence }
  | { code: 'critical-item'; instrumentId: string; itemId: string; value?: number; day: string }
  | { code: 'use-disorder'; label: string; diagnosisCode?: string };

export type EvidenceCode = Evidence['code'];

export interface ConditionResult {
  met: boolean;
  /** The facts that met the condition. */
  evidence: Evidence[];
}

const scoreEvidence = (adm: Administration): ScoreEvidence => ({
  instrumentId: adm.instrumentId,
  total: adm.score.total,
  ...(adm.score.band ? { band: adm.score.band } : {}),
  ...(adm.score.bandLabel ? { bandLabel: adm.score.bandLabel } : {}),
  day: adm.date.slice(0, 10),
});

/**
 * Codes of a moderate or severe use disorder. ICD-10-CM: DSM-5-TR codes moderate and severe
 * alcohol / opioid use disorder as F10.20 / F11.20 (dependence, F1x.2x); ICD-11: 6C40.2 / 6C43.2.
 */
const USE_DISORDER_CODES: Readonly<Record<'alcohol' | 'opioid', RegExp>> = {
  alcohol: /^(F10\.2|6C40\.2)/i,
  opioid: /^(F11\.2|6C43\.2)/i,
};

/** Whether a recorded diagnosis is a moderate or severe alcohol / opioid use disorder (by code, else by its words). */
export function isModerateSevereUseDisorder(d: Diagnosis, substance: 'alcohol' | 'opioid'): boolean {
  if (d.code && USE_DISORDER_CODES[substance].test(d.code.trim())) return true;
  const label = d.label.toLowerCase();
  return label.includes(substance) && label.includes('use disorder') && /\b(moderate|severe)\b/.test(label) && !/\bmild\b/.test(label);
}

/** Checks one condition against the facts and says which facts met it. */
export function evaluateCondition(cond: RuleCondition, facts: PlanFacts): ConditionResult {
  // `evidence` stays undefined while the condition is unmet.
  let evidence: Evidence[] | undefined;
  let adm: Administration | undefined;
  if ('concern' in cond) {
    const where = facts.concerns.get(cond.concern);
    if (where) evidence = [{ code: 'concern', area: cond.concern, where }];
  } else if ('traumaFeature' in cond) {
    if (facts.traumaFeatures.has(cond.traumaFeature)) evidence = [{ code: 'trauma-feature', feature: cond.traumaFeature }];
  } else if ('substanceUse' in cond) {
    if (facts.substanceUse === 'yes') evidence = [{ code: 'substance-use', ...(facts.substances ? { substances: facts.substances } : {}) }];
  } else if ('substancesMention' in cond) {
    const text = facts.substances.toLowerCase();
    const hits = cond.substancesMention.filter((w) => text.includes(w.toLowerCase()));
    if (hits.length) evidence = [{ code: 'substances-named', words: hits }];
  } else if ('scoreAtLeast' in cond) {
    adm = facts.latest.get(cond.scoreAtLeast.instrument);
    if (adm && adm.score.total >= cond.scoreAtLeast.value) evidence = [{ code: 'score-at-least', score: scoreEvidence(adm), value: cond.scoreAtLeast.value }];
  } else if ('positiveScreen' in cond) {
    adm = facts.latest.get(cond.positiveScreen);
    if (adm?.score.positive) evidence = [{ code: 'positive-screen', score: scoreEvidence(adm) }];
  } else if ('criticalItem' in cond) {
    const { instrument, item } = cond.criticalItem;
    const positive = facts.administrations
      .filter((a) => a.instrumentId === instrument && a.critical.some((c) => c.itemId === item))
      .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))[0];
    const value = positive?.answers[item];
    if (positive)
      evidence = [{ code: 'critical-item', instrumentId: instrument, itemId: item, ...(typeof value === 'number' ? { value } : {}), day: positive.date.slice(0, 10) }];
  } else if ('useDisorder' in cond) {
    const d = facts.diagnoses.find((x) => isModerateSevereUseDisorder(x, cond.useDisorder));
    if (d) evidence = [{ code: 'use-disorder', label: d.label, ...(d.code ? { diagnosisCode: d.code } : {}) }];
  } else if ('all' in cond) {
    const parts = cond.all.map((c) => evaluateCondition(c, facts));
    if (parts.every((p) => p.met)) evidence = parts.flatMap((p) => p.evidence);
  } else {
    const parts = cond.any.map((c) => evaluateCondition(c, facts)).filter((p) => p.met);
    if (parts.length) evidence = unique(parts.flatMap((p) => p.evidence));
  }
  return evidence ? { met: true, evidence } : { met: false, evidence: [] };
}

/** The same fact met by two conditions is listed once. */
const unique = (xs: Evidence[]): Evidence[] => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const key = JSON.stringify(x);
    return seen.has(key) ? false : (seen.add(key), true);
  });
};

export interface SuggestionReason {
  ruleId: string;
  /** A host rule's own words; built-in rules are worded by id (`src/i18n/suggestion-words.ts`). */
  text?: string;
  evidence: Evidence[];
  /** The guideline or study the rule follows. */
  source?: string;
}

export interface ModalitySuggestion {
  /** Dismissal key, `modality:<id>`. */
  key: string;
  modalityId: string;
  entry: CatalogEntry;
  /** Techniques the rules emphasize, in catalog order. */
  techniques: string[];
  reasons: SuggestionReason[];
  /** Sum of the rule weights plus the preference adjustment; higher comes first. */
  score: number;
  /** How the client's structure preference moved it: the preference, and what this approach offers. */
  preference?: { effect: 'raised' | 'lowered'; preferred: ApproachStructure; offered: ApproachStructure };
  /**
   * Set when the client tried this approach before and it did not help; such suggestions go last.
   * `when` and `didNotHelp` are the intake's own words, when given.
   */
  demoted?: { pastTreatmentId: string; when?: string; didNotHelp?: string };
  /** Listed before every other suggestion (a rule marked `first`, e.g. safety planning after a positive PHQ-9 question 9). */
  first?: boolean;
}

export interface SuggestOptions {
  /** Points added for an approach that matches the structure preference, removed for the opposite. */
  preferenceWeight?: number;
}

const OPPOSITE: Partial<Record<ApproachStructure, ApproachStructure>> = { structured: 'exploratory', exploratory: 'structured' };

/**
 * Proposes approaches for a plan. Pure: the same plan, catalog and rules always give the same
 * list. Approaches already in the plan and dismissed suggestions are left out. Order: strongest
 * first; the structure preference raises matching approaches and lowers the opposite kind;
 * approaches the client found unhelpful before go to the end with that reason.
 */
export function suggestModalities(
  plan: TreatmentPlan,
  catalog: readonly CatalogEntry[],
  rules: readonly SuggestionRule[],
  options: SuggestOptions = {},
): ModalitySuggestion[] {
  const facts = planFacts(plan);
  const entries = new Map(catalog.map((e) => [e.id, e]));
  const inPlan = new Set(plan.interventions.map((i) => i.modalityId));
  const dismissed = new Set(plan.dismissals.map((d) => d.key));
  const byModality = new Map<string, ModalitySuggestion>();

  for (const rule of rules) {
    const entry = entries.get(rule.modalityId);
    if (!entry || inPlan.has(entry.id) || dismissed.has(suggestionKey(entry.id))) continue;
    const result = evaluateCondition(rule.when, facts);
    if (!result.met) continue;
    let s = byModality.get(entry.id);
    if (!s) {
      s = { key: suggestionKey(entry.id), modalityId: entry.id, entry, techniques: [], reasons: [], score: 0 };
      byModality.set(entry.id, s);
    }
    s.reasons.push({
      ruleId: rule.id,
      ...(rule.reason ? { text: rule.reason } : {}),
      evidence: result.evidence,
      ...(rule.source ? { source: rule.source } : {}),
    });
    if (rule.first) s.first = true;
    s.score += rule.weight;
    // Techniques the entry does not have drop out here, since only the entry's own are kept.
    const wanted = new Set([...s.techniques, ...(rule.techniques ?? [])]);
    s.techniques = entry.techniques.map((t) => t.id).filter((id) => wanted.has(id));
  }

  const pref = facts.structurePreference;
  const w = options.preferenceWeight ?? 3;
  for (const s of byModality.values()) {
    if (pref && pref !== 'balanced' && s.entry.kind !== 'referral') {
      if (s.entry.structure === pref) {
        s.score += w;
        s.preference = { effect: 'raised', preferred: pref, offered: s.entry.structure };
      } else if (s.entry.structure === OPPOSITE[pref]) {
        s.score -= w;
        s.preference = { effect: 'lowered', preferred: pref, offered: s.entry.structure };
      }
    }
    const tried = facts.pastTreatments.find((t) => t.modalityId === s.modalityId && t.outcome === 'unhelpful');
    if (tried) {
      s.demoted = {
        pastTreatmentId: tried.id,
        ...(tried.when ? { when: tried.when } : {}),
        ...(tried.didNotHelp ? { didNotHelp: tried.didNotHelp } : {}),
      };
    }
  }

  // The sort is stable, so equal suggestions keep the order their first rule gave them.
  // A `first` suggestion (safety planning) leads whatever else applies, even if tried before.
  return [...byModality.values()].sort(
    (a, b) => Number(!!b.first) - Number(!!a.first) || Number(!!a.demoted) - Number(!!b.demoted) || b.score - a.score,
  );
}
