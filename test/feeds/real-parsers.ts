// Feeds through the parsers real clients use: Debian's python3-feedparser (RSS, Atom) and feedsmith (RSS, Atom, JSON Feed).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseFeed } from 'feedsmith';
import type { SyndicationFile } from '../../plugin/emit/syndication-feeds.ts';

/** Debian's interpreter: python3-feedparser installs there, not into another Python on the PATH. */
const python = process.env.FEEDPARSER_PYTHON ?? '/usr/bin/python3';
const script = fileURLToPath(new URL('./parse-feeds.py', import.meta.url));

export interface ParsedEntry {
  title: string | null;
  link: string | null;
  id: string | null;
  published: string | null;
  published_parsed: number[] | null;
  summary: string | null;
  author: string | null;
  tags: string[];
  enclosures: string[];
}

export interface FeedparserResult {
  name: string;
  version: string;
  bozo: boolean;
  bozo_exception: string | null;
  title: string | null;
  link: string | null;
  entries: ParsedEntry[];
}

/** Why feedparser cannot run here, or undefined when it can. */
export function feedparserMissing(): string | undefined {
  const probe = spawnSync(python, ['-c', 'import feedparser'], { encoding: 'utf8' });
  if (probe.status === 0) return undefined;
  return `${python} cannot import feedparser (apt-get install python3-feedparser): ${probe.error?.message ?? probe.stderr.trim()}`;
}

/** Each feed as served at `siteAddress` + its path, as a subscriber's client would read it. */
export function parseWithFeedparser(feeds: readonly SyndicationFile[], siteAddress: string): FeedparserResult[] {
  const input = feeds.map((feed) => ({
    name: feed.path,
    text: feed.text,
    mediaType: feed.mediaType,
    address: new URL(feed.path, siteAddress).href,
  }));
  const run = spawnSync(python, [script], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`feedparser failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as FeedparserResult[];
}

export function parseWithFeedsmith(feed: SyndicationFile): ReturnType<typeof parseFeed> {
  return parseFeed(feed.text);
}
