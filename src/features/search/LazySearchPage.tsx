// The results page as its own chunk: nothing of it is in the first visit's JavaScript.
import { lazyPage } from '../../ui/lazy-page.tsx';

export const LazySearchPage = lazyPage(() => import('./SearchPage.tsx'), <h1 className="search-heading">Search</h1>);
