// The data layer's public surface: query option factories and the errors they throw.
export { articleQueryOptions, storyQueryOptions, useArticleQuery, useStoryQuery } from './article.ts';
export { ArticleNotFoundError, isWorthRetrying, NetworkError, ResponseError } from './errors.ts';
export { feedQueryOptions, feedReference } from './feed.ts';
export { manifestQueryKey, manifestQueryOptions, seedManifest, useManifest } from './manifest.ts';
