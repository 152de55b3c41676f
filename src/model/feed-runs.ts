// How a feed's pages chain: shared so the plugin writes the order the app reads.
import type { FeedPage } from './manifest';

/**
 * Pages are named by the hash of their content, which names the next page: a chain of 700 pages
 * would rename every page before an edited card. Pages chain only within runs of about √pageCount
 * pages, and the first page lists where every later run starts (√pageCount entries), so an edit
 * renames the pages of its run up to it, and the first page.
 */
export function runLength(pageCount: number): number {
  return Math.max(8, Math.ceil(Math.sqrt(pageCount)));
}

/** The URL of the page after `lastPage`, or null after the last one. */
export function nextPageUrl(lastPage: FeedPage, firstPage: FeedPage): string | null {
  if (lastPage.next !== null) return lastPage.next;
  return firstPage.runs?.find((run) => run.page === lastPage.page + 1)?.url ?? null;
}
