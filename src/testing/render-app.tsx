// Renders the whole app (or one piece) on jsdom's own history: a fresh query cache, the URL at `path`, a seeded manifest.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { seedManifest } from '../api/index.ts';
import { App } from '../app/App.tsx';
import { ReadingStoreContext, type ReadingStore } from '../features/reading/index.ts';
import { SearchEngineContext, type SearchEngine } from '../features/search/index.ts';
import type { Manifest } from '../model/index.ts';
import { makeManifest } from './fixtures.ts';

export function createTestQueryClient(manifest: Manifest = makeManifest()): QueryClient {
  // No retries: a failure shows at once, and Retry is the test's to press.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  seedManifest(queryClient, manifest);
  return queryClient;
}

/**
 * The app at `path`, exactly as main.tsx renders it. The router follows jsdom's real History
 * (not wouter's memory location) because the app needs what only it has: back and forward,
 * and state on each entry (the Back link's trail). Tests read the address from window.location.
 */
export function renderApp(
  path = '/',
  manifest: Manifest = makeManifest(),
  { searchEngine, readingStore }: { searchEngine?: SearchEngine; readingStore?: ReadingStore } = {},
) {
  const queryClient = createTestQueryClient(manifest);
  window.history.replaceState(null, '', path);
  let app = <App queryClient={queryClient} />;
  if (searchEngine) app = <SearchEngineContext.Provider value={searchEngine}>{app}</SearchEngineContext.Provider>;
  if (readingStore) app = <ReadingStoreContext.Provider value={readingStore}>{app}</ReadingStoreContext.Provider>;
  return { queryClient, ...render(app) };
}

/** One component with a query cache, at `/`, for tests of a single piece. */
export function renderWithProviders(ui: ReactNode, manifest: Manifest = makeManifest()) {
  const queryClient = createTestQueryClient(manifest);
  window.history.replaceState(null, '', '/');
  return { queryClient, ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>) };
}

/**
 * Does `action` and resolves once the history traversal it starts has reached the app (jsdom
 * traverses in a later task). The action runs inside act(), so it clicks with element.click(),
 * not user-event, which manages act() itself.
 */
export async function untilHistoryTraversed(action: () => unknown): Promise<void> {
  await act(async () => {
    const traversed = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    await action();
    await traversed;
  });
}

/** The browser's back button. */
export function goBack(): Promise<void> {
  return untilHistoryTraversed(() => window.history.back());
}
