// Related stories: the toggle and panel a card shows under its links.
export { RelatedStories } from './RelatedStories.tsx';
export { RelatedStoryItem } from './RelatedStoryItem.tsx';
