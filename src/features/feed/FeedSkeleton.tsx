// The feed while its first page loads: a busy feed of card-shaped placeholders.
import type { CSSProperties } from 'react';
import { CardSkeleton } from '../article/index.ts';

export function FeedSkeleton({ label, columns }: { label: string; columns: number }) {
  return (
    <div
      className="feed feed--loading"
      role="feed"
      aria-label={label}
      aria-busy="true"
      style={{ '--feed-columns': columns } as CSSProperties}
    >
      <span className="visually-hidden">Loading stories…</span>
      <div className="feed__row feed__row--static">
        {Array.from({ length: columns * 2 }, (_, index) => (
          <CardSkeleton key={index} />
        ))}
      </div>
    </div>
  );
}
