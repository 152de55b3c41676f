// What the last build made of each file and where each story went: a rebuild after an edit that changed only bodies patches the site from it (patch-site.ts).
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Manifest } from '../src/model/index.ts';
import { asciiJson } from './ascii-json.ts';
import { hash24 } from './content-hash.ts';
import type { Corpus } from './build-corpus.ts';
import type { SiteLayout } from './emit-site.ts';
import { hashInFileName } from './output-files.ts';
import { nameOf } from './result-rows.ts';
import type { BuildCounts, BuildResult, CorpusStory, FileStamp, Problem } from './types.ts';

/**
 * A listed file, at the index of its path in the listing: its stamp and cache key when last read,
 * its skeleton key (see skeleton-key.ts), its story (-1: none) and its own problems.
 */
export type PlanFile = [size: number, mtimeMs: number, ino: number, sourceKey: string, skeletonKey: string | null, story: number, problems?: Problem[]];

/** A story: its file, its id (null when it is the file's name without `.md`), its detail file's hash (`hashInFileName`), then a feed and a page for each feed that shows it. */
export type PlanStory = [file: number, id: string | null, detailHash: string, ...placements: number[]];

export interface SitePlan {
  /** The processing code, its options and the site's: a plan made with others is another site's. */
  salt: string;
  /** When the build that made the plan started, in ms since the epoch: stamps that recent are not trusted. */
  startedAt: number;
  manifest: Manifest;
  counts: BuildCounts;
  /**
   * Names the listed paths, in order (`listingKeyOf`): the plan holds no paths, 1.5 MB of its 4.3 at
   * 14,000 files, only files in the listing's order, which is the order results were reported in.
   */
  listing: string;
  files: PlanFile[];
  /** In the corpus's order. */
  stories: PlanStory[];
  /** Each feed's folder and pages, in the order of `SiteLayout.feeds`. */
  feeds: [directory: string, pages: string[]][];
  /** A story, then the stories whose detail files list it; only stories some other lists. */
  referrers: number[][];
  /** The corpus's own problems (duplicates), reported after the files' own. */
  corpusProblems: Problem[];
}

/** What the plan keeps of a file's result, recorded as the results stream past. */
export interface PlannedFile {
  path: string;
  stamp?: FileStamp;
  sourceKey?: string;
  skeletonKey: string | null;
  problems: Problem[];
}

export function plannedFileOf(result: BuildResult): PlannedFile {
  const { path, stamp, sourceKey, problems } = result;
  return { path, ...(stamp && { stamp }), ...(sourceKey !== undefined && { sourceKey }), skeletonKey: skeletonKeyOfOutcome(result.outcome), problems };
}

/**
 * What a result is to the corpus: an article's skeleton key, or why it is not an article (the
 * counts tell skipped and invalid files apart). Null when unknown: such a file never counts as
 * unchanged in structure.
 */
export function skeletonKeyOfOutcome(outcome: BuildResult['outcome']): string | null {
  if (outcome.kind === 'article') return outcome.skeletonKey ?? null;
  return outcome.kind === 'skipped' ? `skipped ${outcome.reason}` : 'invalid';
}

/** Any file added, removed or renamed gives another key. */
export function listingKeyOf(paths: readonly string[]): string {
  return hash24(paths.join('\0'));
}

/** The detail file a plan names for a story; `paths` is the listing the plan was made from. */
export function detailFileOf(plan: SitePlan, paths: readonly string[], story: number): string {
  return `newsstand/article/${storyIdOf(plan, paths, story)}.${plan.stories[story]?.[2] ?? ''}.json`;
}

/** Every file of the site the plan describes. */
export function filesOfPlan(plan: SitePlan, paths: readonly string[]): string[] {
  return [
    ...plan.stories.map((_story, index) => detailFileOf(plan, paths, index)),
    ...plan.feeds.flatMap(([, pages]) => pages),
    ...plan.manifest.articleIndex.shards,
    plan.manifest.providers.list,
  ];
}

export function storyIdOf(plan: SitePlan, paths: readonly string[], story: number): string {
  const [file, id] = plan.stories[story] ?? [-1, null];
  return id ?? nameOf(paths[file] ?? '');
}

/** The plan of a build that read every file with the parse cache on; undefined when some result has no stamp or key. */
export function sitePlanOf(
  planned: { salt: string; startedAt: number; pageSize: number; listing: string },
  files: readonly PlannedFile[],
  corpus: Corpus,
  site: { manifest: Manifest; layout: SiteLayout },
): SitePlan | undefined {
  const { sourceKeys } = corpus;
  if (!sourceKeys) return undefined;
  const storyOfKey = new Map<string, number>();
  const storyOf = new Map<CorpusStory, number>();
  const storyOfId = new Map<string, number>();
  corpus.articles.forEach((story, index) => {
    storyOf.set(story, index);
    storyOfId.set(story.id, index);
    const key = sourceKeys.get(story.id);
    if (key !== undefined) storyOfKey.set(key, index);
  });
  const stories: PlanStory[] = [];
  const planFiles: PlanFile[] = [];
  let fileProblems = 0;
  for (const [index, file] of files.entries()) {
    const { path, stamp, sourceKey } = file;
    if (!stamp || sourceKey === undefined) return undefined;
    const story = storyOfKey.get(sourceKey) ?? -1;
    const row: PlanFile = [stamp.size, stamp.mtimeMs, stamp.ino, sourceKey, file.skeletonKey, story];
    if (file.problems.length > 0) row.push(file.problems);
    planFiles.push(row);
    fileProblems += file.problems.length;
    const corpusStory = corpus.articles[story];
    if (!corpusStory) continue;
    stories[story] = [index, corpusStory.id === nameOf(path) ? null : corpusStory.id, hashInFileName(site.layout.details.get(corpusStory.id) ?? '')];
  }
  if (stories.length !== corpus.articles.length || stories.includes(undefined as unknown as PlanStory)) return undefined;
  site.layout.feeds.forEach((feed, feedIndex) => {
    feed.stories.forEach((story, position) => {
      stories[storyOf.get(story) ?? -1]?.push(feedIndex, Math.floor(position / planned.pageSize) + 1);
    });
  });
  const referrersOf = new Map<number, number[]>();
  corpus.articles.forEach((story, index) => {
    for (const related of story.related) {
      if (related.kind !== 'article') continue;
      const target = storyOfId.get(related.id);
      if (target === undefined) continue;
      let list = referrersOf.get(target);
      if (!list) referrersOf.set(target, (list = [target]));
      list.push(index);
    }
  });
  return {
    salt: planned.salt,
    startedAt: planned.startedAt,
    manifest: site.manifest,
    listing: planned.listing,
    counts: corpus.counts,
    files: planFiles,
    stories,
    feeds: site.layout.feeds.map((feed) => [feed.directory, feed.pages]),
    referrers: [...referrersOf.values()],
    corpusProblems: corpus.problems.slice(fileProblems),
  };
}

/** The plan at `path` when it was made with `salt`; undefined when there is none, or it does not parse. */
export function readSitePlan(path: string, salt: string): SitePlan | undefined {
  try {
    const plan = JSON.parse(readFileSync(path, 'latin1')) as SitePlan;
    const wellFormed =
      plan.salt === salt &&
      typeof plan.startedAt === 'number' &&
      typeof plan.listing === 'string' &&
      Array.isArray(plan.files) &&
      Array.isArray(plan.stories) &&
      Array.isArray(plan.feeds) &&
      Array.isArray(plan.referrers) &&
      Array.isArray(plan.corpusProblems) &&
      typeof plan.manifest?.articleIndex === 'object';
    return wellFormed ? plan : undefined;
  } catch {
    return undefined;
  }
}

/** Written aside and renamed, so a plan is always one build's whole plan; the plan is a cache, so a failed write only costs the next build time. */
export function writeSitePlan(path: string, plan: SitePlan | undefined): void {
  try {
    if (!plan) {
      rmSync(path, { force: true });
      return;
    }
    const temporary = `${path}.${process.pid}`;
    writeFileSync(temporary, asciiJson(plan));
    renameSync(temporary, path);
  } catch {
    // Read as no plan: the next build makes the corpus again.
  }
}
