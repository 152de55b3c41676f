// Whether two items report the same story, and how sure that is: the judging half of clustering.
import type { ClusterItem } from './cluster-items.ts';
import type { ClusterRule } from './cluster-rule.ts';

export const hour = 60 * 60 * 1000;

/** What a pair's judgement reads beyond the two items: the corpus's rare words and specific topics. */
export interface JudgeContext {
  rule: ClusterRule;
  isRare: (word: string) => boolean;
  specific: ReadonlySet<string>;
}

/** How a related list links a pair: by either item's list, or by both. */
export interface PairLinks {
  linked: boolean;
  mutual: boolean;
}

/** The order clustering sorts items in: time, then key, so the result never depends on input order. */
export function compareItems(a: ClusterItem, b: ClusterItem): number {
  return a.time - b.time || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The word count at or under which a word is rare among `itemCount` items. */
export function rareLimitOf(rule: ClusterRule, itemCount: number): number {
  return Math.max(rule.rareMinimumCount, Math.floor(rule.rareShare * itemCount));
}

/** A topic is specific when it is on at most half the items that have topics: "Mike Pence" says something about a pair, "Election" does not. */
export function specificTopicsOf(topicCounts: ReadonlyMap<string, number>, itemsWithTopics: number): Set<string> {
  return new Set([...topicCounts].filter(([, count]) => count <= itemsWithTopics / 2).map(([topic]) => topic));
}

/** Dice overlap of two sorted word lists, and how many words they share. */
export function dice(a: readonly string[], b: readonly string[]): { dice: number; shared: string[] } {
  if (a.length === 0 || b.length === 0) return { dice: 0, shared: [] };
  const shared: string[] = [];
  let first = 0;
  let second = 0;
  while (first < a.length && second < b.length) {
    const wordA = a[first]!;
    const wordB = b[second]!;
    if (wordA === wordB) {
      shared.push(wordA);
      first += 1;
      second += 1;
    } else if (wordA < wordB) first += 1;
    else second += 1;
  }
  return { dice: (2 * shared.length) / (a.length + b.length), shared };
}

const isNumber = (word: string) => /^\d+$/.test(word);

/**
 * Two titles that both carry numbers and share none report different things ("Report 1990" and
 * "Report 1991", a score, a count, a year): the words around the numbers can be all alike.
 */
function numbersDisagree(a: readonly string[], b: readonly string[], shared: readonly string[]): boolean {
  return a.some(isNumber) && b.some(isNumber) && !shared.some(isNumber);
}

/** How sure the pair is one story (higher merges first), or undefined when it is not. Symmetric in `a` and `b`. */
export function sameStoryScore(a: ClusterItem, b: ClusterItem, links: PairLinks, context: JudgeContext): number | undefined {
  const { rule } = context;
  const hours = Math.abs(a.time - b.time) / hour;
  if (!(hours <= rule.windowHours)) return undefined;
  const overlap = dice(a.words, b.words);
  if (numbersDisagree(a.words, b.words, overlap.shared)) return undefined;
  let needed: number;
  if (hours > rule.closeHours) needed = rule.distantDice;
  else if (links.linked) needed = rule.linkedDice;
  else {
    const rareShared = overlap.shared.filter(context.isRare).length;
    if (overlap.shared.length < rule.unlinkedMinimumShared || rareShared < rule.unlinkedMinimumRareShared) return undefined;
    needed = rule.unlinkedDice;
  }
  if (a.topics.some((topic) => context.specific.has(topic) && b.topics.includes(topic))) needed -= rule.specificTopicAllowance;
  if (overlap.dice < needed) return undefined;
  return overlap.dice + (links.mutual ? 0.1 : links.linked ? 0.05 : 0);
}
