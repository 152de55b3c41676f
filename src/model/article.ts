// The normalized story model: what the build emits and the reader renders.

/** Absolute http(s) URL. Only values that passed `safeHttpUrl` are typed as this. */
export type HttpUrl = string;

export interface Topic {
  name: string;
  /** URL-safe identifier, used in `?topic=` and in feed file names. */
  slug: string;
}

export interface ArticleImage {
  url: HttpUrl;
  width: number;
  height: number;
}

export interface Provider {
  name: string;
  domain: string;
  /** Logo URL (http(s), or a site-relative path for demo logos under public/). */
  logo?: string;
}

export interface ArticleLinks {
  /** Where the reader goes by default: the original article. */
  original: HttpUrl;
  amp?: HttpUrl;
  ampCache?: HttpUrl;
}

/** A related story that is itself in the corpus: the app links to it in-app. */
export interface RelatedReference {
  kind: 'article';
  id: string;
}

/** A related story from outside the corpus: shown as a small card linking out. */
export interface RelatedCard {
  kind: 'external';
  title: string;
  provider: Provider;
  publishedAt?: string;
  links: ArticleLinks;
  image?: ArticleImage;
  quality: number;
}

export type RelatedStory = RelatedReference | RelatedCard;

export interface Article {
  /** Slug of the file name: unique in a build, stable across builds. */
  id: string;
  title: string;
  /** Plain text: tags stripped, entities decoded, whitespace collapsed. */
  excerpt: string;
  /** ISO-8601 in UTC. */
  publishedAt: string;
  links: ArticleLinks;
  provider: Provider;
  topics: Topic[];
  image?: ArticleImage;
  quality: number;
  heat: number;
  /** Kept as data: Smartable's own feeds list unpublished stories too. */
  published: boolean;
  /** De-duplicated, without self references, best first, capped. */
  related: RelatedStory[];
}

/** A story told by several outlets, as its card in the feed shows it. */
export interface Coverage {
  /** The story's id: its page is `/story/<id>`. */
  storyId: string;
  /** Every version of the story, this card's included. */
  sourceCount: number;
  /** A few of the other outlets (the card stacks their logos or monograms beside its own). */
  providers: Provider[];
}

/** What a feed card shows, and nothing more. */
export type Card = Omit<Article, 'related' | 'quality' | 'heat' | 'published'> & {
  relatedCount: number;
  /** Only on the card of a story several outlets told: the card is its best version. */
  coverage?: Coverage;
};

/** One outlet's version of a story, as its coverage page lists it. */
export interface StoryVersion {
  /** Set when the version is an article of this site (it has its own page). */
  id?: string;
  title: string;
  excerpt?: string;
  publishedAt?: string;
  provider: Provider;
  links: ArticleLinks;
}

/** One story's coverage file (`newsstand/story/<id>.<hash>.json`): every version, then what is related. */
export interface StoryDetail {
  id: string;
  /** The best version's title. */
  title: string;
  /** The story's card in the feeds (its best version): what Save keeps and Read marks. */
  card: Card;
  /** Newest first. */
  versions: StoryVersion[];
  /** Related stories that are not versions of this one, each story once. */
  related: ResolvedRelatedStory[];
}

/** The index key of a story's coverage file: every article of the story has one, so any of its ids leads to it. */
export const storyIndexKey = (id: string) => `story:${id}`;

/** A related story as the detail file ships it: references resolved to cards. */
export type ResolvedRelatedStory =
  | (Omit<RelatedCard, 'kind'> & { kind: 'external' })
  | (Omit<RelatedCard, 'kind' | 'quality'> & { kind: 'article'; id: string; quality: number });

/** One article's detail: the article with its related stories resolved. */
export type ArticleDetail = Omit<Article, 'related'> & {
  related: ResolvedRelatedStory[];
  /** When several outlets told the story: the way to all of them, as on its card. */
  coverage?: Coverage;
};

/**
 * A detail file: the details of a few articles (about four), by id; the index names each id's file.
 * A file an article would mean thousands of files a build, and creating a file is the costliest
 * part of writing one (docs/performance.md).
 */
export type ArticleDetailPack = Record<string, ArticleDetail>;

/** The detail of `id` in a pack read from JSON: only its own keys are ids (never "constructor" and friends). */
export function detailInPack(pack: ArticleDetailPack, id: string): ArticleDetail | undefined {
  return Object.hasOwn(pack, id) ? pack[id] : undefined;
}
