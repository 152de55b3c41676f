import { describe, expect, it } from 'vitest';
import type { Card } from '../../model/index.ts';
import { feedRows } from './feed-rows.ts';

function card(id: string, publishedAt: Date): Card {
  return {
    id,
    title: id,
    excerpt: '',
    publishedAt: publishedAt.toISOString(),
    links: { original: `https://example.com/${id}` },
    provider: { name: 'Example', domain: 'example.com' },
    topics: [],
    relatedCount: 0,
  };
}

const now = new Date(2026, 10, 25, 12, 0);

describe('feedRows', () => {
  it('puts a date heading before each day and fills rows of the given width', () => {
    const cards = [
      card('a', new Date(2026, 10, 25, 11, 0)),
      card('b', new Date(2026, 10, 25, 9, 0)),
      card('c', new Date(2026, 10, 25, 8, 0)),
      card('d', new Date(2026, 10, 24, 20, 0)),
      card('e', new Date(2026, 10, 24, 7, 0)),
      card('f', new Date(2026, 10, 16, 9, 0)),
      card('g', new Date(2026, 10, 16, 7, 0)),
    ];
    const rows = feedRows(cards, 2, now);
    expect(rows.map((row) => (row.kind === 'day' ? row.label : row.cards.map((each) => each.id).join('+')))).toEqual([
      'Today',
      'a+b',
      'c',
      'Yesterday',
      'd+e',
      'Monday, November 16',
      'f+g',
    ]);
  });

  it('lets short days share a row, each card labelled with its day, when a day cannot fill a row', () => {
    const cards = [
      card('a', new Date(2026, 10, 25, 11, 0)),
      card('b', new Date(2026, 10, 24, 20, 0)),
      card('c', new Date(2026, 10, 24, 9, 0)),
      card('d', new Date(2026, 10, 20, 7, 0)),
      card('e', new Date(2026, 10, 19, 7, 0)),
    ];
    const rows = feedRows(cards, 3, now);
    expect(rows).toHaveLength(2);
    const [today, later] = rows;
    expect(today).toMatchObject({ cards: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], dayLabels: ['Today', 'Yesterday', ''] });
    expect(later).toMatchObject({ cards: [{ id: 'd' }, { id: 'e' }], firstIndex: 3 });
    expect(later?.kind === 'cards' && later.dayLabels).toEqual(['Friday, November 20', 'Thursday, November 19']);
  });

  it('never splits a short day across shared rows', () => {
    const cards = [
      card('a', new Date(2026, 10, 25, 11, 0)),
      card('b', new Date(2026, 10, 24, 20, 0)),
      card('c', new Date(2026, 10, 24, 9, 0)),
    ];
    const labels = feedRows(cards, 3, now).map((row) => (row.kind === 'cards' ? row.dayLabels : row.label));
    expect(labels).toEqual([['Today', 'Yesterday', '']]);
    const twoColumns = feedRows(cards, 2, now).map((row) => (row.kind === 'day' ? row.label : row.cards.map((each) => each.id).join('+')));
    expect(twoColumns).toEqual(['Today', 'a', 'Yesterday', 'b+c']);
  });

  it('gives a short day alone a heading of its own, as a full day has', () => {
    const cards = [
      card('a', new Date(2026, 10, 25, 11, 0)),
      card('b', new Date(2026, 10, 24, 20, 0)),
      card('c', new Date(2026, 10, 24, 9, 0)),
    ];
    const rows = feedRows(cards, 2, now);
    expect(rows.every((row) => row.kind === 'day' || row.dayLabels === undefined)).toBe(true);
  });

  it('keeps a day per heading on a phone, where one story fills a row', () => {
    const cards = [card('a', new Date(2026, 10, 25, 11, 0)), card('b', new Date(2026, 10, 24, 20, 0))];
    expect(feedRows(cards, 1, now).map((row) => row.kind)).toEqual(['day', 'cards', 'day', 'cards']);
  });

  it('remembers where each row starts in the feed, for aria-posinset', () => {
    const cards = [card('a', now), card('b', now), card('c', now)];
    const starts = feedRows(cards, 2, now).flatMap((row) => (row.kind === 'cards' ? [row.firstIndex] : []));
    expect(starts).toEqual([0, 2]);
  });

  it('gives every row a key that stays the same when more pages arrive', () => {
    const first = [card('a', now), card('b', now)];
    const more = [...first, card('c', new Date(2026, 10, 20))];
    const keysBefore = feedRows(first, 1, now).map((row) => row.key);
    expect(
      feedRows(more, 1, now)
        .map((row) => row.key)
        .slice(0, keysBefore.length),
    ).toEqual(keysBefore);
  });

  it('has no rows for no cards', () => {
    expect(feedRows([], 3, now)).toEqual([]);
  });
});
