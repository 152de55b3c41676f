import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFullReport, formatReport, hasErrors, problemKinds, reasonsToStop, type BuildSummary } from './report.ts';
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
        '  warnings by kind (one example each):',
        '    1 × content/w.md:5: dropped ampWebUrl',
      ].join('\n'),
    );
  });

  it('says how many stories the articles make, and how many several outlets told', () => {
    const lines = formatReport({ ...summary([]), stories: { articles: 61, stories: 46, clustered: 9, largest: 7 } }, '/work/site').split(
      '\n',
    );
    expect(lines[1]).toBe('  61 articles -> 46 stories (9 told by several outlets, largest 7)');
    const single = formatReport({ ...summary([]), stories: { articles: 1, stories: 1, clustered: 0, largest: 1 } }, '/work/site');
    expect(single.split('\n')[1]).toBe('  1 article -> 1 story');
  });

  it('lists errors as path:line: message relative to the working folder, first 20 then a count', () => {
    const report = formatReport(summary([warning, ...Array.from({ length: 23 }, (_, index) => error(index))]), '/work/site');
    const lines = report.split('\n');
    expect(lines[3]).toBe('  23 errors, 1 warning');
    expect(lines[4]).toBe('    content/0.md:2: bad 0');
    expect(lines[23]).toBe('    content/19.md:21: bad 19');
    expect(lines[24]).toBe('    and 3 more errors');
    expect(lines[25]).toBe('  warnings by kind (one example each):');
    expect(lines).toHaveLength(27);
  });

  it('says how many files a rebuild reused as the last build left them', () => {
    const rebuilt = { ...summary([]), output: { ...summary([]).output, reused: 37 } };
    const [, , outputLine] = formatReport(rebuilt, '/work/site').split('\n');
    expect(outputLine).toContain('40 JSON files (37 unchanged since the last build)');
  });

  it('groups warnings by kind, most frequent first, with a count and one example each', () => {
    const dropped = (index: number): Problem => ({
      path: `/work/site/content/${index}.md`,
      line: 9,
      message: `dropped link "javascript:alert(${index})": not http(s)`,
      severity: 'warning',
    });
    const report = formatReport(summary([warning, dropped(1), dropped(2), dropped(3)]), '/work/site');
    expect(report.split('\n').slice(4)).toEqual([
      '  warnings by kind (one example each):',
      '    3 × content/1.md:9: dropped link "javascript:alert(1)": not http(s)',
      '    1 × content/w.md:5: dropped ampWebUrl',
    ]);
    expect(problemKinds([dropped(1), dropped(22)])).toHaveLength(1);
  });

  it('prints every problem with NEWSSTAND_REPORT=full, and names the file that holds them all', () => {
    const problems = [warning, ...Array.from({ length: 23 }, (_, index) => error(index))];
    const lines = formatReport(summary(problems), '/work/site', {
      full: true,
      fullReportPath: '/work/site/node_modules/.cache/newsstand/report.txt',
    }).split('\n');
    expect(lines.filter((line) => line.startsWith('    error: '))).toHaveLength(23);
    expect(lines).toContain('    warning: content/w.md:5: dropped ampWebUrl');
    expect(lines.at(-1)).toBe('  every problem and skipped file: node_modules/.cache/newsstand/report.txt');
  });

  it('names every file of the full report as path.relative does, the folders that hold the working folder too', () => {
    const paths = [
      '/work/site/content/a.md',
      '/work/site/content/deep/b.md',
      '/work/site/c.md',
      '/work/elsewhere/d.md',
      '/tmp/corpus/e.md',
      '/work/site',
      '/work',
      '/',
      '/work/sitemap/f.md',
    ];
    const problems = paths.map((path): Problem => ({ path, line: 1, message: 'dropped ampWebUrl', severity: 'warning' }));
    const lines = formatReport(summary(problems), '/work/site', { full: true })
      .split('\n')
      .filter((line) => line.startsWith('    warning: '));
    expect(lines).toEqual(paths.map((path) => `    warning: ${relative('/work/site', path) || path}:1: dropped ampWebUrl`));
  });

  it('writes a full report that lists every skipped file by reason', () => {
    const skipped = [
      { path: '/work/site/content/people/yang.md', reason: 'not-news' as const },
      { path: '/work/site/content/copy.md', reason: 'duplicate' as const },
    ];
    const report = formatFullReport({ ...summary([warning]), skipped }, '/work/site');
    expect(report).toContain(
      'skipped files:\n  not-news (1):\n    content/people/yang.md\n  removed (0):\n  duplicate (1):\n    content/copy.md\n  invalid (0):\n',
    );
  });
});

describe('notes in the report', () => {
  it('say how many links the build rewrote and kept, in how many files, and count as neither error nor warning', () => {
    const note = (path: string, message: string, count: number): Problem => ({ path, line: 4, message, severity: 'note', count });
    const rewritten = "feed-redirect links rewritten to the publisher's page the AMP link names";
    const kept = "feed-redirect links kept: no AMP link names the publisher's page by a known rule";
    const lines = formatReport(
      summary([
        note('/work/site/content/a.md', rewritten, 3),
        note('/work/site/content/b.md', rewritten, 2),
        note('/work/site/content/b.md', kept, 1),
      ]),
      '/work/site',
    ).split('\n');
    expect(lines.slice(3)).toEqual([
      '  0 errors, 0 warnings',
      "  done on the reader's behalf:",
      `    5 ${rewritten} (2 files)`,
      `    1 ${kept} (1 file)`,
    ]);
  });
});

describe('reasonsToStop', () => {
  const options = { strict: false, allowEmpty: false };
  it('stops a build with no articles unless an empty site is allowed, and one whose content folder cannot be read', () => {
    const empty = { ...summary([]), counts: { ...summary([]).counts, articles: 0 } };
    expect(reasonsToStop(empty, options)).toEqual([expect.stringMatching(/^no articles were built/)]);
    expect(reasonsToStop(empty, { ...options, allowEmpty: true })).toEqual([]);
    const missing: Problem = { path: '/nope', line: 1, message: 'content folder cannot be read: no such folder', severity: 'error' };
    expect(reasonsToStop(summary([missing]), options)).toEqual(['1 content folder cannot be read']);
    expect(reasonsToStop(summary([error(1)]), options)).toEqual([]);
    expect(reasonsToStop(summary([error(1)]), { ...options, strict: true })).toEqual(['strict mode: the content has errors']);
  });
});

describe('hasErrors', () => {
  it('is true only when some problem is an error', () => {
    expect(hasErrors(summary([warning]))).toBe(false);
    expect(hasErrors(summary([warning, error(1)]))).toBe(true);
  });
});
