// Judged pairs -> groups: the merging half of clustering, strongest pair first, with guards against chains.
import type { ClusterItem } from './cluster-items.ts';
import type { ClusterRule } from './cluster-rule.ts';
import { compareItems, dice } from './same-story-score.ts';

/** A pair judged one story: positions in the sorted items, `a` before `b`. */
export interface ScoredPair {
  a: number;
  b: number;
  score: number;
}

/**
 * `sorted` is in `compareItems` order and `pairs` name positions in it. Pairs merge strongest
 * first; two groups join only if their best versions also overlap and the story would still span
 * at most the window, so a chain of loose pairs cannot glue stories together. Answers groups of
 * positions, each ascending, the groups in the order of their first position.
 *
 * Only pairs join groups, so each connected set of pairs merges on its own: the incremental
 * clustering (`cluster-memory.ts`) merges again only the sets an edit touched.
 */
export function mergeGroups(sorted: readonly ClusterItem[], pairs: ScoredPair[], rule: ClusterRule): number[][] {
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const window = rule.windowHours * 60 * 60 * 1000;
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
  for (const { a, b } of pairs) {
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
    if (group) group.push(index);
    else groupsByRoot.set(groupRoot, [index]);
  });
  return [...groupsByRoot.values()];
}

/** The version a group is judged by: the higher quality, then the earlier. */
function isBetterVersion(a: ClusterItem, b: ClusterItem): boolean {
  return a.quality !== b.quality ? a.quality > b.quality : compareItems(a, b) <= 0;
}
