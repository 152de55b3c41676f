import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMarkdownFiles } from './list-files.ts';

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
