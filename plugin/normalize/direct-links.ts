// Links that still work: feed redirects rewritten to the publisher's own page, and tracking parameters removed.

/**
 * Feed-redirect services hide the story behind an opaque token (`/~3/Tj-DkT-8t5c/index.html`) and
 * are years gone: a reader who clicks lands nowhere. Any link whose path has FeedBurner's `/~r/`
 * form counts too.
 */
export const feedRedirectHosts: ReadonlySet<string> = new Set([
  'rss.cnn.com',
  'feeds.foxnews.com',
  'feedproxy.google.com',
  'feeds.feedburner.com',
  'feeds.reuters.com',
  'rss.nytimes.com',
  'feeds.washingtonpost.com',
  'feeds.nbcnews.com',
  'feeds.abcnews.com',
]);

/**
 * Query parameters that only say where a click came from: removed from every link. Parameters that
 * select content (`id`, `p`, `v`, `page`, `story`) are never on this list.
 */
export const trackingParameters: ReadonlySet<string> = new Set([
  'mod',
  'cmpid',
  'ncid',
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  'ocid',
  'igshid',
  'ftag',
  'taid',
  'icid',
  'cid_source',
  'smid',
  'smtyp',
  '_ga',
  '_gl',
  'cmp',
  'rss',
  'xtor',
]);

/** Names starting with these are tracking too (`utm_source`, `utm_medium`, …). */
const trackingPrefixes = ['utm_', 'mkt_', 'pk_'];

/**
 * Read off the text of a link a URL parser already wrote (`safeHttpUrl`): every related item of
 * every file passes here, and parsing each link again cost a cold build measurably.
 */
export function isFeedRedirect(url: string): boolean {
  if (url.includes('/~r/')) return true;
  const start = url.indexOf('://') + 3;
  let end = start;
  while (end < url.length && !'/?#:'.includes(url[end] ?? '/')) end += 1;
  return feedRedirectHosts.has(url.slice(start, end).toLowerCase());
}

/** The link without tracking parameters; anything else about it stays as written. */
export function withoutTracking(url: string): string {
  if (!url.includes('?')) return url;
  const parsed = new URL(url);
  let changed = false;
  for (const name of [...parsed.searchParams.keys()]) {
    const lower = name.toLowerCase();
    if (trackingParameters.has(lower) || trackingPrefixes.some((prefix) => lower.startsWith(prefix))) {
      parsed.searchParams.delete(name);
      changed = true;
    }
  }
  return changed ? parsed.href : url;
}

interface AmpRule {
  /** The publishers the rule was found for, in the real Smartable files. */
  name: string;
  applies(url: URL): boolean;
  canonical(url: URL): URL;
}

/** McClatchy papers serve AMP pages from `amp.<paper>` and the page itself from `www.<paper>`. */
const ampSubdomainPapers = new Set([
  'charlotteobserver.com',
  'miamiherald.com',
  'kansascity.com',
  'sacbee.com',
  'newsobserver.com',
  'star-telegram.com',
  'kentucky.com',
  'thestate.com',
]);

const withPath = (url: URL, pathname: string): URL => {
  const copy = new URL(url.href);
  copy.pathname = pathname;
  return copy;
};

/**
 * How a publisher's AMP page names its own page, one rule a layout. Each was read off the real files'
 * AMP and original links; a link no rule knows is kept as it is, never guessed.
 */
const ampRules: readonly AmpRule[] = [
  {
    name: 'CNN: amp.cnn.com/cnn/<path> is www.cnn.com/<path>',
    applies: (url) => url.hostname === 'amp.cnn.com' && url.pathname.startsWith('/cnn/'),
    canonical: (url) => new URL(`https://www.cnn.com${url.pathname.slice('/cnn'.length)}${url.search}`),
  },
  {
    name: 'Fox News: <path>.amp is <path>',
    applies: (url) => url.hostname === 'www.foxnews.com' && url.pathname.endsWith('.amp'),
    canonical: (url) => withPath(url, url.pathname.slice(0, -'.amp'.length)),
  },
  {
    name: 'The New York Times: <path>.amp.html is <path>.html',
    applies: (url) => url.hostname === 'www.nytimes.com' && url.pathname.endsWith('.amp.html'),
    canonical: (url) => withPath(url, `${url.pathname.slice(0, -'.amp.html'.length)}.html`),
  },
  {
    name: 'Al Jazeera: /amp/<path> is /<path>',
    applies: (url) => url.hostname === 'www.aljazeera.com' && url.pathname.startsWith('/amp/'),
    canonical: (url) => withPath(url, url.pathname.slice('/amp'.length)),
  },
  {
    name: 'McClatchy papers: amp.<paper>/<path> is www.<paper>/<path>',
    applies: (url) => url.hostname.startsWith('amp.') && ampSubdomainPapers.has(url.hostname.slice('amp.'.length)),
    canonical: (url) => {
      const copy = new URL(url.href);
      copy.hostname = `www.${url.hostname.slice('amp.'.length)}`;
      return copy;
    },
  },
  {
    name: 'Forbes, Global News, Vanity Fair and most WordPress sites: <path>/amp/ is <path>/',
    applies: (url) => /\/amp\/?$/.test(url.pathname) && url.pathname !== '/amp' && url.pathname !== '/amp/',
    canonical: (url) => withPath(url, url.pathname.replace(/amp\/?$/, '')),
  },
  {
    name: 'The Los Angeles Times and others: ?_amp=true is the page without it',
    applies: (url) => url.searchParams.get('_amp') === 'true',
    canonical: (url) => {
      const copy = new URL(url.href);
      copy.searchParams.delete('_amp');
      return copy;
    },
  },
];

/** The page an AMP cache copy (`https://<host>.cdn.ampproject.org/c/s/<host>/<path>`) was made from. */
function fromAmpCache(url: URL): URL | undefined {
  if (!url.hostname.endsWith('.cdn.ampproject.org')) return undefined;
  const secure = url.pathname.startsWith('/c/s/');
  if (!secure && !url.pathname.startsWith('/c/')) return undefined;
  const rest = url.pathname.slice(secure ? '/c/s/'.length : '/c/'.length);
  try {
    return new URL(`${secure ? 'https' : 'http'}://${rest}${url.search}`);
  } catch {
    return undefined;
  }
}

/** The publisher's own page for an AMP or AMP-cache link, when a rule knows the publisher's layout. */
export function publisherPageOf(ampLink: string): string | undefined {
  let url = new URL(ampLink);
  url = fromAmpCache(url) ?? url;
  const rule = ampRules.find((candidate) => candidate.applies(url));
  return rule ? rule.canonical(url).href : undefined;
}

export type DirectLink = { url: string } & ({ kind: 'as-is' } | { kind: 'rewritten'; from: string } | { kind: 'redirect-left' });

/**
 * The link a reader should follow: a feed redirect becomes the publisher's page named by the
 * story's AMP or AMP-cache link (the first a rule knows), else it stays and is counted; every link
 * loses its tracking parameters.
 */
export function directLink(url: string, ampLinks: readonly (string | undefined)[]): DirectLink {
  if (!isFeedRedirect(url)) return { kind: 'as-is', url: withoutTracking(url) };
  for (const ampLink of ampLinks) {
    const page = ampLink === undefined ? undefined : publisherPageOf(ampLink);
    if (page !== undefined && !isFeedRedirect(page)) return { kind: 'rewritten', url: withoutTracking(page), from: url };
  }
  return { kind: 'redirect-left', url };
}
