// The feed's rows, windowed against the page's own scroll: only rows near the viewport are in the DOM.
import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { ArticleCard } from '../article/index.ts';
import type { FeedRow } from './feed-rows.ts';
import './feed.css';

interface WindowedFeedProps {
  rows: FeedRow[];
  columns: number;
  /** Total stories in this feed (all pages), for aria-setsize. */
  storyCount: number;
  label: string;
  busy: boolean;
  /** Identifies the feed, so its measured row heights survive a visit to an article and back. */
  cacheKey: string;
  /** Search words the cards mark (search results). */
  highlightTerms?: readonly string[];
}

/** Row heights measured in earlier visits: back from an article, the feed lays out exactly as it was. */
const measuredRows = new Map<string, VirtualItem[]>();

const dayRowEstimate = 56;

/** A guess good enough that the scrollbar barely moves when real heights come in. */
function estimatedCardRowHeight(columns: number): number {
  const pageWidth = Math.min(typeof window === 'undefined' ? 1280 : window.innerWidth, 1280);
  const columnWidth = (pageWidth - 48 - (columns - 1) * 20) / columns;
  return Math.round((columnWidth * 9) / 16 + 300);
}

/** Where the feed starts on the page: rows are placed relative to it. */
function useOffsetFromPageTop(element: RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  // After every render, on purpose: anything above the feed (a banner, the topic row wrapping) can
  // move it, and a measure that did not change sets nothing, so the loop ends at once.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const current = element.current;
    if (!current) return;
    const measured = Math.round(current.getBoundingClientRect().top + window.scrollY);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a layout measure: it must land before paint
    if (measured !== offset) setOffset(measured);
  });
  return offset;
}

export function WindowedFeed({ rows, columns, storyCount, label, busy, cacheKey, highlightTerms }: WindowedFeedProps) {
  const feedRef = useRef<HTMLDivElement>(null);
  const scrollMargin = useOffsetFromPageTop(feedRef);
  const measurementsKey = `${cacheKey}|${columns}`;
  const cardRowEstimate = estimatedCardRowHeight(columns);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => (rows[index]?.kind === 'day' ? dayRowEstimate : cardRowEstimate),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 2,
    scrollMargin,
    initialMeasurementsCache: measuredRows.get(measurementsKey),
  });

  useEffect(() => () => void measuredRows.set(measurementsKey, virtualizer.measurementsCache), [measurementsKey, virtualizer]);

  return (
    <div
      ref={feedRef}
      className="feed"
      role="feed"
      aria-label={label}
      aria-busy={busy}
      style={{ height: virtualizer.getTotalSize(), '--feed-columns': columns } as CSSProperties}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className={row.kind === 'day' ? 'feed__day' : 'feed__row'}
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            <FeedRowContent row={row} storyCount={storyCount} highlightTerms={highlightTerms} />
          </div>
        );
      })}
    </div>
  );
}

/**
 * A row's cards, kept apart from the row's place: when measured heights come in, the virtualizer
 * re-renders to move rows, and the cards (the rows are memoized by Feed) need not render again.
 */
const FeedRowContent = memo(function FeedRowContent({
  row,
  storyCount,
  highlightTerms,
}: {
  row: FeedRow;
  storyCount: number;
  highlightTerms: readonly string[] | undefined;
}) {
  return row.kind === 'day' ? (
    // The feed pattern allows only articles inside a feed, and each card states its own
    // time, so the day is a visual divider that assistive technology skips.
    <p className="feed__day-label" aria-hidden="true">
      {row.label}
    </p>
  ) : (
    <>
      {row.cards.map((card, offset) => {
        const article = (
          <ArticleCard
            key={card.id}
            card={card}
            feedPosition={{ position: row.firstIndex + offset + 1, setSize: storyCount }}
            highlightTerms={highlightTerms}
          />
        );
        const dayLabel = row.dayLabels?.[offset];
        if (dayLabel === undefined) return article;
        return (
          <div key={card.id} className="feed__cell">
            <p className={`feed__day-label feed__day-label--cell${dayLabel ? '' : ' feed__day-label--continued'}`} aria-hidden="true">
              {dayLabel}
            </p>
            {article}
          </div>
        );
      })}
    </>
  );
});
