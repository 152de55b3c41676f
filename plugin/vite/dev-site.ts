// The site as the dev server holds it: every file's result and the JSON files in memory, updated file by file.
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import type { ArticleDetail, Manifest } from '../../src/model/index.ts';
import { listMarkdownFiles } from '../read/list-files.ts';
import type { ResolvedOptions } from '../options.ts';
import { buildSite, siteOptionsOf, type SiteBuild } from '../build-site.ts';
import { readFiles, readFilesSettingsOf } from '../read/read-files.ts';
import type { BuildResult, Problem } from '../types.ts';
import { parseFileQuickly } from '../parse/parse-file-quickly.ts';

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
  const results = new Map<string, BuildResult>();
  let files = new Map<string, string>();
  let detailsOnRequest = new Map<string, () => ArticleDetail>();
  let listingProblems: Problem[] = [];
  let current: SiteBuild | undefined;
  // Detail URLs carry the update's number in place of a hash; a random start keeps a restarted
  // server's URLs apart from those a page may still hold.
  let updateNumber = Math.floor(Math.random() * 0x1_0000_0000);

  const rebuild = async (startedAt: number): Promise<SiteBuild> => {
    const next = new Map<string, string>();
    const nextDetails = new Map<string, () => ArticleDetail>();
    updateNumber = (updateNumber + 1) % 0x1_0000_0000;
    const siteOptions = {
      ...siteOptionsOf(options, now().toISOString()),
      detailsOnRequest: {
        tag: updateNumber.toString(16).padStart(8, '0'),
        offer: (name: string, detail: () => ArticleDetail) => nextDetails.set(name, detail),
      },
    };
    const sorted = [...results.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
    const build = await buildSite(sorted, listingProblems, siteOptions, (name, json) => next.set(name, json), startedAt);
    // Swap at once: a request never sees half of one build and half of another.
    files = next;
    detailsOnRequest = nextDetails;
    current = build;
    return build;
  };

  /** A file of the current build, making a detail file the first time it is asked for. */
  const fileOfCurrentBuild = (fileName: string): string | undefined => {
    const emitted = files.get(fileName);
    if (emitted !== undefined) return emitted;
    const detail = detailsOnRequest.get(fileName);
    if (!detail) return undefined;
    const json = JSON.stringify(detail());
    files.set(fileName, json);
    return json;
  };

  const initialBuild = async (): Promise<SiteBuild> => {
    const startedAt = performance.now();
    const listing = await listMarkdownFiles(options.contentFolders);
    listingProblems = listing.problems;
    for await (const result of readFiles(listing.files, { relatedLimit: options.relatedLimit }, readFilesSettingsOf(options))) {
      results.set(result.path, result);
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

  const applyUpdate = async (changed: readonly string[], removed: readonly string[]) => {
    const startedAt = performance.now();
    for (const path of removed) {
      for (const known of results.keys()) if (known === path || known.startsWith(path + sep)) results.delete(known);
    }
    for (const path of changed) {
      try {
        results.set(path, parseFileQuickly(path, await readFile(path), { relatedLimit: options.relatedLimit }));
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
      return fileOfCurrentBuild(fileName);
    },
    update: (changed, removed) => {
      // One update at a time, in order: a burst of saves never interleaves two rebuilds.
      const next = queue.then(() => applyUpdate(changed, removed));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
