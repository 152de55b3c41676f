// Per-file set-up: one browser, the site's data, and reader pages that close after each test.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { openReaderPage, type ReaderPage, type ReaderPageOptions } from './reader-page';
import { buildAndServeSite, type ServedSite, type SiteOptions, type SiteUnderTest } from './site';
import { readSiteData, type SiteData } from './site-data';

export interface ReaderSession {
  readonly browser: Browser;
  readonly site: SiteUnderTest;
  /** The build's own JSON, read from disk: what the page should show. */
  readonly data: SiteData;
  open(options?: ReaderPageOptions): Promise<ReaderPage>;
}

/** `site` is called in beforeAll, so a file may build its own site in an earlier beforeAll. */
export function useReaderSession(site: () => SiteUnderTest): ReaderSession {
  let browser: Browser | undefined;
  let currentSite: SiteUnderTest | undefined;
  let data: SiteData | undefined;
  const openPages: ReaderPage[] = [];

  beforeAll(async () => {
    currentSite = site();
    [browser, data] = await Promise.all([launchBrowser(), readSiteData(currentSite.outDir)]);
  });
  afterEach(async () => {
    await Promise.all(openPages.splice(0).map((reader) => reader.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  function ready<T>(value: T | undefined, what: string): T {
    if (value === undefined) throw new Error(`${what} is not ready: use the session inside tests`);
    return value;
  }

  return {
    get browser() {
      return ready(browser, 'The browser');
    },
    get site() {
      return ready(currentSite, 'The site');
    },
    get data() {
      return ready(data, 'The site data');
    },
    async open(options) {
      const reader = await openReaderPage(ready(browser, 'The browser'), ready(currentSite, 'The site'), options);
      openPages.push(reader);
      return reader;
    },
  };
}

/** A session on a site this file builds and serves itself (another corpus or base path). */
export function useBuiltSiteSession(siteOptions: () => SiteOptions | Promise<SiteOptions>): ReaderSession {
  let site: ServedSite | undefined;
  beforeAll(async () => {
    site = await buildAndServeSite(await siteOptions());
  });
  afterAll(async () => {
    await site?.close();
  });
  return useReaderSession(() => {
    if (!site) throw new Error('The site for this file was not built');
    return site;
  });
}
