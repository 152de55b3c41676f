// The one-screen summary printed after every build, and the strict-mode failure built from it.
import { relative } from 'node:path';
import type { OutputStats } from './emit/output-writer.ts';
import type { BuildCounts, Problem } from './types.ts';

const maxErrorsListed = 20;

export interface BuildSummary {
  counts: BuildCounts;
  problems: Problem[];
  output: OutputStats;
  milliseconds: number;
}

/** `path:line: message` with the path relative to `cwd`, as editors and terminals link it. */
export function formatProblem(problem: Problem, cwd: string): string {
  const path = relative(cwd, problem.path) || problem.path;
  return `${path}:${problem.line}: ${problem.message}`;
}

export function formatReport(summary: BuildSummary, cwd: string): string {
  const { counts, problems, output } = summary;
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.length - errors.length;
  const lines = [
    `newsstand: ${plural(counts.articles, 'article')} built in ${(summary.milliseconds / 1000).toFixed(2)} s`,
    `  skipped: ${counts.notNews} not news, ${counts.removed} removed, ${plural(counts.duplicates, 'duplicate')}, ${counts.invalid} invalid`,
    `  output: ${plural(output.files, 'JSON file')}${output.reused ? ` (${output.reused} unchanged since the last build)` : ''}, ${kilobytes(output.bytes)}, largest ${output.largest ? `${kilobytes(output.largest.bytes)} (${output.largest.fileName})` : 'none'}` +
      (output.madeOnRequest ? `; ${plural(output.madeOnRequest, 'article file')} made on request` : ''),
    `  ${plural(errors.length, 'error')}, ${plural(warnings, 'warning')}`,
    ...errors.slice(0, maxErrorsListed).map((error) => `    ${formatProblem(error, cwd)}`),
  ];
  if (errors.length > maxErrorsListed) lines.push(`    and ${errors.length - maxErrorsListed} more`);
  return lines.join('\n');
}

/**
 * Why a build must stop rather than publish what it made: a content folder that cannot be read (a
 * mistyped path is configuration, not content), no articles at all (unless an empty site is
 * intended), or any error in strict mode. Empty when the build may go on.
 */
export function reasonsToStop(summary: BuildSummary, options: { strict: boolean; allowEmpty: boolean }): string[] {
  const reasons: string[] = [];
  const unreadableFolders = summary.problems.filter((problem) => problem.message.startsWith('content folder cannot be read'));
  if (unreadableFolders.length > 0) reasons.push(`${plural(unreadableFolders.length, 'content folder')} cannot be read`);
  if (summary.counts.articles === 0 && !options.allowEmpty) {
    reasons.push('no articles were built (set NEWSSTAND_ALLOW_EMPTY=1 or the allowEmpty option if an empty site is intended)');
  }
  if (options.strict && hasErrors(summary)) reasons.push('strict mode: the content has errors');
  return reasons;
}

export function hasErrors(summary: BuildSummary): boolean {
  return summary.problems.some((problem) => problem.severity === 'error');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
