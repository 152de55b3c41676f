// The app shell the service worker keeps from its first visit: every file of the built site but the content's.
import { hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One file to precache, as `workbox-precaching` takes it. */
export interface PrecacheEntry {
  url: string;
  /** Null where the name carries a content hash already (Vite's `assets/`): the URL changes with the file. */
  revision: string | null;
}

/** The kinds of file the shell is made of: the app's code, styles and page, the icons and the content's own logos. */
const shellFile = /\.(?:js|css|html|svg|png|webmanifest|txt)$/;

/**
 * Not precached: the story files, the search index and the feeds are far too many (they are kept as
 * they are opened), and 404.html is index.html again. Nor is the worker itself (`workerFileName`).
 */
const notShell = ['newsstand', 'feeds', '404.html'];

/** Workbox's own limit: a larger file is left out, and the build says so. */
export const largestPrecachedBytes = 2 * 1024 * 1024;

export interface PrecacheList {
  entries: PrecacheEntry[];
  /** Files left out for their size, by URL. */
  tooLarge: string[];
}

/** The precache list of the site in `outDir`, in path order, so the same site gives the same worker. */
export function precacheList(outDir: string, workerFileName: string): PrecacheList {
  const entries: PrecacheEntry[] = [];
  const tooLarge: string[] = [];
  for (const path of shellFiles(outDir, outDir, new Set([...notShell, workerFileName]))) {
    const url = relative(outDir, path).split(sep).join('/');
    if (statSync(path).size > largestPrecachedBytes) {
      tooLarge.push(url);
      continue;
    }
    entries.push({ url, revision: url.startsWith('assets/') ? null : hash('md5', readFileSync(path), 'hex') });
  }
  return { entries, tooLarge };
}

/** `leftOut`: names at the top of `outDir` that are not the shell. */
function shellFiles(folder: string, outDir: string, leftOut: ReadonlySet<string>): string[] {
  const files: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (folder === outDir && leftOut.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...shellFiles(path, outDir, leftOut));
    else if (entry.isFile() && shellFile.test(entry.name)) files.push(path);
  }
  return files;
}

/** Workbox's injection point, as the worker's source spells it (see src/features/offline/service-worker.ts). */
const injectionPoint = 'self.__WB_MANIFEST';

/** The worker's code with the list in the one place its source asks for it. */
export function withPrecacheList(code: string, entries: readonly PrecacheEntry[]): string {
  const at = code.indexOf(injectionPoint);
  if (at === -1 || code.indexOf(injectionPoint, at + 1) !== -1) {
    throw new Error(`newsstand: the service worker must name ${injectionPoint} exactly once, where its precache list goes`);
  }
  return code.slice(0, at) + JSON.stringify(entries) + code.slice(at + injectionPoint.length);
}
