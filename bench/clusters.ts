// `npm run bench:clusters`: what story clustering costs a cold build, both measured in this run on the same files.
import { loadavg } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterStories } from '../plugin/cluster/story-clusters.ts';
import { buildCorpus } from '../plugin/corpus/build-corpus.ts';
import { readFiles } from '../plugin/read/read-files.ts';
import { prepareCorpus } from './corpus.ts';
import { timedBuild } from './timed-build.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.env.BENCH_FILES ?? 14_000);
const runs = 3;
const log = (message: string) => console.error(`bench: ${message}`);

const load = loadavg()
  .map((value) => value.toFixed(1))
  .join(' ');
const corpus = await prepareCorpus(count, process.env, projectRoot);
log(`${corpus.source}: ${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(1)} MB`);

log('reading the corpus');
const results = [];
for await (const result of readFiles(corpus.files, { relatedLimit: 20 })) results.push(result);
const { articles } = await buildCorpus(results);
const bodies = new Map(articles.map((article) => [article, article.body()]));

const milliseconds: number[] = [];
let summary = '';
for (let run = 0; run < runs; run += 1) {
  const startedAt = performance.now();
  const { stories, candidatePairs } = clusterStories(articles, (article) => bodies.get(article) ?? article.body());
  milliseconds.push(performance.now() - startedAt);
  const clustered = stories.filter((story) => story.articles.length + story.outside.length > 1);
  const largest = Math.max(0, ...clustered.map((story) => story.articles.length + story.outside.length));
  summary = `${articles.length} articles -> ${stories.length} stories (${clustered.length} told by several outlets, largest ${largest}); ${candidatePairs} candidate pairs`;
}

log('one cold build without the cache, clustering included');
const outDir = await mkdtemp(join(tmpdir(), 'newsstand-bench-clusters-'));
const environment: NodeJS.ProcessEnv = { ...process.env, NEWSSTAND_CONTENT: corpus.folder, NEWSSTAND_NO_CACHE: '1' };
delete environment.NEWSSTAND_BASE;
const cold = await timedBuild(projectRoot, outDir, environment);
await rm(outDir, { recursive: true, force: true });

const sorted = [...milliseconds].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
console.log(`story clusters over ${corpus.source} (load average at start ${load})`);
console.log(`  ${summary}`);
console.log(
  `  clustering: median ${median.toFixed(0)} ms of ${runs} runs (${milliseconds.map((value) => value.toFixed(0)).join(', ')} ms)`,
);
console.log(`  cold build, clustering included: ${cold.seconds.toFixed(2)} s (pipeline ${cold.pipelineSeconds.toFixed(2)} s)`);
console.log(`  clustering's share of the cold build: ${((median / 1000 / cold.seconds) * 100).toFixed(1)} %`);
