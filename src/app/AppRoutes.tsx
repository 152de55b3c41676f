// The app's routes: the feed at `/` (filtered by `?topic=`), one story at `/article/:id`, search results at `/search?q=`, and a page for any other path.
import { Route, Switch } from 'wouter';
import { ArticlePage } from '../features/article/index.ts';
import { LazySearchPage, searchPath } from '../features/search/index.ts';
import { HomePage } from './HomePage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={HomePage} />
      <Route path="/article/:id" component={ArticlePage} />
      <Route path={searchPath} component={LazySearchPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
