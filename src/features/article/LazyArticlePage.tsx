// `/article/<id>` as its own chunk: a visit that starts on the feed does not download it. A visit
// that starts on an article asks for it before the first render (first-screen.ts), with the story.
import { lazyPage } from '../../ui/lazy-page.tsx';
import { CardSkeleton } from './CardSkeleton.tsx';

export const loadArticlePage = () => import('./ArticlePage.tsx');

export const LazyArticlePage = lazyPage(loadArticlePage, <CardSkeleton variant="page" />);
