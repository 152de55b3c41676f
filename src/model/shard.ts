// Which index shard holds an article id: shared so the plugin writes where the app reads.

/** FNV-1a over UTF-16 code units: tiny, deterministic, and the same in Node and browsers. */
export function articleShard(id: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % Math.max(1, shardCount);
}
