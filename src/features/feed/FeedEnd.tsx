// The foot of the feed: loads the next page as it comes near, with a "Load more" button as the sure way.
import { useRef, type CSSProperties } from 'react';
import { ErrorState } from '../../ui/ErrorState.tsx';
import { formatCount } from '../../ui/locale.ts';
import { CardSkeleton } from '../article/index.ts';
import { useNearEnd } from './use-near-end.ts';

interface FeedEndProps {
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
  /** Pages loaded so far: each new page re-arms the near-end watcher. */
  pageCount: number;
  storyCount: number;
  columns: number;
  onLoadMore: () => void;
}

export function FeedEnd({ hasMore, loading, failed, pageCount, storyCount, columns, onLoadMore }: FeedEndProps) {
  const endRef = useRef<HTMLDivElement>(null);
  // After a failure, wait for the reader to ask again rather than retrying on every scroll.
  useNearEnd(endRef, hasMore && !loading && !failed, pageCount, onLoadMore);

  return (
    <div className="feed-end" ref={endRef}>
      {loading && (
        <div className="feed-end__skeletons" style={{ '--feed-columns': columns } as CSSProperties}>
          {Array.from({ length: columns }, (_, index) => (
            <CardSkeleton key={index} />
          ))}
        </div>
      )}
      {failed ? (
        <ErrorState compact title="More stories could not be loaded." onRetry={onLoadMore} />
      ) : hasMore ? (
        <button type="button" className="button feed-end__more" aria-disabled={loading} onClick={onLoadMore}>
          {loading ? 'Loading more stories…' : 'Load more stories'}
        </button>
      ) : (
        <p className="feed-end__done">
          That’s everything: {formatCount(storyCount)} {storyCount === 1 ? 'story' : 'stories'}.
        </p>
      )}
    </div>
  );
}
