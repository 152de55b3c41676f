// Search over the real files in CORPUS_DIR: a story found by two words of its title, the deep link, filters in the URL, history, keyboard, axe.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/model';
import { accessibilityViolations } from './axe';
import { useBuiltSiteSession } from './reader-session';
import { waitForFeed, waitForImagesToSettle } from './reader-steps';
import { repositoryRoot } from './site';

const corpusDirectory = process.env.CORPUS_DIR ? resolve(repositoryRoot, process.env.CORPUS_DIR) : undefined;
if (!corpusDirectory) {
  console.warn('Skipping search over the real files: set CORPUS_DIR (CI uses ../shared/corpus/election) to run it.');
}

const wordsOf = (title: string): string[] => title.toLocaleLowerCase().match(/\p{L}{5,}/gu) ?? [];

/** A story and the two words of its title that the fewest other titles share: what a reader remembers of it. */
function rememberedStory(cards: readonly Card[]): { card: Card; words: string } {
  const titlesWith = (word: string) => cards.filter((card) => wordsOf(card.title).includes(word)).length;
  const choices = cards
    .map((card) => {
      const words = [...new Set(wordsOf(card.title))].sort((a, b) => titlesWith(a) - titlesWith(b));
      return { card, words: words.slice(0, 2), spread: words.slice(0, 2).reduce((sum, word) => sum + titlesWith(word), 0) };
    })
    .filter((choice) => choice.words.length === 2)
    .sort((a, b) => b.spread - a.spread);
  // Not the rarest pair (too easy): the story whose two best words are the most shared, ranked against look-alikes.
  const chosen = choices[Math.floor(choices.length / 2)];
  if (!chosen) throw new Error('CORPUS_DIR has no story with two words of five letters in its title');
  return { card: chosen.card, words: chosen.words.join(' ') };
}

const resultsHeading = (page: Page) => page.getByRole('heading', { level: 1, name: /results? for “/ });
const results = (page: Page) => page.getByRole('feed', { name: 'Search results' });
const searchbox = (page: Page) => page.getByRole('search').getByRole('searchbox', { name: 'Search stories' });

async function topResultTitles(page: Page, count: number): Promise<string[]> {
  await resultsHeading(page).waitFor();
  await waitForFeed(page);
  const titles = await results(page).getByRole('article').getByRole('heading').allTextContents();
  return titles.slice(0, count);
}

describe.skipIf(!corpusDirectory)('search over CORPUS_DIR (skipped when CORPUS_DIR is unset)', () => {
  const session = useBuiltSiteSession(() => ({ content: [corpusDirectory ?? ''] }));

  it('loads nothing of search on the first visit', async () => {
    const { page, problems } = await session.open();
    const searchRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/newsstand\/search\/|SearchPage/.test(request.url())) searchRequests.push(request.url());
    });
    await page.reload();
    await waitForFeed(page);
    await page.waitForLoadState('networkidle');
    expect(searchRequests).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('finds a real story by two words of its title, in the top three, with the keyboard alone', async () => {
    const { card, words } = rememberedStory(session.data.cards);
    const { page, problems } = await session.open();
    await waitForFeed(page);
    await page.keyboard.press('/');
    await expect.poll(() => searchbox(page).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type(words);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(words);
    expect(await topResultTitles(page, 3)).toContain(card.title);
    // The words are marked in the story's title, as text.
    const title = results(page).getByRole('article', { name: card.title, exact: true }).getByRole('heading');
    expect((await title.locator('mark').allTextContents()).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('opens a deep link as it is, and keeps it through reload, back and forward', async () => {
    const { card, words } = rememberedStory(session.data.cards);
    const { page, problems } = await session.open({ path: `search?q=${encodeURIComponent(words)}` });
    expect(await topResultTitles(page, 3)).toContain(card.title);
    await expect.poll(() => searchbox(page).inputValue()).toBe(words);
    await page.reload();
    expect(await topResultTitles(page, 3)).toContain(card.title);

    await page.getByRole('banner').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Latest stories' }).waitFor();
    await page.goBack();
    expect(await topResultTitles(page, 3)).toContain(card.title);
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Latest stories' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('filters by topic and by provider in the URL, and the filters survive a reload', async () => {
    const { card } = rememberedStory(session.data.cards);
    const topic = card.topics[0];
    if (!topic) throw new Error(`${card.title} has no topic`);
    const word = wordsOf(card.title)[0] ?? '';
    const { page, problems } = await session.open({ path: `search?q=${encodeURIComponent(word)}` });
    await resultsHeading(page).waitFor();
    await page.getByRole('combobox', { name: 'Topic' }).selectOption(topic.slug);
    await expect.poll(() => new URL(page.url()).searchParams.get('topic')).toBe(topic.slug);
    await page.getByRole('combobox', { name: 'Provider' }).selectOption(card.provider.domain);
    await expect.poll(() => new URL(page.url()).searchParams.get('provider')).toBe(card.provider.domain);
    const titles = await topResultTitles(page, 100);
    expect(titles).toContain(card.title);
    const expected = session.data.cards.filter(
      (candidate) => candidate.provider.domain === card.provider.domain && candidate.topics.some((item) => item.slug === topic.slug),
    );
    for (const title of titles) expect(expected.map((candidate) => candidate.title)).toContain(title);
    await page.reload();
    expect(await topResultTitles(page, 100)).toEqual(titles);
    await expect.poll(() => page.getByRole('combobox', { name: 'Topic' }).inputValue()).toBe(topic.slug);
    expect(problems).toEqual([]);
  });

  it('answers a query of regex and HTML characters with an empty state, not an error', async () => {
    const { page, problems } = await session.open({ path: `search?q=${encodeURIComponent('<script>(.*)[')}&topic=x` });
    await page.getByRole('heading', { level: 1, name: /results? for “/ }).waitFor();
    expect(await page.locator('main script').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('matches the words a reader sees, not the words of the links behind them', async () => {
    const { page, problems } = await session.open({ path: 'search?q=https' });
    await page.getByRole('heading', { level: 1, name: '0 results for “https”' }).waitFor();
    expect(problems).toEqual([]);
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
    it('has no accessibility violations on the results page', async () => {
      const { words } = rememberedStory(session.data.cards);
      const { page } = await session.open({
        path: `search?q=${encodeURIComponent(words)}`,
        colorScheme,
        bypassContentSecurityPolicy: true,
      });
      await topResultTitles(page, 1);
      await waitForImagesToSettle(page);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });
});
