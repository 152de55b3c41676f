// Lays the feed out as rows for windowing: a date heading before each day, then that day's cards, N a row.
import type { Card } from '../../model/index.ts';
import { dayLabel } from '../../ui/relative-time.ts';

export type FeedRow =
  | { kind: 'day'; key: string; label: string }
  | {
      kind: 'cards';
      key: string;
      cards: Card[];
      firstIndex: number;
      /**
       * Only in a row that several short days share: one label a card, the day's name above its
       * first card and '' above the others (so the cards still line up).
       */
      dayLabels?: string[];
    };

interface Day {
  key: string;
  label: string;
  cards: Card[];
  firstIndex: number;
}

function localDayKey(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'undated';
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** Cards arrive newest first, so a day's cards are next to each other. */
function groupByDay(cards: readonly Card[], now: Date): Day[] {
  const days: Day[] = [];
  cards.forEach((card, index) => {
    const date = new Date(card.publishedAt);
    const key = localDayKey(date);
    const last = days.at(-1);
    if (last?.key === key) last.cards.push(card);
    else days.push({ key, label: key === 'undated' ? 'Undated' : dayLabel(date, now), cards: [card], firstIndex: index });
  });
  return days;
}

/** A heading across the feed, then the day's cards in rows of `columns`. */
function dayRows(day: Day, columns: number): FeedRow[] {
  const rows: FeedRow[] = [{ kind: 'day', key: `day:${day.key}`, label: day.label }];
  for (let start = 0; start < day.cards.length; start += columns) {
    const cards = day.cards.slice(start, start + columns);
    rows.push({ kind: 'cards', key: `cards:${cards[0]?.id}`, cards, firstIndex: day.firstIndex + start });
  }
  return rows;
}

/** Several short days side by side, each labelled above its own cards. */
function sharedRow(days: Day[]): FeedRow {
  const cards = days.flatMap((day) => day.cards);
  const dayLabels = days.flatMap((day) => day.cards.map((_, index) => (index === 0 ? day.label : '')));
  return { kind: 'cards', key: `cards:${cards[0]?.id}`, cards, firstIndex: days[0]?.firstIndex ?? 0, dayLabels };
}

/**
 * A day fills rows of `columns` under its own heading. Days too short to fill a row (a small or
 * sparse site: one story a day) share one, whole days only, so a wide screen is not mostly gaps.
 */
export function feedRows(cards: readonly Card[], columns: number, now: Date): FeedRow[] {
  const rows: FeedRow[] = [];
  let shared: Day[] = [];
  const closeShared = () => {
    if (shared.length === 1 && shared[0]) rows.push(...dayRows(shared[0], columns));
    else if (shared.length > 1) rows.push(sharedRow(shared));
    shared = [];
  };

  for (const day of groupByDay(cards, now)) {
    if (day.cards.length >= columns) {
      closeShared();
      rows.push(...dayRows(day, columns));
      continue;
    }
    const used = shared.reduce((sum, each) => sum + each.cards.length, 0);
    if (used + day.cards.length > columns) closeShared();
    shared.push(day);
  }
  closeShared();
  return rows;
}

/** Cards in rank order, `columns` a row, with no day headings: search results, where the order is relevance. */
export function rankedRows(cards: readonly Card[], columns: number): FeedRow[] {
  const rows: FeedRow[] = [];
  for (let start = 0; start < cards.length; start += columns) {
    const row = cards.slice(start, start + columns);
    rows.push({ kind: 'cards', key: `cards:${row[0]?.id}`, cards: row, firstIndex: start });
  }
  return rows;
}
