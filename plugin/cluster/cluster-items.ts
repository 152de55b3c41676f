// Items (articles and the outside stories their related lists name) -> groups that report one story.
import { defaultClusterRule, type ClusterRule } from './cluster-rule.ts';
import { mergeGroups, type ScoredPair } from './merge-groups.ts';
import { compareItems, hour, rareLimitOf, sameStoryScore, specificTopicsOf, type JudgeContext } from './same-story-score.ts';

export interface ClusterItem {
  /** Publication time, milliseconds since the epoch. */
  time: number;
  /** The title's words (`titleWords`): sorted, each once. */
  words: readonly string[];
  /** Topic slugs; outside stories have none. */
  topics: readonly string[];
  quality: number;
  /** Indexes of the items this item's related list names. */
  lists: readonly number[];
  /** Stable across builds and unique (a link key): breaks ties, so the result never depends on input order. */
  key: string;
}

export interface Clustering {
  /** Groups of item indexes, each in time order. Every item is in exactly one; the groups are in no set order. */
  groups: number[][];
  /** Pairs looked at: the blocking keeps this near linear in the items. */
  candidatePairs: number;
}

/** Told each pair judged, by item indexes: its score, or NaN when it is not one story. */
export type JudgedPairListener = (indexA: number, indexB: number, score: number) => void;

/**
 * Blocks, judges and merges. A pair is looked at only when a related list links it or it shares a
 * rare title word, and only within `windowHours`: never every item with every other. Pairs that
 * pass are merged strongest first (`mergeGroups`).
 */
export function clusterItems(
  items: readonly ClusterItem[],
  rule: ClusterRule = defaultClusterRule,
  onJudged?: JudgedPairListener,
): Clustering {
  const order = items.map((_item, index) => index).sort((a, b) => compareItems(items[a]!, items[b]!));
  const rank = new Int32Array(items.length);
  order.forEach((index, position) => (rank[index] = position));
  const sorted = order.map((index) => items[index]!);
  const lists = linkSets(sorted, rank);
  const frequency = wordFrequencies(sorted);
  const rareLimit = rareLimitOf(rule, sorted.length);
  const isRare = (word: string) => (frequency.get(word) ?? 0) <= rareLimit;
  const window = rule.windowHours * hour;

  const candidates = new Map<number, [number, number]>();
  const consider = (a: number, b: number) => {
    if (a === b) return;
    const [low, high] = a < b ? [a, b] : [b, a];
    candidates.set(low * sorted.length + high, [low, high]);
  };
  sorted.forEach((item, index) => {
    for (const other of lists[index] ?? []) if (Math.abs(sorted[other]!.time - item.time) <= window) consider(index, other);
  });
  // Each rare word's items are in time order: an item meets only the later ones inside the window.
  for (const positions of rareWordPostings(sorted, isRare).values()) {
    for (let first = 0; first < positions.length; first += 1) {
      for (let second = first + 1; second < positions.length; second += 1) {
        if (sorted[positions[second]!]!.time - sorted[positions[first]!]!.time > window) break;
        consider(positions[first]!, positions[second]!);
      }
    }
  }

  const context: JudgeContext = { rule, isRare, specific: specificTopics(sorted) };
  const pairs: ScoredPair[] = [];
  for (const [a, b] of candidates.values()) {
    const aListsB = lists[a]!.has(b);
    const bListsA = lists[b]!.has(a);
    const score = sameStoryScore(sorted[a]!, sorted[b]!, { linked: aListsB || bListsA, mutual: aListsB && bListsA }, context);
    if (score !== undefined) pairs.push({ a, b, score });
    onJudged?.(order[a]!, order[b]!, score ?? Number.NaN);
  }
  const groups = mergeGroups(sorted, pairs, rule).map((group) => group.map((position) => order[position]!));
  return { groups, candidatePairs: candidates.size };
}

/** Whom each item lists, in sorted positions (an item listing itself is ignored). */
function linkSets(sorted: readonly ClusterItem[], rank: Int32Array): Set<number>[] {
  const lists = sorted.map(() => new Set<number>());
  sorted.forEach((item, index) => {
    for (const listed of item.lists) {
      const other = rank[listed];
      if (other !== undefined && other !== index) lists[index]!.add(other);
    }
  });
  return lists;
}

function wordFrequencies(items: readonly ClusterItem[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const item of items) for (const word of item.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return frequency;
}

function rareWordPostings(sorted: readonly ClusterItem[], isRare: (word: string) => boolean): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  sorted.forEach((item, index) => {
    for (const word of item.words) {
      if (!isRare(word)) continue;
      const positions = postings.get(word);
      if (positions) positions.push(index);
      else postings.set(word, [index]);
    }
  });
  return postings;
}

function specificTopics(items: readonly ClusterItem[]): Set<string> {
  const counts = new Map<string, number>();
  let withTopics = 0;
  for (const item of items) {
    if (item.topics.length > 0) withTopics += 1;
    for (const topic of item.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return specificTopicsOf(counts, withTopics);
}
