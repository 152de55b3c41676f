// The thresholds story clustering uses, in one place: docs/story-clusters.md says how they were chosen.

export interface ClusterRule {
  /** Two versions of a story are published at most this far apart. */
  windowHours: number;
  /** Past this many hours apart, a pair needs `distantDice`, linked or not. */
  closeHours: number;
  /** A word is rare (a candidate word, and one that counts for `unlinkedMinimumRareShared`) in at most this share of items… */
  rareShare: number;
  /** …or in at most this many, whichever is more. */
  rareMinimumCount: number;
  /** Close in time and linked by a related list (either way): the titles' Dice overlap needed. */
  linkedDice: number;
  /** Close in time, not linked: the overlap needed… */
  unlinkedDice: number;
  /** …with at least this many shared words… */
  unlinkedMinimumShared: number;
  /** …of which this many rare: a shared name alone never merges two stories. */
  unlinkedMinimumRareShared: number;
  /** The overlap needed between `closeHours` and `windowHours` apart. */
  distantDice: number;
  /** A shared topic that is on at most half the articles lowers the overlap needed by this much. */
  specificTopicAllowance: number;
  /** Two groups join only when their best versions overlap this much: one loose pair cannot chain two stories. */
  bestVersionsDice: number;
}

export const defaultClusterRule: ClusterRule = {
  windowHours: 48,
  closeHours: 24,
  rareShare: 0.05,
  rareMinimumCount: 12,
  linkedDice: 0.4,
  unlinkedDice: 0.6,
  unlinkedMinimumShared: 3,
  unlinkedMinimumRareShared: 2,
  distantDice: 0.7,
  specificTopicAllowance: 0.05,
  bestVersionsDice: 0.3,
};
