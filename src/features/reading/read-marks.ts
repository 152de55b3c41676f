// Whether a story was read, and the marks that say so: one story at a time, or a whole feed at once.
import type { Card } from '../../model/index.ts';
import { readStoriesKept, type ReadMarks } from './reading-schema.ts';

type Story = Pick<Card, 'id' | 'publishedAt' | 'topics'>;

export const allStoriesFeed = 'all';
export const topicFeed = (slug: string) => `topic:${slug}`;

/** The feed a home page shows: all stories, or one topic's. */
export const feedKeyOf = (topicSlug: string | null) => (topicSlug === null ? allStoriesFeed : topicFeed(topicSlug));

const at = (iso: string | undefined) => (iso === undefined ? -Infinity : Date.parse(iso));

/** The newest publication time up to which a "Mark all as read" covers `story` (all stories, or one of its topics). */
function coveringMark(story: Story, marks: ReadMarks): number {
  let newest = at(marks.feeds[allStoriesFeed]);
  for (const topic of story.topics) newest = Math.max(newest, at(marks.feeds[topicFeed(topic.slug)]));
  return newest;
}

export function isRead(story: Story, marks: ReadMarks): boolean {
  if (marks.stories[story.id] !== undefined) return true;
  if (marks.keptUnread.includes(story.id)) return false;
  return Date.parse(story.publishedAt) <= coveringMark(story, marks);
}

/**
 * Past this time, every story of the feed is read (bar those kept unread): a feed that shows only
 * unread stories need not load its older pages. For a topic, an "all stories" mark counts too.
 */
export function feedReadUpTo(feedKey: string, marks: ReadMarks): number {
  const all = at(marks.feeds[allStoriesFeed]);
  return feedKey === allStoriesFeed ? all : Math.max(all, at(marks.feeds[feedKey]));
}

export function withStoryRead(marks: ReadMarks, id: string, readAt: number): ReadMarks {
  const stories = { ...marks.stories, [id]: readAt };
  const ids = Object.keys(stories);
  if (ids.length > readStoriesKept) {
    // The oldest reads go first; a feed mark still covers stories read in bulk.
    for (const old of ids.sort((a, b) => (stories[a] ?? 0) - (stories[b] ?? 0)).slice(0, ids.length - readStoriesKept)) delete stories[old];
  }
  return { ...marks, stories, keptUnread: marks.keptUnread.filter((kept) => kept !== id) };
}

export function withStoryUnread(marks: ReadMarks, story: Story): ReadMarks {
  const { [story.id]: _dropped, ...stories } = marks.stories;
  const covered = Date.parse(story.publishedAt) <= coveringMark(story, marks);
  const keptUnread = covered && !marks.keptUnread.includes(story.id) ? [...marks.keptUnread, story.id] : marks.keptUnread;
  return { ...marks, stories, keptUnread };
}

/** Every story of `feedKey` published at `upTo` or earlier becomes read, including those once kept unread. */
export function withFeedRead(marks: ReadMarks, feedKey: string, upTo: string, feedStories: (story: string) => boolean): ReadMarks {
  const previous = at(marks.feeds[feedKey]);
  const until = Math.max(previous, Date.parse(upTo));
  return {
    ...marks,
    feeds: { ...marks.feeds, [feedKey]: new Date(until).toISOString() },
    keptUnread: marks.keptUnread.filter((id) => !feedStories(id)),
  };
}
