// The plain, structured-cloneable records the pipeline passes between its stages (and threads).
import type { Article, RelatedCard, RelatedReference } from '../src/model/index.ts';

/** A note is no fault: what the build did on the reader's behalf (a link rewritten), counted in the report. */
export type Severity = 'error' | 'warning' | 'note';

/** One thing wrong with one file: reported as `path:line: message`. */
export interface Problem {
  path: string;
  /** 1-based line inside the file (front matter starts at line 2). */
  line: number;
  message: string;
  severity: Severity;
  /** On a note: how many times it happened in the file (one note a kind a file, however many links). */
  count?: number;
}

/** An article as one file alone can make it: related stories are not yet resolved against the corpus. */
export type ArticleDraft = Omit<Article, 'related'> & { related: RelatedCard[] };

/**
 * What only an article's own outputs show (its detail file, its card, the related panels that list
 * it): nothing the corpus decides (ids, duplicates, related stories, order, topics, publishers)
 * depends on these fields.
 */
export type BodyField = 'title' | 'excerpt' | 'links' | 'image' | 'heat' | 'published';
export type ArticleBody = Pick<Article, BodyField>;

/** A draft without its body. */
export type DraftSkeleton = Omit<ArticleDraft, BodyField>;

export type SkipReason = 'not-news' | 'removed';

export type FileOutcome =
  | {
      kind: 'article';
      /** Its id is proposed from the file name; the corpus makes it unique. */
      article: ArticleDraft;
      /** Keys (`linkKey`) of the canonical forms of every link that names this story (original, web): for duplicates and related matching. */
      linkKeys: string[];
    }
  | { kind: 'skipped'; reason: SkipReason }
  | { kind: 'invalid' };

/**
 * An article read back from the last build's stored results: its body is parsed when an output
 * shows it. A rebuild after one edit writes a few dozen of its files and needs only their bodies;
 * parsing every body would cost it time for nothing.
 */
export interface StoredArticleOutcome {
  kind: 'article';
  article: DraftSkeleton;
  body: () => ArticleBody;
  linkKeys: string[];
}

/** A file's size, modification time and inode when it was read: a rebuild reads again only files whose stamp changed. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/**
 * A file's result as a build consumes it: fresh from the file, or read back from the stored
 * results; with the parse cache on, with the stamp the file had when it was read.
 */
export type BuildResult = Omit<FileResult, 'outcome'> & { outcome: FileOutcome | StoredArticleOutcome; stamp?: FileStamp };

/** The draft's body, where it is: in the draft, or in the stored results. */
export function bodyOf(outcome: Extract<BuildResult['outcome'], { kind: 'article' }>): () => ArticleBody {
  if ('body' in outcome) return outcome.body;
  const { article } = outcome;
  return () => article;
}

/** What processing one file yields: pure data, so it can cross a worker boundary or sit in a cache. */
export interface FileResult {
  path: string;
  outcome: FileOutcome;
  problems: Problem[];
  /**
   * The parse cache's key for the file as it was read (set when the cache is on): it names the
   * inputs of everything made from this result, so a rebuild can tell which outputs are unchanged.
   */
  sourceKey?: string;
}

export interface ParseOptions {
  /** How many related stories an article keeps, best first. */
  relatedLimit: number;
}

/** A related story found in the corpus, with the quality its listing gave it (the detail file shows it). */
export type CorpusReference = RelatedReference & { quality: number };

/** An article of the built corpus: unique id, related stories resolved to references where possible. */
export type CorpusArticle = Omit<Article, 'related'> & { related: (CorpusReference | RelatedCard)[] };

/** A corpus article as the corpus holds it: the body is read when an output shows it. */
export type CorpusStory = Omit<CorpusArticle, BodyField> & { body: () => ArticleBody };

/** A file the build left out, and why: the full report lists them. */
export interface SkippedFile {
  path: string;
  reason: SkipReason | 'duplicate' | 'invalid';
}

/** How the files of a build were counted: every file lands in exactly one of these. */
export interface BuildCounts {
  articles: number;
  notNews: number;
  removed: number;
  duplicates: number;
  invalid: number;
}
