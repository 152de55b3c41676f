// The newest stories of the site and of each topic -> RSS 2.0, Atom 1.0 and JSON Feed 1.1 files at stable paths.
import { createHash } from 'node:crypto';
import { Feed, type Item } from 'feed';
import { syndicationFeedLength, syndicationFormats, syndicationPath, type Card, type SyndicationFormat } from '../../src/model/index.ts';

/** A feed file: its path relative to the site base, what a server should call it, and its text. */
export interface SyndicationFile {
  path: string;
  mediaType: string;
  text: string;
}

export interface SyndicationSite {
  siteTitle: string;
  /** Vite's base, `/` or `/election/`. */
  base: string;
  /** The site's public address (`https://news.example.org`): with it, every link in a feed is absolute. */
  siteUrl?: string;
}

/** One feed to write: all stories (topic null) or one topic's, newest first; cards are asked for only for the stories it carries. */
export interface SyndicationSource<Story> {
  topic: { slug: string; name: string } | null;
  stories: readonly Story[];
}

/**
 * Without `siteUrl` the build does not know where the site will be served. The feeds then link to
 * it by paths from the host's root (`/election/`), which feed readers resolve against the feed's own
 * address. The `feed` package accepts only absolute URLs, so those links are made on this origin,
 * which cannot exist (`.invalid` is reserved), and the origin is cut from the text it writes.
 */
const placeholderOrigin = 'https://newsstand-site.invalid';

export function syndicationFeeds<Story>(
  sources: readonly SyndicationSource<Story>[],
  cardOf: (story: Story) => Card,
  site: SyndicationSite,
): SyndicationFile[] {
  const files: SyndicationFile[] = [];
  for (const source of sources) {
    const stories = source.stories.slice(0, syndicationFeedLength).map(cardOf);
    for (const { format, mediaType } of syndicationFormats) {
      files.push({
        path: syndicationPath(source.topic?.slug ?? null, format),
        mediaType,
        text: feedText(format, source.topic, stories, site),
      });
    }
  }
  return files;
}

function feedText(
  format: SyndicationFormat,
  topic: SyndicationSource<unknown>['topic'],
  stories: readonly Card[],
  site: SyndicationSite,
): string {
  const origin = site.siteUrl ? new URL(site.siteUrl).origin : placeholderOrigin;
  const home = new URL(site.base + (topic ? `?topic=${encodeURIComponent(topic.slug)}` : ''), origin).href;
  const feedUrl = (feedFormat: SyndicationFormat) => new URL(site.base + syndicationPath(topic?.slug ?? null, feedFormat), origin).href;
  const title = topic ? `${topic.name} · ${site.siteTitle}` : site.siteTitle;
  const description = topic ? `The newest ${topic.name} stories on ${site.siteTitle}` : `The newest stories on ${site.siteTitle}`;
  // The feed's date is its newest story's, not the build's: a rebuild that changes no story changes no feed.
  const updated = new Date(stories[0]?.publishedAt ?? 0);
  // The content's own pictures are site-relative paths (`/images/x.svg`), served under the base.
  const imageUrl = (url: string) => (url.startsWith('/') ? new URL(site.base + url.slice(1), origin).href : url);
  if (format === 'json') {
    const links = site.siteUrl ? { home, feed: feedUrl('json') } : undefined;
    return JSON.stringify(
      jsonFeed(title, description, links, stories, (url) => withoutPlaceholder(imageUrl(url))),
      null,
      2,
    );
  }
  const feed = new Feed({
    title: xmlText(title),
    description: xmlText(description),
    // An Atom feed's id is an absolute IRI that never changes: its address, or a name made from the site and path.
    id: site.siteUrl ? feedUrl('atom') : `urn:uuid:${nameBasedUuid(`${site.siteTitle}\0${syndicationPath(topic?.slug ?? null, 'atom')}`)}`,
    link: home,
    updated,
    generator: 'Newsstand',
    feedLinks: { rss: feedUrl('rss'), atom: feedUrl('atom') },
  });
  for (const story of stories) feed.addItem(xmlItem(story, format, imageUrl));
  const text = format === 'rss' ? feed.rss2() : feed.atom1();
  return site.siteUrl ? text : withoutPlaceholder(text);
}

function withoutPlaceholder(text: string): string {
  return text.replaceAll(placeholderOrigin, '');
}

/**
 * The `feed` package writes a title as plain text in RSS and as escaped HTML in Atom, and a
 * description as HTML in both: each is given the form its element holds. Excerpts are plain text,
 * so none of an article file's text is ever read as markup.
 */
function xmlItem(story: Card, format: 'rss' | 'atom', imageUrl: (url: string) => string): Item {
  const title = format === 'atom' ? escapeHtml(xmlText(story.title)) : xmlText(story.title);
  return {
    title,
    id: story.links.original,
    link: story.links.original,
    date: new Date(story.publishedAt),
    published: new Date(story.publishedAt),
    ...(story.excerpt && { description: escapeHtml(xmlText(story.excerpt)) }),
    author: [{ name: xmlText(story.provider.name), link: `https://${story.provider.domain}/` }],
    category: story.topics.map((topic) => ({ name: attributeText(topic.name), term: attributeText(topic.name), domain: undefined })),
    ...(story.image && { image: imageUrl(story.image.url) }),
  };
}

interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_text: string;
  date_published: string;
  authors: { name: string; url: string }[];
  tags?: string[];
  image?: string;
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). The `feed` package writes version 1 only, so this one is made here: it is plain JSON. */
function jsonFeed(
  title: string,
  description: string,
  links: { home: string; feed: string } | undefined,
  stories: readonly Card[],
  imageUrl: (url: string) => string,
) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    ...(links && { home_page_url: links.home, feed_url: links.feed }),
    description,
    items: stories.map((story): JsonFeedItem => ({
      id: story.links.original,
      url: story.links.original,
      title: story.title,
      content_text: story.excerpt,
      date_published: story.publishedAt,
      authors: [{ name: story.provider.name, url: `https://${story.provider.domain}/` }],
      ...(story.topics.length > 0 && { tags: story.topics.map((topic) => topic.name) }),
      ...(story.image && { image: imageUrl(story.image.url) }),
    })),
  };
}

// eslint-disable-next-line no-control-regex -- characters XML 1.0 does not allow are the point
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text as XML can hold it. The `feed` package puts titles and descriptions in CDATA sections and
 * splits only the first `]]>` of a text, so none is let through (a space is put in it).
 */
function xmlText(text: string): string {
  return text.replace(notXml, '').replaceAll(']]>', ']] >');
}

/** The package writes attribute values escaping `&` and `"` only: a `<` would end the document's well-formedness. */
function attributeText(text: string): string {
  return xmlText(text).replace(/[<>]/g, '');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A UUID made from a name (RFC 4122 version 5 layout over SHA-1): the same name, the same id, build after build. */
function nameBasedUuid(name: string): string {
  const bytes = createHash('sha1').update(name).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
