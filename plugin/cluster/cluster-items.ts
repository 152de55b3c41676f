// Items (articles and the outside stories their related lists name) -> groups that report one story.
import { defaultClusterRule, type ClusterRule } from './cluster-rule.ts';

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
  /** Groups of item indexes, each in time order, the groups in the order of their first item. Every item is in exactly one. */
  groups: number[][];
  /** Pairs looked at: the blocking keeps this near linear in the items. */
  candidatePairs: number;
}

const hour = 60 * 60 * 1000;

/**
 * Blocks, judges and merges. A pair is looked at only when a related list links it or it shares a
 * rare title word, and only within `windowHours`: never every item with every other. Pairs that
 * pass are merged strongest first; two groups join only if their best versions also overlap and
 * the story would still span at most `windowHours`, so a chain of loose pairs cannot glue stories
 * together.
 */
export function clusterItems(items: readonly ClusterItem[], rule: ClusterRule = defaultClusterRule): Clustering {
  const order = items.map((_item, index) => index).sort((a, b) => compareItems(items[a]!, items[b]!));
  const rank = new Int32Array(items.length);
  order.forEach((index, position) => (rank[index] = position));
  const sorted = order.map((index) => items[index]!);
  const lists = linkSets(sorted, rank);
  const frequency = wordFrequencies(sorted);
  const rareLimit = Math.max(rule.rareMinimumCount, Math.floor(rule.rareShare * sorted.length));
  const isRare = (word: string) => (frequency.get(word) ?? 0) <= rareLimit;
  const specific = specificTopics(sorted);
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

  const context: JudgeContext = { rule, lists, isRare, specific };
  const edges: { a: number; b: number; score: number }[] = [];
  for (const [a, b] of candidates.values()) {
    const score = sameStoryScore(sorted[a]!, sorted[b]!, a, b, context);
    if (score !== undefined) edges.push({ a, b, score });
  }
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const parent = Int32Array.from(sorted, (_item, index) => index);
  const best = Int32Array.from(sorted, (_item, index) => index);
  // Each group's first and last publication: a story spans at most the window, so pairs that are
  // each close in time cannot chain stories across days (templated titles would, otherwise).
  const earliest = Float64Array.from(sorted, (item) => item.time);
  const latest = Float64Array.from(sorted, (item) => item.time);
  const root = (index: number): number => {
    let current = index;
    while (parent[current] !== current) {
      parent[current] = parent[parent[current]!]!;
      current = parent[current]!;
    }
    return current;
  };
  for (const { a, b } of edges) {
    const rootA = root(a);
    const rootB = root(b);
    if (rootA === rootB) continue;
    const bestA = best[rootA]!;
    const bestB = best[rootB]!;
    const first = Math.min(earliest[rootA]!, earliest[rootB]!);
    const last = Math.max(latest[rootA]!, latest[rootB]!);
    if (last - first > window) continue;
    if (dice(sorted[bestA]!.words, sorted[bestB]!.words).dice < rule.bestVersionsDice) continue;
    const [kept, joined] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    parent[joined] = kept;
    best[kept] = isBetterVersion(sorted[bestA]!, sorted[bestB]!) ? bestA : bestB;
    earliest[kept] = first;
    latest[kept] = last;
  }

  const groupsByRoot = new Map<number, number[]>();
  sorted.forEach((_item, index) => {
    const groupRoot = root(index);
    const group = groupsByRoot.get(groupRoot);
    if (group) group.push(order[index]!);
    else groupsByRoot.set(groupRoot, [order[index]!]);
  });
  return { groups: [...groupsByRoot.values()], candidatePairs: candidates.size };
}

function compareItems(a: ClusterItem, b: ClusterItem): number {
  return a.time - b.time || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function isBetterVersion(a: ClusterItem, b: ClusterItem): boolean {
  return a.quality !== b.quality ? a.quality > b.quality : compareItems(a, b) <= 0;
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

/** Topics on at most half the articles: "Mike Pence" says something about a pair, "Election" does not. */
function specificTopics(items: readonly ClusterItem[]): Set<string> {
  const counts = new Map<string, number>();
  let articles = 0;
  for (const item of items) {
    if (item.topics.length > 0) articles += 1;
    for (const topic of item.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count <= articles / 2).map(([topic]) => topic));
}

/** Dice overlap of two sorted word lists, and how many words they share. */
function dice(a: readonly string[], b: readonly string[]): { dice: number; shared: string[] } {
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

interface JudgeContext {
  rule: ClusterRule;
  /** Whom each item lists, in sorted positions. */
  lists: readonly Set<number>[];
  isRare: (word: string) => boolean;
  specific: ReadonlySet<string>;
}

/** How sure the pair is one story (higher merges first), or undefined when it is not. */
function sameStoryScore(a: ClusterItem, b: ClusterItem, indexA: number, indexB: number, context: JudgeContext): number | undefined {
  const { rule } = context;
  const hours = Math.abs(a.time - b.time) / hour;
  if (!(hours <= rule.windowHours)) return undefined;
  const overlap = dice(a.words, b.words);
  if (numbersDisagree(a.words, b.words, overlap.shared)) return undefined;
  const aListsB = context.lists[indexA]?.has(indexB) ?? false;
  const bListsA = context.lists[indexB]?.has(indexA) ?? false;
  const linkedAB = aListsB || bListsA;
  const mutual = aListsB && bListsA;
  let needed: number;
  if (hours > rule.closeHours) needed = rule.distantDice;
  else if (linkedAB) needed = rule.linkedDice;
  else {
    const rareShared = overlap.shared.filter(context.isRare).length;
    if (overlap.shared.length < rule.unlinkedMinimumShared || rareShared < rule.unlinkedMinimumRareShared) return undefined;
    needed = rule.unlinkedDice;
  }
  if (a.topics.some((topic) => context.specific.has(topic) && b.topics.includes(topic))) needed -= rule.specificTopicAllowance;
  if (overlap.dice < needed) return undefined;
  return overlap.dice + (mutual ? 0.1 : linkedAB ? 0.05 : 0);
}
