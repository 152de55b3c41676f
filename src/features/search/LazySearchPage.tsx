// The results page as its own chunk: nothing of it is in the first visit's JavaScript.
import { lazy, Suspense } from 'react';

const SearchPage = lazy(() => import('./SearchPage.tsx'));

export function LazySearchPage() {
  return (
    <Suspense fallback={<h1 className="search-heading">Search</h1>}>
      <SearchPage />
    </Suspense>
  );
}
