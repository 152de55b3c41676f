// Builds and serves the demo site once for every end-to-end file, and checks the browser first.
import type { TestProject } from 'vitest/node';
import { assertChromeInstalled } from './browser';
import { buildAndServeSite, type ServedSite, type SiteUnderTest } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    demoSite: SiteUnderTest;
  }
}

let demoSite: ServedSite | undefined;

export async function setup(project: TestProject): Promise<void> {
  // Fail the whole run up front, with the install command, rather than once per file.
  assertChromeInstalled();
  demoSite = await buildAndServeSite();
  const { outDir, origin, home, base, buildOutput } = demoSite;
  project.provide('demoSite', { outDir, origin, home, base, buildOutput });
}

export async function teardown(): Promise<void> {
  await demoSite?.close();
}
