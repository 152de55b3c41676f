// The site as the dev server holds it: every file's result and the JSON files in memory, updated file by file.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import type { Manifest } from '../../src/model/index.ts';
import { listMarkdownFiles } from '../read/list-files.ts';
import type { ResolvedOptions } from '../options.ts';
import { buildSite, siteOptionsOf, type SiteBuild } from '../build-site.ts';
import { createStoryClusterMemory } from '../cluster/story-clusters.ts';
import { readFiles, readFilesSettingsOf } from '../read/read-files.ts';
import { processingCodeVersion } from '../incremental/index.ts';
import type { BuildResult, FileResult, Problem } from '../types.ts';
import { startParsePool } from '../workers/parse-pool.ts';
import type { WorkerPool } from '../workers/worker-pool.ts';
import { parseFileQuickly } from '../parse/parse-file-quickly.ts';
import type { SyndicationFile } from '../emit/syndication-feeds.ts';
import type { SearchRecord } from '../emit/search-records.ts';

export interface DevSite {
  /** Settles when the first build is done; the other members wait for it. */
  ready: Promise<SiteBuild>;
  manifest(): Promise<Manifest>;
  /** JSON text of an emitted file, by its path relative to the base. */
  file(fileName: string): Promise<string | undefined>;
  /** An RSS, Atom or JSON feed of the current build, by its path relative to the base. */
  feed(path: string): Promise<SyndicationFile | undefined>;
  /** The current build's search records: the same array until an update replaces the build. */
  searchRecords(): Promise<SearchRecord[]>;
  /** Whether a watched path is an article file of this site. */
  isContentFile(path: string): boolean;
  /** Reprocesses only the files that changed (or drops removed ones and folders), then rebuilds the outputs. */
  update(changed: readonly string[], removed: readonly string[]): Promise<SiteBuild>;
  /**
   * Calls `listener` after every update: those asked for, and those the site makes itself when a
   * file it read has changed on disk since (see `verifyDelayMilliseconds`). Answers an unsubscribe.
   */
  onUpdate(listener: (build: SiteBuild, files: number) => void): () => void;
  /** Settles once no update is running or waiting to check the disk: the served site is then the folder's. */
  settled(): Promise<void>;
}

/**
 * After an update, the files it read are read again this much later. Editors and `git checkout`
 * write a file in more than one go, and a watcher can report the first write and not the last:
 * a file whose bytes differ from those parsed is updated again, so the site settles to the disk.
 */
const verifyDelayMilliseconds = 150;

/** Files this large take tens of milliseconds or more to parse: the dev server parses them on a worker thread. */
const parseAsideBytes = 256 * 1024;

export function createDevSite(options: ResolvedOptions, now: () => Date = () => new Date()): DevSite {
  const results = new Map<string, BuildResult>();
  let files = new Map<string, string>();
  let madeOnRequest = new Map<string, () => unknown>();
  let listingProblems: Problem[] = [];
  let current: SiteBuild | undefined;
  // Detail URLs carry the update's number in place of a hash; a random start keeps a restarted
  // server's URLs apart from those a page may still hold.
  let updateNumber = Math.floor(Math.random() * 0x1_0000_0000);
  const clusterMemory = createStoryClusterMemory();

  const rebuild = async (startedAt: number): Promise<SiteBuild> => {
    const next = new Map<string, string>();
    const nextOnRequest = new Map<string, () => unknown>();
    updateNumber = (updateNumber + 1) % 0x1_0000_0000;
    const siteOptions = {
      ...siteOptionsOf(options, now().toISOString()),
      clusterMemory,
      filesOnRequest: {
        tag: updateNumber.toString(16).padStart(8, '0'),
        offer: (name: string, value: () => unknown) => nextOnRequest.set(name, value),
      },
    };
    const sorted = [...results.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
    const build = await buildSite(sorted, listingProblems, siteOptions, (name, json) => next.set(name, json), startedAt);
    // Swap at once: a request never sees half of one build and half of another.
    files = next;
    madeOnRequest = nextOnRequest;
    current = build;
    return build;
  };

  /** A file of the current build, making a detail file, story file or feed page the first time it is asked for. */
  const fileOfCurrentBuild = (fileName: string): string | undefined => {
    const emitted = files.get(fileName);
    if (emitted !== undefined) return emitted;
    const make = madeOnRequest.get(fileName);
    if (!make) return undefined;
    const json = JSON.stringify(make());
    files.set(fileName, json);
    return json;
  };

  const initialBuild = async (): Promise<SiteBuild> => {
    const startedAt = performance.now();
    const listing = await listMarkdownFiles(options.contentFolders);
    listingProblems = listing.problems;
    for await (const result of readFiles(listing.files, { relatedLimit: options.relatedLimit }, readFilesSettingsOf(options))) {
      results.set(result.path, withBodyKept(result));
    }
    return rebuild(startedAt);
  };

  const ready = initialBuild();
  let queue: Promise<unknown> = ready;

  const isContentFile = (path: string) =>
    path.toLowerCase().endsWith('.md') &&
    options.contentFolders.some(
      (folder) => path.startsWith(folder + sep) && !/[\\/](\.|node_modules[\\/])/.test(path.slice(folder.length)),
    );

  /** What the bytes of each file read by an update hashed to, to tell later whether the disk still holds them. */
  const readHashes = new Map<string, string>();
  // A large file is parsed on a thread of its own: requests never wait behind one file's parse.
  let pool: Promise<WorkerPool | undefined> | undefined;
  const parseAside = async (path: string, source: Buffer): Promise<FileResult> => {
    const parseOptions = { relatedLimit: options.relatedLimit };
    if (source.length < parseAsideBytes) return parseFileQuickly(path, source, parseOptions);
    pool ??= processingCodeVersion().then((version) => startParsePool(options.cacheFolder, version, 1, { unref: true }));
    const started = await pool;
    return started ? started.run(path, source, parseOptions) : parseFileQuickly(path, source, parseOptions);
  };
  const listeners = new Set<(build: SiteBuild, files: number) => void>();
  let verifying: Promise<void> = Promise.resolve();

  const applyUpdate = async (changed: readonly string[], removed: readonly string[]) => {
    const startedAt = performance.now();
    for (const path of removed) {
      for (const known of results.keys()) {
        if (known === path || known.startsWith(path + sep)) {
          results.delete(known);
          readHashes.delete(known);
        }
      }
    }
    for (const path of changed) {
      try {
        const source = await readFile(path);
        readHashes.set(path, hashOf(source));
        results.set(path, await parseAside(path, source));
      } catch {
        // Deleted between the event and the read: the unlink event that follows removes it.
        results.delete(path);
        readHashes.delete(path);
      }
    }
    const build = await rebuild(startedAt);
    for (const listener of listeners) listener(build, changed.length + removed.length);
    verifying = Promise.all([verifying, verifySoon([...changed, ...removed])]).then(() => undefined);
    return build;
  };

  /** Reads the files again a moment later, and updates those the disk no longer holds as parsed. */
  const verifySoon = (paths: readonly string[]): Promise<void> =>
    new Promise<void>((resolve) => setTimeout(resolve, verifyDelayMilliseconds)).then(async () => {
      const changedAgain: string[] = [];
      const removedAgain: string[] = [];
      for (const path of new Set(paths)) {
        if (!isContentFile(path)) continue;
        let hash: string | undefined;
        try {
          hash = hashOf(await readFile(path));
        } catch {
          hash = undefined;
        }
        if (hash === undefined && results.has(path)) removedAgain.push(path);
        else if (hash !== undefined && hash !== readHashes.get(path)) changedAgain.push(path);
      }
      if (changedAgain.length > 0 || removedAgain.length > 0) await enqueue(changedAgain, removedAgain).catch(() => undefined);
    });

  const enqueue = (changed: readonly string[], removed: readonly string[]): Promise<SiteBuild> => {
    // One update at a time, in order: a burst of saves never interleaves two rebuilds.
    const next = queue.then(() => applyUpdate(changed, removed));
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    ready,
    isContentFile,
    manifest: async () => {
      await ready;
      return (current ?? (await ready)).manifest;
    },
    file: async (fileName) => {
      await ready;
      return fileOfCurrentBuild(fileName);
    },
    feed: async (path) => {
      await ready;
      return (current ?? (await ready)).feeds().find((feed) => feed.path === path);
    },
    searchRecords: async () => {
      await ready;
      return (current ?? (await ready)).searchRecords();
    },
    update: enqueue,
    onUpdate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async settled() {
      for (;;) {
        const [pendingQueue, pendingCheck] = [queue, verifying];
        await pendingQueue;
        await pendingCheck;
        if (pendingQueue === queue && pendingCheck === verifying) return;
      }
    },
  };
}

function hashOf(source: Buffer): string {
  return createHash('sha1').update(source).digest('hex');
}

/**
 * A stored result parses its body each time an output asks for it: right for a build, which asks
 * for a few, but the dev server's every update shows every story's card. Parsed once, it is kept.
 */
function withBodyKept(result: BuildResult): BuildResult {
  const { outcome } = result;
  if (outcome.kind !== 'article' || !('body' in outcome)) return result;
  let body: ReturnType<typeof outcome.body> | undefined;
  return { ...result, outcome: { ...outcome, body: () => (body ??= outcome.body()) } };
}
