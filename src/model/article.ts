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

/** What a feed card shows, and nothing more. */
export type Card = Omit<Article, 'related' | 'quality' | 'heat' | 'published'> & {
  relatedCount: number;
};

/** A related story as the detail file ships it: references resolved to cards. */
export type ResolvedRelatedStory =
  | (Omit<RelatedCard, 'kind'> & { kind: 'external' })
  | (Omit<RelatedCard, 'kind' | 'quality'> & { kind: 'article'; id: string; quality: number });

/** One article detail file: the article with its related stories resolved. */
export type ArticleDetail = Omit<Article, 'related'> & {
  related: ResolvedRelatedStory[];
};
