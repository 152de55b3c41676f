import { link, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBuildOutput } from './build-output.ts';

const folders: string[] = [];

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function scratch(): Promise<{ kept: string; outDir: (name: string) => string }> {
  const root = await mkdtemp(join(tmpdir(), 'newsstand-output-'));
  folders.push(root);
  return { kept: join(root, 'cache', 'output', 'site'), outDir: (name) => join(root, name) };
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** One build with the kept output, as the plugin drives it: write, set the last folder aside, place. */
async function placedBuild(kept: string, outDir: string, files: Record<string, string>): Promise<void> {
  const output = await createBuildOutput(kept);
  for (const [name, json] of Object.entries(files)) output.write(name, json);
  await output.setAside(outDir);
  await output.moveInto(outDir);
}

/** A build, then two of the same folders at once: `slow` starts first, `quick` (a story the others lack) ends first. */
async function overlappingBuilds(kept: string, outDir: (name: string) => string): Promise<void> {
  const earlier = await createBuildOutput(kept);
  earlier.write('newsstand/article/ferry.bbbbbbbb.json', '{"title":"Ferry"}');
  await earlier.moveInto(outDir('earlier'));

  const slow = await createBuildOutput(kept);
  slow.write('newsstand/article/ferry.bbbbbbbb.json', '{"title":"Ferry"}');
  const quick = await createBuildOutput(kept);
  quick.write('newsstand/article/fares.dddddddd.json', '{"title":"Fares"}');
  await quick.moveInto(outDir('quick'));
  await slow.moveInto(outDir('slow'));
}

describe('the build output', () => {
  it("writes a rebuild's new files only, and links the unchanged ones into outDir from the last build", async () => {
    const { kept, outDir } = await scratch();
    const first = await createBuildOutput(kept);
    first.write('newsstand/feed/all/1.aaaaaaaa.json', '{"page":1}');
    first.write('newsstand/article/ferry.bbbbbbbb.json', '{"title":"Ferry"}');
    await first.moveInto(outDir('dist'));
    const keptBefore = await stat(join(kept, 'newsstand/feed/all/1.aaaaaaaa.json'));

    const second = await createBuildOutput(kept);
    second.write('newsstand/feed/all/1.aaaaaaaa.json', '{"page":1}');
    second.write('newsstand/article/ferry.cccccccc.json', '{"title":"Ferry, edited"}');
    await second.moveInto(outDir('dist'));

    expect(await filesUnder(join(outDir('dist'), 'newsstand'))).toEqual(['article/ferry.cccccccc.json', 'feed/all/1.aaaaaaaa.json']);
    const placed = await stat(join(outDir('dist'), 'newsstand/feed/all/1.aaaaaaaa.json'));
    expect(placed.ino).toBe(keptBefore.ino);
    expect(placed.mtimeMs).toBe(keptBefore.mtimeMs);
    expect(await readFile(join(outDir('dist'), 'newsstand/article/ferry.cccccccc.json'), 'utf8')).toBe('{"title":"Ferry, edited"}');
    // The old version of the story is no longer kept.
    expect(await filesUnder(join(kept, 'newsstand'))).toEqual(['article/ferry.cccccccc.json', 'feed/all/1.aaaaaaaa.json']);
  });

  it('writes again a file that a build stopped halfway left behind, never trusting it', async () => {
    const { kept, outDir } = await scratch();
    const stopped = await createBuildOutput(kept);
    stopped.write('newsstand/feed/all/1.aaaaaaaa.json', '{"page":1}');
    // The stopped build never reached moveInto; pretend it died in the middle of a write.
    await writeFile(join(kept, 'newsstand/feed/all/1.aaaaaaaa.json'), '{"pa');
    // Some folder a server is serving holds a link to it.
    await link(join(kept, 'newsstand/feed/all/1.aaaaaaaa.json'), join(outDir('served.json')));

    const next = await createBuildOutput(kept);
    next.write('newsstand/feed/all/1.aaaaaaaa.json', '{"page":1}');
    await next.moveInto(outDir('dist'));
    const placed = join(outDir('dist'), 'newsstand/feed/all/1.aaaaaaaa.json');
    expect(await readFile(placed, 'utf8')).toBe('{"page":1}');
    // A new file, not the old one rewritten in place: wherever the old one was linked stays as it was.
    expect(await readFile(outDir('served.json'), 'utf8')).toBe('{"pa');
  });

  it('writes again a listed file that someone deleted from the cache', async () => {
    const { kept, outDir } = await scratch();
    const first = await createBuildOutput(kept);
    first.write('newsstand/feed/all/1.aaaaaaaa.json', '{"page":1}');
    await first.moveInto(outDir('dist'));
    await rm(join(kept, 'newsstand'), { recursive: true });

    const second = await createBuildOutput(kept);
    second.write('newsstand/feed/all/1.aaaaaaaa.json', '{"page":1}');
    await second.moveInto(outDir('dist'));
    expect(await readFile(join(outDir('dist'), 'newsstand/feed/all/1.aaaaaaaa.json'), 'utf8')).toBe('{"page":1}');
  });

  it('leaves the files another build of the same folders is using while it runs', async () => {
    const { kept, outDir } = await scratch();
    await overlappingBuilds(kept, outDir);
    expect(await readFile(join(outDir('slow'), 'newsstand/article/ferry.bbbbbbbb.json'), 'utf8')).toBe('{"title":"Ferry"}');
    expect(await readFile(join(outDir('quick'), 'newsstand/article/fares.dddddddd.json'), 'utf8')).toBe('{"title":"Fares"}');
  });

  it('without trusting the kept folder, writes every file again over the kept one of its name, and recalls nothing itself', async () => {
    const { kept, outDir } = await scratch();
    const first = await createBuildOutput(kept);
    first.write('newsstand/article/ferry.bbbbbbbb.json', '{"title":"Ferry"}', 'ferry inputs');
    await first.setAside(outDir('dist'));
    await first.moveInto(outDir('dist'));
    const keptFile = join(kept, 'newsstand/article/ferry.bbbbbbbb.json');
    const before = await stat(keptFile);
    // Half a file, as a stopped build may leave: nothing kept is trusted, so it is written again.
    await writeFile(keptFile, '{"tit');
    const untrusted = await createBuildOutput(kept, { trustKept: false });
    expect(untrusted.recall).toBeUndefined();
    untrusted.write('newsstand/article/ferry.bbbbbbbb.json', '{"title":"Ferry"}');
    untrusted.write('newsstand/feed/all/1.aaaaaaaa.json', '{"page":1}');
    await untrusted.setAside(outDir('dist'));
    await rm(outDir('dist'), { recursive: true });
    await untrusted.moveInto(outDir('dist'));
    expect((await stat(keptFile)).ino).toBe(before.ino);
    expect(await readFile(join(outDir('dist'), 'newsstand/article/ferry.bbbbbbbb.json'), 'utf8')).toBe('{"title":"Ferry"}');
    expect(await filesUnder(join(outDir('dist'), 'newsstand'))).toEqual(['article/ferry.bbbbbbbb.json', 'feed/all/1.aaaaaaaa.json']);
    // The next build that trusts the folder still finds the file by the inputs the first one listed.
    const trusting = await createBuildOutput(kept);
    expect(trusting.recall?.('ferry inputs')).toEqual({ fileName: 'newsstand/article/ferry.bbbbbbbb.json', bytes: 17 });
    await trusting.discard();
  });

  it('takes back the folder it set aside, replacing only the names that changed', async () => {
    const { kept, outDir } = await scratch();
    await placedBuild(kept, outDir('dist'), {
      'newsstand/feed/all/1.aaaaaaaa.json': '{"page":1}',
      'newsstand/article/ferry.bbbbbbbb.json': '{"title":"Ferry"}',
      'newsstand/feed/topic/ferries/1.eeeeeeee.json': '{"page":1}',
    });
    const unchangedBefore = await stat(join(outDir('dist'), 'newsstand/feed/all/1.aaaaaaaa.json'));

    const second = await createBuildOutput(kept);
    second.write('newsstand/feed/all/1.aaaaaaaa.json', '{"page":1}');
    second.write('newsstand/article/ferry.cccccccc.json', '{"title":"Ferry, edited"}');
    await second.setAside(outDir('dist'));
    // What Vite does next: empty outDir. The set-aside folder is out of its reach.
    await rm(outDir('dist'), { recursive: true });
    await second.moveInto(outDir('dist'));

    expect(await filesUnder(join(outDir('dist'), 'newsstand'))).toEqual(['article/ferry.cccccccc.json', 'feed/all/1.aaaaaaaa.json']);
    expect((await stat(join(outDir('dist'), 'newsstand/feed/all/1.aaaaaaaa.json'))).ino).toBe(unchangedBefore.ino);
    // A topic no story carries any more leaves no empty folder.
    await expect(stat(join(outDir('dist'), 'newsstand/feed/topic/ferries'))).rejects.toThrow();
  });

  it('still sets the folder aside when the search index was placed in newsstand/ after its files', async () => {
    const { kept, outDir } = await scratch();
    await placedBuild(kept, outDir('dist'), { 'newsstand/feed/all/1.aaaaaaaa.json': '{"page":1}' });
    // What writeBundle does next: the index goes in beside the files, so newsstand/ itself changes.
    await mkdir(join(outDir('dist'), 'newsstand/search/0'), { recursive: true });
    await writeFile(join(outDir('dist'), 'newsstand/search/0/pagefind.js'), 'index');
    const placedBefore = await stat(join(outDir('dist'), 'newsstand/feed/all/1.aaaaaaaa.json'));

    const second = await createBuildOutput(kept);
    second.write('newsstand/feed/all/1.aaaaaaaa.json', '{"page":1}');
    await second.setAside(outDir('dist'));
    await expect(stat(join(outDir('dist'), 'newsstand'))).rejects.toThrow();
    await second.moveInto(outDir('dist'));
    expect((await stat(join(outDir('dist'), 'newsstand/feed/all/1.aaaaaaaa.json'))).ino).toBe(placedBefore.ino);
  });

  it('links every file again when someone changed the folder it placed', async () => {
    const { kept, outDir } = await scratch();
    await placedBuild(kept, outDir('dist'), { 'newsstand/feed/all/1.aaaaaaaa.json': '{"page":1}' });
    await writeFile(join(outDir('dist'), 'newsstand/feed/all/stray.json'), '{}');

    await placedBuild(kept, outDir('dist'), { 'newsstand/feed/all/1.aaaaaaaa.json': '{"page":1}' });
    expect(await filesUnder(join(outDir('dist'), 'newsstand'))).toEqual(['feed/all/1.aaaaaaaa.json']);
  });

  it('gives outDir back the folder it set aside when the build fails', async () => {
    const { kept, outDir } = await scratch();
    await placedBuild(kept, outDir('dist'), { 'newsstand/feed/all/1.aaaaaaaa.json': '{"page":1}' });

    const failing = await createBuildOutput(kept);
    failing.write('newsstand/feed/all/1.bbbbbbbb.json', '{"page":2}');
    await failing.setAside(outDir('dist'));
    await failing.discard();
    expect(await filesUnder(join(outDir('dist'), 'newsstand'))).toEqual(['feed/all/1.aaaaaaaa.json']);
  });

  it('lists the cache again after another build finished meanwhile, and prunes what that one left', async () => {
    const { kept, outDir } = await scratch();
    await overlappingBuilds(kept, outDir);

    const next = await createBuildOutput(kept);
    next.write('newsstand/article/ferry.bbbbbbbb.json', '{"title":"Ferry"}');
    await next.moveInto(outDir('next'));
    expect(await filesUnder(join(kept, 'newsstand'))).toEqual(['article/ferry.bbbbbbbb.json']);
  });
});
