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

export function hasErrors(summary: BuildSummary): boolean {
  return summary.problems.some((problem) => problem.severity === 'error');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
