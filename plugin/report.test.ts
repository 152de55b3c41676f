import { describe, expect, it } from 'vitest';
import { formatReport, hasErrors, type BuildSummary } from './report.ts';
import type { Problem } from './types.ts';

function summary(problems: Problem[]): BuildSummary {
  return {
    counts: { articles: 27, notNews: 39, removed: 1, duplicates: 2, invalid: 3 },
    problems,
    output: { files: 40, bytes: 203_000, largest: { fileName: 'newsstand/feed/all/1.abcd1234.json', bytes: 20_800 }, oversized: [] },
    milliseconds: 1234,
  };
}

const error = (index: number): Problem => ({
  path: `/work/site/content/${index}.md`,
  line: index + 2,
  message: `bad ${index}`,
  severity: 'error',
});
const warning: Problem = { path: '/work/site/content/w.md', line: 5, message: 'dropped ampWebUrl', severity: 'warning' };

describe('formatReport', () => {
  it('summarises counts, skips by reason, output and time on one screen', () => {
    expect(formatReport(summary([warning]), '/work/site')).toBe(
      [
        'newsstand: 27 articles built in 1.23 s',
        '  skipped: 39 not news, 1 removed, 2 duplicates, 3 invalid',
        '  output: 40 JSON files, 198.2 KB, largest 20.3 KB (newsstand/feed/all/1.abcd1234.json)',
        '  0 errors, 1 warning',
      ].join('\n'),
    );
  });

  it('lists errors as path:line: message relative to the working folder, first 20 then a count', () => {
    const report = formatReport(summary([warning, ...Array.from({ length: 23 }, (_, index) => error(index))]), '/work/site');
    const lines = report.split('\n');
    expect(lines[3]).toBe('  23 errors, 1 warning');
    expect(lines[4]).toBe('    content/0.md:2: bad 0');
    expect(lines[23]).toBe('    content/19.md:21: bad 19');
    expect(lines[24]).toBe('    and 3 more');
    expect(lines).toHaveLength(25);
  });

  it('says how many files a rebuild reused as the last build left them', () => {
    const rebuilt = { ...summary([]), output: { ...summary([]).output, reused: 37 } };
    const [, , outputLine] = formatReport(rebuilt, '/work/site').split('\n');
    expect(outputLine).toContain('40 JSON files (37 unchanged since the last build)');
  });

  it('counts warnings without listing them', () => {
    expect(formatReport(summary([warning]), '/work/site')).not.toContain('dropped ampWebUrl');
  });
});

describe('hasErrors', () => {
  it('is true only when some problem is an error', () => {
    expect(hasErrors(summary([warning]))).toBe(false);
    expect(hasErrors(summary([warning, error(1)]))).toBe(true);
  });
});
