// The manifest query: the site's index, pushed in at start-up (and by the dev server), never fetched.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Manifest } from '../model/index.ts';

export const manifestQueryKey = ['manifest'] as const;

export function manifestQueryOptions() {
  return queryOptions<Manifest>({
    queryKey: manifestQueryKey,
    queryFn: () => {
      throw new Error('The manifest comes from virtual:newsstand via seedManifest(); it is never fetched');
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** Puts the manifest in the cache: at start-up from `virtual:newsstand`, and on every dev update. */
export function seedManifest(queryClient: QueryClient, manifest: Manifest): void {
  queryClient.setQueryData(manifestQueryKey, manifest);
}

/** The manifest, which is always there once the app has started. */
export function useManifest(): Manifest {
  const { data } = useQuery(manifestQueryOptions());
  if (!data) throw new Error('useManifest() ran before seedManifest(): seed the QueryClient at start-up');
  return data;
}
