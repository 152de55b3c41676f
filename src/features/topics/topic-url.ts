// Where the topic filter lives in the URL: `?topic=<slug>` on the home page.
import { useSearchParams } from 'wouter';

const topicParameter = 'topic';

/** "Top stories": a page of its own, not a topic (its order is a ranking, not time). */
export const topStoriesPath = '/top';

/** The home page filtered by a topic, or unfiltered for null (a path under the site's base). */
export function topicLocation(topicSlug: string | null): string {
  return topicSlug === null ? '/' : `/?${new URLSearchParams({ [topicParameter]: topicSlug })}`;
}

/** The topic a home page URL's query names, or null for all stories. */
export function topicSlugOf(searchParams: URLSearchParams): string | null {
  const slug = searchParams.get(topicParameter);
  return slug === null || slug === '' ? null : slug;
}

/** The active topic's slug, or null for all stories. */
export function useTopicSlug(): string | null {
  const [searchParams] = useSearchParams();
  return topicSlugOf(searchParams);
}
