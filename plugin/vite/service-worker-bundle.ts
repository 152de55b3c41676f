// The service worker's code depends on its own modules only, never on the content: it is bundled
// once for each change to them, and the same code serves every build in between.
import { hash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';

export interface ServiceWorkerBundleSettings {
  /** The worker's source, `src/features/offline/service-worker.ts`. */
  entry: string;
  /** Newsstand's cache folder: the bundle is kept there beside the list of modules it was made from. */
  cacheFolder: string;
  /** `process.env.NODE_ENV` inside the worker: Workbox logs each step unless it is `production`. */
  mode: string;
}

/** What is kept between builds: the code, and every module it was made from with its content's hash. */
interface KeptBundle {
  settings: string;
  modules: [path: string, contentHash: string][];
  code: string;
}

const keptFileName = 'service-worker-bundle.json';

/**
 * The worker's code, minified, with Workbox's `self.__WB_MANIFEST` left in place for the precache
 * list. Reused when none of the modules the last bundle was made from has changed; bundled with
 * the rolldown that Vite ships otherwise.
 */
export async function serviceWorkerBundle(settings: ServiceWorkerBundleSettings): Promise<string> {
  const { build, VERSION } = await import('rolldown');
  const settingsKey = JSON.stringify({ entry: settings.entry, mode: settings.mode, rolldown: VERSION });
  const keptFile = join(settings.cacheFolder, keptFileName);
  const kept = await readKept(keptFile);
  if (kept?.settings === settingsKey && (await modulesUnchanged(kept.modules))) return kept.code;

  const output = await build({
    input: settings.entry,
    platform: 'browser',
    logLevel: 'silent',
    write: false,
    transform: { define: { 'process.env.NODE_ENV': JSON.stringify(settings.mode) } },
    output: { format: 'es', minify: true, codeSplitting: false },
  });
  const chunk = output.output[0];
  // Rolldown's own modules (the runtime) have ids that are not paths: they change only with its version.
  const paths = chunk.moduleIds.filter((id) => isAbsolute(id));
  const modules = await Promise.all(paths.map(async (path) => [path, contentHash(await readFile(path))] as [string, string]));
  await keep(keptFile, { settings: settingsKey, modules, code: chunk.code });
  return chunk.code;
}

async function readKept(file: string): Promise<KeptBundle | undefined> {
  try {
    const kept = JSON.parse(await readFile(file, 'utf8')) as Partial<KeptBundle>;
    return typeof kept.settings === 'string' && Array.isArray(kept.modules) && typeof kept.code === 'string'
      ? (kept as KeptBundle)
      : undefined;
  } catch {
    return undefined;
  }
}

async function modulesUnchanged(modules: KeptBundle['modules']): Promise<boolean> {
  const now = await Promise.all(modules.map(([path]) => readFile(path).then(contentHash, () => '')));
  return modules.every(([, before], index) => now[index] === before);
}

/** Written aside and renamed: two builds at once never read half a file. */
async function keep(file: string, bundle: KeptBundle): Promise<void> {
  try {
    await mkdir(join(file, '..'), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(bundle));
    await rename(temporary, file);
  } catch {
    // A cache that cannot be written costs the next build a bundle, nothing else.
  }
}

function contentHash(bytes: Buffer): string {
  return hash('sha256', bytes, 'hex');
}
