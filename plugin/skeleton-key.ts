// A short name for everything the corpus takes from one article file: what a rebuild compares to know an edit changed only the body.
import { hash24 } from './content-hash.ts';
import type { ArticleDraft } from './types.ts';

/**
 * Ids, duplicates, related stories, order, topics and publishers are decided from an article's
 * skeleton and link keys alone (see `BodyField`). Two versions of a file with the same key differ
 * only in what their own outputs show, so a rebuild can patch those outputs instead of making the
 * corpus again. Every field not named as body is part of the key, so a field added to the model
 * counts as structure until someone decides otherwise.
 */
export function skeletonKeyOf(draft: ArticleDraft, linkKeys: readonly string[]): string {
  const { title, excerpt, links, image, heat, published, ...skeleton } = draft;
  return hash24(JSON.stringify([skeleton, linkKeys]));
}
