// The region listing an article's related stories, loaded from its detail file when first opened.
import { useArticleQuery } from '../../api/index.ts';
import { ErrorState } from '../../ui/ErrorState.tsx';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { RelatedStoryItem } from './RelatedStoryItem.tsx';

interface RelatedPanelProps {
  id: string;
  articleId: string;
  /** How many the card promised: the loading placeholder shows as many lines (up to a few). */
  expectedCount: number;
}

export function RelatedPanel({ id, articleId, expectedCount }: RelatedPanelProps) {
  const query = useArticleQuery(articleId);
  return (
    <section id={id} className="related-panel" aria-label="Related stories" aria-busy={query.isPending}>
      {query.isPending && <RelatedPanelSkeleton lines={Math.min(expectedCount, 4)} />}
      {query.isError && <ErrorState compact title="Related stories could not be loaded." onRetry={() => void query.refetch()} />}
      {query.data && (
        <ul className="related-panel__list">
          {query.data.related.map((story) => (
            <RelatedStoryItem key={story.kind === 'article' ? `article:${story.id}` : story.links.original} story={story} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RelatedPanelSkeleton({ lines }: { lines: number }) {
  return (
    <div className="related-panel__loading">
      <span className="visually-hidden">Loading related stories…</span>
      {Array.from({ length: Math.max(lines, 1) }, (_, index) => (
        <div key={index} className="related-panel__skeleton-item">
          <Skeleton className="related-panel__skeleton-meta" />
          <Skeleton className="related-panel__skeleton-title" />
        </div>
      ))}
    </div>
  );
}
