// The plugin's options: one typed interface, defaults and environment overrides resolved in one place.
import { resolve } from 'node:path';
import { safeHttpUrl, storiesPerSearchShard } from '../src/model/index.ts';

export interface NewsstandOptions {
  /** Folders of article `*.md` files (searched recursively), relative to the Vite root. Default `['content/articles']`; env `NEWSSTAND_CONTENT=dir1:dir2` overrides. */
  content?: string[];
  /** Turn any error into a failed build. Default false; env `NEWSSTAND_STRICT=1` turns it on. */
  strict?: boolean;
  /**
   * Build a site with no articles. Default false: a build that ends with none fails and leaves
   * outDir as it was, so a mistyped folder never publishes a blank reader. Env `NEWSSTAND_ALLOW_EMPTY=1`.
   */
  allowEmpty?: boolean;
  /**
   * `full` prints every problem after a build, not the first errors and one line a kind of warning.
   * Either way every problem is written to `node_modules/.cache/newsstand/report.txt`. Env `NEWSSTAND_REPORT=full`.
   */
  report?: 'summary' | 'full';
  /** Site title shown in the header. Default "Newsstand"; env `NEWSSTAND_TITLE` overrides. */
  title?: string;
  /**
   * Folders whose files are served at the site's root, for the content's own pictures and logos
   * (`/logos/x.svg`), relative to the Vite root. They belong to `content`: when `NEWSSTAND_CONTENT`
   * names other folders, they are left out. Default none.
   */
  assets?: string[];
  /**
   * The site's public address (`https://news.example.org`), for absolute links in its RSS, Atom
   * and JSON feeds: its origin is used, under Vite's `base`. Without it the feeds link to the site by paths from the host's root, which
   * feed readers resolve against the feed's address. Env `NEWSSTAND_SITE_URL` overrides.
   */
  siteUrl?: string;
  /**
   * Work offline: a service worker keeps the app and the stories the reader opened, and the site
   * has a web app manifest (build only). Default true.
   */
  offline?: boolean;
  /**
   * A search index of every story (title, excerpt, provider, topics), built with Pagefind into
   * `newsstand/search/` and fetched in pieces only when a reader searches. Default true; env
   * `NEWSSTAND_SEARCH=0` turns it off (the bench builds both ways to price it).
   */
  search?: boolean;
  /** Cards a feed page. Default 20. */
  pageSize?: number;
  /** Related stories an article keeps, best first. Default 20. */
  relatedLimit?: number;
  /** Which stories the "Top stories" view ranks (see `TopStoriesOptions`). */
  topStories?: TopStoriesOptions;
}

/**
 * "Top stories": stories ranked by how many outlets told them, then `heat` (Smartable's own score;
 * -1 is unknown), then the newest. The window is counted back from the newest story, not from the
 * clock, so a site of old stories still has top stories and a build is the same whenever it runs.
 */
export interface TopStoriesOptions {
  /** Outlets a story needs. Default 1: on a site with few clustered stories the view is still full. */
  minimumSources?: number;
  /** The heat a story needs (Smartable's sites had `minimum_heat`); the highest of its versions counts. Default none. */
  minimumHeat?: number;
  /** How many days back from the newest story. Default 7. */
  days?: number;
}

export interface ResolvedOptions {
  /** Absolute paths. */
  contentFolders: string[];
  /** Absolute paths; empty when the environment chose other content. */
  assetFolders: string[];
  strict: boolean;
  allowEmpty: boolean;
  /** Print every problem (see `NewsstandOptions.report`). */
  fullReport: boolean;
  siteTitle: string;
  /** An absolute http(s) URL, or undefined (see `NewsstandOptions.siteUrl`). */
  siteUrl: string | undefined;
  /** Vite's base path (`/`, `/election/`), set once Vite's config is resolved. */
  base: string;
  pageSize: number;
  relatedLimit: number;
  topStories: Required<TopStoriesOptions>;
  /** Build the search index (see `NewsstandOptions.search`). */
  search: boolean;
  /** Stories a search shard holds; env `NEWSSTAND_SEARCH_SHARD_STORIES` only, so tests can make several shards of a small site. */
  searchShardStories: number;
  /** `node_modules/.cache/newsstand` under the Vite root: staged output, the parse cache, the bundled worker. */
  cacheFolder: string;
  /** Reuse parsed files between builds. Default on; env `NEWSSTAND_NO_CACHE=1` turns it off. */
  parseCache: boolean;
}

export type Environment = Record<string, string | undefined>;

export function resolveOptions(options: NewsstandOptions, root: string, env: Environment = process.env): ResolvedOptions {
  const fromEnvironment = env.NEWSSTAND_CONTENT?.split(':').filter((folder) => folder.trim() !== '');
  const folders = fromEnvironment?.length ? fromEnvironment : (options.content ?? ['content/articles']);
  return {
    contentFolders: folders.map((folder) => resolve(root, folder.trim())),
    assetFolders: fromEnvironment?.length ? [] : (options.assets ?? []).map((folder) => resolve(root, folder)),
    strict: env.NEWSSTAND_STRICT === '1' || env.NEWSSTAND_STRICT === 'true' || options.strict === true,
    fullReport: (env.NEWSSTAND_REPORT ?? options.report) === 'full',
    allowEmpty: env.NEWSSTAND_ALLOW_EMPTY === '1' || env.NEWSSTAND_ALLOW_EMPTY === 'true' || options.allowEmpty === true,
    siteTitle: siteTitleOf(options, env),
    siteUrl: siteUrlOf(env.NEWSSTAND_SITE_URL?.trim() || options.siteUrl),
    base: '/',
    pageSize: positiveInteger(options.pageSize, 20),
    relatedLimit: positiveInteger(options.relatedLimit, 20),
    topStories: {
      minimumSources: positiveInteger(options.topStories?.minimumSources, 1),
      minimumHeat: Number.isFinite(options.topStories?.minimumHeat) ? (options.topStories?.minimumHeat ?? -Infinity) : -Infinity,
      days: positiveInteger(options.topStories?.days, 7),
    },
    searchShardStories: positiveInteger(Number(env.NEWSSTAND_SEARCH_SHARD_STORIES) || undefined, storiesPerSearchShard),
    search: env.NEWSSTAND_SEARCH === '0' || env.NEWSSTAND_SEARCH === 'false' ? false : options.search !== false,
    cacheFolder: resolve(root, 'node_modules/.cache/newsstand'),
    parseCache: env.NEWSSTAND_NO_CACHE !== '1' && env.NEWSSTAND_NO_CACHE !== 'true',
  };
}

export function siteTitleOf(options: NewsstandOptions, env: Environment = process.env): string {
  return env.NEWSSTAND_TITLE?.trim() || options.title || 'Newsstand';
}

/** Only an http(s) address can be a site's; anything else is no address (and the feeds use paths). */
function siteUrlOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const url = safeHttpUrl(value);
  if (url === undefined) throw new Error(`newsstand: siteUrl must be an http(s) address, not ${JSON.stringify(value)}`);
  return url;
}

function positiveInteger(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;
}
