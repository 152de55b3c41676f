// One feed (all stories or one topic) -> pages of cards chained by `next` in runs, hashed from the last page back.
import { runLength, type Card, type FeedPage, type FeedReference } from '../../src/model/index.ts';
import type { OutputWriter } from './output-writer.ts';

/**
 * `stories` are newest first. An empty feed has no pages and a null first page. Cards are made
 * only for the pages written: with `inputsOfCard` (what a story's card is made from), a page whose
 * cards and next page are unchanged is reused, and a rebuild makes a few hundred cards, not 14,000.
 * Answers the feed's reference for the manifest.
 */
export function writeFeed<Story>(
  stories: readonly Story[],
  directory: string,
  pageSize: number,
  output: OutputWriter,
  cardOf: (story: Story) => Card,
  inputsOfCard?: (story: Story) => string,
): { reference: FeedReference } {
  const count = stories.length;
  const pageCount = Math.ceil(count / pageSize);
  const pagesPerRun = runLength(pageCount);
  const writePage = (page: number, next: string | null, runs?: FeedPage['runs']): string => {
    const pageStories = stories.slice((page - 1) * pageSize, page * pageSize);
    const feedPage = (): FeedPage => ({ page, pageCount, count, cards: pageStories.map(cardOf), next, ...(runs && { runs }) });
    const inputs =
      inputsOfCard && `${pageCount} ${count} ${next} ${JSON.stringify(runs ?? null)}\n${pageStories.map(inputsOfCard).join('\n')}`;
    return output.writeRemembered(directory, String(page), inputs, feedPage);
  };
  // A page's name hashes its content, which includes the next page's name: each run is written last page first.
  const runs: NonNullable<FeedPage['runs']> = [];
  let next: string | null = null;
  for (let runStart = Math.floor((pageCount - 1) / pagesPerRun) * pagesPerRun + 1; runStart >= 1; runStart -= pagesPerRun) {
    next = null;
    const runEnd = Math.min(pageCount, runStart + pagesPerRun - 1);
    for (let page = runEnd; page > runStart; page -= 1) next = writePage(page, next);
    if (runStart === 1) next = writePage(1, next, runs.length > 0 ? runs.reverse() : undefined);
    else runs.push({ page: runStart, url: writePage(runStart, next) });
  }
  return { reference: { count, firstPage: pageCount === 0 ? null : next } };
}
