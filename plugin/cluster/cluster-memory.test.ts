import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterItems, type ClusterItem, type Clustering } from './cluster-items.ts';
import { createClusterMemory } from './cluster-memory.ts';
import { defaultClusterRule, type ClusterRule } from './cluster-rule.ts';
import { titleWords } from './title-words.ts';

const noon = Date.UTC(2020, 8, 12, 12);
const hour = 60 * 60 * 1000;

/** Groups as sorted lists of keys, sorted: the same partition reads the same whatever the order. */
function partition(items: readonly ClusterItem[], clustering: Clustering): string[][] {
  return clustering.groups.map((group) => group.map((index) => items[index]!.key).sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

// A small vocabulary, so words hover around the rare-word count and titles overlap often.
const vocabulary = [
  'pence',
  'qanon',
  'fundraiser',
  'drop',
  'plan',
  'bloomberg',
  'florida',
  'biden',
  'million',
  '100',
  'rally',
  'janesville',
  'tulsa',
  'court',
  'ballot',
  'mail',
];
const topicNames = ['pence', 'election', 'florida'];

const itemArbitrary = fc.record({
  words: fc.uniqueArray(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 6 }),
  hours: fc.integer({ min: 0, max: 96 }),
  topics: fc.uniqueArray(fc.constantFrom(...topicNames), { maxLength: 2 }),
  quality: fc.integer({ min: 0, max: 3 }),
  lists: fc.array(fc.nat(), { maxLength: 3 }),
});

type ItemDraft = typeof itemArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Keys are stable names; `lists` name positions, taken modulo the count, so every draft is valid. */
function itemsOf(drafts: readonly (ItemDraft & { key: string })[]): ClusterItem[] {
  return drafts.map((draft) => ({
    key: draft.key,
    time: noon + draft.hours * hour,
    words: [...draft.words].sort(),
    topics: draft.topics,
    quality: draft.quality,
    lists: draft.lists.map((listed) => listed % drafts.length),
  }));
}

const editArbitrary = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), draft: itemArbitrary }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), draft: itemArbitrary }),
  fc.record({
    kind: fc.constant('title' as const),
    at: fc.nat(),
    words: fc.uniqueArray(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 6 }),
  }),
);

const rules: ClusterRule[] = [defaultClusterRule, { ...defaultClusterRule, rareShare: 0.1, rareMinimumCount: 2 }];

describe('createClusterMemory', () => {
  it('answers what clustering from scratch answers, after any sequence of edits, additions and removals', () => {
    fc.assert(
      fc.property(
        fc.array(itemArbitrary, { minLength: 1, maxLength: 50 }),
        fc.array(editArbitrary, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...rules),
        (initial, edits, rule) => {
          let nextKey = 0;
          let drafts = initial.map((draft) => ({ ...draft, key: `item ${nextKey++}` }));
          const memory = createClusterMemory(rule);
          const first = itemsOf(drafts);
          expect(partition(first, memory.cluster(first))).toEqual(partition(first, clusterItems(first, rule)));
          for (const edit of edits) {
            if (edit.kind === 'add') drafts = [...drafts, { ...edit.draft, key: `item ${nextKey++}` }];
            else if (drafts.length > 1 && edit.kind === 'remove')
              drafts = drafts.filter((_draft, index) => index !== edit.at % drafts.length);
            else if (edit.kind === 'replace')
              drafts = drafts.map((draft, index) => (index === edit.at % drafts.length ? { ...edit.draft, key: draft.key } : draft));
            else if (edit.kind === 'title')
              drafts = drafts.map((draft, index) => (index === edit.at % drafts.length ? { ...draft, words: edit.words } : draft));
            const items = itemsOf(drafts);
            const fromMemory = memory.cluster(items);
            const fromScratch = clusterItems(items, rule);
            expect(partition(items, fromMemory)).toEqual(partition(items, fromScratch));
            expect(fromMemory.candidatePairs).toBe(fromScratch.candidatePairs);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  /** Two stories, each told twice. */
  const twoStories = [
    'Pence drops plan to go to fundraiser hosted by QAnon backers',
    'Mike Pence drops plan to attend fundraiser hosted by QAnon backers',
    'Bloomberg will spend $100 million to help Biden win Florida',
    'Michael Bloomberg to spend $100 million in Florida to help Biden',
  ];
  /** One item an hour, keyed by its title. */
  const hourly = (titles: readonly string[]): ClusterItem[] =>
    titles.map((title, index) => ({ key: title, time: noon + index * hour, words: titleWords(title), topics: [], quality: 1, lists: [] }));

  it('judges again only the edited item when an edit moves no rare word or topic', () => {
    const items = hourly([...twoStories, 'Court rules on mail ballots in Pennsylvania']);
    const memory = createClusterMemory();
    memory.cluster(items);
    expect(memory.lastRound().kind).toBe('everything');

    const edited = items.map((item, index) => (index === 4 ? { ...item, quality: 2 } : item));
    const clustering = memory.cluster(edited);
    expect(memory.lastRound()).toEqual({ kind: 'touched', judgedAgain: 1, mergedAgain: 1 });
    expect(partition(edited, clustering)).toEqual(partition(edited, clusterItems(edited)));
  });

  it('merges again the story an edited version belongs to, and no other', () => {
    const items = hourly(twoStories);
    const memory = createClusterMemory();
    expect(memory.cluster(items).groups).toHaveLength(2);

    // The second Pence version now reports something else: that story splits, Bloomberg's stays.
    const edited = items.map((item, index) =>
      index === 1 ? { ...item, words: titleWords('Janesville crowd waits in the rain for the rally') } : item,
    );
    const clustering = memory.cluster(edited);
    expect(memory.lastRound()).toEqual({ kind: 'touched', judgedAgain: 1, mergedAgain: 2 });
    expect(partition(edited, clustering)).toEqual(partition(edited, clusterItems(edited)));
    expect(clustering.groups).toHaveLength(3);
  });
});
