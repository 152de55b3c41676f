// The feed: stories newest first, grouped by day, windowed, loading more as the reader scrolls.
export { Feed } from './Feed.tsx';
// The same windowed list for other lists of cards (search results).
export { FeedEnd } from './FeedEnd.tsx';
export { FeedSkeleton } from './FeedSkeleton.tsx';
export { rankedRows } from './feed-rows.ts';
export { useColumnCount } from './use-column-count.ts';
export { WindowedFeed } from './WindowedFeed.tsx';
