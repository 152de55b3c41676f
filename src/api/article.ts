// The article query: find the id's index shard (from the manifest), then fetch the article's detail file.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import {
  articleShard,
  detailInPack,
  storyIndexKey,
  type ArticleDetailPack,
  type ArticleIndexShard,
  type Manifest,
  type StoryDetail,
} from '../model/index.ts';
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

/** A detail file holds a few articles: fetched once for all of them, kept for the session (its name is content-hashed). */
function detailPackQueryOptions(packUrl: string) {
  return queryOptions({
    queryKey: ['article-pack', packUrl] as const,
    queryFn: ({ signal }) => fetchJson<ArticleDetailPack>(packUrl, signal),
    staleTime: Infinity,
  });
}

/** `key` is an article id, or a story's index key (`storyIndexKey`); `id` is what the error names. */
async function detailUrlOf(client: QueryClient, key: string, shardUrl: string | undefined, id = key): Promise<string> {
  if (shardUrl === undefined) throw new ArticleNotFoundError(id);
  const shard = await client.fetchQuery(articleIndexShardQueryOptions(shardUrl));
  // The shard is a plain object from JSON: only its own keys are ids (never "constructor" and friends).
  const detailUrl = Object.hasOwn(shard, key) ? shard[key] : undefined;
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
    queryFn: async ({ client }) => {
      const pack = await client.fetchQuery(detailPackQueryOptions(await detailUrlOf(client, id, shardUrl)));
      const detail = detailInPack(pack, id);
      if (!detail) throw new ArticleNotFoundError(id);
      return detail;
    },
    staleTime: Infinity,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === id ? previous : undefined),
  });
}

/** The story with this id, from the site the manifest describes now. */
export function useArticleQuery(id: string) {
  return useQuery(articleQueryOptions(id, useManifest().articleIndex));
}

/**
 * The coverage file of the story that holds `id`: the story's id, or any of its articles' ids
 * (the answer's `id` is the story's own). A story one outlet told has none: not found.
 */
export function storyQueryOptions(id: string, articleIndex: Manifest['articleIndex']) {
  const key = storyIndexKey(id);
  const shardUrl = articleIndex.shards[articleShard(key, articleIndex.shards.length)];
  return queryOptions({
    queryKey: ['story', id, shardUrl ?? null] as const,
    queryFn: async ({ client, signal }) => fetchJson<StoryDetail>(await detailUrlOf(client, key, shardUrl, id), signal),
    staleTime: Infinity,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === id ? previous : undefined),
  });
}

export function useStoryQuery(id: string) {
  return useQuery(storyQueryOptions(id, useManifest().articleIndex));
}
