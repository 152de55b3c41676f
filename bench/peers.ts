// `npm run bench:peers`: Newsstand's cold build beside Astro, Hugo and Jekyll, on the same files, in the same run.
import { spawn, spawnSync } from 'node:child_process';
import { access, cp, mkdir, readdir, rm, stat, symlink } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareCorpus } from './corpus.ts';
import { keptFoldersOf } from '../plugin/incremental/index.ts';
import { resolveOptions } from '../plugin/options.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.env.BENCH_FILES ?? 2_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const log = (message: string) => console.error(`bench: ${message}`);

interface Run {
  seconds: number;
  peakBytes: number;
}

/** One engine: how to make a run cold, the command that builds, and what says it read every file. */
interface Engine {
  name: string;
  folder: string;
  prepare(): Promise<void>;
  command: string[];
  environment?: NodeJS.ProcessEnv;
  /** What it wrote, to show it did the work. */
  output(): Promise<string>;
}

const corpus = await prepareCorpus(count, process.env, projectRoot);
const peersSource = resolve(projectRoot, '..', 'shared', 'peers');
const peersFolder = join(process.env.BENCH_DIR ?? '/tmp/newsstand-bench', 'peers');
const newsstandOut = join(peersFolder, 'newsstand-dist');

const newsstand: Engine = {
  name: 'Newsstand (`npm run build`, no cache)',
  folder: projectRoot,
  // Cold as the peers' runs are: no output folder, and no kept files to write over (build-output.ts).
  prepare: () =>
    removeAll([newsstandOut, ...Object.values(keptFoldersOf(resolveOptions({}, projectRoot, { NEWSSTAND_CONTENT: corpus.folder })))]),
  command: [process.execPath, join(projectRoot, 'scripts', 'vite.mjs'), 'build', '--outDir', newsstandOut, '--logLevel', 'warn'],
  environment: { NEWSSTAND_CONTENT: corpus.folder, NEWSSTAND_NO_CACHE: '1', NODE_ENV: 'production' },
  output: async () => `${(await readdir(join(newsstandOut, 'newsstand', 'article'))).length} article detail packs`,
};

const peers = (await Promise.all([astroPeer(), hugoPeer(), jekyllPeer()])).filter((peer) => peer !== undefined);

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
const loadAtStart = load();
log(`${corpus.source}: ${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(1)} MB`);
log(`engines: Newsstand, ${peers.map((peer) => peer.name).join(', ') || 'no peer'}; ${rounds} rounds, Newsstand before each peer`);

const runs = new Map<Engine, Run[]>([[newsstand, []], ...peers.map((peer): [Engine, Run[]] => [peer, []])]);
/** For each peer, the Newsstand runs made just before it: its ratio is measured against those. */
const beside = new Map<Engine, Run[]>(peers.map((peer) => [peer, []]));
const outputs = new Map<Engine, string>();
for (let round = 1; round <= rounds; round += 1) {
  for (const peer of peers.length > 0 ? peers : [undefined]) {
    const ours = await timed(newsstand);
    runs.get(newsstand)!.push(ours);
    log(`round ${round}: Newsstand ${ours.seconds.toFixed(2)} s, ${megabytes(ours.peakBytes)}`);
    if (!peer) continue;
    beside.get(peer)!.push(ours);
    const theirs = await timed(peer);
    runs.get(peer)!.push(theirs);
    log(`round ${round}: ${peer.name} ${theirs.seconds.toFixed(2)} s, ${megabytes(theirs.peakBytes)}`);
  }
}
for (const engine of runs.keys()) outputs.set(engine, await engine.output());

const cores = cpus();
console.log(
  `Cold builds over ${corpus.source} (${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(1)} MB); ` +
    `${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown'}), load average ${loadAtStart} at start, ${load()} at the end; ` +
    `medians of ${rounds}, Newsstand run before each peer run`,
);
console.log('');
console.log('| engine | cold build, median (runs) | peak RSS, median | Newsstand is faster by | peak RSS vs Newsstand | what it wrote |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [engine, engineRuns] of runs) {
  const seconds = median(engineRuns.map((run) => run.seconds));
  const peak = median(engineRuns.map((run) => run.peakBytes));
  const ours = beside.get(engine);
  const speed = ours ? `${(seconds / median(ours.map((run) => run.seconds))).toFixed(1)}x` : '';
  const memory = ours ? `${(peak / median(ours.map((run) => run.peakBytes))).toFixed(2)}x` : '';
  const list = engineRuns.map((run) => run.seconds.toFixed(2)).join(', ');
  console.log(
    `| ${engine.name} | ${seconds.toFixed(2)} s (${list}) | ${megabytes(peak)} | ${speed} | ${memory} | ${outputs.get(engine) ?? ''} |`,
  );
}
console.log('');
console.log('"Newsstand is faster by" divides the peer\'s median by the median of the Newsstand runs made just before that peer\'s.');

async function astroPeer(): Promise<Engine | undefined> {
  const folder = join(peersFolder, 'astro');
  if (!(await exists(join(folder, 'node_modules', 'astro')))) {
    await copyPeer('astro');
    log('installing Astro into its own folder (npm install, once)');
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel', 'error'], { cwd: folder, encoding: 'utf8' });
    if (install.status !== 0) {
      log(
        `Astro skipped: npm install in ${folder} failed (${install.stderr.trim().split('\n').at(-1) ?? ''}); run it there by hand to see why`,
      );
      return undefined;
    }
  }
  const store = join(folder, 'node_modules', '.astro');
  return {
    name: 'Astro 5 content layer (`astro sync`, glob loader)',
    folder,
    prepare: () => removeAll([store, join(folder, '.astro')]),
    command: [process.execPath, join(folder, 'node_modules', 'astro', 'astro.js'), 'sync'],
    environment: { CORPUS_DIR: corpus.folder, ASTRO_TELEMETRY_DISABLED: '1' },
    output: async () => {
      const file = join(store, 'data-store.json');
      return (await exists(file)) ? `a data store of ${megabytes((await stat(file)).size)}` : 'no data store';
    },
  };
}

/** How one peer from Debian is run, as `../shared/peers/README.md` says. */
interface DebianPeer {
  /** The command, and the Debian package of the same name. */
  binary: 'hugo' | 'jekyll';
  label: string;
  /** What its site is, after the name in the table. */
  description: string;
  versionArguments: string[];
  version: RegExp;
  /** Where the site's folder links to the corpus. */
  contentLink: string;
  /** What a cold run starts without. */
  coldFolders: string[];
  buildArguments: string[];
  /** Where it writes its pages. */
  pagesFolder: string;
}

function hugoPeer(): Promise<Engine | undefined> {
  return debianPeer({
    binary: 'hugo',
    label: 'Hugo',
    description: 'pages written as JSON',
    versionArguments: ['version'],
    version: /v([\d.]+)/,
    contentLink: 'content',
    coldFolders: ['public', 'resources'],
    buildArguments: ['--quiet'],
    pagesFolder: 'public',
  });
}

function jekyllPeer(): Promise<Engine | undefined> {
  return debianPeer({
    binary: 'jekyll',
    label: 'Jekyll',
    description: "the Smartable sites' engine",
    versionArguments: ['--version'],
    version: /([\d.]+)/,
    contentLink: '_news',
    coldFolders: ['_site', '.jekyll-cache'],
    buildArguments: ['build', '--quiet'],
    pagesFolder: join('_site', 'api', 'news'),
  });
}

async function debianPeer(peer: DebianPeer): Promise<Engine | undefined> {
  if (!onPath(peer.binary)) {
    log(`${peer.label} skipped: it is not installed (apt-get install -y ${peer.binary})`);
    return undefined;
  }
  const folder = await copyPeer(peer.binary);
  await linkCorpus(join(folder, peer.contentLink));
  return {
    name: `${peer.label} ${versionOf(peer.binary, peer.versionArguments, peer.version)} (Debian), ${peer.description}`,
    folder,
    prepare: () => removeAll(peer.coldFolders.map((cold) => join(folder, cold))),
    command: [peer.binary, ...peer.buildArguments],
    output: async () => `${await countFiles(join(folder, peer.pagesFolder))} pages`,
  };
}

async function removeAll(folders: readonly string[]): Promise<void> {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
}

/** The peer's site as `../shared/peers/` has it, copied out (shared/ is read-only); a copy already there is kept. */
async function copyPeer(name: string): Promise<string> {
  const folder = join(peersFolder, name);
  await mkdir(peersFolder, { recursive: true });
  await cp(join(peersSource, name), folder, { recursive: true, force: false, errorOnExist: false });
  return folder;
}

async function linkCorpus(link: string): Promise<void> {
  await rm(link, { recursive: true, force: true });
  await symlink(corpus.folder, link);
}

/**
 * Wall time and peak resident memory from GNU time, the same way for every engine. The page cache
 * is warm for all: the corpus is read before the first run, and every engine reads the same files.
 */
async function timed(engine: Engine): Promise<Run> {
  await engine.prepare();
  spawnSync('sync');
  const [command, ...args] = engine.command;
  const output = await run('/usr/bin/time', ['-f', 'BENCH-TIME %e %M', command!, ...args], engine.folder, {
    ...process.env,
    ...engine.environment,
  });
  const measured = /BENCH-TIME ([\d.]+) (\d+)/.exec(output);
  if (!measured) throw new Error(`${engine.name}: no time in its output:\n${output}`);
  return { seconds: Number(measured[1]), peakBytes: Number(measured[2]) * 1024 };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function versionOf(command: string, args: string[], pattern: RegExp): string {
  const output = spawnSync(command, args, { encoding: 'utf8' });
  return pattern.exec(`${output.stdout}${output.stderr}`)?.[1] ?? '';
}

async function countFiles(folder: string): Promise<number> {
  if (!(await exists(folder))) return 0;
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(0)} MB`;
}
