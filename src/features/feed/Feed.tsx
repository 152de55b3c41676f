// A feed of stories (all, or one topic): loads pages as the reader nears the end, and says when it cannot.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { feedQueryOptions } from '../../api/index.ts';
import type { FeedReference } from '../../model/index.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorState } from '../../ui/ErrorState.tsx';
import { useNow } from '../../ui/use-now.ts';
import { FeedEnd } from './FeedEnd.tsx';
import { feedRows } from './feed-rows.ts';
import { FeedSkeleton } from './FeedSkeleton.tsx';
import { useColumnCount } from './use-column-count.ts';
import { WindowedFeed } from './WindowedFeed.tsx';
import './feed.css';

interface FeedProps {
  /** null for all stories. */
  topicSlug: string | null;
  feed: FeedReference;
  /** The feed's accessible name, e.g. "Latest stories" or the topic's name. */
  label: string;
}

/** Day headings change at midnight, not every minute: round the clock down to the hour. */
const hour = 3_600_000;

export function Feed({ topicSlug, feed, label }: FeedProps) {
  const query = useInfiniteQuery(feedQueryOptions(topicSlug, feed));
  const columns = useColumnCount();
  const hourNow = Math.floor(useNow() / hour) * hour;
  const cards = useMemo(() => query.data?.pages.flatMap((page) => page.cards) ?? [], [query.data]);
  const rows = useMemo(() => feedRows(cards, columns, new Date(hourNow)), [cards, columns, hourNow]);

  if (query.isPending) return <FeedSkeleton label={label} columns={columns} />;
  if (query.isError && cards.length === 0) {
    return (
      <ErrorState title="The stories could not be loaded." onRetry={() => void query.refetch()}>
        Check your connection and try again.
      </ErrorState>
    );
  }
  if (cards.length === 0) {
    return <EmptyState title="No stories here yet">When stories arrive, the newest will show first.</EmptyState>;
  }

  const loadMore = () => {
    if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage({ cancelRefetch: false });
  };
  return (
    <>
      <WindowedFeed
        rows={rows}
        columns={columns}
        storyCount={feed.count}
        label={label}
        busy={query.isFetchingNextPage}
        cacheKey={JSON.stringify(feedQueryOptions(topicSlug, feed).queryKey)}
      />
      <FeedEnd
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        failed={query.isFetchNextPageError}
        pageCount={query.data?.pages.length ?? 0}
        storyCount={cards.length}
        columns={columns}
        onLoadMore={loadMore}
      />
    </>
  );
}
