import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsFile } from '../fixtures/news-file.ts';
import { wholeResult } from '../fixtures/whole-result.ts';
import { readFiles } from '../read/read-files.ts';
import type { FileResult } from '../types.ts';
import { createWorkerPool } from './worker-pool.ts';

const options = { relatedLimit: 20 };
let folder: string;

/** A stand-in worker speaking the pool's protocol: it dies on "crash", throws on "throw", else answers an article-less result. */
const standInWorker = `
import { parentPort } from 'node:worker_threads';
parentPort.postMessage({ ready: true });
parentPort.on('message', (task) => {
  if (task.path.includes('crash')) process.exit(3);
  if (task.path.includes('throw')) return parentPort.postMessage({ id: task.id, failure: 'Error: boom' });
  const text = Buffer.from(task.source).toString('utf8');
  parentPort.postMessage({ id: task.id, resultJson: JSON.stringify({ path: task.path, outcome: { kind: 'skipped', reason: 'not-news' }, problems: [{ path: task.path, line: text.length, message: 'seen', severity: 'warning' }] }) });
});
`;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsstand-workers-'));
  await writeFile(join(folder, 'stand-in.mjs'), standInWorker);
  await writeFile(join(folder, 'broken.mjs'), 'throw new Error("cannot start");');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const bytes = (text: string) => new Uint8Array(Buffer.from(text));
const inProcess = (path: string): FileResult => ({
  path,
  outcome: { kind: 'invalid' },
  problems: [{ path, line: 7, message: 'parsed here', severity: 'error' }],
});

describe('the worker pool', () => {
  it('never loses the other files when a worker crashes, and reports the file that crashed it', async () => {
    const pool = createWorkerPool(join(folder, 'stand-in.mjs'), 2, inProcess);
    const paths = ['a.md', 'b.md', 'crash.md', 'c.md', 'd.md', 'e.md'];
    const results = await Promise.all(paths.map((path) => pool.run(path, bytes(`${path}!`), options)));
    await pool.close();
    expect(results.map((result) => result.path)).toEqual(paths);
    expect(results.filter((result) => result.problems[0]?.message === 'seen')).toHaveLength(5);
    expect(results[2]?.problems[0]).toMatchObject({ path: 'crash.md', line: 1, severity: 'error' });
    expect(results[2]?.problems[0]?.message).toMatch(/worker stopped on this file/);
  });

  it('turns an exception inside a worker into an error on that file', async () => {
    const pool = createWorkerPool(join(folder, 'stand-in.mjs'), 1, inProcess);
    const result = await pool.run('throw.md', bytes('x'), options);
    await pool.close();
    expect(result.problems).toEqual([{ path: 'throw.md', line: 1, message: 'the parser failed: Error: boom', severity: 'error' }]);
  });

  it('holds the process open only while a thread is at work when asked: a dev site or the bench may exit while its threads idle', async () => {
    const ports = () => process.getActiveResourcesInfo().filter((resource) => resource === 'MessagePort').length;
    const before = ports();
    const pool = createWorkerPool(join(folder, 'stand-in.mjs'), 2, inProcess, { unref: true });
    const running = pool.run('a.md', bytes('a!'), options);
    expect(ports()).toBeGreaterThan(before);
    await running;
    expect(ports()).toBe(before);
    await pool.close();
  });

  it('parses on this thread when the worker file cannot even start', async () => {
    const pool = createWorkerPool(join(folder, 'broken.mjs'), 2, inProcess);
    const results = await Promise.all(['a.md', 'b.md'].map((path) => pool.run(path, bytes('x'), options)));
    await pool.close();
    expect(results.map((result) => result.problems[0]?.message)).toEqual(['parsed here', 'parsed here']);
  });
});

describe('readFiles with worker threads', () => {
  it('reports YAML and field errors found in a worker with the right file and line, in path order', async () => {
    const content = join(folder, 'content');
    await mkdir(content, { recursive: true });
    const good = newsFile({ title: 'Harbour vote', url: 'https://news.example/vote' });
    const files: [string, string][] = [
      ['2026-10-01-good.md', good],
      ['2026-10-02-bad-yaml.md', good.replace('heat: 10', 'heat: [10')],
      ['2026-10-03-bad-link.md', good.replace('webUrl: "https://news.example/vote"', 'webUrl: "javascript:alert(1)"')],
      ['2026-10-04-good-too.md', good.replace('news.example/vote', 'news.example/other')],
    ];
    for (const [name, text] of files) await writeFile(join(content, name), text);
    const paths = files.map(([name]) => join(content, name));
    const settings = { cacheFolder: join(folder, 'cache'), workerThreshold: 0, threads: 2 };
    const results: FileResult[] = [];
    for await (const result of readFiles(paths, options, settings)) results.push(wholeResult(result));
    const inProcessResults: FileResult[] = [];
    for await (const result of readFiles(paths, options, { ...settings, workerThreshold: 1000 }))
      inProcessResults.push(wholeResult(result));

    expect(results).toEqual(inProcessResults);
    expect(results.map((result) => result.path)).toEqual(paths);
    const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(results[1]?.problems[0]).toMatchObject({ path: paths[1], severity: 'error' });
    expect(results[1]?.problems[0]?.line).toBeGreaterThanOrEqual(lineOf(files[1]?.[1] ?? '', 'heat: [10'));
    expect(results[2]?.problems[0]).toMatchObject({ path: paths[2], line: lineOf(files[2]?.[1] ?? '', 'javascript:') });
  });
});
