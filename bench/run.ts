// `npm run bench`: cold build (with and without the search index), rebuild after one edit, gray-matter baseline, a browser first visit
// and two searches on a real-size corpus; prints one table.
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveOptions } from '../plugin/options.ts';
import { cacheFoldersOf } from '../plugin/incremental/index.ts';
import { parallelSpeedup } from './core-share.ts';
import { prepareCorpus } from './corpus.ts';
import { measureDevEdit } from './dev-edit.ts';
import { measureDevFirstStories } from './dev-first-stories.ts';
import { builtArticleFile } from './edited-file.ts';
import { measureFirstVisit } from './first-visit.ts';
import { grayMatterSeconds } from './gray-matter-baseline.ts';
import { formatTable } from './report-table.ts';
import { measureSearch } from './search-queries.ts';
import { timedBuild, type BuildMeasure } from './timed-build.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.env.BENCH_FILES ?? 2000);
/** The feed ships 20 cards a page (the plugin's default). */
const pageSize = 20;
const cardsToScroll = 300;

const log = (message: string) => console.error(`bench: ${message}`);

const startLoad = loadavg()
  .map((load) => load.toFixed(1))
  .join(' ');
const startSpeedup = await parallelSpeedup();
const corpus = await prepareCorpus(count, process.env, projectRoot);
log(`${corpus.source}: ${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${corpus.folder}`);
const outDir = await mkdtemp(join(tmpdir(), 'newsstand-bench-site-'));
const environment: NodeJS.ProcessEnv = { ...process.env, NEWSSTAND_CONTENT: corpus.folder };
delete environment.NEWSSTAND_BASE;
try {
  // A cold build starts from nothing: no cache, and no kept files to write over (build-output.ts).
  const cacheFolders = cacheFoldersOf(resolveOptions({}, projectRoot, environment));
  const removeCache = async () => {
    for (const folder of [cacheFolders?.parse, cacheFolders?.keptOutput, cacheFolders?.searchIndex])
      if (folder) await rm(folder, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  };
  log('cold build without the cache');
  await removeCache();
  const cold = await timedBuild(projectRoot, outDir, { ...environment, NEWSSTAND_NO_CACHE: '1' });
  // The same build without the search index: the difference is what the index costs a cold build.
  log('cold build without the cache and without the search index');
  await removeCache();
  const coldWithoutSearch = await timedBuild(projectRoot, outDir, { ...environment, NEWSSTAND_NO_CACHE: '1', NEWSSTAND_SEARCH: '0' });
  await removeCache();
  log('cold build filling the cache');
  const coldFillingCache = await timedBuild(projectRoot, outDir, { ...environment, NEWSSTAND_NO_CACHE: '0' });
  const edited = await builtArticleFile(outDir, corpus.files);
  log(`the rebuilds and the dev server edit ${edited}`);
  const original = await readFile(edited);
  const rebuilds: BuildMeasure[] = [];
  const qualityRebuilds: BuildMeasure[] = [];
  try {
    // Three edits of one title, each a build of its own: one rebuild on a shared machine is one sample.
    for (const edit of [1, 2, 3]) {
      await writeFile(
        edited,
        original.toString('utf8').replace(/^title: (.*)$/m, (_line, title: string) => `title: ${title.replace(/"$/, ` (edit ${edit})"`)}`),
      );
      log(`rebuild ${edit} after editing ${edited}`);
      rebuilds.push(await timedBuild(projectRoot, outDir, { ...environment, NEWSSTAND_NO_CACHE: '0' }));
    }
    // A structural edit: the story's quality decides which copy of a duplicate wins and how related lists rank.
    for (const edit of [1, 2, 3]) {
      await writeFile(
        edited,
        original.toString('utf8').replace(/^quality: (\d+)$/m, (_line, quality: string) => `quality: ${Number(quality) + edit}`),
      );
      log(`rebuild ${edit} after editing the quality of ${edited}`);
      qualityRebuilds.push(await timedBuild(projectRoot, outDir, { ...environment, NEWSSTAND_NO_CACHE: '0' }));
    }
  } finally {
    await writeFile(edited, original);
  }
  log('dev server: start, then edit one title');
  const devEdit = await measureDevEdit(resolveOptions({}, projectRoot, { ...environment, NEWSSTAND_NO_CACHE: '0' }), edited).catch(
    (error: unknown) => `not measured: ${error instanceof Error ? error.message : String(error)}`,
  );
  log('npm start: the first stories in Chromium, with cold caches and then warm ones');
  const devFirstStories = await measureDevFirstStories(projectRoot, { ...environment, NEWSSTAND_NO_CACHE: '0' }).catch(
    (error: unknown) => `not measured: ${error instanceof Error ? error.message : String(error)}`,
  );
  log('plain gray-matter on one core');
  const baselineSeconds = await grayMatterSeconds(corpus.files);
  log(`first visit in Chromium, then ${cardsToScroll} cards down`);
  const firstVisit = await measureFirstVisit(outDir, cardsToScroll, pageSize).catch((error: unknown) => `not measured: ${String(error)}`);
  log('two searches in Chromium from the home page');
  const search = await measureSearch(outDir).catch((error: unknown) => `not measured: ${String(error)}`);
  console.log(
    `\nNewsstand bench, ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
  );
  // Other work on the machine slows every number: the load says how much the cores were shared.
  console.log(
    `load average at the start ${startLoad}, at the end ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  );
  const endSpeedup = await parallelSpeedup();
  console.log(
    `two threads ran ${startSpeedup.toFixed(1)}x (start) and ${endSpeedup.toFixed(1)}x (end) as fast as one: 2.0x means two free cores`,
  );
  console.log(`corpus: ${corpus.source}\n`);
  console.log(
    formatTable({
      files: corpus.files.length,
      bytes: corpus.bytes,
      cold,
      coldWithoutSearch,
      coldFillingCache,
      rebuilds,
      qualityRebuilds,
      devEdit,
      devFirstStories,
      baselineSeconds,
      firstVisit,
      search,
    }),
  );
} finally {
  await rm(outDir, { recursive: true, force: true });
}
