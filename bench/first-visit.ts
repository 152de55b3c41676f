// A reader's first visit to a built site in Chromium: what it downloads (gzip) and how many elements a deep scroll leaves in the page.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/e2e/browser.ts';
import { elementCount, scrollThroughFeed } from '../test/e2e/reader-steps.ts';
import { serveSite } from '../test/e2e/site.ts';

export interface FirstVisitMeasure {
  /** HTML, JS, CSS and JSON of the first visit, each compressed with gzip as a static host would serve it. */
  gzipBytes: number;
  requests: number;
  /** Feed cards the reader scrolled past. */
  cardsScrolled: number;
  elementsAfterDeepScroll: number;
  mostElements: number;
}

const countedTypes = /html|javascript|css|json/;

export async function measureFirstVisit(outDir: string, cardsToScroll: number, pageSize: number): Promise<FirstVisitMeasure> {
  const site = await serveSite({ outDir, base: '/', buildOutput: '' });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await keepOffline(page, site.origin);
    let gzipBytes = 0;
    let requests = 0;
    const bodies: Promise<void>[] = [];
    const countResponse = (response: import('playwright-core').Response) => {
      if (!countedTypes.test(response.headers()['content-type'] ?? '')) return;
      requests += 1;
      bodies.push(
        response.body().then(
          (body) => void (gzipBytes += gzipSync(body).length),
          () => undefined,
        ),
      );
    };
    page.on('response', countResponse);
    await page.goto(site.home, { waitUntil: 'networkidle' });
    await page.getByRole('feed').getByRole('article').first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    page.off('response', countResponse);
    await Promise.all(bodies);

    const pagesWanted = Math.ceil(cardsToScroll / pageSize);
    let pagesLoaded = 1;
    page.on('response', (response) => {
      const pageNumber = /\/newsstand\/feed\/all\/(\d+)\.[^/]+\.json$/.exec(response.url())?.[1];
      if (pageNumber) pagesLoaded = Math.max(pagesLoaded, Number(pageNumber));
    });
    const record = await scrollThroughFeed(page, async () => pagesLoaded >= pagesWanted, 2000);
    return {
      gzipBytes,
      requests,
      cardsScrolled: pagesLoaded * pageSize,
      elementsAfterDeepScroll: await elementCount(page),
      mostElements: record.mostElements,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** Every request that is not for the local server gets a local 404: the numbers never depend on the network. */
async function keepOffline(page: Page, origin: string): Promise<void> {
  await page.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.fulfill({ status: 404, body: '' }),
  );
}
