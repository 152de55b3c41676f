// The unit of work a worker (or the main thread, for small corpora) runs: one file's bytes -> its FileResult, fast.
import { isUtf8 } from 'node:buffer';
import { oversizedFile, parseFileWithinLimit } from './parse-file.ts';
import { limitRelated, originalLine } from './related-limit.ts';
import type { FileResult, ParseOptions } from '../types.ts';

/**
 * Same result as `parseFile` on the whole file, but long related lists are cut before YAML
 * parsing. When the cut leaves fewer related cards than the limit (repeats, invalid items, links
 * that turn out to be one story), the whole file is parsed again, so the top stories never change.
 */
export function parseFileQuickly(path: string, source: Buffer | string, options: ParseOptions): FileResult {
  const oversized = oversizedFile(path, source);
  if (oversized) return oversized;
  const bytes = typeof source === 'string' ? Buffer.from(source) : source;
  // Invalid UTF-8 is rare and reported with a line by parseFile: it gets the bytes as they are.
  if (!isUtf8(bytes)) return parseFileWithinLimit(path, source, options);
  const cut = limitRelated(bytes, options.relatedLimit);
  const whole = () => parseFileWithinLimit(path, typeof source === 'string' ? source : bytes.toString('utf8'), options);
  if (cut === undefined) return whole();
  const result = parseFileWithinLimit(path, cut.text, options);
  const { outcome } = result;
  if (outcome.kind !== 'article' || outcome.article.related.length < options.relatedLimit) return whole();
  // Problems after the cut sit on lines the cut moved up: put them back where the file has them.
  return { ...result, problems: result.problems.map((problem) => ({ ...problem, line: originalLine(problem.line, cut) })) };
}
