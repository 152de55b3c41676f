// The corpus a benchmark runs on: generated (default), grown from real files (CORPUS_DIR), or a folder as it is (BENCH_CORPUS).
import { execFile } from 'node:child_process';
import { access, readdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { generateCorpus } from './generate-corpus.ts';

const runFile = promisify(execFile);

export interface BenchCorpus {
  folder: string;
  files: string[];
  bytes: number;
  source: string;
}

/** Generated and grown corpora are written once and reused: a marker file says the folder is complete. */
export async function prepareCorpus(count: number, environment: NodeJS.ProcessEnv, projectRoot: string): Promise<BenchCorpus> {
  if (environment.BENCH_CORPUS) return describeCorpus(resolve(environment.BENCH_CORPUS), `the folder ${environment.BENCH_CORPUS}`);
  const base = environment.BENCH_DIR ?? '/tmp/newsstand-bench';
  if (environment.CORPUS_DIR) {
    const realNews = await newsFolderOf(resolve(projectRoot, environment.CORPUS_DIR));
    const folder = join(base, `grown-${count}`);
    if (!(await isComplete(folder))) {
      const grower = resolve(projectRoot, '..', 'shared', 'tools', 'grow-corpus.py');
      await runFile('python3', [grower, realNews, folder, String(count)], { maxBuffer: 16 * 1024 * 1024 });
      await markComplete(folder);
    }
    return describeCorpus(folder, `${count} files grown from ${realNews} (grow-corpus.py)`);
  }
  const folder = join(base, String(count));
  if (!(await isComplete(folder))) {
    await generateCorpus(folder, count);
    await markComplete(folder);
  }
  return describeCorpus(folder, `${count} files from bench/generate-corpus.ts (seed 2026)`);
}

async function newsFolderOf(corpus: string): Promise<string> {
  const news = join(corpus, '_news');
  return access(news).then(
    () => news,
    () => corpus,
  );
}

async function describeCorpus(folder: string, source: string): Promise<BenchCorpus> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => join(entry.parentPath, entry.name));
  let bytes = 0;
  for (const file of files) bytes += (await stat(file)).size;
  return { folder, files: files.sort(), bytes, source };
}

const marker = '.newsstand-bench-complete';

async function isComplete(folder: string): Promise<boolean> {
  return access(join(folder, marker)).then(
    () => true,
    () => false,
  );
}

async function markComplete(folder: string): Promise<void> {
  await writeFile(join(folder, marker), `${new Date().toISOString()}\n`);
}
