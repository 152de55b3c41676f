import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterItems, type ClusterItem } from './cluster-items.ts';
import { titleWords } from './title-words.ts';

const noon = Date.UTC(2020, 8, 12, 12);
const hour = 60 * 60 * 1000;

function item(title: string, hoursAfterNoon: number, extra: Partial<ClusterItem> = {}): ClusterItem {
  return { time: noon + hoursAfterNoon * hour, words: titleWords(title), topics: [], quality: 50, lists: [], key: title, ...extra };
}

/** The groups as lists of titles, for readable expectations. */
function groupedTitles(items: ClusterItem[]): string[][] {
  return clusterItems(items).groups.map((group) => group.map((index) => items[index]!.key));
}

describe('clusterItems', () => {
  it('puts one event told by several outlets on the same day in one group', () => {
    const items = [
      item('Pence drops plan to go to fundraiser hosted by QAnon backers', 0),
      item('Mike Pence drops plan to attend fundraiser hosted by QAnon backers', 2),
      item('VP Pence drops plans to attend fundraiser hosted by QAnon supporters', 5),
    ];
    expect(groupedTitles(items)).toHaveLength(1);
  });

  it('keeps apart stories that only share a person', () => {
    const items = [
      item('Pence to speak in Janesville on Thursday', 0),
      item('Pence drops plan to go to fundraiser hosted by QAnon backers', 3),
    ];
    items[0] = { ...items[0]!, lists: [1] };
    expect(groupedTitles(items)).toHaveLength(2);
  });

  it('keeps apart a headline template used again a month later', () => {
    const items = [
      item('Fact check: Trump makes four false claims at rally in Michigan', 0),
      item('Fact check: Trump makes four false claims at rally in Michigan', 24 * 30),
    ];
    expect(groupedTitles(items)).toHaveLength(2);
  });

  it('keeps apart titles alike but for their numbers', () => {
    const items = [
      item('Story 1990: science desk follows up on report 1990', 0, { lists: [1] }),
      item('Story 1991: science desk follows up on report 1991', 1, { lists: [0] }),
      item('Lakers beat Celtics 110-102 in overtime', 2),
      item('Lakers beat Celtics 99-95 in overtime', 3),
    ];
    expect(groupedTitles(items)).toHaveLength(4);
  });

  it('needs less overlap from a pair a related list links than from one it does not', () => {
    // Three words of seven and six in common: Dice 0.43.
    const words = ['Bloomberg will spend $100 million to help Biden win Florida', 'Michael Bloomberg commits fortune to Biden in Florida'];
    expect(groupedTitles([item(words[0]!, 0), item(words[1]!, 1)])).toHaveLength(2);
    expect(groupedTitles([item(words[0]!, 0, { lists: [1] }), item(words[1]!, 1)])).toHaveLength(1);
  });

  it('needs a closer match from versions a day or two apart', () => {
    // Dice 0.63: enough on the same day, not a day and a half apart.
    const title = 'Bloomberg will spend $100 million to help Biden win Florida';
    const close = 'Michael Bloomberg commits $100M to boost Biden in Florida';
    expect(groupedTitles([item(title, 0), item(close, 6)])).toHaveLength(1);
    expect(groupedTitles([item(title, 0), item(close, 36)])).toHaveLength(2);
  });

  it('does not chain two stories through a title that is a bit like each', () => {
    const items = [
      item('Wildfire forces evacuations near Paradise as winds rise', 0, { lists: [1] }),
      item('Wildfire evacuations near Paradise; governor visits shelters as winds rise', 1, { lists: [2] }),
      item('Governor visits shelters and promises aid to farmers', 2, { lists: [1] }),
    ];
    const groups = groupedTitles(items);
    expect(groups.find((group) => group.includes(items[0]!.key))).not.toContain(items[2]!.key);
  });

  it('ignores an item that lists itself, and cycles of related lists', () => {
    const items = [item('Council passes budget', 0, { lists: [0, 1] }), item('Mayor opens new library branch', 1, { lists: [0, 1] })];
    expect(groupedTitles(items)).toHaveLength(2);
  });
});

describe('clusterItems, for any items', () => {
  const vocabulary = [
    'budget',
    'council',
    'mayor',
    'library',
    'pence',
    'qanon',
    'fundraiser',
    'bloomberg',
    'florida',
    'biden',
    'wildfire',
    'senate',
    'vote',
  ];
  const arbitraryItems = fc
    .array(
      fc.record({
        hours: fc.integer({ min: 0, max: 24 * 5 }),
        words: fc.uniqueArray(fc.constantFrom(...vocabulary), { maxLength: 6 }),
        quality: fc.integer({ min: 0, max: 200 }),
        topics: fc.subarray(['politics', 'city']),
        lists: fc.array(fc.nat(), { maxLength: 4 }),
      }),
      { maxLength: 40 },
    )
    .map((records) =>
      records.map((record, index): ClusterItem => ({
        time: noon + record.hours * hour,
        words: [...record.words].sort(),
        topics: record.topics,
        quality: record.quality,
        lists: record.lists.map((listed) => listed % records.length),
        key: `item-${index}`,
      })),
    );

  /** Groups as sets of keys, in a canonical order. */
  const asKeySets = (items: readonly ClusterItem[], groups: number[][]) =>
    groups.map((group) => group.map((index) => items[index]!.key).sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

  it('puts every item in exactly one group', () => {
    fc.assert(
      fc.property(arbitraryItems, (items) => {
        const members = clusterItems(items)
          .groups.flat()
          .sort((a, b) => a - b);
        expect(members).toEqual(items.map((_item, index) => index));
      }),
    );
  });

  it('gives the same groups whatever the order of the items, every time', () => {
    fc.assert(
      fc.property(arbitraryItems, fc.integer(), (items, seed) => {
        const permutation = items
          .map((_item, index) => index)
          .sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
        const shuffled = permutation.map((index) => {
          const original = items[index]!;
          return { ...original, lists: original.lists.map((listed) => permutation.indexOf(listed)) };
        });
        const expected = asKeySets(items, clusterItems(items).groups);
        expect(asKeySets(items, clusterItems(items).groups)).toEqual(expected);
        expect(asKeySets(shuffled, clusterItems(shuffled).groups)).toEqual(expected);
      }),
    );
  });
});
