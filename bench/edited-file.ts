// The file the rebuild and dev-server benches edit: one the build kept as an article.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileSlug } from '../plugin/normalize/slug.ts';

/**
 * The middle file of `files` whose id the built site at `outDir` indexes. A grown corpus holds
 * copies whose links differ only by a `#copy` fragment: the build drops them as duplicates, and an
 * edit to one of those is served nowhere, so the dev-server bench could not time it.
 */
export async function builtArticleFile(outDir: string, files: readonly string[]): Promise<string> {
  const folder = join(outDir, 'newsstand', 'index');
  const indexed = new Set<string>();
  for (const name of await readdir(folder)) {
    const shard = JSON.parse(await readFile(join(folder, name), 'utf8')) as Record<string, string>;
    for (const id of Object.keys(shard)) indexed.add(id);
  }
  const middle = Math.floor(files.length / 2);
  for (let offset = 0; offset < files.length; offset += 1) {
    for (const index of [middle + offset, middle - offset]) {
      const file = files[index];
      if (file !== undefined && indexed.has(fileSlug(file))) return file;
    }
  }
  throw new Error(`no file of the corpus is an article of the site built in ${outDir}`);
}
