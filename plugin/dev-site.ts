// The site as the dev server holds it: every file's result and every JSON file in memory, updated file by file.
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import type { Manifest } from '../src/model/index.ts';
import { listMarkdownFiles } from './list-files.ts';
import type { ResolvedOptions } from './options.ts';
import { buildSite, siteOptionsOf, type SiteBuild } from './pipeline.ts';
import { processFiles, processFilesSettingsOf } from './process-files.ts';
import type { FileResult, Problem } from './types.ts';
import { processFileQuickly } from './worker-task.ts';

export interface DevSite {
  /** Settles when the first build is done; the other members wait for it. */
  ready: Promise<SiteBuild>;
  manifest(): Promise<Manifest>;
  /** JSON text of an emitted file, by its path relative to the base. */
  file(fileName: string): Promise<string | undefined>;
  /** Whether a watched path is an article file of this site. */
  isContentFile(path: string): boolean;
  /** Reprocesses only the files that changed (or drops removed ones and folders), then rebuilds the outputs. */
  update(changed: readonly string[], removed: readonly string[]): Promise<SiteBuild>;
}

export function createDevSite(options: ResolvedOptions, now: () => Date = () => new Date()): DevSite {
  const results = new Map<string, FileResult>();
  let files = new Map<string, string>();
  let listingProblems: Problem[] = [];
  let current: SiteBuild | undefined;

  const rebuild = async (startedAt: number): Promise<SiteBuild> => {
    const next = new Map<string, string>();
    const sorted = [...results.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
    const build = await buildSite(sorted, listingProblems, siteOptionsOf(options, now().toISOString()), (name, json) => next.set(name, json), startedAt);
    // Swap at once: a request never sees half of one build and half of another.
    files = next;
    current = build;
    return build;
  };

  const initialBuild = async (): Promise<SiteBuild> => {
    const startedAt = performance.now();
    const listing = await listMarkdownFiles(options.contentFolders);
    listingProblems = listing.problems;
    for await (const result of processFiles(listing.files, { relatedLimit: options.relatedLimit }, processFilesSettingsOf(options))) {
      results.set(result.path, result);
    }
    return rebuild(startedAt);
  };

  const ready = initialBuild();
  let queue: Promise<unknown> = ready;

  const isContentFile = (path: string) =>
    path.toLowerCase().endsWith('.md') &&
    options.contentFolders.some((folder) => path.startsWith(folder + sep) && !/[\\/](\.|node_modules[\\/])/.test(path.slice(folder.length)));

  const applyUpdate = async (changed: readonly string[], removed: readonly string[]) => {
    const startedAt = performance.now();
    for (const path of removed) {
      for (const known of results.keys()) if (known === path || known.startsWith(path + sep)) results.delete(known);
    }
    for (const path of changed) {
      try {
        results.set(path, processFileQuickly(path, await readFile(path), { relatedLimit: options.relatedLimit }));
      } catch {
        // Deleted between the event and the read: the unlink event that follows removes it.
        results.delete(path);
      }
    }
    return rebuild(startedAt);
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
      return files.get(fileName);
    },
    update: (changed, removed) => {
      // One update at a time, in order: a burst of saves never interleaves two rebuilds.
      const next = queue.then(() => applyUpdate(changed, removed));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
