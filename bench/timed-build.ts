// One real `vite build` in a child process, as a user runs it: wall time, peak memory, the pipeline's own time, the output's size.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BuildMeasure {
  seconds: number;
  /** The `newsstand: … built in X s` line: listing, parsing and writing the JSON, without Vite's bundling. */
  pipelineSeconds: number;
  peakBytes: number;
  outputFiles: number;
  outputBytes: number;
  largestJson: { fileName: string; bytes: number };
}

const peakMemoryModule = fileURLToPath(new URL('./peak-memory.mjs', import.meta.url));

/**
 * Each timed build starts after `sync`: a build writes hundreds of megabytes, and the disk writing
 * them back while the next build runs put 0.3 s into a rebuild measured right after a cold build.
 */
export async function timedBuild(projectRoot: string, outDir: string, environment: NodeJS.ProcessEnv): Promise<BuildMeasure> {
  spawnSync('sync');
  const scratch = await mkdtemp(join(tmpdir(), 'newsstand-bench-peak-'));
  const peakFile = join(scratch, 'peak');
  // As `npm run build` runs it: through scripts/vite.mjs, which sets the bundler's allocator up first.
  const viteBinary = join(projectRoot, 'scripts', 'vite.mjs');
  const startedAt = performance.now();
  const output = await run(
    process.execPath,
    ['--import', peakMemoryModule, viteBinary, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'info'],
    { cwd: projectRoot, env: { ...environment, NODE_ENV: 'production', BENCH_PEAK_MEMORY_FILE: peakFile } },
  );
  const seconds = (performance.now() - startedAt) / 1000;
  const peakBytes = Number(await readFile(peakFile, 'utf8'));
  await rm(scratch, { recursive: true, force: true });
  const pipeline = /newsstand: .* built in ([\d.]+) s/.exec(output);
  if (!pipeline) throw new Error(`no newsstand summary in the build output:\n${output}`);
  return { seconds, pipelineSeconds: Number(pipeline[1]), peakBytes, ...(await outputSize(outDir)) };
}

async function outputSize(outDir: string): Promise<Pick<BuildMeasure, 'outputFiles' | 'outputBytes' | 'largestJson'>> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  let outputFiles = 0;
  let outputBytes = 0;
  let largestJson = { fileName: '', bytes: 0 };
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { size } = await stat(path);
    outputFiles += 1;
    outputBytes += size;
    if (entry.name.endsWith('.json') && size > largestJson.bytes) largestJson = { fileName: relative(outDir, path), bytes: size };
  }
  return { outputFiles, outputBytes, largestJson };
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`vite build exited with ${code}:\n${output}`))));
  });
}
