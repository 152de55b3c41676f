import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openParseCache } from './parse-cache.ts';
import { processingCodeVersion } from './code-version.ts';
import { newsFile } from '../fixtures/news-file.ts';
import { wholeResult } from '../fixtures/whole-result.ts';
import { resolveOptions } from '../options.ts';
import { readFiles, readFilesSettingsOf, type ReadFilesSettings } from '../read/read-files.ts';
import type { FileResult } from '../types.ts';

const options = { relatedLimit: 20 };
let folder: string;
let content: string;
let settings: ReadFilesSettings;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsstand-cache-'));
  content = join(folder, 'content');
  settings = { parseCacheFolder: join(folder, 'cache', 'parse') };
  await mkdir(content);
  for (const index of [1, 2, 3]) {
    await writeFile(
      join(content, `2026-10-2${index}-story-${index}.md`),
      newsFile({ title: `Story ${index}`, url: `https://news.example/${index}` }),
    );
  }
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function build(withSettings: ReadFilesSettings = settings): Promise<FileResult[]> {
  const paths = (await readdir(content)).sort().map((name) => join(content, name));
  const results: FileResult[] = [];
  for await (const result of readFiles(paths, options, withSettings)) results.push(withoutSourceKey(wholeResult(result)));
  return results;
}

/** The cache key a cached result carries says where it came from, not what the file holds. */
function withoutSourceKey({ sourceKey: _sourceKey, ...result }: FileResult): FileResult {
  return result;
}

const entries = async () => (await readdir(join(folder, 'cache', 'parse'))).filter((name) => /^[0-9a-f]{40}\.json$/.test(name));
const titles = (results: FileResult[]) =>
  results.map((result) => (result.outcome.kind === 'article' ? result.outcome.article.title : result.outcome.kind));

describe('the parse cache', () => {
  it('gives identical results cold, warm and turned off', async () => {
    const cold = await build();
    const warm = await build();
    const off = await build({});
    expect(warm).toEqual(cold);
    expect(off).toEqual(cold);
    expect(await entries()).toHaveLength(3);
  });

  it('serves what the cache holds for an unchanged file', async () => {
    await build();
    const cache = await openParseCache(join(folder, 'cache', 'parse'), await processingCodeVersion(), options);
    const path = join(content, '2026-10-21-story-1.md');
    const key = cache.key(path, await readFile(path));
    await cache.write(key, { path, outcome: { kind: 'skipped', reason: 'removed' }, problems: [] });
    // Without the stored results every file is read and looked up by its key, however old its stamp
    // looks: under a clock ahead of the disk's (faketime), the stamps would be trusted and the entry never read.
    await rm(join(folder, 'cache', 'parse', 'results.json'));
    expect(titles(await build())).toEqual(['skipped', 'Story 2', 'Story 3']);
  });

  it('reparses an edited file and prunes its old entry', async () => {
    await build();
    await writeFile(join(content, '2026-10-22-story-2.md'), newsFile({ title: 'Story 2, corrected', url: 'https://news.example/2' }));
    expect(titles(await build())).toEqual(['Story 1', 'Story 2, corrected', 'Story 3']);
    expect(await entries()).toHaveLength(3);
  });

  it('gives a renamed file its new path and prunes the old entry', async () => {
    await build();
    await rename(join(content, '2026-10-23-story-3.md'), join(content, '2026-10-24-story-3-moved.md'));
    const results = await build();
    expect(results.map((result) => result.path)).toContain(join(content, '2026-10-24-story-3-moved.md'));
    expect(results.map((result) => result.path)).not.toContain(join(content, '2026-10-23-story-3.md'));
    expect(await entries()).toHaveLength(3);
  });

  it('forgets a deleted file: no result and no entry left', async () => {
    await build();
    await rm(join(content, '2026-10-21-story-1.md'));
    expect(titles(await build())).toEqual(['Story 2', 'Story 3']);
    expect(await entries()).toHaveLength(2);
  });

  it('keeps a cache a set of content folders, so other folders never prune it', () => {
    const resolved = (content: string[]) => resolveOptions({ content }, '/site', {});
    const first = readFilesSettingsOf(resolved(['a'])).parseCacheFolder;
    expect(first).toMatch(/^\/site\/node_modules\/\.cache\/newsstand\/parse\//);
    expect(readFilesSettingsOf(resolved(['b'])).parseCacheFolder).not.toBe(first);
    expect(readFilesSettingsOf(resolveOptions({}, '/site', { NEWSSTAND_NO_CACHE: '1' })).parseCacheFolder).toBeUndefined();
  });

  it('treats a torn entry as a miss and writes nothing when turned off', async () => {
    const cold = await build();
    for (const name of await entries()) await writeFile(join(folder, 'cache', 'parse', name), '{"key": "tor');
    expect(await build()).toEqual(cold);
    await rm(join(folder, 'cache', 'parse'), { recursive: true });
    await build({});
    await expect(readdir(join(folder, 'cache', 'parse'))).rejects.toThrow();
  });

  it('trusts an unchanged stamp (size, time, inode) older than the last build, without reading the file', async () => {
    const path = join(content, '2026-10-21-story-1.md');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(path, hourAgo, hourAgo);
    await build();
    // Same size and time as before: like make and git, the cache does not look inside.
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('Story 1', 'Story X'));
    await utimes(path, hourAgo, hourAgo);
    expect(titles(await build())).toEqual(['Story 1', 'Story 2', 'Story 3']);
    await utimes(path, new Date(), new Date());
    expect(titles(await build())).toEqual(['Story X', 'Story 2', 'Story 3']);
  });

  it('never trusts a stamp as recent as the last build: such a file is read again', async () => {
    const path = join(content, '2026-10-21-story-1.md');
    await build();
    const { mtime } = await stat(path);
    await writeFile(path, (await readFile(path, 'utf8')).replace('Story 1', 'Story X'));
    await utimes(path, mtime, mtime);
    expect(titles(await build())).toEqual(['Story X', 'Story 2', 'Story 3']);
  });

  it('ignores the stamps of another code version or other options: their keys name other entries', async () => {
    const path = join(content, '2026-10-21-story-1.md');
    const related = [1, 2, 3].map((index) => ({
      title: `Related ${index}`,
      url: `https://elsewhere.example/${index}`,
      quality: 10 - index,
    }));
    await writeFile(path, newsFile({ title: 'Story 1', url: 'https://news.example/1', related }));
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(path, hourAgo, hourAgo);
    await build();
    const paths = (await readdir(content)).sort().map((name) => join(content, name));
    const results: FileResult[] = [];
    for await (const result of readFiles(paths, { relatedLimit: 1 }, settings)) results.push(withoutSourceKey(wholeResult(result)));
    const withOtherOptions: FileResult[] = [];
    for await (const result of readFiles(paths, { relatedLimit: 1 }, {})) withOtherOptions.push(wholeResult(result));
    expect(results).toEqual(withOtherOptions);
    expect(results).not.toEqual(await build({}));
  });
});
