// `/saved` as its own chunk: nothing of it is in the first visit's JavaScript.
import { lazy, Suspense } from 'react';

const SavedPage = lazy(() => import('./SavedPage.tsx'));

export function LazySavedPage() {
  return (
    <Suspense fallback={<h1 className="home-heading__title">Saved stories</h1>}>
      <SavedPage />
    </Suspense>
  );
}
