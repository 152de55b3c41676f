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
        retry: (failureCount, error) => failureCount < 2 && isWorthRetrying(error),
      },
    },
  });
}
