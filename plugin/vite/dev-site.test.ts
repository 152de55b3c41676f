import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleShard, detailInPack, type ArticleDetailPack, type ArticleIndexShard, type Manifest } from '../../src/model/index.ts';
import { createDevSite, type DevSite } from './dev-site.ts';
import { newsFile } from '../fixtures/news-file.ts';
import { resolveOptions } from '../options.ts';
import { buildSiteFromFolders } from '../build-site.ts';
import { formatReport } from '../report.ts';

const folders: string[] = [];

// The site's "now", after the stories' dates: a clock before them (faketime in March) would make
// them "dated after this build" and leave out the top stories' page. Only Date is faked: the dev
// site's timers (reading a saved file again) run as they do.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-02T12:00:00Z'));
});

afterEach(async () => {
  vi.useRealTimers();
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

const ferry = { title: 'Harbour ferry returns', url: 'https://quay-post.example/ferry', date: '2026-10-01T08:00:00Z' };
const fares = { title: 'Ferry fares frozen', url: 'https://quay-post.example/fares', date: '2026-10-02T08:00:00Z' };

/** Two stories, the newer relating to the older one, in a folder of their own. */
async function contentFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'newsstand-dev-site-'));
  folders.push(folder);
  await writeFile(join(folder, '2026-10-01-harbour-ferry-returns.md'), newsFile(ferry));
  await writeFile(
    join(folder, '2026-10-02-ferry-fares-frozen.md'),
    newsFile({ ...fares, related: [{ title: ferry.title, url: ferry.url }] }),
  );
  return folder;
}

function optionsFor(folder: string) {
  return resolveOptions({ content: [folder] }, folder, { NEWSSTAND_NO_CACHE: '1' });
}

async function detailUrlOf(site: DevSite, manifest: Manifest, id: string): Promise<string | undefined> {
  const shards = manifest.articleIndex.shards;
  const shard = JSON.parse((await site.file(shards[articleShard(id, shards.length)] ?? '')) ?? '{}') as ArticleIndexShard;
  return shard[id];
}

describe('the dev site', () => {
  it('makes article files and feed pages only when they are asked for, with exactly what a build writes', async () => {
    const folder = await contentFolder();
    const site = createDevSite(optionsFor(folder));
    const { manifest, summary } = await site.ready;
    // One detail pack (two articles), and the first pages of All, Top stories and the one topic.
    expect(formatReport(summary, folder)).toContain('4 files made on request');

    const url = await detailUrlOf(site, manifest, '2026-10-02-ferry-fares-frozen');
    expect(url).toMatch(/^newsstand\/article\/0\.[0-9a-f]{8}\.json$/);
    const served = await site.file(url ?? '');

    const built = new Map<string, string>();
    await buildSiteFromFolders(optionsFor(folder), { write: (name, json) => built.set(name, json) }, manifest.generatedAt);
    const builtDetail = [...built].find(([name]) => name.startsWith('newsstand/article/0.'));
    expect(served).toBe(builtDetail?.[1]);
    const builtFeedPage = [...built].find(([name]) => name.startsWith('newsstand/feed/all/1.'));
    expect(await site.file(manifest.all.firstPage ?? '')).toBe(builtFeedPage?.[1]);
  });

  it('gives every article file a new URL after a save, and the related story there shows the edit', async () => {
    const folder = await contentFolder();
    const site = createDevSite(optionsFor(folder));
    const before = await site.ready;
    const oldUrl = await detailUrlOf(site, before.manifest, '2026-10-02-ferry-fares-frozen');

    const edited = join(folder, '2026-10-01-harbour-ferry-returns.md');
    await writeFile(edited, newsFile({ ...ferry, title: 'Harbour ferry returns at dawn' }));
    const after = await site.update([edited], []);

    const newUrl = await detailUrlOf(site, after.manifest, '2026-10-02-ferry-fares-frozen');
    expect(newUrl).not.toBe(oldUrl);
    const pack = JSON.parse((await site.file(newUrl ?? '')) ?? '{}') as ArticleDetailPack;
    expect(detailInPack(pack, '2026-10-02-ferry-fares-frozen')?.related.map((story) => story.title)).toEqual([
      'Harbour ferry returns at dawn',
    ]);
    expect(await site.file(oldUrl ?? '')).toBeUndefined();
  });

  it('serves the feeds from memory, and a save shows in them', async () => {
    const folder = await contentFolder();
    const site = createDevSite(optionsFor(folder));
    await site.ready;
    expect((await site.feed('feeds/rss.xml'))?.mediaType).toBe('application/rss+xml');
    expect(await site.feed('feeds/nothing.xml')).toBeUndefined();

    const edited = join(folder, '2026-10-01-harbour-ferry-returns.md');
    await writeFile(edited, newsFile({ ...ferry, title: 'Harbour ferry returns at dawn' }));
    await site.update([edited], []);
    const json = JSON.parse((await site.feed('feeds/feed.json'))?.text ?? '{}') as { items: { title: string }[] };
    expect(json.items.map((item) => item.title)).toEqual([fares.title, 'Harbour ferry returns at dawn']);
  });
});

describe('the dev site settles to the disk', () => {
  /** The site's feed and every story's detail, by title: what a reader can see. */
  async function servedTitles(site: DevSite): Promise<string[]> {
    const manifest = await site.manifest();
    const titles: string[] = [];
    for (let url = manifest.all.firstPage; url !== null;) {
      const page = JSON.parse((await site.file(url)) ?? '{}') as { cards: { title: string }[]; next: string | null };
      titles.push(...page.cards.map((card) => card.title));
      url = page.next;
    }
    return titles.sort();
  }

  /** What a build from scratch of the folder shows. */
  async function builtTitles(folder: string): Promise<string[]> {
    const built = new Map<string, string>();
    const { manifest } = await buildSiteFromFolders(
      optionsFor(folder),
      { write: (name, json) => built.set(name, json) },
      '2026-12-02T00:00:00.000Z',
    );
    const titles: string[] = [];
    for (let url = manifest.all.firstPage; url !== null;) {
      const page = JSON.parse(built.get(url) ?? '{}') as { cards: { title: string }[]; next: string | null };
      titles.push(...page.cards.map((card) => card.title));
      url = page.next;
    }
    return titles.sort();
  }

  it('serves the finished file when a file is written in two goes and only the first was reported', async () => {
    const folder = await contentFolder();
    const site = createDevSite(optionsFor(folder));
    await site.ready;
    const notified: number[] = [];
    site.onUpdate((_build, files) => notified.push(files));

    const path = join(folder, '2026-10-03-night-market.md');
    const whole = newsFile({ title: 'Night market returns', url: 'https://quay-post.example/night-market', date: '2026-10-03T18:00:00Z' });
    await writeFile(path, whole.slice(0, whole.indexOf('title:') + 12));
    await site.update([path], []);
    await writeFile(path, whole);
    await site.settled();

    expect(await servedTitles(site)).toEqual(await builtTitles(folder));
    expect(await servedTitles(site)).toContain('Night market returns');
    expect(notified).toEqual([1, 1]);
  });

  it('equals a fresh build after a burst of creations, rewrites and deletions, reported or not', async () => {
    const folder = await contentFolder();
    const site = createDevSite(optionsFor(folder));
    await site.ready;
    const paths = Array.from({ length: 60 }, (_, index) =>
      join(folder, `2026-10-${String(3 + (index % 25)).padStart(2, '0')}-burst-${index}.md`),
    );
    const story = (index: number, version: string) =>
      newsFile({ title: `Burst ${index} ${version}`, url: `https://quay-post.example/burst/${index}`, date: '2026-10-05T08:00:00Z' });
    // Each file is created half-written and reported; most are then finished and some deleted, unreported.
    await Promise.all(paths.map((path, index) => writeFile(path, story(index, 'draft').slice(0, 40))));
    const first = site.update(paths, []);
    // Half of the rewrites land while the update reads, half after it.
    await Promise.all(paths.slice(0, 30).map((path, index) => (index % 7 === 0 ? rm(path) : writeFile(path, story(index, 'final')))));
    await first;
    await Promise.all(paths.slice(30).map((path, index) => (index % 7 === 0 ? rm(path) : writeFile(path, story(30 + index, 'final')))));
    await site.settled();
    expect(await servedTitles(site)).toEqual(await builtTitles(folder));
  });

  it('parses a large file on a worker thread into exactly what a build makes of it', async () => {
    const folder = await contentFolder();
    const site = createDevSite(resolveOptions({ content: [folder] }, folder, {}));
    await site.ready;
    const related = Array.from({ length: 3000 }, (_, index) => ({
      title: `Related ${index}`,
      url: `https://elsewhere.example/${index}`,
      quality: (index * 7919) % 1000,
    }));
    const path = join(folder, '2026-10-04-a-long-related-list.md');
    await writeFile(
      path,
      newsFile({ title: 'A long related list', url: 'https://quay-post.example/long', date: '2026-10-04T08:00:00Z', related }),
    );
    await site.update([path], []);
    await site.settled();
    expect(await servedTitles(site)).toEqual(await builtTitles(folder));
    expect(await servedTitles(site)).toContain('A long related list');
  });
});
