// One build of the site from the files' results: the corpus, its JSON files, the manifest and the summary.
import type { Manifest } from '../src/model/index.ts';
import { buildCorpus } from './corpus/build-corpus.ts';
import { emitSite, type SiteOptions } from './emit/emit-site.ts';
import { listMarkdownFiles } from './read/list-files.ts';
import type { ResolvedOptions } from './options.ts';
import { maxJsonBytes, type OutputStats, type RecallFile, type WriteFile } from './emit/output-writer.ts';
import { readFiles, readFilesSettingsOf } from './read/read-files.ts';
import type { BuildSummary } from './report.ts';
import type { BuildResult, Problem } from './types.ts';
import type { SyndicationFile } from './emit/syndication-feeds.ts';
import type { SearchRecord } from './emit/search-records.ts';

export interface SiteBuild {
  manifest: Manifest;
  /** The RSS, Atom and JSON feeds, written beside the JSON files at their stable paths; made when first asked for. */
  feeds: () => SyndicationFile[];
  /** What the search index is made from (`vite/search-index.ts`), after the JSON files are written; made when first asked for. */
  searchRecords: () => SearchRecord[];
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
  const corpus = await buildCorpus(results, options.generatedAt);
  const { manifest, output, feeds, searchRecords, stories } = emitSite(corpus, options, writeFile);
  const problems = [...earlierProblems, ...corpus.problems, ...oversizedFiles(output)];
  return {
    manifest,
    feeds,
    searchRecords,
    summary: { counts: corpus.counts, problems, skipped: corpus.skipped, output, stories, milliseconds: performance.now() - startedAt },
  };
}

function oversizedFiles(output: OutputStats): Problem[] {
  return output.oversized.map((fileName) => ({
    path: fileName,
    line: 1,
    message: `emitted JSON is over ${maxJsonBytes / 1024} KB`,
    severity: 'error',
  }));
}

/** The whole build: list the folders, read every file (through the parse cache when it is on), make the corpus and emit. */
export async function buildSiteFromFolders(
  options: ResolvedOptions,
  output: { write: WriteFile; recall?: RecallFile },
  generatedAt: string,
  hooks: Pick<SiteOptions, 'searchRecordsReady'> = {},
): Promise<SiteBuild> {
  const startedAt = performance.now();
  const listing = await listMarkdownFiles(options.contentFolders);
  const results = readFiles(listing.files, { relatedLimit: options.relatedLimit }, readFilesSettingsOf(options));
  const siteOptions = { ...siteOptionsOf(options, generatedAt), ...(output.recall && { recall: output.recall }), ...hooks };
  return buildSite(results, listing.problems, siteOptions, output.write, startedAt);
}

export function siteOptionsOf(options: ResolvedOptions, generatedAt: string): SiteOptions {
  return {
    siteTitle: options.siteTitle,
    pageSize: options.pageSize,
    topStories: options.topStories,
    generatedAt,
    base: options.base,
    search: options.search,
    searchShardStories: options.searchShardStories,
    ...(options.siteUrl && { siteUrl: options.siteUrl }),
  };
}
