// Above a feed: "Unread only" (a toggle kept in the URL) and "Mark all as read" (with an Undo in the page's notice).
import { useInfiniteQuery } from '@tanstack/react-query';
import { feedQueryOptions } from '../../api/index.ts';
import type { FeedReference } from '../../model/index.ts';
import { feedKeyOf } from './read-marks.ts';
import { useReadingStore } from './reading-context.ts';
import { useUnreadOnly } from './unread-url.ts';
import './reading.css';

interface FeedReadingToolsProps {
  topicSlug: string | null;
  feed: FeedReference;
  /** The feed's name, for the notice ("… in Latest stories as read"). */
  label: string;
}

export function FeedReadingTools({ topicSlug, feed, label }: FeedReadingToolsProps) {
  const store = useReadingStore();
  const [unreadOnly, setUnreadOnly] = useUnreadOnly();
  // The feed's own query, shared with the feed through the cache: its first card is the newest story.
  const query = useInfiniteQuery(feedQueryOptions(topicSlug, feed));
  const cards = query.data?.pages.flatMap((page) => page.cards) ?? [];
  const newest = cards[0]?.publishedAt;

  const markAllRead = () => {
    if (newest === undefined) return;
    store.markFeedRead(feedKeyOf(topicSlug), newest, label, feed.count, new Set(cards.map((card) => card.id)));
  };

  return (
    <div className="feed-reading-tools">
      <button
        type="button"
        className="button button--small feed-reading-tools__toggle"
        aria-pressed={unreadOnly}
        onClick={() => setUnreadOnly(!unreadOnly)}
      >
        Unread only
      </button>
      <button type="button" className="button button--small" disabled={newest === undefined} onClick={markAllRead}>
        Mark all as read
      </button>
    </div>
  );
}
