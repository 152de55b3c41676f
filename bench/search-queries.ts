// Two searches in Chromium on a built site, as a reader makes them from the home page: what each fetches and how soon its results show.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, Request, Response } from 'playwright-core';
import type { Card, FeedPage } from '../src/model/index.ts';
import { searchIndexFolder } from '../src/model/index.ts';
import { launchBrowser } from '../test/e2e/browser.ts';
import { serveSite } from '../test/e2e/site.ts';

/** Bytes and files of one kind of response, bodies as fetched (Pagefind's files are compressed by Pagefind itself). */
export interface FetchedBytes {
  bytes: number;
  files: number;
}

export interface QueryMeasure {
  query: string;
  /** The count the results heading gives. */
  results: number;
  /** From the Enter key's event to the first frame that shows the results heading (and a card, when there are results). */
  enterToResultsMs: number;
  /** Pagefind's code: `pagefind.js`, `pagefind-worker.js`, `wasm.*.pagefind`. */
  runtime: FetchedBytes;
  /** The index's pieces: `pagefind-entry.json`, `*.pf_meta`, `index/*.pf_index`, `filter/*.pf_filter`. */
  index: FetchedBytes;
  /** One `fragment/*.pf_fragment` a shown result. */
  fragments: FetchedBytes;
  /** The app's lazily loaded code (the results page's chunk): JS and CSS under `assets/`. */
  appCode: FetchedBytes;
  /** Everything else: the app's JSON (the providers list) and the cards' images (provider logos). */
  other: FetchedBytes;
}

export interface SearchMeasure {
  /** `newsstand/search/` on disk. */
  indexBytes: number;
  indexFiles: number;
  first: QueryMeasure;
  second: QueryMeasure;
}

/** Words that say little about a story: a query of them would find half the corpus. */
const plainWords = new Set(
  (
    'about above after again against along among around because been before being below between both could during each every ' +
    'first from have having here into just last like more most much next only other over said says since some still such than ' +
    'that their them then there these they this those three through under until upon very what when where which while will with ' +
    'would year years your'
  ).split(' '),
);

/** Two words of a title worth searching for: its two longest words of five letters or more, in the title's order. */
export function distinctiveWords(title: string, excluded: ReadonlySet<string> = new Set()): string[] {
  const words = Array.from(title.matchAll(/\p{L}[\p{L}']*/gu), (match) => match[0].replace(/'.*$/, ''));
  const seen = new Set<string>();
  const candidates = words.filter((word) => {
    const key = word.toLocaleLowerCase('en');
    if (word.length < 5 || plainWords.has(key) || excluded.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const chosen = new Set([...candidates].sort((a, b) => b.length - a.length).slice(0, 2));
  return candidates.filter((word) => chosen.has(word));
}

async function feedPage(outDir: string, pageNumber: number): Promise<FeedPage | undefined> {
  const folder = join(outDir, 'newsstand', 'feed', 'all');
  const name = (await readdir(folder)).find((file) => file.startsWith(`${pageNumber}.`) && file.endsWith('.json'));
  return name ? (JSON.parse(await readFile(join(folder, name), 'utf8')) as FeedPage) : undefined;
}

/** Two queries from the built site's own titles: the first card of the feed's first page, then one of its second page. */
export async function queriesFromSite(outDir: string): Promise<[string, string]> {
  const first = await feedPage(outDir, 1);
  const second = await feedPage(outDir, 2);
  const cards: Card[] = [...(first?.cards ?? []), ...(second?.cards ?? [])];
  const firstCard = cards[0];
  if (!firstCard) throw new Error(`no cards in ${join(outDir, 'newsstand/feed/all')}`);
  const firstQuery = distinctiveWords(firstCard.title);
  const used = new Set(firstQuery.map((word) => word.toLocaleLowerCase('en')));
  // The second page's first card, or the next card that has words the first query did not use.
  const laterCards = [...(second?.cards ?? []), ...(first?.cards ?? []).slice(1)];
  for (const card of laterCards) {
    const secondQuery = distinctiveWords(card.title, used);
    if (secondQuery.length === 2) return [firstQuery.join(' '), secondQuery.join(' ')];
  }
  throw new Error('no second title with two words the first query does not use');
}

async function folderSize(folder: string): Promise<FetchedBytes> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

type Kind = 'runtime' | 'index' | 'fragments' | 'appCode' | 'other';

function kindOf(pathname: string): Kind {
  const search = `/${searchIndexFolder}`;
  if (pathname.includes(search)) {
    // Below the shard's folder: `newsstand/search/<shard>/fragment/...`.
    const file = pathname.slice(pathname.indexOf(search) + search.length).replace(/^\/?\d+\//, '');
    if (file.startsWith('fragment/')) return 'fragments';
    if (file.endsWith('.js') || file.endsWith('.pagefind')) return 'runtime';
    return 'index';
  }
  return /\/assets\/.*\.(js|css)$/.test(pathname) ? 'appCode' : 'other';
}

/** Counts every response while it runs, and waits for the network to be quiet for `quietMs` before it stops. */
async function recordResponses(page: Page, run: () => Promise<void>, quietMs = 750): Promise<Record<Kind, FetchedBytes>> {
  const fetched: Record<Kind, FetchedBytes> = {
    runtime: { bytes: 0, files: 0 },
    index: { bytes: 0, files: 0 },
    fragments: { bytes: 0, files: 0 },
    appCode: { bytes: 0, files: 0 },
    other: { bytes: 0, files: 0 },
  };
  const bodies: Promise<void>[] = [];
  let inFlight = 0;
  let lastActivity = performance.now();
  const started = (_request: Request) => {
    inFlight += 1;
    lastActivity = performance.now();
  };
  const ended = (_request: Request) => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = performance.now();
  };
  const counted = (response: Response) => {
    const kind = kindOf(new URL(response.url()).pathname);
    bodies.push(
      response.body().then(
        (body) => {
          fetched[kind].bytes += body.length;
          fetched[kind].files += 1;
        },
        () => undefined,
      ),
    );
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  page.on('response', counted);
  try {
    await run();
    while (inFlight > 0 || performance.now() - lastActivity < quietMs) await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all(bodies);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
    page.off('response', counted);
  }
  return fetched;
}

/**
 * In the page: milliseconds from the Enter key's event to the first animation frame whose results
 * heading names the query and counts results, with a card in the results feed (or a count of 0).
 */
function watchForResults(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve, reject) => {
        let enteredAt: number | undefined;
        const onKey = (event: KeyboardEvent) => {
          if (event.key === 'Enter') enteredAt ??= event.timeStamp;
        };
        document.addEventListener('keydown', onKey, { capture: true });
        const giveUp = setTimeout(() => reject(new Error(`no results heading for “${wanted}” within 60 s`)), 60_000);
        const check = () => {
          if (enteredAt !== undefined) {
            const heading = Array.from(document.querySelectorAll('h1')).find(
              (h1) => /results? for/.test(h1.textContent ?? '') && (h1.textContent ?? '').includes(`“${wanted}”`),
            );
            const noResults = /^\s*0 results/.test(heading?.textContent ?? '');
            const card = document.querySelector('[role="feed"][aria-label="Search results"] article');
            if (heading && (noResults || card)) {
              clearTimeout(giveUp);
              document.removeEventListener('keydown', onKey, { capture: true });
              resolve(performance.now() - enteredAt);
              return;
            }
          }
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    query,
  );
}

async function search(page: Page, query: string): Promise<QueryMeasure> {
  let enterToResultsMs = 0;
  let results = 0;
  const fetched = await recordResponses(page, async () => {
    const box = page.getByRole('searchbox', { name: 'Search stories' });
    await box.fill(query);
    const shown = watchForResults(page, query);
    // The watcher listens before the key is pressed.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await box.press('Enter');
    enterToResultsMs = await shown;
    const heading = page.getByRole('heading', { level: 1 }).filter({ hasText: /results? for/ });
    await heading.waitFor({ state: 'visible' });
    const text = (await heading.textContent()) ?? '';
    results = Number(/^\s*([\d,]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
    if (results !== 0) await page.getByRole('feed', { name: 'Search results' }).getByRole('article').first().waitFor({ state: 'visible' });
  });
  return { query, results, enterToResultsMs, ...fetched };
}

/** Searches `queries` (by default two from the site's own titles) one after the other on one page. */
export async function measureSearch(outDir: string, queries?: [string, string]): Promise<SearchMeasure> {
  const [firstQuery, secondQuery] = queries ?? (await queriesFromSite(outDir));
  const { bytes: indexBytes, files: indexFiles } = await folderSize(join(outDir, searchIndexFolder));
  const site = await serveSite({ outDir, base: '/', buildOutput: '' });
  const browser = await launchBrowser();
  try {
    // No service worker: its precaching would serve the results page's chunk, and every count is of what the host sends.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // Only other sites' requests (the cards' images) are intercepted: an intercepted request waits on a
    // round trip to this process, which a reader's browser never makes, and the search's own requests
    // (index pieces, then fragments) are on the path from Enter to the results.
    await page.route(
      (url) => url.origin !== site.origin,
      (route) => route.fulfill({ status: 404, body: '' }),
    );
    await page.goto(site.home, { waitUntil: 'networkidle' });
    await page.getByRole('feed').getByRole('article').first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    const first = await search(page, firstQuery);
    const second = await search(page, secondQuery);
    return { indexBytes, indexFiles, first, second };
  } finally {
    await browser.close();
    await site.close();
  }
}
