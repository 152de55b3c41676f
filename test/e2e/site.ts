// Builds the site into a temporary folder and serves it with `vite preview`, as a static host would.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { preview } from 'vite';

export const repositoryRoot = resolve(import.meta.dirname, '..', '..');

export interface SiteOptions {
  /** Content folders (NEWSSTAND_CONTENT); the demo content when absent. */
  content?: string[];
  /** Base path (NEWSSTAND_BASE), with leading and trailing slashes; `/` when absent. */
  base?: string;
  /** Stories a search shard holds (NEWSSTAND_SEARCH_SHARD_STORIES): small, to make several shards of a small site. */
  searchShardStories?: number;
}

export interface BuiltSite {
  outDir: string;
  base: string;
  /** The build's printed report, for tests and for failure messages. */
  buildOutput: string;
}

/** A served build as tests see it (also what the global setup hands every file). */
export interface SiteUnderTest extends BuiltSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Origin plus base path: where the reader's home page is. */
  home: string;
}

export interface ServedSite extends SiteUnderTest {
  close(): Promise<void>;
}

const runFile = promisify(execFile);

/**
 * Builds in a child process with the same environment variables a user would set, so the
 * suite covers the documented knobs and each build gets a clean plugin state.
 */
export async function buildSite(options: SiteOptions = {}, into?: string): Promise<BuiltSite> {
  // `into`: a rebuild over an earlier build's folder, as a deploy replaces a site.
  const outDir = into ?? (await mkdtemp(join(tmpdir(), 'newsstand-e2e-site-')));
  const base = options.base ?? '/';
  // Vitest sets NODE_ENV=test and Vite's module runner development; a build inherits it and would
  // ship React's development bundle (633 kB, slow), so the suite would not test what users get.
  const environment: NodeJS.ProcessEnv = { ...process.env, NEWSSTAND_BASE: base, NODE_ENV: 'production' };
  if (options.content) environment.NEWSSTAND_CONTENT = options.content.join(':');
  else delete environment.NEWSSTAND_CONTENT;
  if (options.searchShardStories) environment.NEWSSTAND_SEARCH_SHARD_STORIES = String(options.searchShardStories);
  else delete environment.NEWSSTAND_SEARCH_SHARD_STORIES;
  // As `npm run build` runs it (scripts/vite.mjs sets the bundler's allocator up, then runs Vite).
  const viteBinary = join(repositoryRoot, 'scripts', 'vite.mjs');
  try {
    const { stdout, stderr } = await runFile(process.execPath, [viteBinary, 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: repositoryRoot,
      env: environment,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { outDir, base, buildOutput: stdout + stderr };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    throw new Error(`vite build failed (${JSON.stringify(options)}):\n${failure.stdout ?? ''}${failure.stderr ?? ''}`, { cause: error });
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Serves a build with the project's own preview server (and so its SPA fallback). */
export async function serveSite(site: BuiltSite): Promise<ServedSite> {
  const port = await freePort();
  const server = await preview({
    root: repositoryRoot,
    configFile: join(repositoryRoot, 'vite.config.ts'),
    base: site.base,
    logLevel: 'warn',
    build: { outDir: site.outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    ...site,
    origin,
    home: origin + site.base,
    async close() {
      await server.close();
    },
  };
}

export async function buildAndServeSite(options: SiteOptions = {}): Promise<ServedSite> {
  const served = await serveSite(await buildSite(options));
  return {
    ...served,
    async close() {
      await served.close();
      await rm(served.outDir, { recursive: true, force: true });
    },
  };
}
