// The suite never passes quietly without a browser: a missing one is a clear failure.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertChromeInstalled, chromePath } from './browser';
import { repositoryRoot } from './site';

const missingBrowser = '/nowhere/chromium';
const installAdvice = /Chromium was not found at \/nowhere\/chromium\. Install it with `apt-get update && apt-get install -y chromium`/;

interface Finished {
  code: number | null;
  output: string;
}

/** Runs a Node script of the project with CHROME_PATH pointing at nothing. */
function runWithoutBrowser(script: string, ...scriptArguments: string[]): Promise<Finished> {
  return new Promise((resolveRun) => {
    execFile(
      process.execPath,
      [join(repositoryRoot, script), ...scriptArguments],
      { cwd: repositoryRoot, env: { ...process.env, CHROME_PATH: missingBrowser, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolveRun({ code, output: stdout + stderr });
      },
    );
  });
}

describe('the browser launcher', () => {
  it('fails with a message naming the missing browser and how to install it', () => {
    expect(() => assertChromeInstalled(missingBrowser)).toThrow(installAdvice);
  });

  it("uses CHROME_PATH when it is set, else Debian's /usr/bin/chromium", () => {
    const saved = process.env.CHROME_PATH;
    try {
      process.env.CHROME_PATH = '/opt/chrome/chrome';
      expect(chromePath()).toBe('/opt/chrome/chrome');
      delete process.env.CHROME_PATH;
      expect(chromePath()).toBe('/usr/bin/chromium');
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
  });

  it('makes the end-to-end run fail up front, before any build, with that message', async () => {
    const run = await runWithoutBrowser(
      'node_modules/vitest/vitest.mjs',
      'run',
      '--config',
      'test/e2e/vitest.config.ts',
      'test/e2e/home-feed.test.ts',
    );
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(installAdvice);
    expect(run.output).not.toMatch(/newsstand: \d+ articles built/);
  });

  it('makes `npm run lighthouse` fail with that message and no stack trace', async () => {
    const run = await runWithoutBrowser('scripts/run-typescript.mjs', 'scripts/lighthouse.ts');
    expect(run.code).toBe(1);
    expect(run.output).toMatch(installAdvice);
    expect(run.output).not.toMatch(/\n\s+at /);
  });
});
