// Build output written straight to disk: staged while the pipeline runs, moved into outDir once Vite has written its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { WriteFile } from './output-files.ts';

/**
 * Thousands of JSON files through `emitFile` would sit in the bundler's memory and fill Vite's
 * size table line by line; written here, they cost one `rename` at the end.
 */
export interface StagedOutput {
  write: WriteFile;
  /** Moves the staged `newsstand/` folder into `outDir`, replacing any older one. */
  moveInto(outDir: string): Promise<void>;
  discard(): Promise<void>;
}

export async function createStagedOutput(cacheFolder: string): Promise<StagedOutput> {
  await mkdir(cacheFolder, { recursive: true });
  const stage = await mkdtemp(join(cacheFolder, 'staging-'));
  const createdFolders = new Set<string>();
  return {
    write(fileName, json) {
      const path = join(stage, fileName);
      const folder = dirname(path);
      if (!createdFolders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        createdFolders.add(folder);
      }
      writeFileSync(path, json);
    },
    async moveInto(outDir) {
      const target = join(outDir, 'newsstand');
      await rm(target, { recursive: true, force: true });
      await mkdir(outDir, { recursive: true });
      const staged = join(stage, 'newsstand');
      try {
        await rename(staged, target);
      } catch (error) {
        // A cache on another disk than outDir cannot be renamed across: copy instead.
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        await cp(staged, target, { recursive: true });
      }
      await rm(stage, { recursive: true, force: true });
    },
    discard: () => rm(stage, { recursive: true, force: true }),
  };
}
