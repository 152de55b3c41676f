// The app's QueryClient: how long data stays fresh and which failures are worth a retry.
import { QueryClient } from '@tanstack/react-query';
import { isWorthRetrying } from '../api/index.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A static site changes only with a new build (and the dev server pushes its updates).
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        // The service worker answers the story files a reader opened before, offline too. In React
        // Query's default mode a query started after the browser says "offline" never runs (it waits
        // for "online"), so a story read before stayed at "Loading the story…"; here the request is
        // made, and only retries wait for the network.
        networkMode: 'offlineFirst',
        retry: (failureCount, error) => failureCount < 2 && isWorthRetrying(error),
      },
    },
  });
}
