// The app's routes: the feed at `/` (filtered by `?topic=`), one story at `/article/:id`.
import type { RouteObject } from 'react-router';
import { ArticlePage } from '../features/article/index.ts';
import { HomePage } from './HomePage.tsx';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteError } from './RouteError.tsx';

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      { index: true, Component: HomePage },
      { path: 'article/:id', Component: ArticlePage },
      { path: '*', Component: NotFoundPage },
    ],
  },
];
