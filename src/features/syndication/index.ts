// Syndication: the view's RSS, Atom and JSON feeds, linked for readers and announced to feed readers.
export { SubscribeLinks } from './SubscribeLinks.tsx';
export { useFeedDiscovery } from './use-feed-discovery.ts';
