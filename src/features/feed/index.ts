// The feed: stories newest first, grouped by day, windowed, loading more as the reader scrolls.
export { Feed } from './Feed.tsx';
