import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newsFile } from '../fixtures/news-file.ts';
import { parseFileQuickly } from '../parse/parse-file-quickly.ts';
import { wholeResult } from '../fixtures/whole-result.ts';
import { resolveOptions } from '../options.ts';
import { readFiles, readFilesSettingsOf, type ReadFilesSettings } from '../read/read-files.ts';
import type { FileResult } from '../types.ts';

// Counted, so a test can tell a stored result from a parse that gives the same one.
vi.mock('../parse/parse-file-quickly.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../parse/parse-file-quickly.ts')>();
  return { ...original, parseFileQuickly: vi.fn(original.parseFileQuickly) };
});
const parses = () => vi.mocked(parseFileQuickly).mock.calls.length;

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

describe("the last build's results", () => {
  it('gives identical results cold, warm and turned off, and keeps no file a parsed article', async () => {
    const cold = await build();
    const warm = await build();
    const off = await build({});
    expect(warm).toEqual(cold);
    expect(off).toEqual(cold);
    expect(await entries()).toEqual([]);
  });

  it('reuses the result of a file whose bytes are unchanged though its stamp is not, without parsing it', async () => {
    const cold = await build();
    const path = join(content, '2026-10-21-story-1.md');
    // Touched (a checkout, a copy back): the stamp changes, the bytes do not.
    const later = new Date(Date.now() + 60_000);
    await utimes(path, later, later);
    const before = parses();
    expect(await build()).toEqual(cold);
    expect(parses()).toBe(before);
    // The bytes changed: that file, and only that one, is parsed.
    await writeFile(path, newsFile({ title: 'Story 1, corrected', url: 'https://news.example/1' }));
    expect(titles(await build())).toEqual(['Story 1, corrected', 'Story 2', 'Story 3']);
    expect(parses()).toBe(before + 1);
  });

  it('reparses an edited file', async () => {
    await build();
    await writeFile(join(content, '2026-10-22-story-2.md'), newsFile({ title: 'Story 2, corrected', url: 'https://news.example/2' }));
    expect(titles(await build())).toEqual(['Story 1', 'Story 2, corrected', 'Story 3']);
  });

  it('gives a renamed file its new path', async () => {
    await build();
    await rename(join(content, '2026-10-23-story-3.md'), join(content, '2026-10-24-story-3-moved.md'));
    const results = await build();
    expect(results.map((result) => result.path)).toContain(join(content, '2026-10-24-story-3-moved.md'));
    expect(results.map((result) => result.path)).not.toContain(join(content, '2026-10-23-story-3.md'));
  });

  it('forgets a deleted file', async () => {
    await build();
    await rm(join(content, '2026-10-21-story-1.md'));
    expect(titles(await build())).toEqual(['Story 2', 'Story 3']);
  });

  it('removes the file a parsed article that earlier builds kept', async () => {
    const entry = join(folder, 'cache', 'parse', `${'ab'.repeat(20)}.json`);
    await mkdir(join(folder, 'cache', 'parse'), { recursive: true });
    await writeFile(entry, '{"key":"an entry an earlier build kept"}');
    await build();
    expect(await entries()).toEqual([]);
  });

  it('keeps a cache a set of content folders, so other folders never prune it', () => {
    const resolved = (content: string[]) => resolveOptions({ content }, '/site', {});
    const first = readFilesSettingsOf(resolved(['a'])).parseCacheFolder;
    expect(first).toMatch(/^\/site\/node_modules\/\.cache\/newsstand\/parse\//);
    expect(readFilesSettingsOf(resolved(['b'])).parseCacheFolder).not.toBe(first);
    expect(readFilesSettingsOf(resolveOptions({}, '/site', { NEWSSTAND_NO_CACHE: '1' })).parseCacheFolder).toBeUndefined();
  });

  it('treats torn stored results as none, and writes nothing when turned off', async () => {
    const cold = await build();
    await writeFile(join(folder, 'cache', 'parse', 'results.json'), '{"salt": "tor');
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
