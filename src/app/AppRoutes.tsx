// The app's routes: the feed at `/` (filtered by `?topic=`), one story at `/article/:id`, and a page for any other path.
import { Route, Switch } from 'wouter';
import { ArticlePage } from '../features/article/index.ts';
import { HomePage } from './HomePage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={HomePage} />
      <Route path="/article/:id" component={ArticlePage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
