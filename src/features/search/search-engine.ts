// The search engine the results page asks: Pagefind's runtime, imported from the site on the first search and never before.
import { createContext, useContext } from 'react';
import { useManifest } from '../../api/index.ts';
import { searchRuntimeFile, searchShardFolder, type Card } from '../../model/index.ts';

export interface SearchFiltersChosen {
  topic: string | null;
  provider: string | null;
}

/** One result, ranked; its card is fetched only when it is about to be shown. */
export interface SearchHit {
  id: string;
  card(): Promise<Card | null>;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** For the query alone, before the filters: how many results each topic slug and provider domain has. */
  counts: { topic: Record<string, number>; provider: Record<string, number> };
}

export interface SearchEngine {
  search(query: string, filters: SearchFiltersChosen): Promise<SearchOutcome>;
}

/** The part of Pagefind's browser API the app uses (pagefind.app/docs/api). */
interface PagefindRuntime {
  mergeIndex(indexPath: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string,
    options: { filters: Record<string, string> },
  ): Promise<{
    // raw_url: the record's URL as the build gave it (`url` is prefixed with the base).
    results: { id: string; score: number; data(): Promise<{ raw_url?: string }> }[];
    totalFilters: Record<string, Record<string, number>>;
  } | null>;
}

/** The card a record's URL carries (see `SearchRecordUrl`). */
function cardOf(recordUrl: string | undefined): Card | null {
  try {
    const card = JSON.parse(recordUrl ?? '') as Card;
    return typeof card?.id === 'string' && typeof card.title === 'string' ? card : null;
  } catch {
    return null;
  }
}

/**
 * `base` is the site's base URL; the index is `shardCount` Pagefind bundles, the first one's
 * runtime searching all of them (its WebAssembly loads once).
 */
export function pagefindEngine(base: string, shardCount: number): SearchEngine {
  let runtime: Promise<PagefindRuntime> | undefined;
  const load = () => {
    runtime ??= (import(/* @vite-ignore */ `${base}${searchRuntimeFile}`) as Promise<PagefindRuntime>).then(async (module) => {
      for (let shard = 1; shard < shardCount; shard += 1) await module.mergeIndex(`${base}${searchShardFolder(shard)}`);
      // Pagefind counts results by filter only for the filters it has loaded: the page offers every
      // topic and provider the query has, so all of them load once, with the runtime.
      await module.filters();
      return module;
    });
    // A failed load (offline, a new deploy) is tried again on the next search.
    runtime.catch(() => {
      runtime = undefined;
    });
    return runtime;
  };
  return {
    async search(query, { topic, provider }) {
      const pagefind = await load();
      const filters: Record<string, string> = {};
      if (topic) filters.topic = topic;
      if (provider) filters.provider = provider;
      const found = await pagefind.search(query, { filters });
      if (!found) return { hits: [], counts: { topic: {}, provider: {} } };
      return {
        hits: found.results.map((result) => ({ id: result.id, card: async () => cardOf((await result.data()).raw_url) })),
        counts: { topic: found.totalFilters.topic ?? {}, provider: found.totalFilters.provider ?? {} },
      };
    },
  };
}

const siteEngines = new Map<number, SearchEngine>();

/** Tests give the page an engine of their own; the site's is made from the manifest's shard count. */
export const SearchEngineContext = createContext<SearchEngine | null>(null);

export function useSearchEngine(): SearchEngine {
  const given = useContext(SearchEngineContext);
  const { searchShards } = useManifest();
  if (given) return given;
  let engine = siteEngines.get(searchShards);
  if (!engine) {
    engine = pagefindEngine(import.meta.env.BASE_URL, searchShards);
    siteEngines.set(searchShards, engine);
  }
  return engine;
}
