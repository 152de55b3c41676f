// Where the site's RSS, Atom and JSON feeds live: the plugin writes them there, the app links to them.

export type SyndicationFormat = 'rss' | 'atom' | 'json';

export interface SyndicationFeedFormat {
  format: SyndicationFormat;
  /** The `type` of an autodiscovery `<link rel="alternate">`, and what a server should answer with. */
  mediaType: string;
  /** Shown to readers beside the feed's title. */
  label: string;
  /** What a link to it is called: "Atom feed". */
  feedName: string;
}

/** RSS first: the format every feed reader takes, so the "Subscribe" link points there. */
export const syndicationFormats: readonly SyndicationFeedFormat[] = [
  { format: 'rss', mediaType: 'application/rss+xml', label: 'RSS', feedName: 'RSS feed' },
  { format: 'atom', mediaType: 'application/atom+xml', label: 'Atom', feedName: 'Atom feed' },
  { format: 'json', mediaType: 'application/feed+json', label: 'JSON Feed', feedName: 'JSON Feed' },
];

const fileNames: Record<SyndicationFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

/** Stories a feed carries, newest first. */
export const syndicationFeedLength = 50;

/**
 * A feed's path relative to the site's base: `feeds/rss.xml` for all stories,
 * `feeds/topic/<slug>/rss.xml` for a topic. Stable across builds, so a subscription keeps working.
 */
export function syndicationPath(topicSlug: string | null, format: SyndicationFormat): string {
  const fileName = fileNames[format];
  return topicSlug === null ? `feeds/${fileName}` : `feeds/topic/${topicSlug}/${fileName}`;
}
