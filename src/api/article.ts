// The article query: find the id's index shard (from the manifest), then fetch the article's detail file.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { articleShard, type ArticleDetail, type ArticleIndexShard } from '../model/index.ts';
import { ArticleNotFoundError } from './errors.ts';
import { fetchJson } from './fetch-json.ts';
import { manifestQueryOptions } from './manifest.ts';

/** Index shards are content-hashed and shared by many articles: fetched once, kept for the session. */
function articleIndexShardQueryOptions(shardUrl: string) {
  return queryOptions({
    queryKey: ['article-index', shardUrl] as const,
    queryFn: ({ signal }) => fetchJson<ArticleIndexShard>(shardUrl, signal),
    staleTime: Infinity,
  });
}

async function detailUrlOf(client: QueryClient, id: string): Promise<string> {
  const { shards } = (await client.ensureQueryData(manifestQueryOptions())).articleIndex;
  const shardUrl = shards[articleShard(id, shards.length)];
  if (shardUrl === undefined) throw new ArticleNotFoundError(id);
  const shard = await client.fetchQuery(articleIndexShardQueryOptions(shardUrl));
  // The shard is a plain object from JSON: only its own keys are ids (never "constructor" and friends).
  const detailUrl = Object.hasOwn(shard, id) ? shard[id] : undefined;
  if (detailUrl === undefined) throw new ArticleNotFoundError(id);
  return detailUrl;
}

export function articleQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['article', id] as const,
    queryFn: async ({ client, signal }) => fetchJson<ArticleDetail>(await detailUrlOf(client, id), signal),
  });
}
