// One build of the site from the files' results: the corpus, its JSON files, the manifest and the summary.
import { join } from 'node:path';
import type { Manifest } from '../src/model/index.ts';
import { buildCorpus, type Corpus } from './build-corpus.ts';
import { cacheFoldersOf } from './cache-folders.ts';
import { openParseCache } from './cache.ts';
import { processingCodeVersion } from './cache-version.ts';
import { emitSite, type SiteLayout, type SiteOptions } from './emit-site.ts';
import { listMarkdownFiles } from './list-files.ts';
import type { ResolvedOptions } from './options.ts';
import { maxJsonBytes, type KeptFiles, type OutputStats, type RecallFile, type WriteFile } from './output-files.ts';
import { patchSite } from './patch-site.ts';
import { processFiles, processFilesSettingsOf, stampOf } from './process-files.ts';
import type { BuildSummary } from './report.ts';
import { listingKeyOf, plannedFileOf, readSitePlan, sitePlanOf, writeSitePlan, type PlannedFile } from './site-plan.ts';
import type { BuildResult, Problem, ProcessOptions } from './types.ts';

export interface SiteBuild {
  manifest: Manifest;
  summary: BuildSummary;
}

/**
 * `earlierProblems` are those found before processing (a missing folder); `startedAt` is a
 * `performance.now()` reading, so the summary's time covers listing and reading too.
 */
export async function buildSite(
  results: AsyncIterable<BuildResult> | Iterable<BuildResult>,
  earlierProblems: readonly Problem[],
  options: SiteOptions,
  writeFile: WriteFile,
  startedAt: number,
): Promise<SiteBuild> {
  return (await buildCorpusAndSite(results, earlierProblems, options, writeFile, startedAt)).build;
}

async function buildCorpusAndSite(
  results: AsyncIterable<BuildResult> | Iterable<BuildResult>,
  earlierProblems: readonly Problem[],
  options: SiteOptions,
  writeFile: WriteFile,
  startedAt: number,
): Promise<{ build: SiteBuild; corpus: Corpus; layout: SiteLayout }> {
  const corpus = await buildCorpus(results);
  const { manifest, output, layout } = emitSite(corpus, options, writeFile);
  const problems = [...earlierProblems, ...corpus.problems, ...oversizedFiles(output)];
  return { build: { manifest, summary: { counts: corpus.counts, problems, output, milliseconds: performance.now() - startedAt } }, corpus, layout };
}

function oversizedFiles(output: OutputStats): Problem[] {
  return output.oversized.map((fileName) => ({
    path: fileName,
    line: 1,
    message: `emitted JSON is over ${maxJsonBytes / 1024} KB`,
    severity: 'error',
  }));
}

/**
 * The whole build: list the folders, then patch the last build's site when the edits since
 * changed only bodies (patch-site.ts); else process every file (through the replaceable seam)
 * and emit. A build that keeps its output leaves a plan of its site for the next one.
 */
export async function buildSiteFromFolders(
  options: ResolvedOptions,
  output: { write: WriteFile; recall?: RecallFile; kept?: KeptFiles },
  generatedAt: string,
): Promise<SiteBuild> {
  const startedAt = performance.now();
  const startedAtTime = Date.now();
  const listing = await listMarkdownFiles(options.contentFolders);
  const processOptions: ProcessOptions = { relatedLimit: options.relatedLimit };
  const planning = output.kept ? await openPlanning(options, processOptions) : undefined;
  const stamps = planning ? listing.files.map(stampOf) : undefined;
  const listingKey = planning ? listingKeyOf(listing.files) : '';
  if (planning && stamps && output.kept) {
    const plan = readSitePlan(planning.path, planning.salt);
    const patched = plan
      ? await patchSite({ plan, paths: listing.files, listing: listingKey, stamps, cache: planning.cache, options: processOptions, kept: output.kept, write: output.write, generatedAt, startedAt: startedAtTime }).catch(
          // A plan damaged in the cache: making the corpus gives the right site, only slower.
          () => undefined,
        )
      : undefined;
    if (patched) {
      writeSitePlan(planning.path, patched.plan);
      const { counts, files, corpusProblems } = patched.plan;
      const problems = [...listing.problems, ...files.flatMap((file) => file[6] ?? []), ...corpusProblems, ...oversizedFiles(patched.output)];
      const milliseconds = performance.now() - startedAt;
      return { manifest: patched.manifest, summary: { counts, problems, output: patched.output, milliseconds, patched: { editedFiles: patched.editedFiles } } };
    }
  }
  const planned: PlannedFile[] = [];
  const processed = processFiles(listing.files, processOptions, { ...processFilesSettingsOf(options), ...(stamps && { stamps }) });
  const results = planning ? recordPlannedFiles(processed, planned) : processed;
  const siteOptions = { ...siteOptionsOf(options, generatedAt), ...(output.recall && { recall: output.recall }) };
  const { build, corpus, layout } = await buildCorpusAndSite(results, listing.problems, siteOptions, output.write, startedAt);
  if (planning) {
    const plan = sitePlanOf({ salt: planning.salt, startedAt: startedAtTime, pageSize: options.pageSize, listing: listingKey }, planned, corpus, { manifest: build.manifest, layout });
    writeSitePlan(planning.path, plan);
  }
  return build;
}

/** Where the plan is kept, the salt it is made with, and the parse cache a patch reads edited files through. */
async function openPlanning(options: ResolvedOptions, processOptions: ProcessOptions) {
  const folder = cacheFoldersOf(options)?.parse;
  if (folder === undefined) return undefined;
  const cache = await openParseCache(folder, await processingCodeVersion(), processOptions);
  const salt = `${cache.salt}${JSON.stringify([options.siteTitle, options.pageSize])}`;
  return { path: join(folder, 'site-plan.json'), salt, cache };
}

async function* recordPlannedFiles(results: AsyncIterable<BuildResult>, planned: PlannedFile[]): AsyncIterable<BuildResult> {
  for await (const result of results) {
    planned.push(plannedFileOf(result));
    yield result;
  }
}

export function siteOptionsOf(options: ResolvedOptions, generatedAt: string): SiteOptions {
  return { siteTitle: options.siteTitle, pageSize: options.pageSize, generatedAt };
}
