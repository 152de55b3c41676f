// THE per-file unit of work: bytes in, FileResult out. Pure and synchronous (no I/O, no clock, no shared state)
// so it can run in worker threads and its result can be cached by content hash.
import { normalizeArticle } from '../normalize/normalize-article.ts';
import { decodeSource, parseFrontMatter } from './front-matter.ts';
import { createReporter } from '../normalize/problem-reporter.ts';
import { fileSlug } from '../normalize/slug.ts';
import type { FileResult, ParseOptions } from '../types.ts';

/**
 * The largest article file read: the real Smartable files top out near 350 KB, almost all of it the
 * `related` list. A larger file is reported and skipped before any parsing, so no file can hold a
 * build (or the dev server) for minutes.
 */
export const maxFileBytes = 4 * 1024 * 1024;

/** The result for a file over `maxFileBytes`, or undefined when it is within the limit. */
export function oversizedFile(path: string, source: Buffer | string): FileResult | undefined {
  const bytes = typeof source === 'string' ? Buffer.byteLength(source) : source.length;
  if (bytes <= maxFileBytes) return undefined;
  const size = `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return {
    path,
    outcome: { kind: 'invalid' },
    problems: [
      {
        path,
        line: 1,
        message: `the file is ${size}, over the ${maxFileBytes / 1024 / 1024} MB limit for an article: skipped`,
        severity: 'error',
      },
    ],
  };
}

export function parseFile(path: string, source: Buffer | string, options: ParseOptions): FileResult {
  return oversizedFile(path, source) ?? parseFileWithinLimit(path, source, options);
}

/** `parseFile` for a source already found within `maxFileBytes`: measuring a decoded text again costs a pass over it. */
export function parseFileWithinLimit(path: string, source: Buffer | string, options: ParseOptions): FileResult {
  const decoded = decodeSource(path, source);
  const parsed = parseFrontMatter(path, decoded.text);
  if (!parsed.ok) return { path, outcome: { kind: 'invalid' }, problems: [...decoded.problems, ...parsed.problems] };
  const reporter = createReporter(path, parsed.text, decoded.problems);
  const fileName = path.split(/[\\/]/).pop() ?? path;
  const outcome = normalizeArticle(parsed.data, {
    id: fileSlug(path),
    fileName,
    relatedLimit: options.relatedLimit,
    reporter,
  });
  return { path, outcome, problems: reporter.problems() };
}
