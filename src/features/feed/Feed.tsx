// A feed of stories (all, or one topic): loads pages as the reader nears the end, and says when it cannot.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { feedQueryOptions } from '../../api/index.ts';
import type { FeedReference } from '../../model/index.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorState } from '../../ui/ErrorState.tsx';
import { useNow } from '../../ui/use-now.ts';
import { feedKeyOf, feedReadUpTo, useReading, useVisibleCards } from '../reading/index.ts';
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
  /** "Unread only": stories the reader has read are left out. */
  unreadOnly?: boolean;
}

/** Day headings change at midnight, not every minute: round the clock down to the hour. */
const hour = 3_600_000;

export function Feed({ topicSlug, feed, label, unreadOnly = false }: FeedProps) {
  const query = useInfiniteQuery(feedQueryOptions(topicSlug, feed));
  const columns = useColumnCount();
  const hourNow = Math.floor(useNow() / hour) * hour;
  const cards = useMemo(() => query.data?.pages.flatMap((page) => page.cards) ?? [], [query.data]);
  const visible = useVisibleCards(cards, { unreadOnly });
  const rows = useMemo(() => feedRows(visible, columns, new Date(hourNow)), [visible, columns, hourNow]);
  const readUpTo = useReading((snapshot) => feedReadUpTo(feedKeyOf(topicSlug), snapshot.state.read));
  // Pages come newest first: once a page ends inside a "Mark all as read", every later one is read too.
  const restIsRead = unreadOnly && cards.length > 0 && Date.parse(cards[cards.length - 1]?.publishedAt ?? '') <= readUpTo;
  const hasMore = query.hasNextPage && !restIsRead;
  const filtered = visible.length !== cards.length;

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
  if (visible.length === 0 && !hasMore) {
    return unreadOnly ? (
      <EmptyState title="You have read everything here">Turn off “Unread only” to see the stories you have read.</EmptyState>
    ) : (
      <EmptyState title="Every story here is from a hidden source">
        <p>
          You can show them again in <Link to="/settings">Settings</Link>.
        </p>
      </EmptyState>
    );
  }

  const loadMore = () => {
    if (hasMore && !query.isFetchingNextPage) void query.fetchNextPage({ cancelRefetch: false });
  };
  return (
    <>
      <WindowedFeed
        rows={rows}
        columns={columns}
        // Filtered, the feed cannot know how many of its stories are left: -1 says "unknown".
        storyCount={filtered || unreadOnly ? -1 : feed.count}
        label={label}
        busy={query.isFetchingNextPage}
        cacheKey={JSON.stringify(feedQueryOptions(topicSlug, feed).queryKey)}
      />
      <FeedEnd
        hasMore={hasMore}
        loading={query.isFetchingNextPage}
        failed={query.isFetchNextPageError}
        pageCount={query.data?.pages.length ?? 0}
        storyCount={visible.length}
        columns={columns}
        onLoadMore={loadMore}
      />
    </>
  );
}
