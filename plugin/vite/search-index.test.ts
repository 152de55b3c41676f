import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberedCard } from '../fixtures/numbered-card.ts';
import { searchRecordOf } from '../emit/search-records.ts';
import { articleShard } from '../../src/model/index.ts';
import {
  buildSearchIndex,
  fragmentFiles,
  makeSearchIndex,
  mediaTypeOfSearchFile,
  recordsByShard,
  removeSearchIndex,
  stopSearchIndexer,
  writeSearchIndex,
} from './search-index.ts';

describe('fragmentFiles', () => {
  it('bundles at least two fragments a file, and writes at most 2,000 fragment files over all shards', () => {
    expect(fragmentFiles(1, 1)).toBe(1);
    expect(fragmentFiles(1593, 1)).toBe(797);
    expect(fragmentFiles(2000, 7)).toBe(286);
    expect(fragmentFiles(9000, 1)).toBe(2000);
  });
});

describe('buildSearchIndex', () => {
  it("writes Pagefind's runtime, an English index, fragments and filters, and none of its ready-made interface", async () => {
    try {
      const files = await buildSearchIndex(Array.from({ length: 30 }, (_, index) => searchRecordOf(numberedCard(index + 1))));
      const paths = files.map((file) => file.path);
      expect(paths).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind']));
      expect(paths.some((path) => /^pagefind\.en_[0-9a-f]+\.pf_meta$/.test(path))).toBe(true);
      expect(paths.filter((path) => path.startsWith('fragment/'))).toHaveLength(30);
      expect(paths.some((path) => path.startsWith('index/'))).toBe(true);
      expect(paths.some((path) => path.startsWith('filter/'))).toBe(true);
      expect(paths.filter((path) => /ui|highlight/.test(path))).toEqual([]);
      expect(files.every((file) => file.content.byteLength > 0)).toBe(true);
    } finally {
      await stopSearchIndexer();
    }
  }, 30_000);

  it('links the kept index when the records are the same, and indexes again when one changed', async () => {
    const kept = await mkdtemp(join(tmpdir(), 'newsstand-search-kept-'));
    const site = await mkdtemp(join(tmpdir(), 'newsstand-search-site-'));
    try {
      const records = [1, 2, 3].map((number) => searchRecordOf(numberedCard(number)));
      const reused = async (list: typeof records) => (await makeSearchIndex(list, kept)).shards.map((shard) => shard.reused);
      expect(await reused(records)).toEqual([false]);
      const again = await makeSearchIndex(
        records.map((record) => ({ ...record })),
        kept,
      );
      expect(again.shards.map((shard) => shard.reused)).toEqual([true]);
      writeSearchIndex(again, site);
      expect(await readdir(join(site, 'newsstand', 'search', '0'))).toContain('pagefind.js');
      const edited = [searchRecordOf({ ...numberedCard(1), title: 'A new title' }), ...records.slice(1)];
      expect(await reused(edited)).toEqual([false]);
    } finally {
      await stopSearchIndexer();
      await Promise.all([kept, site].map((folder) => rm(folder, { recursive: true, force: true })));
    }
  }, 30_000);

  it('without trusting the kept index, makes every shard again, leaving each file that has the same bytes as it was', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'newsstand-search-untrusted-'));
    const kept = join(scratch, 'kept');
    const site = join(scratch, 'site');
    try {
      const records = Array.from({ length: 5 }, (_, index) => searchRecordOf(numberedCard(index + 1)));
      const first = await makeSearchIndex(records, kept, 3, false);
      writeSearchIndex(first, site);
      const runtime = join(kept, '0', 'current', 'pagefind.js');
      const before = await stat(runtime);
      const again = await makeSearchIndex(records, kept, 3, false);
      expect(again.shards.map((shard) => shard.reused)).toEqual([false, false]);
      expect((await stat(runtime)).ino).toBe(before.ino);
      const edited = records.map((record) => (record.id === 'story-2' ? searchRecordOf({ ...numberedCard(2), title: 'Edited' }) : record));
      writeSearchIndex(await makeSearchIndex(edited, kept, 3, false), site);
      for (const shard of ['0', '1']) {
        const files = (await readdir(join(site, 'newsstand', 'search', shard), { recursive: true })).sort();
        expect(files).toEqual((await readdir(join(kept, shard, 'current'), { recursive: true })).sort());
      }
    } finally {
      await stopSearchIndexer();
      await rm(scratch, { recursive: true, force: true });
    }
  }, 30_000);

  it('puts each story in the shard the page expects, about 2,000 a shard, and makes again only the shard an edit touched', async () => {
    const records = Array.from({ length: 4500 }, (_, index) => searchRecordOf(numberedCard(index + 1)));
    const shards = recordsByShard(records);
    expect(shards).toHaveLength(3);
    for (const [number, shard] of shards.entries()) for (const record of shard) expect(articleShard(record.id, 3)).toBe(number);
    expect(shards.flat()).toHaveLength(4500);
    const kept = await mkdtemp(join(tmpdir(), 'newsstand-search-kept-'));
    try {
      await makeSearchIndex(records, kept);
      const edited = records.map((record) => (record.id === 'story-7' ? searchRecordOf({ ...numberedCard(7), title: 'Edited' }) : record));
      const again = await makeSearchIndex(edited, kept);
      const touched = articleShard('story-7', 3);
      expect(again.shards.map((shard) => shard.reused)).toEqual([0, 1, 2].map((number) => number !== touched));
    } finally {
      await stopSearchIndexer();
      await rm(kept, { recursive: true, force: true });
    }
  }, 60_000);

  it('names what a static host would send for each file', () => {
    expect(mediaTypeOfSearchFile('pagefind.js')).toBe('text/javascript; charset=utf-8');
    expect(mediaTypeOfSearchFile('pagefind-entry.json')).toBe('application/json; charset=utf-8');
    expect(mediaTypeOfSearchFile('index/en_1.pf_index')).toBe('application/octet-stream');
  });
});

describe('writeSearchIndex', () => {
  it('leaves a shard the last build linked from its kept folder as it is, and links again one whose files were touched', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'newsstand-search-relink-'));
    try {
      const kept = [0, 1].map((number) => join(scratch, 'kept', String(number)));
      for (const [number, folder] of kept.entries()) {
        await mkdir(join(folder, 'fragment'), { recursive: true });
        await writeFile(join(folder, 'pagefind-entry.json'), `{"shard":${number}}`);
        await writeFile(join(folder, 'fragment', `en_${number}.pf_fragment`), 'a fragment');
      }
      const site = join(scratch, 'site');
      const index = { shards: kept.map((folder) => ({ folder, reused: true })) };
      writeSearchIndex(index, site);
      const shardFolder = (number: number) => join(site, 'newsstand', 'search', String(number));
      // A folder made again has a new modification time (inode numbers are reused too soon to tell).
      const longAgo = new Date('2020-01-01T00:00:00Z');
      const madeLongAgo = async (number: number) => (await stat(shardFolder(number))).mtimeMs === longAgo.getTime();
      // Shard 1 gains a stray file: it is linked again whole, without it. Shard 0 stays as it was.
      await writeFile(join(shardFolder(1), 'stray.pf_fragment'), 'not from the kept folder');
      for (const number of [0, 1]) await utimes(shardFolder(number), longAgo, longAgo);
      writeSearchIndex(index, site);
      expect(await madeLongAgo(0)).toBe(true);
      expect(await madeLongAgo(1)).toBe(false);
      expect((await readdir(shardFolder(1), { recursive: true })).sort()).toEqual([
        'fragment',
        'fragment/en_1.pf_fragment',
        'pagefind-entry.json',
      ]);
      // A kept file replaced by a copy (same bytes, another file) is not the kept one: linked again.
      await rm(join(shardFolder(0), 'pagefind-entry.json'));
      await writeFile(join(shardFolder(0), 'pagefind-entry.json'), '{"shard":0}');
      await utimes(shardFolder(0), longAgo, longAgo);
      writeSearchIndex(index, site);
      expect(await madeLongAgo(0)).toBe(false);
      expect((await stat(join(shardFolder(0), 'pagefind-entry.json'))).ino).toBe((await stat(join(kept[0]!, 'pagefind-entry.json'))).ino);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it("replaces the last build's index whole, so none of its files stays beside the new one's", async () => {
    const site = await mkdtemp(join(tmpdir(), 'newsstand-search-site-'));
    try {
      const stale = join(site, 'newsstand', 'search', '0', 'fragment');
      await mkdir(stale, { recursive: true });
      await writeFile(join(stale, 'en_0ld.pf_fragment'), 'the last build');
      await mkdir(join(site, 'newsstand', 'search', '3'), { recursive: true });
      const file = (path: string) => ({ path, content: new TextEncoder().encode(path) });
      writeSearchIndex({ shards: [{ files: [file('pagefind.js'), file('fragment/en_new.pf_fragment')], reused: false }] }, site);
      expect(await readdir(join(site, 'newsstand', 'search'))).toEqual(['0']);
      expect(await readdir(join(site, 'newsstand', 'search', '0', 'fragment'))).toEqual(['en_new.pf_fragment']);

      removeSearchIndex(site);
      expect(await readdir(join(site, 'newsstand'))).toEqual([]);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});
