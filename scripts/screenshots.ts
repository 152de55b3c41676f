// Photographs built sites in Chromium (phone and desktop, light and dark), offline, for a designer's review.
// Usage: node scripts/run-typescript.mjs scripts/screenshots.ts demo=/tmp/shots-demo election=/tmp/shots-election
// Each `label=dir` is a finished `vite build --outDir dir` (base `/`); pictures go to NEWSSTAND_SHOTS or /tmp/shots.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ArticleDetail, ArticleIndexShard } from '../src/model/index.ts';
import { launchBrowser } from '../test/e2e/browser';
import { openReaderPage } from '../test/e2e/reader-page';
import { serveSite, type ServedSite } from '../test/e2e/site';

const shotsDir = process.env.NEWSSTAND_SHOTS ?? '/tmp/shots';
const viewports = [
  { name: '375', size: { width: 375, height: 812 } },
  { name: '1280', size: { width: 1280, height: 900 } },
] as const;
const colorSchemes = ['light', 'dark'] as const;

interface SiteScenes {
  topicSlug: string | undefined;
  articleId: string | undefined;
}

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

/** The topic with the most pages after the biggest one (a filter that visibly narrows the feed). */
async function pickTopic(outDir: string): Promise<string | undefined> {
  const topicsDir = join(outDir, 'newsstand', 'feed', 'topic');
  const slugs = await readdir(topicsDir).catch(() => []);
  const sized = await Promise.all(slugs.map(async (slug) => ({ slug, pages: (await readdir(join(topicsDir, slug))).length })));
  sized.sort((a, b) => b.pages - a.pages || a.slug.localeCompare(b.slug));
  return (sized[1] ?? sized[0])?.slug;
}

/** The story with the most related stories that are themselves in the corpus (then the most related). */
async function pickArticle(outDir: string): Promise<string | undefined> {
  const indexDir = join(outDir, 'newsstand', 'index');
  let best: { id: string; inCorpus: number; related: number } | undefined;
  for (const shardFile of await readdir(indexDir)) {
    const shard = await readJson<ArticleIndexShard>(join(indexDir, shardFile));
    for (const [id, detailUrl] of Object.entries(shard)) {
      const detail = await readJson<ArticleDetail>(join(outDir, detailUrl));
      const inCorpus = detail.related.filter((story) => story.kind === 'article').length;
      const candidate = { id, inCorpus, related: detail.related.length };
      if (!best || candidate.inCorpus > best.inCorpus || (candidate.inCorpus === best.inCorpus && candidate.related > best.related)) {
        best = candidate;
      }
    }
  }
  return best?.id;
}

async function settle(page: Page): Promise<void> {
  await page.getByRole('article').first().waitFor();
  await page.waitForLoadState('networkidle');
  // Let failed images swap to their placeholders and monograms.
  await page.waitForTimeout(300);
}

/** Warns about what a picture may not show: sideways scrolling of the whole page. */
async function checkNoSidewaysScroll(page: Page, name: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) console.warn(`  ! ${name}: the page scrolls sideways by ${overflow}px`);
}

async function shoot(page: Page, name: string): Promise<void> {
  await checkNoSidewaysScroll(page, name);
  await page.screenshot({ path: join(shotsDir, `${name}.png`) });
  console.log(`  ${name}.png`);
}

/**
 * Each scene in a fresh tab, as a reader arriving from a link would see it (a tab's session
 * storage would otherwise carry the last page's scroll position into the next full load).
 */
async function photographScene(context: BrowserContext, url: string, name: string, act?: (page: Page) => Promise<void>): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await settle(page);
    await act?.(page);
    await shoot(page, name);
  } finally {
    await page.close();
  }
}

async function openRelatedPanel(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Related stories/ }).first();
  await toggle.click();
  await page.getByRole('region', { name: 'Related stories' }).first().getByRole('list').waitFor();
  await toggle.evaluate((button) => button.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(300);
}

async function scrollDown(page: Page): Promise<void> {
  await page.mouse.wheel(0, (page.viewportSize()?.height ?? 800) * 3);
  await page.waitForTimeout(400);
  await settle(page);
}

async function photographSite(browser: Browser, label: string, site: ServedSite, scenes: SiteScenes): Promise<void> {
  for (const viewport of viewports) {
    for (const colorScheme of colorSchemes) {
      const suffix = `${viewport.name}-${colorScheme}`;
      const reader = await openReaderPage(browser, site, { viewport: viewport.size, colorScheme });
      try {
        await reader.page.close();
        const scene = (url: string, name: string, act?: (page: Page) => Promise<void>) =>
          photographScene(reader.context, url, `${label}-${name}-${suffix}`, act);
        await scene(site.home, 'feed');
        await scene(site.home, 'feed-scrolled', scrollDown);
        await scene(site.home, 'related', openRelatedPanel);
        if (scenes.topicSlug) await scene(`${site.home}?topic=${scenes.topicSlug}`, 'topic');
        if (scenes.articleId) {
          const articleUrl = `${site.home}article/${encodeURIComponent(scenes.articleId)}`;
          await scene(articleUrl, 'article');
          await scene(articleUrl, 'article-related', async (page) => {
            await page.getByRole('region', { name: 'Related stories' }).getByRole('list').waitFor();
            await page.getByRole('button', { name: /^Related stories/ }).evaluate((button) => button.scrollIntoView({ block: 'start' }));
          });
        }
        if (reader.problems.length > 0) console.warn(`  ! ${label} ${suffix}: ${reader.problems.join('; ')}`);
      } finally {
        await reader.close();
      }
    }
  }
}

const sites = process.argv.slice(3).map((argument) => {
  const [label, outDir] = argument.split('=');
  if (!label || !outDir) throw new Error(`expected label=dir, got "${argument}"`);
  return { label, outDir };
});
if (sites.length === 0) throw new Error('usage: scripts/screenshots.ts label=builtDir [label=builtDir ...]');

await mkdir(shotsDir, { recursive: true });
const browser = await launchBrowser();
try {
  for (const { label, outDir } of sites) {
    const scenes = { topicSlug: await pickTopic(outDir), articleId: await pickArticle(outDir) };
    console.log(`${label}: ${outDir} (topic ${scenes.topicSlug ?? 'none'}, article ${scenes.articleId ?? 'none'})`);
    const site = await serveSite({ outDir, base: '/', buildOutput: '' });
    try {
      await photographSite(browser, label, site, scenes);
    } finally {
      await site.close();
    }
  }
} finally {
  await browser.close();
}
