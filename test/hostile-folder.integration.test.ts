// The hostile folder (test/fixtures/hostile, issue 17): every file built to break the build, and what becomes of each.
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDetail, ArticleDetailPack, ArticleIndexShard, FeedPage, Manifest } from '../src/model/index.ts';
import { articleShard, detailInPack } from '../src/model/index.ts';
import { buildSiteFromFolders, type SiteBuild } from '../plugin/build-site.ts';
import { resolveOptions } from '../plugin/options.ts';
import { formatFullReport, type BuildSummary } from '../plugin/report.ts';

const fixture = fileURLToPath(new URL('./fixtures/hostile', import.meta.url));
const generatedAt = '2026-12-02T01:30:00.000Z';
let root: string;
let folder: string;
let outside: string;

interface BuiltSite {
  build: SiteBuild;
  files: Map<string, string>;
}

async function buildFolders(folders: string[]): Promise<BuiltSite> {
  const files = new Map<string, string>();
  const options = resolveOptions({ content: folders }, root, { NEWSSTAND_NO_CACHE: '1' });
  const build = await buildSiteFromFolders(options, { write: (name, json) => files.set(name, json) }, generatedAt);
  return { build, files };
}

function read<T>(site: BuiltSite, name: string | null | undefined): T {
  const json = name ? site.files.get(name) : undefined;
  if (json === undefined) throw new Error(`no file ${String(name)}`);
  return JSON.parse(json) as T;
}

function detailOf(site: BuiltSite, id: string): ArticleDetail | undefined {
  const { shards } = site.build.manifest.articleIndex;
  const shard = read<ArticleIndexShard>(site, shards[articleShard(id, shards.length)]);
  return Object.hasOwn(shard, id) ? detailInPack(read<ArticleDetailPack>(site, shard[id]), id) : undefined;
}

function feedTitles(site: BuiltSite, manifest: Manifest = site.build.manifest): string[] {
  const titles: string[] = [];
  for (let url = manifest.all.firstPage; url !== null;) {
    const page = read<FeedPage>(site, url);
    titles.push(...page.cards.map((card) => card.title));
    url = page.next;
  }
  return titles;
}

const problemsOf = (summary: BuildSummary, fileName: string) =>
  summary.problems.filter((problem) => problem.path.endsWith(`/${fileName}`)).map((problem) => problem.message);

let site: BuiltSite;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'newsstand-hostile-'));
  folder = join(root, 'hostile');
  outside = join(root, 'outside');
  await cp(fixture, folder, { recursive: true });
  await mkdir(outside);
  await writeFile(
    join(outside, 'secret.md'),
    '---\ncategory: news\ntitle: A file outside the content\nwebUrl: https://outside.example/x\npublishedDateTime: 2026-11-01T00:00:00Z\n---\n',
  );
  // What cannot sit in the repository: links that lead out or nowhere, a file too large to be an article, an excerpt of a million characters of unclosed tags.
  await symlink(join(outside, 'secret.md'), join(folder, 'link-to-outside.md'));
  await symlink('/etc/passwd', join(folder, 'passwd.md'));
  await symlink(join(folder, 'hello-world.md'), join(folder, 'link-inside.md'));
  await writeFile(
    join(folder, 'huge.md'),
    `---\ncategory: news\ntitle: Huge\nwebUrl: https://hostile.example/huge\npublishedDateTime: 2026-11-01T00:00:00Z\nexcerpt: "${'x'.repeat(5 * 1024 * 1024)}"\n---\n`,
  );
  await writeFile(
    join(folder, '2026-11-26-a-million-unclosed-tags.md'),
    `---\ncategory: news\ntitle: "Unclosed tags, a million characters of them"\nwebUrl: https://hostile.example/unclosed\npublishedDateTime: 2026-11-26T00:00:00Z\nexcerpt: "${'<script '.repeat(131_072)}"\n---\n`,
  );
  site = await buildFolders([folder]);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the hostile folder', () => {
  it('builds every good story and counts every other file', () => {
    expect(site.build.summary.counts).toEqual({ articles: 10, notNews: 2, removed: 1, duplicates: 0, invalid: 2 });
  });

  it('keeps the older story at its address when a file whose name slugs alike arrives', () => {
    expect(detailOf(site, 'hello-world')?.title).toBe('Hello, world: the first story of this folder');
    expect(problemsOf(site.build.summary, 'Hello-World.md')).toContainEqual(
      expect.stringMatching(
        /^its id "hello-world" is also proposed by .*\/hello-world\.md, which keeps it: this story is at \/article\/hello-world-[0-9a-f]{6}$/,
      ),
    );
  });

  it('keeps text that only looks like a tag, and lets an unclosed tag cost only itself', () => {
    const polls = detailOf(site, '2026-11-22-text-that-looks-like-tags');
    expect(polls?.title).toBe('Polls show x<y in swing states');
    expect(polls?.excerpt).toBe('revenue<expectations; shares fell 4% and bold stays bold text, costs only itself.');
    expect(detailOf(site, '2026-11-22-unclosed-image-in-title')?.title).toBe('Council approves the ferry budget');
  });

  it('builds a million characters of unclosed tags at once, into an empty excerpt', () => {
    expect(detailOf(site, '2026-11-26-a-million-unclosed-tags')?.excerpt).toBe('');
  });

  it('skips a file over 4 MB before parsing it, saying so', () => {
    expect(problemsOf(site.build.summary, 'huge.md')).toEqual(['the file is 5.0 MB, over the 4 MB limit for an article: skipped']);
  });

  it("reads a newcomer's story dated with date:, and says what an undated one lacks", () => {
    expect(detailOf(site, 'my-first-story')?.publishedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(problemsOf(site.build.summary, 'my-undated-story.md')).toEqual([
      'skipped as not news: it has no category, and a story without `category: news` needs a webUrl and a publishedDateTime; this file has no publishedDateTime (or date)',
    ]);
  });

  it('keeps topics that slug alike apart, and All for the feed of every story', () => {
    const topics = detailOf(site, '2026-11-23-topics-that-slug-alike')?.topics.map((topic) => topic.slug);
    expect(topics).toEqual(['c', 'c-plus-plus', 'c-sharp', expect.stringMatching(/^ete-[0-9a-f]{6}$/), 'ete']);
    expect(site.build.manifest.topics.map((topic) => topic.name)).not.toContain('All');
  });

  it('shows a story from the far future but never as the latest update', () => {
    expect(feedTitles(site)[0]).toBe('A story dated at the end of time');
    expect(site.build.manifest.lastUpdated).toBe('2026-11-26T00:00:00.000Z');
  });

  it('lets no link with credentials or a script reach a page, and asks for images over https', () => {
    const links = detailOf(site, '2026-11-24-links-that-must-not-pass');
    expect(links?.links).toEqual({ original: 'https://hostile.example/news/links' });
    expect(links?.image?.url).toBe('https://images.hostile.example/harbour.jpg');
    const problems = problemsOf(site.build.summary, '2026-11-24-links-that-must-not-pass.md');
    expect(problems).toContainEqual(expect.stringMatching(/^dropped originalUrl: .* carries a user name or password$/));
    expect(problems).toContainEqual(expect.stringMatching(/^dropped ampWebUrl: "javascript:alert\(1\)" is not an absolute http\(s\) URL$/));
    expect(problems).toContainEqual(expect.stringMatching(/is http: asked for over https/));
  });

  it('reads removed: "true" as true, and removes bidirectional overrides while escaped markup stays text', () => {
    expect(detailOf(site, '2026-11-24-removed-as-a-string')).toBeUndefined();
    expect(detailOf(site, '2026-11-25-invisible-characters')?.title).toBe('Ferry seirf news with <script> written escaped');
  });

  it('never reads a link that leads out of the folder, and reads what a link inside leads to once', () => {
    expect(problemsOf(site.build.summary, 'link-to-outside.md')[0]).toMatch(/outside the content folders: not read$/);
    expect(problemsOf(site.build.summary, 'passwd.md')[0]).toMatch(/outside the content folders: not read$/);
    expect(feedTitles(site)).not.toContain('A file outside the content');
    expect(feedTitles(site).filter((title) => title.startsWith('Hello, world'))).toHaveLength(1);
  });

  it('reports broken YAML on the line where YAML stopped, and builds the rest', () => {
    expect(site.build.summary.problems.find((problem) => problem.path.endsWith('2026-11-25-broken-yaml.md'))).toMatchObject({
      severity: 'error',
      line: 4,
    });
  });

  it('lists every skipped file by reason in the full report', () => {
    const report = formatFullReport(site.build.summary, folder);
    for (const skipped of [
      'README.md',
      'my-undated-story.md',
      '2026-11-24-removed-as-a-string.md',
      'huge.md',
      '2026-11-25-broken-yaml.md',
    ]) {
      expect(report).toContain(`    ${skipped}\n`);
    }
  });
});

describe('the hostile folder beside the real files', () => {
  const corpus = process.env.CORPUS_DIR;
  it.skipIf(!corpus)('loses no real article (set CORPUS_DIR to run)', async () => {
    const news = join(process.cwd(), corpus ?? '', '_news');
    const alone = await buildFolders([news]);
    const mixed = await buildFolders([news, folder]);
    expect((await readdir(news)).filter((name) => name.endsWith('.md')).length).toBeGreaterThan(0);
    expect(mixed.build.summary.counts.articles).toBe(alone.build.summary.counts.articles + site.build.summary.counts.articles);
    const mixedTitles = new Set(feedTitles(mixed));
    for (const title of feedTitles(alone)) expect(mixedTitles.has(title)).toBe(true);
  });
});
