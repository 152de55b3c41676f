// Node 20 cannot start a worker from TypeScript: the worker entry is bundled once per code version into plain JavaScript.
import { access, mkdir, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const workerEntry = fileURLToPath(new URL('./worker.ts', import.meta.url));

/**
 * Returns `worker-<version>.mjs` in `cacheFolder`, bundling it with the rolldown that Vite ships
 * when it is not there yet. The same file serves `vite build`, the dev server, vitest and the bench.
 */
export async function bundledWorkerFile(cacheFolder: string, codeVersion: string): Promise<string> {
  const file = join(cacheFolder, `worker-${codeVersion}.mjs`);
  if (await exists(file)) return file;
  await mkdir(cacheFolder, { recursive: true });
  const { build } = await import('rolldown');
  // Built aside and renamed: two builds starting at once never run half a file.
  const temporary = `${file}.${process.pid}.tmp.mjs`;
  await build({
    input: workerEntry,
    platform: 'node',
    logLevel: 'silent',
    output: { file: temporary, format: 'esm' },
  });
  await rename(temporary, file);
  await removeOlderBundles(cacheFolder, file);
  return file;
}

/** Every code change bundles a new worker: older ones are removed (a pool that cannot start one parses in process). */
async function removeOlderBundles(cacheFolder: string, current: string): Promise<void> {
  const names = await readdir(cacheFolder).catch(() => [] as string[]);
  const older = names.filter((name) => /^worker-[0-9a-f]+\.mjs$/.test(name) && join(cacheFolder, name) !== current);
  await Promise.all(older.map((name) => unlink(join(cacheFolder, name)).catch(() => undefined)));
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
