// The article id -> detail file lookup, split into shards so no file grows with the corpus.
import { articleShard, type ArticleIndexShard } from '../../src/model/index.ts';
import type { OutputWriter } from './output-writer.ts';

/** About this many ids a shard: a shard stays a few KB however large the corpus. */
const idsPerShard = 64;

/** A power of two, so growing the corpus splits shards evenly. */
export function shardCountFor(articleCount: number): number {
  let count = 1;
  while (count * idsPerShard < articleCount) count *= 2;
  return count;
}

/** About this many articles a detail file: a file a story is thousands of files, and a file's creation costs more than its bytes. */
const articlesPerPack = 4;

/**
 * The articles of each detail file (`newsstand/article/<n>.<hash>.json`), by their id's hash: a
 * power of two of packs, so an edit rewrites one pack and a growing corpus regroups only when the
 * count doubles. About four a pack keeps the file a reader fetches for one article small.
 */
export function detailPacks<Article extends { id: string }>(articles: readonly Article[]): Article[][] {
  let count = 1;
  while (count * articlesPerPack < articles.length) count *= 2;
  const packs: Article[][] = Array.from({ length: count }, () => []);
  for (const article of articles) packs[articleShard(article.id, count)]?.push(article);
  return packs;
}

/** Writes `newsstand/index/<n>.<hash>.json` for n = 0..count-1 and returns their URLs in shard order. */
export function writeIndexShards(detailUrls: ReadonlyMap<string, string>, output: OutputWriter): string[] {
  const count = shardCountFor(detailUrls.size);
  const idsOfShard: string[][] = Array.from({ length: count }, () => []);
  for (const id of detailUrls.keys()) idsOfShard[articleShard(id, count)]?.push(id);
  // Sorted a shard at a time: ids share long prefixes (dates), and short sorts cost less than one of every id.
  return idsOfShard.map((ids, index) => {
    const shard: ArticleIndexShard = {};
    for (const id of ids.sort()) shard[id] = detailUrls.get(id) ?? '';
    return output.write('newsstand/index', String(index), shard);
  });
}
