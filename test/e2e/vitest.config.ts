// End-to-end tests: real builds served by `vite preview`, driven in Debian's Chromium, one file at a time.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  test: {
    name: 'e2e',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    // One demo build and server for the whole run; files that need another corpus build their own.
    globalSetup: ['test/e2e/global-setup.ts'],
    // CI has two cores: a browser, a preview server and a build each want one, so files take turns.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
