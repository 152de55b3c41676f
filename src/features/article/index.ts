// Articles: the story card (used by the feed), its placeholder, and the article page.
export { ArticleCard, type FeedPosition } from './ArticleCard.tsx';
export { LazyArticlePage, loadArticlePage } from './LazyArticlePage.tsx';
export { CardSkeleton } from './CardSkeleton.tsx';
