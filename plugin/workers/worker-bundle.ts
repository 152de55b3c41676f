// Node 20 cannot start a worker from TypeScript: the worker entry is bundled once per code version into plain JavaScript.
import { access, mkdir, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The workers, by the name their bundle takes: `worker` parses files (`./worker.ts`), `search-worker`
 * makes the search index (`../vite/search-worker.ts`). Pagefind stays outside the bundle: it finds
 * its binary beside its own files.
 */
const workerEntries = {
  worker: { entry: fileURLToPath(new URL('./worker.ts', import.meta.url)), external: [] as string[] },
  'search-worker': { entry: fileURLToPath(new URL('../vite/search-worker.ts', import.meta.url)), external: ['pagefind'] },
};

export type WorkerName = keyof typeof workerEntries;

/**
 * Returns `<name>-<version>.mjs` in `cacheFolder`, bundling it with the rolldown that Vite ships
 * when it is not there yet. The same file serves `vite build`, the dev server, vitest and the bench.
 */
export async function bundledWorkerFile(cacheFolder: string, codeVersion: string, name: WorkerName = 'worker'): Promise<string> {
  const file = join(cacheFolder, `${name}-${codeVersion}.mjs`);
  if (await exists(file)) return file;
  await mkdir(cacheFolder, { recursive: true });
  const { build } = await import('rolldown');
  // Built aside and renamed: two builds starting at once never run half a file.
  const temporary = `${file}.${process.pid}.tmp.mjs`;
  await build({
    input: workerEntries[name].entry,
    external: workerEntries[name].external,
    platform: 'node',
    logLevel: 'silent',
    output: { file: temporary, format: 'esm' },
  });
  await rename(temporary, file);
  await removeOlderBundles(cacheFolder, name, file);
  return file;
}

/** Every code change bundles a new worker: older ones are removed (a pool that cannot start one parses in process). */
async function removeOlderBundles(cacheFolder: string, name: WorkerName, current: string): Promise<void> {
  const names = await readdir(cacheFolder).catch(() => [] as string[]);
  const bundle = new RegExp(`^${name}-[0-9a-f]+\\.mjs$`);
  const older = names.filter((candidate) => bundle.test(candidate) && join(cacheFolder, candidate) !== current);
  await Promise.all(older.map((candidate) => unlink(join(cacheFolder, candidate)).catch(() => undefined)));
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
