// Launches Debian's Chromium for the end-to-end suite, or fails loudly when it is missing.
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Playwright cannot download a browser here, so the suite drives the system one. */
export function chromePath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

/** Flags for a quiet, offline, throwaway browser (shared with the Lighthouse script). */
export const headlessChromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Throws an error that says which file is missing and how to install it. */
export function assertChromeInstalled(path = chromePath()): void {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium was not found at ${path}. Install it with ` +
        '`apt-get update && apt-get install -y chromium`, or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
}

/**
 * Playwright gives each launch a fresh profile of its own (a mkdtemp `--user-data-dir` it
 * deletes on close, and it refuses one passed in `args`), so no state leaks between runs.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromePath();
  assertChromeInstalled(executablePath);
  return chromium.launch({ executablePath, headless: true, args: headlessChromeFlags });
}
