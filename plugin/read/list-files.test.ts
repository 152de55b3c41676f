import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { listMarkdownFiles } from './list-files.ts';

/** Folders whose listing fails as it would for another user's folder (tests run as root, who may read anything). */
const unreadable = vi.hoisted(() => new Set<string>());
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((path: string, options: never) => {
    if (unreadable.has(String(path)))
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
    return fs.readdirSync(path, options);
  }) as typeof fs.readdirSync;
  return { ...fs, readdirSync, default: { ...fs, readdirSync } };
});

async function folderWith(files: string[]): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'newsstand-list-'));
  for (const file of files) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), '---\n---\n');
  }
  return root;
}

describe('listMarkdownFiles', () => {
  it('finds *.md files recursively across folders, sorted, skipping dot folders and node_modules', async () => {
    const news = await folderWith(['b.md', 'a.MD', 'notes.txt', 'archive/2020/c.md', '.git/d.md', 'node_modules/x/e.md']);
    const more = await folderWith(['z.md']);
    const { files, problems } = await listMarkdownFiles([news, more]);
    expect(problems).toEqual([]);
    expect(files).toEqual([join(news, 'a.MD'), join(news, 'archive/2020/c.md'), join(news, 'b.md'), join(more, 'z.md')].sort());
  });

  it('reports a missing folder as an error and still lists the others', async () => {
    const news = await folderWith(['a.md']);
    const { files, problems } = await listMarkdownFiles(['/no/such/folder', news]);
    expect(files).toEqual([join(news, 'a.md')]);
    expect(problems).toEqual([
      { path: '/no/such/folder', line: 1, message: 'content folder cannot be read: no such folder', severity: 'error' },
    ]);
  });

  it('lists a file once when folders overlap', async () => {
    const news = await folderWith(['sub/a.md']);
    expect((await listMarkdownFiles([news, join(news, 'sub')])).files).toEqual([join(news, 'sub/a.md')]);
  });
});

describe('listMarkdownFiles with folders and links it cannot or must not read', () => {
  it('reports an unreadable subfolder once and lists every other file', async () => {
    const news = await folderWith(['a.md', 'locked/b.md', 'open/c.md']);
    unreadable.add(join(news, 'locked'));
    try {
      const { files, problems } = await listMarkdownFiles([news]);
      expect(files).toEqual([join(news, 'a.md'), join(news, 'open/c.md')]);
      expect(problems).toEqual([
        {
          path: join(news, 'locked'),
          line: 1,
          message: 'folder cannot be read: permission denied; its files are left out',
          severity: 'error',
        },
      ]);
    } finally {
      unreadable.clear();
    }
  });

  it('reads what a link inside the content folders leads to once, and reports links that lead out', async () => {
    const news = await folderWith(['a.md', 'archive/b.md', 'drafts/c.md']);
    const drafts = join(news, 'drafts');
    await mkdir(join(news, 'pointers'));
    await symlink(join(drafts, 'c.md'), join(news, 'pointers', 'c-again.md'));
    const outside = await folderWith(['secret.md']);
    await symlink(join(news, 'archive'), join(news, 'linked-archive'));
    await symlink(join(outside, 'secret.md'), join(news, 'secret.md'));
    await symlink(outside, join(news, 'elsewhere'));
    await symlink(join(news, 'gone.md'), join(news, 'dangling.md'));
    const { files, problems } = await listMarkdownFiles([news]);
    // linked-archive is archive, and pointers/c-again.md is drafts/c.md: each file is read once, under its own path.
    expect(files).toEqual([join(news, 'a.md'), join(news, 'archive/b.md'), join(drafts, 'c.md')]);
    expect(problems.map(({ path, severity }) => [path, severity])).toEqual([
      [join(news, 'dangling.md'), 'warning'],
      [join(news, 'elsewhere'), 'warning'],
      [join(news, 'secret.md'), 'warning'],
    ]);
    expect(problems.find((problem) => problem.path === join(news, 'secret.md'))?.message).toMatch(/outside the content folders: not read$/);
  });

  it('reports a content folder that is a file', async () => {
    const news = await folderWith(['a.md']);
    const { problems } = await listMarkdownFiles([join(news, 'a.md')]);
    expect(problems).toEqual([
      { path: join(news, 'a.md'), line: 1, message: 'content folder cannot be read: not a folder', severity: 'error' },
    ]);
  });
});
