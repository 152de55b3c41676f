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
      card('e', new Date(2026, 10, 16, 7, 0)),
    ];
    const rows = feedRows(cards, 2, now);
    expect(rows.map((row) => (row.kind === 'day' ? row.label : row.cards.map((each) => each.id).join('+')))).toEqual([
      'Today',
      'a+b',
      'c',
      'Yesterday',
      'd',
      'Monday, November 16',
      'e',
    ]);
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
    expect(feedRows(more, 1, now).map((row) => row.key).slice(0, keysBefore.length)).toEqual(keysBefore);
  });

  it('has no rows for no cards', () => {
    expect(feedRows([], 3, now)).toEqual([]);
  });
});
