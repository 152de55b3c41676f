// The files' results -> the corpus: unique stable ids, one article a story, related stories resolved.
import type { RelatedCard } from '../../src/model/index.ts';
import { hash8 } from '../content-hash.ts';
import { newerFirst } from '../normalize/dates.ts';
import { canonicalLink, linkKey } from '../normalize/links.ts';
import { nameOf } from '../normalize/slug.ts';
import {
  bodyOf,
  type ArticleBody,
  type BuildCounts,
  type CorpusReference,
  type CorpusStory,
  type DraftSkeleton,
  type BuildResult,
  type Problem,
  type SkippedFile,
} from '../types.ts';

export interface Corpus {
  /** In path order. */
  articles: CorpusStory[];
  counts: BuildCounts;
  problems: Problem[];
  /** Every file left out, in path order. */
  skipped: SkippedFile[];
  /** Article id -> the cache key of its file; only when every article has one (the parse cache is on). */
  sourceKeys?: ReadonlyMap<string, string>;
  /**
   * Article id -> what became of each related card of its file, a letter each: `r` a corpus story,
   * `e` an outside one, `d` dropped (a repeat, or the article itself). With the file's key, it says
   * which of the file's cards its detail file shows, though the corpus changed around it.
   */
  relatedOutcomes?: ReadonlyMap<string, string>;
}

interface Candidate {
  path: string;
  draft: DraftSkeleton;
  body: () => ArticleBody;
  linkKeys: string[];
  sourceKey?: string;
}

/** Consumes results one at a time and keeps only the drafts, never the parsed files. */
/** A story dated further ahead of the build than this is reported: a clock a day off is a time zone, not a typo. */
const futureToleranceMilliseconds = 24 * 60 * 60 * 1000;

/** The latest date a story may carry and count as published by the build at `generatedAt` (both ISO-8601). */
export function latestPlausibleDate(generatedAt: string): string {
  return new Date(Date.parse(generatedAt) + futureToleranceMilliseconds).toISOString();
}

/**
 * `generatedAt` (ISO-8601, the build's own time, passed in so the corpus stays deterministic) is
 * what "in the future" is measured against.
 */
export async function buildCorpus(results: AsyncIterable<BuildResult> | Iterable<BuildResult>, generatedAt?: string): Promise<Corpus> {
  const counts: BuildCounts = { articles: 0, notNews: 0, removed: 0, duplicates: 0, invalid: 0 };
  const problems: Problem[] = [];
  const candidates: Candidate[] = [];
  const skipped: SkippedFile[] = [];
  for await (const result of results) {
    problems.push(...result.problems);
    const { outcome } = result;
    if (outcome.kind === 'article') {
      const { path, sourceKey } = result;
      candidates.push({
        path,
        draft: outcome.article,
        body: bodyOf(outcome),
        linkKeys: outcome.linkKeys,
        ...(sourceKey !== undefined && { sourceKey }),
      });
      continue;
    }
    skipped.push({ path: result.path, reason: outcome.kind === 'invalid' ? 'invalid' : outcome.reason });
    if (outcome.kind === 'invalid') counts.invalid += 1;
    else if (outcome.reason === 'not-news') counts.notNews += 1;
    else counts.removed += 1;
  }
  // Workers finish in any order: sorting by path makes ids and duplicate choices deterministic.
  candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const { kept, owners } = dropDuplicates(candidates, problems);
  const keptSet = new Set(kept);
  for (const candidate of candidates) if (!keptSet.has(candidate)) skipped.push({ path: candidate.path, reason: 'duplicate' });
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  counts.duplicates = candidates.length - kept.length;
  counts.articles = kept.length;
  const ids = assignIds(kept, problems);
  if (generatedAt !== undefined) reportFutureDates(kept, generatedAt, problems);
  const idOfLink = new Map<string, string>();
  for (const [key, owner] of owners) idOfLink.set(key, ids.get(owner) ?? '');
  const resolve = relatedResolver(idOfLink);
  const referenced = new Set<string>();
  const sourceKeys = new Map<string, string>();
  const relatedOutcomes = new Map<string, string>();
  const articles = kept.map((candidate): CorpusStory => {
    const { draft, body } = candidate;
    const id = ids.get(candidate) ?? draft.id;
    const { related, outcomes } = resolveRelated(draft.related, id, resolve, referenced);
    if (candidate.sourceKey !== undefined) sourceKeys.set(id, candidate.sourceKey);
    relatedOutcomes.set(id, outcomes);
    return { id, publishedAt: draft.publishedAt, provider: draft.provider, topics: draft.topics, quality: draft.quality, related, body };
  });
  const keyed = sourceKeys.size === articles.length;
  return { articles, counts, problems, skipped, ...(keyed && { sourceKeys, relatedOutcomes }) };
}

/**
 * Files that share a canonical link are one story: the highest quality, then the newest, then the
 * first path wins. Only files that share a link with another are ranked: sorting every file would
 * cost a rebuild time for nothing, and a file whose links are its own is always kept.
 */
function dropDuplicates(candidates: Candidate[], problems: Problem[]) {
  const claims = new Map<string, number>();
  for (const candidate of candidates) for (const key of candidate.linkKeys) claims.set(key, (claims.get(key) ?? 0) + 1);
  const owners = new Map<string, Candidate>();
  const contested: Candidate[] = [];
  for (const candidate of candidates) {
    if (candidate.linkKeys.some((key) => (claims.get(key) ?? 0) > 1)) contested.push(candidate);
    else for (const key of candidate.linkKeys) owners.set(key, candidate);
  }
  // Stable: equal files stay in path order.
  contested.sort((a, b) => b.draft.quality - a.draft.quality || newerFirst(a.draft.publishedAt, b.draft.publishedAt));
  const dropped = new Set<Candidate>();
  const duplicates: { candidate: Candidate; owner: Candidate }[] = [];
  for (const candidate of contested) {
    const owner = candidate.linkKeys.map((key) => owners.get(key)).find((found) => found !== undefined);
    if (owner) {
      duplicates.push({ candidate, owner });
      dropped.add(candidate);
      continue;
    }
    for (const key of candidate.linkKeys) owners.set(key, candidate);
  }
  // A duplicate's links still name the story: related items pointing at them resolve to the kept file.
  for (const { candidate, owner } of duplicates) {
    for (const key of candidate.linkKeys) if (!owners.has(key)) owners.set(key, owner);
    problems.push({
      path: candidate.path,
      line: 1,
      message: `duplicate of ${owner.path} (same link): kept that one (higher quality or newer)`,
      severity: 'warning',
    });
  }
  return { kept: dropped.size === 0 ? candidates : candidates.filter((candidate) => !dropped.has(candidate)), owners };
}

/** Stories dated more than a day after the build: still shown, never the site's "Updated" time (see emitSite). */
function reportFutureDates(kept: readonly Candidate[], generatedAt: string, problems: Problem[]): void {
  const latest = latestPlausibleDate(generatedAt);
  for (const candidate of kept) {
    if (candidate.draft.publishedAt <= latest) continue;
    problems.push({
      path: candidate.path,
      line: 1,
      message: `dated ${candidate.draft.publishedAt}, more than a day after this build: shown, but not as the site's latest update`,
      severity: 'warning',
    });
  }
}

/**
 * The file-name slug, the same whatever other files there are: an id is in shared links, so a file
 * added, removed or renamed elsewhere never moves a story to another address. When files propose
 * one id (`hello-world.md` and `Hello-World.md`, or one name in two folders), the file whose name
 * is spelled as the id keeps it, then the earliest published; each other gets the id and a suffix
 * made from its own link (never from the order files were found), and the collision is reported.
 */
function assignIds(kept: Candidate[], problems: Problem[]): Map<Candidate, string> {
  const proposers = new Map<string, Candidate[]>();
  for (const candidate of kept) {
    const group = proposers.get(candidate.draft.id);
    if (group) group.push(candidate);
    else proposers.set(candidate.draft.id, [candidate]);
  }
  const ids = new Map<Candidate, string>();
  const used = new Set(proposers.keys());
  for (const [id, group] of proposers) {
    const [keeper, ...others] = group.length === 1 ? group : [...group].sort(byClaimToId(id));
    if (keeper) ids.set(keeper, id);
    for (const other of others) {
      const suffixSource = other.linkKeys[0] ?? other.path;
      let suffixed = `${id}-${hash8(suffixSource).slice(0, 6)}`;
      for (let extra = 2; used.has(suffixed); extra += 1) suffixed = `${id}-${hash8(`${suffixSource}\0${extra}`).slice(0, 6)}`;
      used.add(suffixed);
      ids.set(other, suffixed);
      problems.push({
        path: other.path,
        line: 1,
        message: `its id "${id}" is also proposed by ${keeper?.path ?? 'another file'}, which keeps it: this story is at /article/${suffixed}`,
        severity: 'warning',
      });
    }
  }
  return ids;
}

/** Who keeps an id many files propose: the file named exactly as the id, then the earliest published, then by path. */
function byClaimToId(id: string): (a: Candidate, b: Candidate) => number {
  const spelledAsId = (candidate: Candidate) => (nameOf(candidate.path) === id ? 0 : 1);
  return (a, b) =>
    spelledAsId(a) - spelledAsId(b) ||
    (a.draft.publishedAt < b.draft.publishedAt ? -1 : a.draft.publishedAt > b.draft.publishedAt ? 1 : 0) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/**
 * Related lists name the same stories again and again across a corpus, mostly as one shared card
 * object (see read/shared-cards.ts): each link is parsed as a URL once, and each card is looked
 * up once and becomes one reference object, however many articles list it.
 */
function relatedResolver(idOfLink: ReadonlyMap<string, string>): (card: RelatedCard) => CorpusReference | undefined {
  const keyOfLink = new Map<string, string>();
  const referenceOf = new Map<RelatedCard, CorpusReference | undefined>();
  return (card) => {
    if (referenceOf.has(card)) return referenceOf.get(card);
    const link = card.links.original;
    let key = keyOfLink.get(link);
    if (key === undefined) {
      key = linkKey(canonicalLink(link));
      keyOfLink.set(link, key);
    }
    const id = idOfLink.get(key);
    const reference: CorpusReference | undefined = id === undefined ? undefined : { kind: 'article', id, quality: card.quality };
    referenceOf.set(card, reference);
    return reference;
  };
}

/**
 * In-corpus stories become references; self references and repeats of one article are dropped.
 * `referenced` is scratch space, one Set for all 14,000 articles rather than one each.
 */
function resolveRelated(
  related: RelatedCard[],
  ownId: string,
  resolve: (card: RelatedCard) => CorpusReference | undefined,
  referenced: Set<string>,
): { related: (CorpusReference | RelatedCard)[]; outcomes: string } {
  const resolved: (CorpusReference | RelatedCard)[] = [];
  referenced.clear();
  referenced.add(ownId);
  let outcomes = '';
  for (const card of related) {
    const reference = resolve(card);
    if (reference === undefined) {
      resolved.push(card);
      outcomes += 'e';
    } else if (!referenced.has(reference.id)) {
      referenced.add(reference.id);
      resolved.push(reference);
      outcomes += 'r';
    } else {
      outcomes += 'd';
    }
  }
  return { related: resolved, outcomes };
}
