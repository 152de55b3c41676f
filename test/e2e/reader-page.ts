// Opens the reader in a fresh browser context with no internet: every outside request is answered here.
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import type { SiteUnderTest } from './site';

export interface OutsideRequest {
  url: string;
  resourceType: string;
  /** The Referer header the browser sent, if any (images must send none). */
  referer: string | undefined;
}

export interface ReaderPageOptions {
  /** Path below the site's base, e.g. `?topic=joe-biden` or `article/some-id`. */
  path?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /**
   * axe-core is injected as a script tag, which the build's Content-Security-Policy rightly
   * refuses; only accessibility scans turn the policy off.
   */
  bypassContentSecurityPolicy?: boolean;
  /** Also fail the site's own logos (`/logos/...`), to see the monogram fallback. */
  failSiteLogos?: boolean;
  /**
   * Let the site's service worker run (the offline tests). Blocked otherwise: a worker answering
   * from its caches would hide what the page itself asks of the network.
   */
  serviceWorkers?: 'allow' | 'block';
  /** The browser refuses the site any storage (as some private windows and locked-down profiles do). */
  blockStorage?: boolean;
}

export interface ReaderPage {
  page: Page;
  context: BrowserContext;
  /** Every request to another host, in order. None reached the network. */
  outsideRequests: OutsideRequest[];
  /** Console errors, uncaught page errors and failed same-origin responses other than images. */
  problems: string[];
  close(): Promise<void>;
}

const interceptedDocument =
  '<!doctype html><html lang="en"><head><title>Intercepted</title></head><body>Intercepted by the test.</body></html>';

/** What the outside world answers while the reader is offline: nothing an image can show. */
async function answerOutsideRequest(route: Route): Promise<void> {
  const request = route.request();
  if (request.resourceType() === 'document') {
    // Popups from "Original" and "AMP" land here, so their URL can be asserted.
    await route.fulfill({ status: 200, contentType: 'text/html', body: interceptedDocument });
    return;
  }
  await route.fulfill({ status: 404, contentType: 'text/plain', body: 'offline' });
}

/**
 * Chromium logs "Failed to load resource" for every image that fails (an outside one the test
 * answers with a 404, or a demo logo that is missing on purpose). That is the network, not the
 * app, and the app cannot stop the browser saying it; a failed script or JSON still counts.
 */
function isImageLoadNoise(text: string, resourceUrl: string, imageUrls: Set<string>): boolean {
  return text.startsWith('Failed to load resource') && imageUrls.has(resourceUrl);
}

export async function openReaderPage(browser: Browser, site: SiteUnderTest, options: ReaderPageOptions = {}): Promise<ReaderPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    bypassCSP: options.bypassContentSecurityPolicy ?? false,
    serviceWorkers: options.serviceWorkers ?? 'block',
    acceptDownloads: true,
  });
  if (options.blockStorage) {
    await context.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The user denied storage for this site.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: refuse });
      Object.defineProperty(window, 'indexedDB', { get: refuse });
    });
  }
  const outsideRequests: OutsideRequest[] = [];
  const problems: string[] = [];

  await context.route(
    (url) => url.origin !== site.origin,
    async (route) => {
      const request = route.request();
      const headers = await request.allHeaders();
      outsideRequests.push({ url: request.url(), resourceType: request.resourceType(), referer: headers.referer });
      await answerOutsideRequest(route);
    },
  );
  if (options.failSiteLogos) {
    await context.route(`${site.home}logos/**`, (route) => route.fulfill({ status: 404, body: 'no logo' }));
  }

  const imageUrls = new Set<string>();
  context.on('request', (request) => {
    if (request.resourceType() === 'image') imageUrls.add(request.url());
  });
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (isImageLoadNoise(message.text(), message.location().url, imageUrls)) return;
    problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  context.on('weberror', (webError) => problems.push(`page error: ${webError.error().stack ?? webError.error()}`));
  context.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== site.origin || response.status() < 400) return;
    // Images may fail (fallbacks cover them); the tests check that none shows as broken.
    if (response.request().resourceType() === 'image') return;
    problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });

  const page = await context.newPage();
  await page.goto(site.home + (options.path ?? ''));
  return { page, context, outsideRequests, problems, close: () => context.close() };
}
