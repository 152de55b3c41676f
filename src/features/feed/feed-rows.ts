// Lays the feed out as rows for windowing: a date heading before each day, then that day's cards, N a row.
import type { Card } from '../../model/index.ts';
import { dayLabel } from '../../ui/relative-time.ts';

export type FeedRow =
  | { kind: 'day'; key: string; label: string }
  | { kind: 'cards'; key: string; cards: Card[]; firstIndex: number };

function localDayKey(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'undated';
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** Cards arrive newest first; a day's cards fill rows of `columns`, and a new day starts a new row. */
export function feedRows(cards: readonly Card[], columns: number, now: Date): FeedRow[] {
  const rows: FeedRow[] = [];
  let currentDay: string | undefined;
  let currentRow: Extract<FeedRow, { kind: 'cards' }> | undefined;

  cards.forEach((card, index) => {
    const date = new Date(card.publishedAt);
    const day = localDayKey(date);
    if (day !== currentDay) {
      currentDay = day;
      currentRow = undefined;
      rows.push({ kind: 'day', key: `day:${day}`, label: day === 'undated' ? 'Undated' : dayLabel(date, now) });
    }
    if (!currentRow || currentRow.cards.length >= columns) {
      currentRow = { kind: 'cards', key: `cards:${card.id}`, cards: [], firstIndex: index };
      rows.push(currentRow);
    }
    currentRow.cards.push(card);
  });
  return rows;
}
