// Renders the whole app (or one piece) in memory: a fresh query cache, a memory router, a seeded manifest.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { seedManifest } from '../api/index.ts';
import { appRoutes } from '../app/routes.tsx';
import type { Manifest } from '../model/index.ts';
import { makeManifest } from './fixtures.ts';

export function createTestQueryClient(manifest: Manifest = makeManifest()): QueryClient {
  // No retries: a failure shows at once, and Retry is the test's to press.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  seedManifest(queryClient, manifest);
  return queryClient;
}

/**
 * The app's routes at `path`. The providers are those of App.tsx, but with react-router's own
 * RouterProvider: under vitest `react-router/dom` loads a second copy of react-router (its CommonJS
 * build), whose router context the routes, importing the ES build, cannot see.
 */
export function renderApp(path = '/', manifest: Manifest = makeManifest()) {
  const queryClient = createTestQueryClient(manifest);
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  return {
    router,
    queryClient,
    ...render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    ),
  };
}

/** One component inside a router and a query cache, for tests of a single piece. */
export function renderWithProviders(ui: ReactNode, manifest: Manifest = makeManifest()) {
  const queryClient = createTestQueryClient(manifest);
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: ['/'] });
  return {
    router,
    queryClient,
    ...render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    ),
  };
}
