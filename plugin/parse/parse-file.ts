// THE per-file unit of work: bytes in, FileResult out. Pure and synchronous (no I/O, no clock, no shared state)
// so it can run in worker threads and its result can be cached by content hash.
import { normalizeArticle } from '../normalize/normalize-article.ts';
import { decodeSource, parseFrontMatter } from './front-matter.ts';
import { createReporter } from '../normalize/problem-reporter.ts';
import { fileSlug } from '../normalize/slug.ts';
import type { FileResult, ParseOptions } from '../types.ts';

export function parseFile(path: string, source: Buffer | string, options: ParseOptions): FileResult {
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
