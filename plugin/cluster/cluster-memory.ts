// Clustering again after an edit: judge only the pairs the edit can change, merge again only the groups they touch.
import { clusterItems, type ClusterItem, type Clustering } from './cluster-items.ts';
import { defaultClusterRule, type ClusterRule } from './cluster-rule.ts';
import { mergeGroups, type ScoredPair } from './merge-groups.ts';
import { compareItems, hour, rareLimitOf, sameStoryScore, specificTopicsOf, type JudgeContext } from './same-story-score.ts';

/**
 * Keeps what the last clustering judged, so the dev server's next update costs about what the edit
 * touches. `cluster` answers exactly what `clusterItems` answers for the same items: a pair's
 * judgement reads only its two items, whether each lists the other, and two corpus-wide facts
 * (which words are rare, which topics specific). So only pairs with an edited item, or with an item
 * holding a word or topic whose standing changed, are judged again; and since only judged pairs
 * join groups, only the connected sets of pairs those reach are merged again.
 */
export interface ClusterMemory {
  cluster(items: readonly ClusterItem[]): Clustering;
  /** What the last `cluster` call did: for the bench and the tests. */
  lastRound(): ClusterRound;
}

export interface ClusterRound {
  /** "everything" the first time, when the rare-word count moved, or when an edit touched too many items to be worth the bookkeeping. */
  kind: 'everything' | 'touched';
  /** Items whose pairs were judged again. */
  judgedAgain: number;
  /** Items whose groups were merged again. */
  mergedAgain: number;
}

interface KnownItem {
  item: ClusterItem;
  /** Keys of the items it lists (never its own). */
  lists: ReadonlySet<string>;
  /** Every candidate pair it is in: the other item's key -> the score, NaN when judged apart. */
  pairs: Map<string, number>;
}

/** Past this share of the items, an edit is clustered from scratch: the full pass is then cheaper than the bookkeeping. */
const touchedShareLimit = 0.05;
const touchedMinimumLimit = 64;

export function createClusterMemory(rule: ClusterRule = defaultClusterRule): ClusterMemory {
  let known = new Map<string, KnownItem>();
  let frequency = new Map<string, number>();
  let itemsWithWord = new Map<string, Set<string>>();
  let topicCounts = new Map<string, number>();
  let itemsWithTopic = new Map<string, Set<string>>();
  let withTopics = 0;
  let listedBy = new Map<string, Set<string>>();
  let groupOf = new Map<string, readonly string[]>();
  let rareLimit = -1;
  let specific = new Set<string>();
  let candidatePairs = 0;
  let round: ClusterRound = { kind: 'everything', judgedAgain: 0, mergedAgain: 0 };
  const window = rule.windowHours * hour;

  const count = (item: ClusterItem, key: string, lists: ReadonlySet<string>, sign: 1 | -1, changedWords: Map<string, number>) => {
    for (const word of item.words) {
      const before = frequency.get(word) ?? 0;
      if (!changedWords.has(word)) changedWords.set(word, before);
      frequency.set(word, before + sign);
      adjust(itemsWithWord, word, key, sign);
    }
    if (item.topics.length > 0) withTopics += sign;
    for (const topic of item.topics) {
      topicCounts.set(topic, (topicCounts.get(topic) ?? 0) + sign);
      adjust(itemsWithTopic, topic, key, sign);
    }
    for (const listed of lists) adjust(listedBy, listed, key, sign);
  };

  const listsOf = (item: ClusterItem, items: readonly ClusterItem[]): Set<string> => {
    const lists = new Set<string>();
    for (const index of item.lists) {
      const listed = items[index]?.key;
      if (listed !== undefined && listed !== item.key) lists.add(listed);
    }
    return lists;
  };

  const clusterEverything = (items: readonly ClusterItem[]): Clustering => {
    known = new Map();
    frequency = new Map();
    itemsWithWord = new Map();
    topicCounts = new Map();
    itemsWithTopic = new Map();
    withTopics = 0;
    listedBy = new Map();
    const entries = items.map((item) => ({ item, lists: listsOf(item, items), pairs: new Map<string, number>() }));
    const unused = new Map<string, number>();
    for (const entry of entries) {
      known.set(entry.item.key, entry);
      count(entry.item, entry.item.key, entry.lists, 1, unused);
    }
    rareLimit = rareLimitOf(rule, items.length);
    specific = specificTopicsOf(topicCounts, withTopics);
    const clustering = clusterItems(items, rule, (a, b, score) => {
      entries[a]!.pairs.set(items[b]!.key, score);
      entries[b]!.pairs.set(items[a]!.key, score);
    });
    candidatePairs = clustering.candidatePairs;
    groupOf = new Map();
    for (const group of clustering.groups) {
      const keys = group.map((index) => items[index]!.key);
      for (const key of keys) groupOf.set(key, keys);
    }
    round = { kind: 'everything', judgedAgain: items.length, mergedAgain: items.length };
    return clustering;
  };

  const cluster = (items: readonly ClusterItem[]): Clustering => {
    if (known.size === 0 || rareLimitOf(rule, items.length) !== rareLimit) return clusterEverything(items);
    const indexOfKey = new Map<string, number>();
    const changed: KnownItem[] = [];
    items.forEach((item, index) => {
      indexOfKey.set(item.key, index);
      const before = known.get(item.key);
      const lists = listsOf(item, items);
      if (!before || !sameItem(before, item, lists)) changed.push({ item, lists, pairs: new Map() });
    });
    const removed = [...known.keys()].filter((key) => !indexOfKey.has(key));

    // The corpus-wide counts, moved by what left and what came.
    const changedWords = new Map<string, number>();
    const specificBefore = specific;
    for (const key of [...removed, ...changed.map((entry) => entry.item.key)]) {
      const before = known.get(key);
      if (before) count(before.item, key, before.lists, -1, changedWords);
    }
    for (const entry of changed) count(entry.item, entry.item.key, entry.lists, 1, changedWords);
    specific = specificTopicsOf(topicCounts, withTopics);

    const touched = new Set(changed.map((entry) => entry.item.key));
    for (const [word, before] of changedWords) {
      if (before <= rareLimit !== (frequency.get(word) ?? 0) <= rareLimit)
        for (const key of itemsWithWord.get(word) ?? []) touched.add(key);
    }
    for (const topic of new Set([...specific, ...specificBefore])) {
      if (specific.has(topic) !== specificBefore.has(topic)) for (const key of itemsWithTopic.get(topic) ?? []) touched.add(key);
    }
    if (touched.size > Math.max(touchedMinimumLimit, touchedShareLimit * items.length)) return clusterEverything(items);

    // Forget the touched and removed items' pairs; the sets they were in are merged again.
    const seeds = new Set(touched);
    for (const key of [...touched, ...removed]) {
      const before = known.get(key);
      if (!before) continue;
      for (const [other, score] of before.pairs) {
        if (known.get(other)?.pairs.delete(key)) candidatePairs -= 1;
        if (!Number.isNaN(score)) seeds.add(other);
      }
      before.pairs.clear();
      for (const member of groupOf.get(key) ?? []) seeds.add(member);
    }
    for (const key of removed) {
      known.delete(key);
      groupOf.delete(key);
      seeds.delete(key);
    }
    for (const entry of changed) known.set(entry.item.key, entry);

    // Judge the touched items' pairs again, blocked as `clusterItems` blocks them.
    const isRare = (word: string) => (frequency.get(word) ?? 0) <= rareLimit;
    const context: JudgeContext = { rule, isRare, specific };
    for (const key of touched) {
      const entry = known.get(key)!;
      const candidates = new Set<string>([...entry.lists, ...(listedBy.get(key) ?? [])]);
      for (const word of entry.item.words) if (isRare(word)) for (const other of itemsWithWord.get(word) ?? []) candidates.add(other);
      for (const otherKey of candidates) {
        if (otherKey === key || entry.pairs.has(otherKey)) continue;
        const other = known.get(otherKey);
        if (!other || Math.abs(other.item.time - entry.item.time) > window) continue;
        const aListsB = entry.lists.has(otherKey);
        const bListsA = other.lists.has(key);
        const score = sameStoryScore(entry.item, other.item, { linked: aListsB || bListsA, mutual: aListsB && bListsA }, context);
        entry.pairs.set(otherKey, score ?? Number.NaN);
        other.pairs.set(key, score ?? Number.NaN);
        candidatePairs += 1;
      }
    }

    // Every item joined to a seed by pairs that pass: those groups, and only those, can have changed.
    const region = new Set<string>();
    const pending = [...seeds];
    while (pending.length > 0) {
      const key = pending.pop()!;
      if (region.has(key)) continue;
      region.add(key);
      for (const [other, score] of known.get(key)!.pairs) if (!Number.isNaN(score) && !region.has(other)) pending.push(other);
    }
    const sorted = [...region].map((key) => known.get(key)!.item).sort(compareItems);
    const position = new Map(sorted.map((item, index) => [item.key, index]));
    const pairs: ScoredPair[] = [];
    sorted.forEach((item, a) => {
      for (const [other, score] of known.get(item.key)!.pairs) {
        if (Number.isNaN(score)) continue;
        const b = position.get(other)!;
        if (a < b) pairs.push({ a, b, score });
      }
    });
    for (const group of mergeGroups(sorted, pairs, rule)) {
      const keys = group.map((index) => sorted[index]!.key);
      for (const key of keys) groupOf.set(key, keys);
    }
    round = { kind: 'touched', judgedAgain: touched.size, mergedAgain: region.size };

    const groups: number[][] = [];
    const seen = new Set<readonly string[]>();
    for (const keys of groupOf.values()) {
      if (seen.has(keys)) continue;
      seen.add(keys);
      groups.push(keys.map((key) => indexOfKey.get(key)!));
    }
    return { groups, candidatePairs };
  };

  return { cluster, lastRound: () => round };
}

function adjust(index: Map<string, Set<string>>, name: string, key: string, sign: 1 | -1): void {
  let keys = index.get(name);
  if (sign === 1) {
    if (!keys) index.set(name, (keys = new Set()));
    keys.add(key);
  } else if (keys) {
    keys.delete(key);
    if (keys.size === 0) index.delete(name);
  }
}

function sameItem(before: KnownItem, item: ClusterItem, lists: ReadonlySet<string>): boolean {
  const old = before.item;
  return (
    old.time === item.time &&
    old.quality === item.quality &&
    sameList(old.words, item.words) &&
    sameList(old.topics, item.topics) &&
    before.lists.size === lists.size &&
    [...lists].every((key) => before.lists.has(key))
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
