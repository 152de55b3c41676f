// `npm start` as a reader meets it: from starting the dev server to the first story cards on the screen, in Chromium.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../test/e2e/browser.ts';

export interface FirstStoriesMeasure {
  /** Newsstand's cache and Vite's pre-bundled dependencies removed first: the first `npm start` after an install. */
  coldSeconds: number;
  /** Started again right after, both caches as the cold start left them. */
  warmSeconds: number;
}

export async function measureDevFirstStories(projectRoot: string, environment: NodeJS.ProcessEnv): Promise<FirstStoriesMeasure> {
  await rm(join(projectRoot, 'node_modules', '.cache', 'newsstand'), { recursive: true, force: true });
  await rm(join(projectRoot, 'node_modules', '.vite'), { recursive: true, force: true });
  const coldSeconds = await firstStoriesSeconds(projectRoot, environment);
  const warmSeconds = await firstStoriesSeconds(projectRoot, environment);
  return { coldSeconds, warmSeconds };
}

/** Seconds from spawning `vite` to the first card of the home feed being visible. */
async function firstStoriesSeconds(projectRoot: string, environment: NodeJS.ProcessEnv): Promise<number> {
  const browser = await launchBrowser();
  const startedAt = performance.now();
  const server = spawn(process.execPath, [join(projectRoot, 'scripts', 'vite.mjs'), '--port', '0', '--strictPort', 'false'], {
    cwd: projectRoot,
    env: { ...environment, NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        // Vite colours the port: the escape codes are taken out before reading it.
        // eslint-disable-next-line no-control-regex
        const address = /Local:\s+(http:\/\/\S+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
        if (address?.[1]) resolve(address[1]);
      };
      server.stdout.on('data', read);
      server.stderr.on('data', read);
      server.once('exit', (code) => reject(new Error(`the dev server exited with ${code}:\n${output}`)));
    });
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('feed').getByRole('article').first().waitFor({ state: 'visible', timeout: 120_000 });
    return (performance.now() - startedAt) / 1000;
  } finally {
    server.kill();
    await browser.close();
  }
}
