// `/article/<id>` as its own chunk: a visit that starts on the feed does not download it. A visit
// that starts on an article asks for it before the first render (first-screen.ts), with the story.
import { lazy, Suspense } from 'react';
import { CardSkeleton } from './CardSkeleton.tsx';

export const loadArticlePage = () => import('./ArticlePage.tsx');
const ArticlePage = lazy(loadArticlePage);

export function LazyArticlePage() {
  return (
    <Suspense fallback={<CardSkeleton variant="page" />}>
      <ArticlePage />
    </Suspense>
  );
}
