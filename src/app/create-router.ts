// The browser router, under the site's base path so the whole app can live at `/election/` or anywhere.
import { createBrowserRouter } from 'react-router';
import { appRoutes } from './routes.tsx';

export function createAppRouter() {
  // Keep the trailing slash: then the home link is `/election/`, exactly where the site is served.
  return createBrowserRouter(appRoutes, { basename: import.meta.env.BASE_URL });
}
