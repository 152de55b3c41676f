// The pipeline over the real Smartable election corpus (CORPUS_DIR, e.g. ../shared/corpus/election).
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { storyIndexKey, type FeedPage, type Manifest } from '../src/model/index.ts';
import { listMarkdownFiles } from '../plugin/read/list-files.ts';
import { buildSite, type SiteBuild } from '../plugin/build-site.ts';
import { readFiles } from '../plugin/read/read-files.ts';
import { fileSlug, topicSlug } from '../plugin/normalize/slug.ts';
import type { BuildResult } from '../plugin/types.ts';

const corpusDir = process.env.CORPUS_DIR ? resolve(process.env.CORPUS_DIR) : undefined;
const skipReason = 'CORPUS_DIR is not set: skipping the real-corpus integration test (CI sets CORPUS_DIR=../shared/corpus/election)';
if (!corpusDir) console.warn(skipReason);

const isNewsFile = (path: string) => path.split(sep).includes('_news');

describe.skipIf(!corpusDir)(`the pipeline over the real corpus in CORPUS_DIR (${corpusDir ?? 'unset'})`, () => {
  const results = new Map<string, BuildResult>();
  const files = new Map<string, string>();
  let site: SiteBuild;
  let manifest: Manifest;
  let paths: string[];

  beforeAll(async () => {
    const listing = await listMarkdownFiles([corpusDir ?? '']);
    paths = listing.files;
    const collected: BuildResult[] = [];
    for await (const result of readFiles(paths, { relatedLimit: 20 })) {
      results.set(result.path, result);
      collected.push(result);
    }
    site = await buildSite(
      collected,
      listing.problems,
      { siteTitle: 'Election', pageSize: 20, generatedAt: new Date(0).toISOString(), base: '/' },
      (name, json) => files.set(name, json),
      performance.now(),
    );
    manifest = site.manifest;
  });

  const indexKeys = () => manifest.articleIndex.shards.flatMap((name) => Object.keys(JSON.parse(files.get(name) ?? '{}') as object));

  it('reads news files, and people, events and learning files', () => {
    expect(paths.filter(isNewsFile).length).toBeGreaterThan(0);
    expect(paths.filter((path) => !isNewsFile(path)).length).toBeGreaterThan(0);
  });

  it('makes every _news file exactly one article or a reported duplicate, with no errors', () => {
    const ids = new Set(indexKeys().filter((key) => !key.startsWith(storyIndexKey(''))));
    const duplicates = new Set(
      site.summary.problems.filter((problem) => problem.message.startsWith('duplicate of')).map((problem) => problem.path),
    );
    for (const path of paths.filter(isNewsFile)) {
      const built = ids.has(fileSlug(path));
      expect(built !== duplicates.has(path), relative(corpusDir ?? '', path)).toBe(true);
    }
    expect(ids.size + duplicates.size).toBe(paths.filter(isNewsFile).length);
    expect(site.summary.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('skips every people, event and learning file as not news', () => {
    for (const path of paths.filter((path) => !isNewsFile(path))) {
      expect(results.get(path)?.outcome, relative(corpusDir ?? '', path)).toEqual({ kind: 'skipped', reason: 'not-news' });
    }
    expect(site.summary.counts.notNews).toBe(paths.filter((path) => !isNewsFile(path)).length);
  });

  it('counts each topic’s stories as the kept files list it: the versions of one story count once', async () => {
    const storyFileOf = new Map<string, string>();
    for (const shard of manifest.articleIndex.shards) {
      for (const [key, url] of Object.entries(JSON.parse(files.get(shard) ?? '{}') as Record<string, string>)) {
        if (key.startsWith(storyIndexKey(''))) storyFileOf.set(key, url);
      }
    }
    const storiesOfTopic = new Map<string, Set<string>>();
    for (const path of paths.filter(isNewsFile)) {
      if (results.get(path)?.outcome.kind !== 'article') continue;
      const text = await readFile(path, 'utf8');
      const data = load(text.split(/^---$/m)[1] ?? '', { schema: CORE_SCHEMA }) as { topics?: string[] };
      const id = fileSlug(path);
      const story = storyFileOf.get(storyIndexKey(id)) ?? id;
      for (const slug of new Set((data.topics ?? []).map(topicSlug))) {
        const stories = storiesOfTopic.get(slug) ?? new Set<string>();
        stories.add(story);
        storiesOfTopic.set(slug, stories);
      }
    }
    const expected = new Map([...storiesOfTopic].map(([slug, stories]) => [slug, stories.size]));
    expect(Object.fromEntries(manifest.topics.map((topic) => [topic.slug, topic.count]))).toEqual(Object.fromEntries(expected));
    for (const topic of manifest.topics) {
      const firstPage = JSON.parse(files.get(topic.firstPage ?? '') ?? '{}') as FeedPage;
      expect(firstPage.count).toBe(topic.count);
    }
  });

  it('ships no `secured` value, nor the key, anywhere in the output', async () => {
    const secrets: string[] = [];
    for (const path of paths) {
      const match = /^secured:\s*"?([^"\n]+)"?/m.exec(await readFile(path, 'utf8'));
      if (match?.[1]) secrets.push(match[1].slice(0, 40));
    }
    expect(secrets.length).toBeGreaterThan(0);
    const output = [JSON.stringify(manifest), ...files.values()];
    for (const json of output) {
      expect(json).not.toContain('"secured"');
      for (const secret of secrets) expect(json.includes(secret)).toBe(false);
    }
  });

  it('keeps every JSON file under 256 KB and every first page under 30 KB', () => {
    for (const json of files.values()) expect(Buffer.byteLength(json)).toBeLessThan(256 * 1024);
    for (const feed of [manifest.all, ...manifest.topics])
      expect(Buffer.byteLength(files.get(feed.firstPage ?? '') ?? '')).toBeLessThan(30 * 1024);
  });

  it('ships no feed-redirect link and no tracking parameter in any link of any file', () => {
    const links = [...files.values()].flatMap((json) =>
      [...json.matchAll(/"(?:original|amp|ampCache)":"([^"]+)"/g)].map((match) => match[1] ?? ''),
    );
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((link) => link.includes('~r/'))).toEqual([]);
    expect(links.filter((link) => /[?&](?:utm_[a-z]+|mod|cmpid|ncid|fbclid|gclid)=/i.test(link))).toEqual([]);
    expect(links.filter((link) => !/^https?:\/\//.test(link))).toEqual([]);
  });
});
