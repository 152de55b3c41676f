// Parsed front matter -> an ArticleDraft, or the reason the file is skipped, with every problem on its line.
import { dateFromFileName, parseDate } from './dates.ts';
import { readBoolean, readImage, readNumber, readText } from './field-readers.ts';
import { field, isPresent, isRecord, type FieldRecord } from './fields.ts';
import { canonicalLink, linkKey } from './links.ts';
import { readProvider } from './provider.ts';
import { readRelated } from './related-items.ts';
import { quoted, type Reporter } from './problem-reporter.ts';
import { readStoryLinks } from './story-links.ts';
import { readTopics } from './topics.ts';
import type { FileOutcome } from '../types.ts';

export interface NormalizeContext {
  /** Proposed article id (the file name's slug). */
  id: string;
  /** The file's own name, whose `YYYY-MM-DD-` prefix dates a story that does not date itself. */
  fileName: string;
  relatedLimit: number;
  reporter: Reporter;
}

const maxTitleLength = 300;
const maxExcerptLength = 600;

/**
 * Reads known fields only, each with a cap, and never walks the data: YAML aliases stay shared
 * references, and unknown fields (`secured`, `featuredContent`, anything new) are never copied.
 */
export function normalizeArticle(data: unknown, context: NormalizeContext): FileOutcome {
  const { reporter } = context;
  if (!isRecord(data)) {
    reporter.error([], 'front matter should be a mapping of fields');
    return { kind: 'invalid' };
  }
  // Flags are read as `published` is: true or "true" (a warning for anything else).
  const removed = readBoolean(field(data, 'removed'), ['removed'], reporter, false);
  const deleted = readBoolean(field(data, 'deleted'), ['deleted'], reporter, false);
  if (removed || deleted) return { kind: 'skipped', reason: 'removed' };
  const notNews = whyNotNews(data);
  if (notNews !== undefined) {
    // A file with a title and neither category nor type (profiles, events and learning items all
    // have a type) was most likely meant as a story: say what it lacks.
    const untyped = field(data, 'category') === undefined && field(data, 'type') === undefined;
    if (untyped && isPresent(field(data, 'title'))) reporter.warn([], `skipped as not news: ${notNews}`);
    return { kind: 'skipped', reason: 'not-news' };
  }

  const title = readText(field(data, 'title'), ['title'], reporter, maxTitleLength);
  const { links, storyUrls } = readStoryLinks(data, [], reporter);
  const publishedAt = readPublishedAt(data, context);
  if (title === undefined) reporter.error(['title'], 'missing title: the story is skipped');
  if (links === undefined) reporter.error(['webUrl'], 'no http(s) link in webUrl or originalUrl: the story is skipped');
  if (title === undefined || links === undefined || publishedAt === undefined) return { kind: 'invalid' };

  const canonicalLinks = new Set(storyUrls.map(canonicalLink));
  const linkKeys = [...canonicalLinks].map(linkKey);
  const image = readImage(field(data, 'images'), ['images'], reporter);
  return {
    kind: 'article',
    linkKeys,
    article: {
      id: context.id,
      title,
      excerpt: readText(field(data, 'excerpt'), ['excerpt'], reporter, maxExcerptLength) ?? '',
      publishedAt,
      links,
      provider: readProvider(field(data, 'provider'), links.original, ['provider'], reporter, true),
      topics: readTopics(field(data, 'topics'), reporter),
      ...(image !== undefined && { image }),
      quality: readNumber(field(data, 'quality'), ['quality'], reporter, 0),
      heat: readNumber(field(data, 'heat'), ['heat'], reporter, 0),
      published: readBoolean(field(data, 'published'), ['published'], reporter, true),
      related: readRelated(field(data, 'related'), canonicalLinks, context.relatedLimit, reporter),
    },
  };
}

/**
 * People, events and learning items share the folder layout but are not news. `category` decides
 * when present; without it, a story must at least have a web link and a date (learning pages have
 * a `webUrl` but no date, profiles and events have neither). Answers why a file is not news, or
 * undefined for a story.
 */
function whyNotNews(data: FieldRecord): string | undefined {
  const category = field(data, 'category');
  if (typeof category === 'string' && category.trim() !== '') {
    return category.trim().toLowerCase() === 'news' ? undefined : `its category is ${quoted(category)}, not "news"`;
  }
  const missing = [
    ...(isPresent(field(data, 'webUrl')) ? [] : ['webUrl']),
    ...(isPresent(field(data, 'publishedDateTime')) || isPresent(field(data, 'date')) ? [] : ['publishedDateTime (or date)']),
  ];
  if (missing.length === 0) return undefined;
  return `it has no category, and a story without \`category: news\` needs a webUrl and a publishedDateTime; this file has no ${missing.join(' and no ')}`;
}

function readPublishedAt(data: FieldRecord, context: NormalizeContext): string | undefined {
  const { reporter } = context;
  const key = isPresent(field(data, 'publishedDateTime')) || !isPresent(field(data, 'date')) ? 'publishedDateTime' : 'date';
  const value = field(data, key);
  const parsed = parseDate(value);
  if (parsed !== undefined) return parsed;
  const fallback = dateFromFileName(context.fileName);
  const problem = isPresent(value) ? `${key} ${quoted(value)} is not an ISO-8601 date` : `missing ${key}`;
  if (fallback === undefined) {
    reporter.error([key], `${problem}, and the file name has no YYYY-MM-DD- date: the story is skipped`);
    return undefined;
  }
  reporter.warn([key], `${problem}; used the date in the file name`);
  return fallback;
}
