// Topic names from front matter, each with the slug the feeds and `?topic=` URLs use.
import type { Topic } from '../../src/model/index.ts';
import { field, isPresent, isRecord } from './fields.ts';
import { plainText } from './plain-text.ts';
import { quoted, type Reporter } from './problem-reporter.ts';
import { topicSlug } from './slug.ts';

/** Real stories carry two or three topics; a long list is noise and would bloat every card. */
const maxTopics = 12;
const maxTopicNameLength = 60;

export function readTopics(value: unknown, reporter: Reporter): Topic[] {
  if (!isPresent(value)) return [];
  const items = Array.isArray(value) ? value : [value];
  if (!Array.isArray(value)) reporter.warn(['topics'], 'topics should be a list; read as a list of one');
  const topics: Topic[] = [];
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const name = topicName(item);
    if (name === undefined) {
      reporter.warn(['topics', index], `dropped topic ${quoted(item)}: not a name`);
      continue;
    }
    // "All" is the feed of every story in the topic row: a topic of that name would show twice.
    if (name.trim().toLowerCase() === 'all') {
      reporter.warn(['topics', index], 'dropped topic "All": the name is kept for the feed of every story');
      continue;
    }
    const slug = topicSlug(name);
    if (seen.has(slug)) continue;
    if (topics.length === maxTopics) {
      reporter.warn(['topics', index], `only the first ${maxTopics} topics are kept`);
      break;
    }
    seen.add(slug);
    topics.push({ name, slug });
  }
  return topics;
}

function topicName(item: unknown): string | undefined {
  const raw = isRecord(item) ? field(item, 'name') : item;
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  return plainText(String(raw), maxTopicNameLength) || undefined;
}
