import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serviceWorkerBundle } from './service-worker-bundle.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A worker source importing one module of its own, and an empty cache folder. */
function workerProject() {
  const folder = mkdtempSync(join(tmpdir(), 'newsstand-worker-bundle-'));
  folders.push(folder);
  writeFileSync(join(folder, 'greeting.ts'), "export const greeting: string = 'hello from the first version';\n");
  writeFileSync(
    join(folder, 'worker.ts'),
    [
      "import { greeting } from './greeting.ts';",
      "if (process.env.NODE_ENV !== 'production') console.log('development only');",
      'console.log(greeting, (self as unknown as { __WB_MANIFEST: unknown }).__WB_MANIFEST);',
    ].join('\n'),
  );
  return { folder, settings: { entry: join(folder, 'worker.ts'), cacheFolder: join(folder, 'cache'), mode: 'production' } };
}

const keptCode = (cacheFolder: string): string =>
  (JSON.parse(readFileSync(join(cacheFolder, 'service-worker-bundle.json'), 'utf8')) as { code: string }).code;

describe('serviceWorkerBundle', () => {
  it("bundles the worker with its imports, NODE_ENV defined, and Workbox's injection point left as it is", async () => {
    const { settings } = workerProject();
    const code = await serviceWorkerBundle(settings);
    expect(code).toContain('hello from the first version');
    expect(code).toContain('self.__WB_MANIFEST');
    expect(code).not.toContain('development only');
    expect(code).not.toMatch(/\bimport\b/);
  });

  it('reuses the kept bundle while none of its modules has changed, and bundles again when one has', async () => {
    const { folder, settings } = workerProject();
    await serviceWorkerBundle(settings);
    // Marked, so a reuse is told from a second bundle of the same code.
    const keptFile = join(settings.cacheFolder, 'service-worker-bundle.json');
    const kept = JSON.parse(readFileSync(keptFile, 'utf8')) as { code: string };
    writeFileSync(keptFile, JSON.stringify({ ...kept, code: `${kept.code}/* kept */` }));
    expect(await serviceWorkerBundle(settings)).toMatch(/\/\* kept \*\/$/);

    writeFileSync(join(folder, 'greeting.ts'), "export const greeting: string = 'hello from the second version';\n");
    const rebundled = await serviceWorkerBundle(settings);
    expect(rebundled).toContain('hello from the second version');
    expect(rebundled).not.toContain('/* kept */');
    expect(keptCode(settings.cacheFolder)).toBe(rebundled);
  });

  it('bundles again for another mode, and when the kept file is unreadable', async () => {
    const { settings } = workerProject();
    await serviceWorkerBundle(settings);
    expect(await serviceWorkerBundle({ ...settings, mode: 'development' })).toContain('development only');
    writeFileSync(join(settings.cacheFolder, 'service-worker-bundle.json'), '{"settings": 1');
    expect(await serviceWorkerBundle(settings)).toContain('hello from the first version');
  });
});
