// The core journey (open, filter, related, click-through) on a build of the real files in CORPUS_DIR.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltSiteSession } from './reader-session';
import {
  expectFeedToStartWith,
  findCardInFeed,
  followLinkToNewTab,
  isActiveTopic,
  openRelatedStories,
  topicControl,
  visibleBrokenImages,
  waitForFeed,
  waitForImagesToSettle,
} from './reader-steps';
import { repositoryRoot } from './site';
import { cardWithRelatedInCorpus, narrowingTopic, readFeedCards } from './site-data';

const corpusDirectory = process.env.CORPUS_DIR ? resolve(repositoryRoot, process.env.CORPUS_DIR) : undefined;
if (!corpusDirectory) {
  console.warn('Skipping the real-corpus journey: set CORPUS_DIR (CI uses ../shared/corpus/election) to run it.');
}

describe.skipIf(!corpusDirectory)('the core journey over CORPUS_DIR (skipped when CORPUS_DIR is unset)', () => {
  const session = useBuiltSiteSession(() => ({ content: [corpusDirectory ?? ''] }));

  it('opens on the newest real stories with no broken images while offline', async () => {
    const { page, problems } = await session.open();
    await waitForFeed(page);
    await expectFeedToStartWith(
      page,
      session.data.cards.map((card) => card.title),
    );
    const first = session.data.cards[0];
    const article = page.getByRole('feed').getByRole('article', { name: first?.title ?? '', exact: true });
    expect(await article.getByRole('link', { name: 'Original', exact: true }).getAttribute('href')).toBe(first?.links.original);
    await waitForImagesToSettle(page);
    expect(await visibleBrokenImages(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('filters by a topic and keeps it across reload', async () => {
    const topic = narrowingTopic(session.data.cards);
    const topicTitles = (await readFeedCards(session.site.outDir, topic.slug)).map((card) => card.title);
    const { page, problems } = await session.open();
    await waitForFeed(page);
    await topicControl(page, topic.name).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('topic')).toBe(topic.slug);
    await expectFeedToStartWith(page, topicTitles);
    await expect.poll(() => isActiveTopic(topicControl(page, topic.name))).toBe(true);
    await page.reload();
    await waitForFeed(page);
    await expectFeedToStartWith(page, topicTitles);
    expect(problems).toEqual([]);
  });

  it("opens a story's related stories and clicks through to its original and AMP pages", async () => {
    const card = session.data.cards.find((candidate) => candidate.relatedCount > 0 && candidate.links.amp);
    if (!card) throw new Error('CORPUS_DIR has no story with related stories and an AMP link');
    const reader = await session.open();
    await waitForFeed(reader.page);
    const article = await findCardInFeed(reader.page, card.title);
    const region = await openRelatedStories(article, card.relatedCount);
    expect(await region.getByRole('link').count()).toBeGreaterThan(0);
    await followLinkToNewTab(reader, article.getByRole('link', { name: 'Original', exact: true }), card.links.original);
    await followLinkToNewTab(reader, article.getByRole('link', { name: 'AMP', exact: true }), card.links.amp ?? '');
    expect(reader.problems).toEqual([]);
  });

  it('follows a related story from the corpus to its article page in-app', async () => {
    const subject = cardWithRelatedInCorpus(session.data);
    if (!subject) {
      console.warn('CORPUS_DIR has no story whose related stories are in the corpus: in-app hop not exercised');
      return;
    }
    const inCorpus = subject.detail.related.find((story) => story.kind === 'article');
    const { page, problems } = await session.open();
    await waitForFeed(page);
    const region = await openRelatedStories(await findCardInFeed(page, subject.card.title), subject.card.relatedCount);
    await region
      .getByRole('link', { name: inCorpus?.title ?? '', exact: true })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/article/${inCorpus?.kind === 'article' ? inCorpus.id : ''}`);
    await page
      .getByRole('heading', { name: inCorpus?.title ?? '', exact: true })
      .first()
      .waitFor();
    expect(problems).toEqual([]);
  });

  it('deep-links to an article page', async () => {
    const card = session.data.cards.at(-1);
    const { page, problems } = await session.open({ path: `article/${card?.id ?? ''}` });
    await page
      .getByRole('heading', { name: card?.title ?? '', exact: true })
      .first()
      .waitFor();
    const original = page.getByRole('article').first().getByRole('link', { name: 'Original', exact: true });
    expect(await original.getAttribute('href')).toBe(card?.links.original);
    expect(problems).toEqual([]);
  });

  it('shows a story several outlets told once, opens its coverage page, and comes back to the same place', async () => {
    const card = session.data.cards.find((candidate) => candidate.coverage && candidate.coverage.sourceCount >= 3);
    if (!card?.coverage) throw new Error('CORPUS_DIR has no story told by three outlets or more');
    const { sourceCount } = card.coverage;
    const { page, problems } = await session.open({ viewport: { width: 375, height: 740 } });
    await waitForFeed(page);
    const article = await findCardInFeed(page, card.title);
    const coverageLink = article.getByRole('link', { name: `Full coverage: ${sourceCount} sources`, exact: true });
    await coverageLink.scrollIntoViewIfNeeded();
    await page.waitForTimeout(150);
    const place = await page.evaluate(() => Math.round(window.scrollY));
    expect(place, 'the story is far enough down the feed to need scrolling').toBeGreaterThan(200);

    await coverageLink.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${session.site.base}story/${card.coverage.storyId}`);
    await page.getByRole('heading', { level: 1, name: card.title, exact: true }).waitFor();
    const versions = page.getByRole('region', { name: 'Every version' }).getByRole('article');
    expect(await versions.count()).toBe(sourceCount);
    const providers = await versions.evaluateAll((elements) => elements.map((element) => element.querySelector('p')?.textContent ?? ''));
    expect(new Set(providers).size, 'several outlets, not one').toBeGreaterThan(1);

    await page.getByRole('link', { name: /Back to stories/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(session.site.base);
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(place);
    expect(problems).toEqual([]);
  });
});
