import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberedCard } from '../fixtures/numbered-card.ts';
import { searchRecordOf } from '../emit/search-records.ts';
import { prepareSearchThread } from './search-thread.ts';

describe('prepareSearchThread', () => {
  it('makes no index, and keeps none, once stopped, even when the records came while its worker was being bundled', async () => {
    const cacheFolder = await mkdtemp(join(tmpdir(), 'newsstand-search-thread-'));
    try {
      const keptFolder = join(cacheFolder, 'search');
      // A fresh cache folder: the worker is still being bundled when the build fails and stops it.
      const thread = prepareSearchThread({ cacheFolder, keptFolder });
      const index = thread.start([searchRecordOf(numberedCard(1))]);
      await thread.close();
      await expect(index).rejects.toThrow(/stopped/);
      expect(await readdir(cacheFolder)).not.toContain('search');
    } finally {
      await rm(cacheFolder, { recursive: true, force: true });
    }
  }, 30_000);
});
