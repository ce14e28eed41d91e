import {
  SUD_DIMENSIONS,
  type LevelOfCare,
  type LevelOfCareCode,
  type LevelSuggestion,
  type RiskLevel,
  type SubstanceUseCare,
  type SudDimension,
} from '../../model/substance-use.js';

/*
 * Source: the six dimensions, and the idea that higher risk in a dimension calls for more
 * intensive care, come from The ASAM Criteria (Mee-Lee D, ed., 3rd ed., 2013; 4th ed., 2023). The
 * rule below is the kit's own simplification, not the ASAM decision algorithm; every word the kit
 * shows is its own (`src/i18n/sud-words.ts`, which names the source on screen).
 */

/** One rating that made a suggestion apply. */
export interface RatingReason {
  dimension: SudDimension;
  /** 1-based position of the dimension (1 = intoxication and withdrawal … 6 = recovery environment). */
  number: number;
  level: RiskLevel;
}

/** A level-of-care suggestion: a code, the level it proposes, and the ratings that met it. */
export interface LevelOfCareSuggestion {
  code: LevelSuggestion;
  level: LevelOfCareCode;
  because: RatingReason[];
}

type Ratings = SubstanceUseCare['ratings'];

const reasons = (ratings: Ratings, dims: readonly SudDimension[], atLeast: RiskLevel, atMost: RiskLevel = 4): RatingReason[] =>
  dims.flatMap((dimension) => {
    const level = ratings[dimension]?.level;
    return level !== undefined && level >= atLeast && level <= atMost
      ? [{ dimension, number: SUD_DIMENSIONS.indexOf(dimension) + 1, level: level }]
      : [];
  });

/**
 * Which levels of care the six ratings point to, most urgent first. Decision support only: the
 * clinician confirms a level with a click; nothing here changes the plan.
 *
 * The rule, in words:
 * 1. Intoxication and withdrawal rated 3 or 4 → review for withdrawal management.
 * 2. Physical health, or mental health / behaviour / thinking, rated 4 → same-day medical or
 *    psychiatric review; 24-hour, medically managed care may be needed.
 * 3. Physical health or mental health rated 3, or readiness, return-to-use or recovery
 *    environment rated 3 or 4 → consider more intensive care than weekly outpatient
 *    (intensive outpatient, partial hospitalization or residential).
 * 4. All six rated and none above 1 → outpatient care may fit.
 * Anything else: no suggestion (the clinician judges). Unrated dimensions never count as 0.
 */
export function suggestLevelOfCare(ratings: Ratings): LevelOfCareSuggestion[] {
  const out: LevelOfCareSuggestion[] = [];
  const withdrawal = reasons(ratings, ['intoxication-withdrawal'], 3);
  if (withdrawal.length) out.push({ code: 'withdrawal-management-review', level: 'withdrawal-management', because: withdrawal });
  const acute = reasons(ratings, ['biomedical', 'emotional-behavioral-cognitive'], 4);
  if (acute.length) out.push({ code: 'medical-psychiatric-review', level: 'medically-managed-inpatient', because: acute });
  const intensive = [
    ...reasons(ratings, ['biomedical', 'emotional-behavioral-cognitive'], 3, 3),
    ...reasons(ratings, ['readiness-to-change', 'relapse-continued-use', 'recovery-environment'], 3),
  ];
  if (intensive.length) out.push({ code: 'more-intensive-care', level: 'intensive-outpatient', because: intensive });
  const rated = reasons(ratings, SUD_DIMENSIONS, 0);
  if (rated.length === SUD_DIMENSIONS.length && rated.every((r) => r.level <= 1)) {
    out.push({ code: 'outpatient-may-fit', level: 'outpatient', because: [] });
  }
  return out;
}

/** The six ratings in dimension order, `null` where not rated (what a confirmed level keeps). */
export const ratingsSnapshot = (ratings: Ratings): (RiskLevel | null)[] =>
  SUD_DIMENSIONS.map((d) => (ratings[d]?.level ?? null));

/** Whether the ratings changed since the level of care was confirmed (the clinician should look again). */
export const ratingsChangedSince = (confirmed: LevelOfCare, ratings: Ratings): boolean =>
  ratingsSnapshot(ratings).some((level, i) => level !== confirmed.ratings[i]);

/** How many of the six dimensions are rated. */
export const ratedCount = (ratings: Ratings): number => SUD_DIMENSIONS.filter((d) => ratings[d] !== undefined).length;

