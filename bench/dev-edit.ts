// The dev server's edit path without a browser: build the dev site as `vite` does, edit one title, time until the updated files are served.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ArticleDetailPack, ArticleIndexShard, FeedPage, Manifest } from '../src/model/index.ts';
import { articleShard, detailInPack } from '../src/model/index.ts';
import { createDevSite, type DevSite } from '../plugin/vite/dev-site.ts';
import type { ResolvedOptions } from '../plugin/options.ts';

export interface DevEditMeasure {
  /** From saving the file to the updated detail and first feed page being served (no watcher delay or settle time). */
  seconds: number;
  startSeconds: number;
}

/** `edited` must be an article (its id its file name) of the folders in `options`; its file is restored afterwards. */
export async function measureDevEdit(options: ResolvedOptions, edited: string): Promise<DevEditMeasure> {
  const startedAt = performance.now();
  const site = createDevSite(options);
  await site.ready;
  const startSeconds = (performance.now() - startedAt) / 1000;
  const original = await readFile(edited, 'utf8');
  const title = `Edited in the dev bench ${Date.now()}`;
  try {
    const savedAt = performance.now();
    await writeFile(edited, original.replace(/^title: .*$/m, `title: "${title}"`));
    const build = await site.update([edited], []);
    const served = await servedTitle(site, build.manifest, basename(edited, '.md'));
    const seconds = (performance.now() - savedAt) / 1000;
    if (served !== title) throw new Error(`the edited title was not served: ${String(served)}`);
    return { seconds, startSeconds };
  } finally {
    await writeFile(edited, original);
  }
}

/** The open page refetches its feed page and the story it shows: the title that story's detail file now carries. */
async function servedTitle(site: DevSite, manifest: Manifest, id: string): Promise<string | undefined> {
  if (manifest.all.firstPage) parsed<FeedPage>(await site.file(manifest.all.firstPage));
  const shards = manifest.articleIndex.shards;
  const shard = parsed<ArticleIndexShard>(await site.file(shards[articleShard(id, shards.length)] ?? ''));
  const detailUrl = shard[id];
  return detailUrl === undefined ? undefined : detailInPack(parsed<ArticleDetailPack>(await site.file(detailUrl)), id)?.title;
}

function parsed<T>(json: string | undefined): T {
  if (json === undefined) throw new Error('a file the manifest points at is not served');
  return JSON.parse(json) as T;
}
