/**
 * Satisfaction on four dimensions and the key experience (DOMAIN.md §4). Scores are integers 1–10.
 */
export const SATISFACTION_DIMENSIONS = ['professional', 'value', 'personal', 'dedication'] as const;
export type SatisfactionDimension = (typeof SATISFACTION_DIMENSIONS)[number];

export const EXPERIENCE_ASPECTS = ['product', 'service', 'relationship', 'convenience', 'brand', 'price'] as const;
export type ExperienceAspect = (typeof EXPERIENCE_ASPECTS)[number];

export const SCORE_MIN = 1;
export const SCORE_MAX = 10;

export type DimensionScores = Record<SatisfactionDimension, { expectation: number; experience: number }>;
export type AspectScores = Record<ExperienceAspect, { importance: number; performance: number }>;

export interface DimensionResult {
  dimension: SatisfactionDimension;
  expectation: number;
  experience: number;
  /** experience − expectation: below zero the client got less than they expected. */
  satisfaction: number;
}

/**
 * Satisfaction per dimension, in the fixed order, and the weakest one: the lowest satisfaction
 * (the first in that order on a tie). A client can fire the agency over any single dimension, so
 * the weakest is what the record highlights, not an average that would hide it.
 */
export function satisfactionOf(scores: DimensionScores): {
  dimensions: DimensionResult[];
  weakest: SatisfactionDimension;
} {
  const dimensions = SATISFACTION_DIMENSIONS.map((dimension) => {
    const { expectation, experience } = scores[dimension];
    return { dimension, expectation, experience, satisfaction: experience - expectation };
  });
  let weakest = dimensions[0]!;
  for (const d of dimensions) if (d.satisfaction < weakest.satisfaction) weakest = d;
  return { dimensions, weakest: weakest.dimension };
}

export interface AspectResult {
  aspect: ExperienceAspect;
  importance: number;
  performance: number;
  /** How far performance is from the best score: SCORE_MAX − performance (the "worst performance"). */
  shortfall: number;
  /** importance × shortfall: the largest is where to invest first. */
  priority: number;
}

/**
 * Key experience (关键体验): importance × how badly we perform. "Worst performance" is read as the
 * shortfall from a perfect score (10 − performance), so an important aspect where we do badly gets
 * the largest product. Sorted by priority, largest first; ties keep the fixed aspect order.
 */
export function keyExperienceOf(scores: AspectScores): AspectResult[] {
  return EXPERIENCE_ASPECTS.map((aspect) => {
    const { importance, performance } = scores[aspect];
    const shortfall = SCORE_MAX - performance;
    return { aspect, importance, performance, shortfall, priority: importance * shortfall };
  }).sort((a, b) => b.priority - a.priority);
}
