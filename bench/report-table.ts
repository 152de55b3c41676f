// The benchmark's one table, in Markdown so it can be pasted into docs/performance.md as printed.
import type { DevEditMeasure } from './dev-edit.ts';
import type { BuildMeasure } from './timed-build.ts';
import type { FirstVisitMeasure } from './first-visit.ts';

export interface BenchResults {
  files: number;
  bytes: number;
  cold: BuildMeasure;
  coldFillingCache: BuildMeasure;
  /** One rebuild a different edit of the same file, in order. */
  rebuilds: BuildMeasure[];
  /** One rebuild a different edit of the same file's `quality`, in order. */
  qualityRebuilds: BuildMeasure[];
  devEdit: DevEditMeasure;
  baselineSeconds: number;
  firstVisit: FirstVisitMeasure | string;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const seconds = (value: number) => `${value.toFixed(2)} s`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function formatTable(results: BenchResults): string {
  const { cold, coldFillingCache, rebuilds, qualityRebuilds, firstVisit } = results;
  const rebuildRow = (builds: BuildMeasure[]) =>
    `${seconds(median(builds.map((build) => build.seconds)))} / ${seconds(median(builds.map((build) => build.pipelineSeconds)))} (${builds.map((build) => seconds(build.seconds)).join(', ')})`;
  const visit = typeof firstVisit === 'string' ? undefined : firstVisit;
  const rows: [string, string][] = [
    ['files', results.files.toLocaleString('en')],
    ['corpus size', megabytes(results.bytes)],
    ['cold build, whole `vite build` (no cache)', seconds(cold.seconds)],
    ['  of which the content pipeline', seconds(cold.pipelineSeconds)],
    ['throughput (corpus MB / pipeline s)', `${(results.bytes / 1e6 / cold.pipelineSeconds).toFixed(1)} MB/s`],
    ['peak RSS (cold build, worker threads included)', megabytes(cold.peakBytes)],
    ['cold build filling the cache / its pipeline', `${seconds(coldFillingCache.seconds)} / ${seconds(coldFillingCache.pipelineSeconds)}`],
    ['peak RSS (cold build filling the cache)', megabytes(coldFillingCache.peakBytes)],
    [`rebuild after editing one title, median of ${rebuilds.length} / its pipeline`, rebuildRow(rebuilds)],
    [`rebuild after editing one quality, median of ${qualityRebuilds.length} / its pipeline`, rebuildRow(qualityRebuilds)],
    ['peak RSS (rebuild)', megabytes(Math.max(...[...rebuilds, ...qualityRebuilds].map((rebuild) => rebuild.peakBytes)))],
    ['dev server: start (warm cache) / an edit served', `${seconds(results.devEdit.startSeconds)} / ${seconds(results.devEdit.seconds)}`],
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
    [
      'baseline: plain gray-matter, one core',
      `${seconds(results.baselineSeconds)} (${(results.bytes / 1e6 / results.baselineSeconds).toFixed(1)} MB/s)`,
    ],
    ['baseline / content pipeline', `${(results.baselineSeconds / cold.pipelineSeconds).toFixed(1)}x`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return ['| measure | value |', '| --- | --- |', ...rows.map(([name, value]) => `| ${name.padEnd(width)} | ${value} |`)].join('\n');
}
