// The article query: find the id's index shard (from the manifest), then fetch the article's detail file.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { articleShard, type ArticleDetail, type ArticleIndexShard, type Manifest } from '../model/index.ts';
import { ArticleNotFoundError } from './errors.ts';
import { fetchJson } from './fetch-json.ts';
import { useManifest } from './manifest.ts';

/** Index shards are content-hashed and shared by many articles: fetched once, kept for the session. */
function articleIndexShardQueryOptions(shardUrl: string) {
  return queryOptions({
    queryKey: ['article-index', shardUrl] as const,
    queryFn: ({ signal }) => fetchJson<ArticleIndexShard>(shardUrl, signal),
    staleTime: Infinity,
  });
}

async function detailUrlOf(client: QueryClient, id: string, shardUrl: string | undefined): Promise<string> {
  if (shardUrl === undefined) throw new ArticleNotFoundError(id);
  const shard = await client.fetchQuery(articleIndexShardQueryOptions(shardUrl));
  // The shard is a plain object from JSON: only its own keys are ids (never "constructor" and friends).
  const detailUrl = Object.hasOwn(shard, id) ? shard[id] : undefined;
  if (detailUrl === undefined) throw new ArticleNotFoundError(id);
  return detailUrl;
}

/**
 * Everything the query reads is in its key: the id and the content-hashed shard that names its
 * detail file. A new manifest (a dev-server update) whose shard for this id changed is a new key,
 * so an open story shows its new version; the old one stays on screen while it loads.
 */
export function articleQueryOptions(id: string, articleIndex: Manifest['articleIndex']) {
  const shardUrl = articleIndex.shards[articleShard(id, articleIndex.shards.length)];
  return queryOptions({
    queryKey: ['article', id, shardUrl ?? null] as const,
    queryFn: async ({ client, signal }) => fetchJson<ArticleDetail>(await detailUrlOf(client, id, shardUrl), signal),
    staleTime: Infinity,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === id ? previous : undefined),
  });
}

/** The story with this id, from the site the manifest describes now. */
export function useArticleQuery(id: string) {
  return useQuery(articleQueryOptions(id, useManifest().articleIndex));
}
