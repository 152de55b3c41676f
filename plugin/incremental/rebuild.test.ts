import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFoldersOf, keptFoldersOf } from './cache-folders.ts';
import { newsFile, type NewsFixture } from '../fixtures/news-file.ts';
import { resolveOptions, type ResolvedOptions } from '../options.ts';
import { createBuildOutput } from './build-output.ts';
import { buildSiteFromFolders, type SiteBuild } from '../build-site.ts';

const generatedAt = '2026-11-25T00:00:00.000Z';
let root: string;
let content: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'newsstand-rebuild-'));
  content = join(root, 'content');
  await mkdir(content);
  for (let index = 1; index <= 40; index += 1) await writeStory(index, story(index));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const url = (index: number) => `https://harbour-news.example/story/${index}`;
const fileOf = (index: number) => join(content, `2026-10-${String(1 + (index % 28)).padStart(2, '0')}-story-${index}.md`);

/** Each story relates to the two before it (in the corpus) and to one outside story. */
function story(index: number, title = `Story ${index}`): NewsFixture {
  const related = [index - 1, index - 2]
    .filter((other) => other >= 1)
    .map((other) => ({ title: `Story ${other}`, url: url(other), quality: 90 - other }));
  return {
    title,
    url: url(index),
    date: `2026-10-${String(1 + (index % 28)).padStart(2, '0')}T${String(index % 24).padStart(2, '0')}:00:00Z`,
    topics: index % 2 ? ['Odd', 'Harbour'] : ['Harbour'],
    related: [...related, { title: `Elsewhere ${index}`, url: `https://elsewhere.example/${index}`, quality: 10 }],
  };
}

/** An edit to what the corpus takes from a file (its quality ranks it among duplicates): the corpus is made again. */
function restructured(index: number): NewsFixture {
  return { ...story(index), quality: 42 };
}

/** Files older than the last build, as the stamped results need to trust them; `minutesAgo` tells versions apart. */
async function writeStory(index: number, fixture: NewsFixture, minutesAgo = 60): Promise<void> {
  await writeFile(fileOf(index), newsFile(fixture));
  const then = new Date(Date.now() - minutesAgo * 60_000);
  await utimes(fileOf(index), then, then);
}

function optionsWith(environment: Record<string, string>): ResolvedOptions {
  return resolveOptions({ content: [content], pageSize: 2 }, root, environment);
}

/** One `vite build` as the plugin drives it: build the content, set the old folder aside, place the new one. */
async function build(outDir: string, environment: Record<string, string> = {}): Promise<SiteBuild> {
  const options = optionsWith(environment);
  const output = await createBuildOutput(keptFoldersOf(options).keptOutput, { trustKept: options.parseCache });
  const site = await buildSiteFromFolders(options, output, generatedAt);
  await output.setAside(outDir);
  await output.moveInto(outDir);
  return site;
}

async function filesIn(folder: string): Promise<Map<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries.filter((found) => found.isFile()).sort((a, b) => (a.parentPath + a.name < b.parentPath + b.name ? -1 : 1))) {
    const path = join(entry.parentPath, entry.name);
    files.set(relative(folder, path), await readFile(path, 'utf8'));
  }
  return files;
}

/** The article ids in each detail pack of a folder, by the pack's name. */
function packNamesOf(files: Map<string, string>): Map<string, string[]> {
  const packs = new Map<string, string[]>();
  for (const [name, json] of files) {
    if (name.includes('article/')) packs.set(name, Object.keys(JSON.parse(json) as object));
  }
  return packs;
}

/** The name of the detail pack that holds this article. */
function packOf(files: Map<string, string>, id: string): string {
  for (const [name, ids] of packNamesOf(files)) if (ids.includes(id)) return name;
  throw new Error(`no detail pack holds ${id}`);
}

/** The text of the detail pack that holds this article. */
function packTextOf(files: Map<string, string>, id: string): string | undefined {
  return files.get(packOf(files, id));
}

/** The rebuilt site against a build from scratch (no cache, no kept files) of the same content. */
async function expectSameAsFromScratch(rebuilt: SiteBuild): Promise<void> {
  const scratch = join(root, `scratch-${Math.random().toString(16).slice(2)}`);
  const fresh = await build(scratch, { NEWSSTAND_NO_CACHE: '1' });
  expect(rebuilt.manifest).toEqual(fresh.manifest);
  expect(await filesIn(join(root, 'dist'))).toEqual(await filesIn(scratch));
}

describe('a rebuild with the cache', () => {
  it('gives byte for byte the site a build from scratch gives, after an edit, a deletion, an addition and a rename', async () => {
    const dist = join(root, 'dist');
    await expectSameAsFromScratch(await build(dist));

    // Story 10 is related from 11 and 12: their detail files show its new title.
    await writeStory(10, story(10, 'Story 10, edited'), 30);
    const edited = await build(dist);
    expect(edited.summary.output.reused).toBeGreaterThan(edited.summary.output.files / 2);
    await expectSameAsFromScratch(edited);
    expect(packTextOf(await filesIn(dist), '2026-10-12-story-11')).toContain('Story 10, edited');

    await unlink(fileOf(20));
    await expectSameAsFromScratch(await build(dist));

    await writeStory(41, story(41));
    await expectSameAsFromScratch(await build(dist));

    await rename(fileOf(5), join(content, 'renamed-story-5.md'));
    await expectSameAsFromScratch(await build(dist));
  });

  it("notices when a duplicate file changes which of a story's related cards name a corpus story", async () => {
    const dist = join(root, 'dist');
    const [first, second] = ['https://elsewhere.example/first', 'https://elsewhere.example/second'];
    // Story 30 lists story 29 and two outside stories; a lower-quality copy of story 29 also names one of them.
    const related = [
      { title: 'Story 29', url: url(29), quality: 90 },
      { title: 'First outside story', url: first, quality: 80 },
      { title: 'Second outside story', url: second, quality: 70 },
    ];
    await writeStory(30, { ...story(30), related });
    const copyOf29 = (alsoNamed: string) =>
      newsFile({ ...story(29), quality: 1 }).replace('webUrl:', `originalUrl: ${JSON.stringify(alsoNamed)}\nwebUrl:`);
    await writeFile(join(content, 'copy-of-story-29.md'), copyOf29(first));
    await expectSameAsFromScratch(await build(dist));

    // Now the copy names the other one: story 30 shows the first outside story and drops the second.
    await writeFile(join(content, 'copy-of-story-29.md'), copyOf29(second));
    await expectSameAsFromScratch(await build(dist));
  });

  it('keeps the unchanged files of outDir as they were: the same file, not a new copy', async () => {
    const dist = join(root, 'dist');
    await build(dist);
    // A pack none of whose articles the edit of story 10 touches (10, and 11 and 12, which list it).
    const touched = ['2026-10-11-story-10', '2026-10-12-story-11', '2026-10-13-story-12'];
    const untouched = [...packNamesOf(await filesIn(dist))].find(([, ids]) => !ids.some((id) => touched.includes(id)))?.[0];
    const before = await stat(join(dist, untouched ?? ''));

    await writeStory(10, story(10, 'Story 10, edited'), 30);
    await build(dist);
    const after = await stat(join(dist, untouched ?? ''));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it("keeps every file's result in one file, and after an edit writes only what changed beside it", async () => {
    const parseFolder = cacheFoldersOf(optionsWith({}))?.parse ?? '';
    await build(join(root, 'dist'));
    const base = await stat(join(parseFolder, 'results.json'));

    await writeStory(10, restructured(10), 30);
    await build(join(root, 'dist'));
    expect((await stat(join(parseFolder, 'results.json'))).mtimeMs).toBe(base.mtimeMs);
    const changes = JSON.parse(await readFile(join(parseFolder, 'results-changes.json'), 'utf8')) as { paths: string[] };
    expect(changes.paths).toEqual([fileOf(10)]);
  });

  it('ignores a torn file of changes and reads the edited files again', async () => {
    const parseFolder = cacheFoldersOf(optionsWith({}))?.parse ?? '';
    await build(join(root, 'dist'));
    await writeStory(10, restructured(10), 30);
    await build(join(root, 'dist'));
    const changes = await readFile(join(parseFolder, 'results-changes.json'), 'utf8');
    await writeFile(join(parseFolder, 'results-changes.json'), changes.slice(0, changes.length / 2));

    await expectSameAsFromScratch(await build(join(root, 'dist')));
  });
});

describe('a rebuild after one edit', () => {
  it('shows an edited title in its detail file, the pages of its two feeds and the related panels that list it', async () => {
    const dist = join(root, 'dist');
    await build(dist);

    await writeStory(10, story(10, 'Story 10, edited'), 30);
    const edited = await build(dist);
    await expectSameAsFromScratch(edited);
    const files = [...(await filesIn(dist))];
    expect(packTextOf(new Map(files), '2026-10-12-story-11')).toContain('Story 10, edited');
    expect(files.filter(([name, content]) => name.includes('feed/') && content.includes('Story 10, edited')).length).toBe(2);
  });

  it('gives the site a build from scratch gives after edits of an old story, two stories that list each other, and an excerpt', async () => {
    const dist = join(root, 'dist');
    await build(dist);

    // Story 1 is on the last pages of its feeds: every page before it in its run, and the first page, change too.
    await writeStory(1, story(1, 'Story 1, edited'), 30);
    await expectSameAsFromScratch(await build(dist));

    // Story 12 lists 11: its detail file shows its own new title and 11's.
    await writeStory(11, story(11, 'Story 11, edited'), 20);
    await writeStory(12, story(12, 'Story 12, edited'), 20);
    await expectSameAsFromScratch(await build(dist));

    await writeStory(30, { ...story(30), excerpt: 'A new excerpt, in "quotes" — and past ASCII.' }, 10);
    await expectSameAsFromScratch(await build(dist));
  });

  it('gives the same site after a touched file and an edited duplicate', async () => {
    const dist = join(root, 'dist');
    const copyOf29 = (title: string) => newsFile({ ...story(29), title, quality: 1 });
    await writeFile(join(content, 'copy-of-story-29.md'), copyOf29('A lower-quality copy'));
    await build(dist);

    const then = new Date(Date.now() - 10 * 60_000);
    await utimes(fileOf(7), then, then);
    await expectSameAsFromScratch(await build(dist));

    await writeFile(join(content, 'copy-of-story-29.md'), copyOf29('The copy, retitled'));
    await expectSameAsFromScratch(await build(dist));
  });

  it('gives the same site after edits of what the corpus takes from a file: quality, topics and date, then an added file', async () => {
    const dist = join(root, 'dist');
    await build(dist);

    await writeStory(10, restructured(10), 30);
    await expectSameAsFromScratch(await build(dist));

    await writeStory(10, { ...restructured(10), topics: ['Ferries'] }, 25);
    await expectSameAsFromScratch(await build(dist));

    await writeStory(10, { ...restructured(10), date: '2026-09-30T08:00:00Z' }, 20);
    await expectSameAsFromScratch(await build(dist));

    await writeStory(42, story(42), 10);
    await expectSameAsFromScratch(await build(dist));
  });

  it('keeps only the stored results in the parse folder however often a file is edited', async () => {
    const parseFolder = cacheFoldersOf(optionsWith({}))?.parse ?? '';
    const storedResults = ['results.bodies', 'results.json', 'results-changes.bodies', 'results-changes.json'];
    const entries = async () => (await readdir(parseFolder)).filter((name) => !storedResults.includes(name)).length;
    await build(join(root, 'dist'));
    expect(await entries()).toBe(0);

    for (const [version, minutesAgo] of [
      [1, 30],
      [2, 20],
      [3, 10],
    ] as const) {
      await writeStory(10, story(10, `Story 10, version ${version}`), minutesAgo);
      await expectSameAsFromScratch(await build(join(root, 'dist')));
    }
    expect(await entries()).toBe(0);
  });

  it('makes a kept file the edit changes again, even when it was damaged in the cache', async () => {
    const dist = join(root, 'dist');
    await build(dist);
    const keptFolder = cacheFoldersOf(optionsWith({}))?.keptOutput ?? '';
    const detailOf11 = packOf(await filesIn(keptFolder), '2026-10-12-story-11');
    const path = join(keptFolder, detailOf11);
    const damaged = (await readFile(path, 'utf8')).replace('"Story 10"', '"Story 10!"');
    await unlink(path);
    await writeFile(path, damaged);

    await writeStory(10, story(10, 'Story 10, edited'), 30);
    await expectSameAsFromScratch(await build(dist));
  });

  it('makes a file the last build wrote again when it is gone from the cache', async () => {
    const dist = join(root, 'dist');
    await build(dist);
    const keptFolder = cacheFoldersOf(optionsWith({}))?.keptOutput ?? '';
    const detailOf11 = packOf(await filesIn(keptFolder), '2026-10-12-story-11');
    await unlink(join(keptFolder, detailOf11));

    await writeStory(10, story(10, 'Story 10, edited'), 30);
    await expectSameAsFromScratch(await build(dist));
  });
});
