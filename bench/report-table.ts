// The benchmark's one table, in Markdown so it can be pasted into docs/performance.md as printed.
import type { DevEditMeasure } from './dev-edit.ts';
import type { FirstStoriesMeasure } from './dev-first-stories.ts';
import type { BuildMeasure } from './timed-build.ts';
import type { FirstVisitMeasure } from './first-visit.ts';
import type { FetchedBytes, QueryMeasure, SearchMeasure } from './search-queries.ts';

export interface BenchResults {
  files: number;
  bytes: number;
  cold: BuildMeasure;
  /** The same cold build with `NEWSSTAND_SEARCH=0`. */
  coldWithoutSearch: BuildMeasure;
  coldFillingCache: BuildMeasure;
  /** One rebuild a different edit of the same file, in order. */
  rebuilds: BuildMeasure[];
  /** One rebuild a different edit of the same file's `quality`, in order. */
  qualityRebuilds: BuildMeasure[];
  /** A message when the edited file's story is not in the site (a duplicate another file's story won over). */
  devEdit: DevEditMeasure | string;
  /** `npm start` to the first cards on the screen, cold caches then warm (issue 18: 3 s and 1.5 s). */
  devFirstStories: FirstStoriesMeasure | string;
  baselineSeconds: number;
  firstVisit: FirstVisitMeasure | string;
  search: SearchMeasure | string;
}

/** Issue 15's budgets. */
const budgets = {
  /** Runtime plus index pieces fetched by the first query, uncompressed, at 2,000 files. */
  firstQueryBytes: 250 * 1024,
  laterQueryBytes: 50 * 1024,
  /** What the index may add to a cold build at 14,000 files. */
  coldBuildShare: 0.2,
  /** From Enter to the results on a warm page. */
  warmResultsMs: 300,
};

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const seconds = (value: number) => `${value.toFixed(2)} s`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const fetched = ({ bytes, files }: FetchedBytes) => `${kilobytes(bytes)} in ${files}`;
const verdict = (within: boolean) => (within ? 'within' : 'OVER');

/** What a query fetched from `newsstand/search/`: all of Pagefind's files, the fragments of the shown results included. */
const searchBytesOf = (query: QueryMeasure) => query.runtime.bytes + query.index.bytes + query.fragments.bytes;

function queryRows(search: SearchMeasure | string, files: number): [string, string][] {
  if (typeof search === 'string') return [['search', search]];
  const { first, second } = search;
  const found = (query: QueryMeasure) => `“${query.query}”, ${query.results.toLocaleString('en')} results`;
  const searchFiles = (query: QueryMeasure) =>
    `runtime ${fetched(query.runtime)} + index ${fetched(query.index)} + fragments ${fetched(query.fragments)}`;
  const firstBytes = searchBytesOf(first);
  const secondBytes = searchBytesOf(second);
  return [
    ['search index on disk (`newsstand/search/`)', `${kilobytes(search.indexBytes)} in ${search.indexFiles.toLocaleString('en')} files`],
    [
      `first query (${found(first)}): newsstand/search/ bytes`,
      `${kilobytes(firstBytes)}: ${searchFiles(first)} (budget ${kilobytes(budgets.firstQueryBytes)} at 2,000 files: ${verdict(firstBytes <= budgets.firstQueryBytes)}${files === 2000 ? '' : `; this corpus has ${files.toLocaleString('en')} files`})`,
    ],
    [
      '  and the app (results page chunk JS+CSS / JSON and logos)',
      `${fetched(first.appCode)} / ${fetched(first.other)}; all together ${kilobytes(firstBytes + first.appCode.bytes + first.other.bytes)}`,
    ],
    [
      `second query (${found(second)}): newsstand/search/ bytes`,
      `${kilobytes(secondBytes)}: ${searchFiles(second)} (budget ${kilobytes(budgets.laterQueryBytes)}: ${verdict(secondBytes <= budgets.laterQueryBytes)})`,
    ],
    ['  and the app (JS+CSS / JSON and logos)', `${fetched(second.appCode)} / ${fetched(second.other)}`],
    [
      'Enter to results shown: first query (cold page) / second (warm page)',
      `${first.enterToResultsMs.toFixed(0)} ms / ${second.enterToResultsMs.toFixed(0)} ms (budget ${budgets.warmResultsMs} ms on a warm page: ${verdict(second.enterToResultsMs <= budgets.warmResultsMs)})`,
    ],
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function formatTable(results: BenchResults): string {
  const { cold, coldWithoutSearch, coldFillingCache, rebuilds, qualityRebuilds, firstVisit } = results;
  const searchCost = cold.seconds - coldWithoutSearch.seconds;
  const searchShare = searchCost / coldWithoutSearch.seconds;
  const rebuildRow = (builds: BuildMeasure[]) =>
    `${seconds(median(builds.map((build) => build.seconds)))} / ${seconds(median(builds.map((build) => build.pipelineSeconds)))} (${builds.map((build) => seconds(build.seconds)).join(', ')})`;
  const visit = typeof firstVisit === 'string' ? undefined : firstVisit;
  const rows: [string, string][] = [
    ['files', results.files.toLocaleString('en')],
    ['corpus size', megabytes(results.bytes)],
    ['cold build, whole `vite build` (no cache)', seconds(cold.seconds)],
    ['  of which the content pipeline', seconds(cold.pipelineSeconds)],
    [
      'cold build without the search index (`NEWSSTAND_SEARCH=0`) / its pipeline',
      `${seconds(coldWithoutSearch.seconds)} / ${seconds(coldWithoutSearch.pipelineSeconds)}`,
    ],
    [
      '  the search index adds to the cold build',
      `${seconds(searchCost)}, ${(searchShare * 100).toFixed(0)}% (budget ${(budgets.coldBuildShare * 100).toFixed(0)}% at 14,000 files: ${verdict(searchShare <= budgets.coldBuildShare)})`,
    ],
    ['throughput (corpus MB / pipeline s)', `${(results.bytes / 1e6 / cold.pipelineSeconds).toFixed(1)} MB/s`],
    ['peak RSS (cold build, worker threads included)', megabytes(cold.peakBytes)],
    ['cold build filling the cache / its pipeline', `${seconds(coldFillingCache.seconds)} / ${seconds(coldFillingCache.pipelineSeconds)}`],
    ['peak RSS (cold build filling the cache)', megabytes(coldFillingCache.peakBytes)],
    [`rebuild after editing one title, median of ${rebuilds.length} / its pipeline`, rebuildRow(rebuilds)],
    [`rebuild after editing one quality, median of ${qualityRebuilds.length} / its pipeline`, rebuildRow(qualityRebuilds)],
    ['peak RSS (rebuild)', megabytes(Math.max(...[...rebuilds, ...qualityRebuilds].map((rebuild) => rebuild.peakBytes)))],
    [
      'dev server: start (warm cache) / an edit served',
      typeof results.devEdit === 'string'
        ? results.devEdit
        : `${seconds(results.devEdit.startSeconds)} / ${seconds(results.devEdit.seconds)}`,
    ],
    [
      'npm start: first stories on the screen, cold caches / warm',
      typeof results.devFirstStories === 'string'
        ? results.devFirstStories
        : `${seconds(results.devFirstStories.coldSeconds)} / ${seconds(results.devFirstStories.warmSeconds)}`,
    ],
    ['output files / bytes', `${cold.outputFiles.toLocaleString('en')} / ${megabytes(cold.outputBytes)}`],
    ['largest JSON', `${(cold.largestJson.bytes / 1024).toFixed(1)} KB (${cold.largestJson.fileName})`],
    [
      'first visit, HTML+JS+CSS+JSON gzip',
      visit ? `${(visit.gzipBytes / 1024).toFixed(1)} KB in ${visit.requests} responses` : String(firstVisit),
    ],
    [
      'DOM elements after a deep scroll',
      visit ? `${visit.elementsAfterDeepScroll} (${visit.cardsScrolled} cards down; at most ${visit.mostElements} on the way)` : '-',
    ],
    ...queryRows(results.search, results.files),
    [
      'baseline: plain gray-matter, one core',
      `${seconds(results.baselineSeconds)} (${(results.bytes / 1e6 / results.baselineSeconds).toFixed(1)} MB/s)`,
    ],
    ['baseline / content pipeline', `${(results.baselineSeconds / cold.pipelineSeconds).toFixed(1)}x`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return ['| measure | value |', '| --- | --- |', ...rows.map(([name, value]) => `| ${name.padEnd(width)} | ${value} |`)].join('\n');
}
