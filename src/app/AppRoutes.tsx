// The app's routes: the feed at `/` (filtered by `?topic=`), one story at `/article/:id`, every outlet's version of it at `/story/:id`, search results at `/search?q=`, `/saved`, `/settings`, and a page for any other path.
import { Route, Switch } from 'wouter';
import { LazyArticlePage } from '../features/article/index.ts';
import { LazySavedPage } from '../features/saved/index.ts';
import { LazySearchPage, searchPath } from '../features/search/index.ts';
import { LazySettingsPage } from '../features/settings/index.ts';
import { LazyStoryPage } from '../features/story/index.ts';
import { HomePage } from './HomePage.tsx';
import { TopStoriesPage } from './TopStoriesPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={HomePage} />
      <Route path="/top" component={TopStoriesPage} />
      <Route path="/article/:id" component={LazyArticlePage} />
      <Route path="/story/:id" component={LazyStoryPage} />
      <Route path={searchPath} component={LazySearchPage} />
      <Route path="/saved" component={LazySavedPage} />
      <Route path="/settings" component={LazySettingsPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
