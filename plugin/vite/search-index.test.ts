import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/model/index.ts';
import { searchRecordOf } from '../emit/search-records.ts';
import { buildSearchIndex, makeSearchIndex, mediaTypeOfSearchFile, stopSearchIndexer, writeSearchIndex } from './search-index.ts';

const cardNumbered = (number: number): Card => ({
  id: `story-${number}`,
  title: `Story number ${number} about the harbour`,
  excerpt: 'Ferries run again.',
  publishedAt: '2026-11-01T12:00:00.000Z',
  links: { original: `https://example.com/${number}` },
  provider: { name: 'Harbor Ledger', domain: 'ledger.example' },
  topics: [{ name: 'Transit', slug: 'transit' }],
  relatedCount: 0,
});

describe('buildSearchIndex', () => {
  it("writes Pagefind's runtime, an English index, fragments and filters, and none of its ready-made interface", async () => {
    try {
      const files = await buildSearchIndex(Array.from({ length: 30 }, (_, index) => searchRecordOf(cardNumbered(index + 1))));
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
      const records = [1, 2, 3].map((number) => searchRecordOf(cardNumbered(number)));
      expect((await makeSearchIndex(records, kept)).reused).toBe(false);
      const again = await makeSearchIndex(
        records.map((record) => ({ ...record })),
        kept,
      );
      expect(again.reused).toBe(true);
      writeSearchIndex(again, site);
      expect(await readdir(join(site, 'newsstand', 'search'))).toContain('pagefind.js');
      const edited = [searchRecordOf({ ...cardNumbered(1), title: 'A new title' }), ...records.slice(1)];
      expect((await makeSearchIndex(edited, kept)).reused).toBe(false);
    } finally {
      await stopSearchIndexer();
      await Promise.all([kept, site].map((folder) => rm(folder, { recursive: true, force: true })));
    }
  }, 30_000);

  it('names what a static host would send for each file', () => {
    expect(mediaTypeOfSearchFile('pagefind.js')).toBe('text/javascript; charset=utf-8');
    expect(mediaTypeOfSearchFile('pagefind-entry.json')).toBe('application/json; charset=utf-8');
    expect(mediaTypeOfSearchFile('index/en_1.pf_index')).toBe('application/octet-stream');
  });
});
