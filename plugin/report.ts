// The one-screen summary printed after every build, the full report written beside it, and the reasons a build stops.
import { basename, dirname, join, relative, sep } from 'node:path';
import type { OutputStats } from './emit/output-writer.ts';
import type { StoryCounts } from './emit/emit-site.ts';
import { isUnreadableContentFolder } from './read/list-files.ts';
import type { BuildCounts, Problem, SkippedFile } from './types.ts';

const maxErrorsListed = 20;

export interface BuildSummary {
  counts: BuildCounts;
  problems: Problem[];
  /** Every file left out and why (absent in summaries made by hand). */
  skipped?: SkippedFile[];
  output: OutputStats;
  /** How the articles became stories (absent in summaries made by hand). */
  stories?: StoryCounts;
  milliseconds: number;
}

export interface ReportOptions {
  /** Every problem on the screen (`NEWSSTAND_REPORT=full`), not the first errors and a line a kind of warning. */
  full?: boolean;
  /** Where the full report was written, named on the screen so every line can be found. */
  fullReportPath?: string;
}

/** `61 articles -> 46 stories (9 told by several outlets, largest 7)` */
function storiesLine({ articles, stories, clustered, largest }: StoryCounts): string {
  const told = clustered > 0 ? ` (${clustered} told by several outlets, largest ${largest})` : '';
  return `  ${plural(articles, 'article')} -> ${plural(stories, 'story', 'stories')}${told}`;
}

/** `path:line: message` with the path relative to `cwd`, as editors and terminals link it. */
export function formatProblem(problem: Problem, cwd: string, relativeOf: (path: string) => string = relativeTo(cwd)): string {
  const path = relativeOf(problem.path);
  // Messages name other files (the copy a duplicate repeats): relative too, as short as the path.
  const absolute = `${cwd}${sep}`;
  const message = problem.message.includes(absolute) ? problem.message.split(absolute).join('') : problem.message;
  return `${path}:${problem.line}: ${message}`;
}

/**
 * A path relative to `cwd` (itself where it has none), each folder worked out once: the full report
 * of 14,000 files lists 18,000 problems from a few folders, and path.relative took 40 ms of it.
 */
function relativeTo(cwd: string): (path: string) => string {
  const folders = new Map<string, string>();
  return (path) => {
    // A folder that holds `cwd`, or is it, is not below a folder beside it: path.relative answers those.
    if (`${cwd}${sep}`.startsWith(`${path}${sep}`)) return relative(cwd, path) || path;
    const folder = dirname(path);
    let shown = folders.get(folder);
    if (shown === undefined) folders.set(folder, (shown = relative(cwd, folder)));
    const name = basename(path);
    return shown === '' ? name : join(shown, name);
  };
}

export function formatReport(summary: BuildSummary, cwd: string, options: ReportOptions = {}): string {
  const { counts, problems, output } = summary;
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const lines: string[] = [
    `newsstand: ${plural(counts.articles, 'article')} built in ${(summary.milliseconds / 1000).toFixed(2)} s`,
    ...(summary.stories ? [storiesLine(summary.stories)] : []),
    `  skipped: ${counts.notNews} not news, ${counts.removed} removed, ${plural(counts.duplicates, 'duplicate')}, ${counts.invalid} invalid`,
    `  output: ${plural(output.files, 'JSON file')}${output.reused ? ` (${output.reused} unchanged since the last build)` : ''}, ${kilobytes(output.bytes)}, largest ${output.largest ? `${kilobytes(output.largest.bytes)} (${output.largest.fileName})` : 'none'}` +
      (output.madeOnRequest ? `; ${plural(output.madeOnRequest, 'file')} made on request` : ''),
    `  ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`,
  ];
  const notes = problems.filter((problem) => problem.severity === 'note');
  if (notes.length > 0) lines.push("  done on the reader's behalf:", ...noteTotals(notes).map((total) => `    ${total}`));
  if (options.full) {
    const relativeOf = relativeTo(cwd);
    lines.push(
      ...problems.map(
        (problem) =>
          `    ${problem.severity}: ${formatProblem(problem, cwd, relativeOf)}${problem.count && problem.count > 1 ? ` (${problem.count})` : ''}`,
      ),
    );
  } else {
    lines.push(...errors.slice(0, maxErrorsListed).map((error) => `    ${formatProblem(error, cwd)}`));
    if (errors.length > maxErrorsListed) lines.push(`    and ${errors.length - maxErrorsListed} more errors`);
    if (warnings.length > 0) lines.push('  warnings by kind (one example each):');
    for (const { count, example } of problemKinds(warnings)) lines.push(`    ${count} × ${formatProblem(example, cwd)}`);
  }
  if (options.fullReportPath)
    lines.push(`  every problem and skipped file: ${relative(cwd, options.fullReportPath) || options.fullReportPath}`);
  return lines.join('\n');
}

/** Each kind of note with how many times it happened, and in how many files: `110 feed-redirect links rewritten … (29 files)`. */
function noteTotals(notes: readonly Problem[]): string[] {
  const totals = new Map<string, { count: number; files: Set<string> }>();
  for (const note of notes) {
    const total = totals.get(note.message) ?? { count: 0, files: new Set<string>() };
    total.count += note.count ?? 1;
    total.files.add(note.path);
    totals.set(note.message, total);
  }
  return [...totals].map(([message, { count, files }]) => `${count} ${message} (${plural(files.size, 'file')})`);
}

/** Every problem, then every skipped file by reason: the file the summary names. */
export function formatFullReport(summary: BuildSummary, cwd: string): string {
  const lines = [formatReport(summary, cwd, { full: true }), '', 'skipped files:'];
  const skipped = summary.skipped ?? [];
  const reasons = ['not-news', 'removed', 'duplicate', 'invalid'] as const;
  for (const reason of reasons) {
    const files = skipped.filter((file) => file.reason === reason);
    lines.push(`  ${reason} (${files.length}):`, ...files.map((file) => `    ${relative(cwd, file.path) || file.path}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Problems grouped by what is wrong, most frequent first: the message with its particulars (quoted
 * values, paths, numbers) taken out names the kind.
 */
export function problemKinds(problems: readonly Problem[]): { kind: string; count: number; example: Problem }[] {
  const kinds = new Map<string, { kind: string; count: number; example: Problem }>();
  for (const problem of problems) {
    const kind = problem.message
      .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
      .replace(/\S*[\\/]\S*/g, '…')
      .replace(/\d+/g, 'N');
    const entry = kinds.get(kind);
    if (entry) entry.count += 1;
    else kinds.set(kind, { kind, count: 1, example: problem });
  }
  return [...kinds.values()].sort((a, b) => b.count - a.count);
}

/**
 * Why a build must stop rather than publish what it made: a content folder that cannot be read (a
 * mistyped path is configuration, not content), no articles at all (unless an empty site is
 * intended), or any error in strict mode. Empty when the build may go on.
 */
export function reasonsToStop(summary: BuildSummary, options: { strict: boolean; allowEmpty: boolean }): string[] {
  const reasons: string[] = [];
  const unreadableFolders = summary.problems.filter(isUnreadableContentFolder);
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

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
