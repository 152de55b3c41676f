// `/article/<id>`: one story in full with its related stories open, and a way back to the feed.
import { useParams } from 'wouter';
import { ArticleNotFoundError, useArticleQuery, useManifest } from '../../api/index.ts';
import type { ArticleDetail, Card } from '../../model/index.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorState } from '../../ui/ErrorState.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { ArticleCard } from './ArticleCard.tsx';
import { CardSkeleton } from './CardSkeleton.tsx';
import './article-page.css';

function cardOf({ related, quality: _quality, heat: _heat, published: _published, ...card }: ArticleDetail): Card {
  return { ...card, relatedCount: related.length };
}

/** The story's title once it is here; the site's own while it loads or fails. */
function pageTitle(storyTitle: string | undefined, notFound: boolean, siteTitle: string): string {
  if (storyTitle !== undefined) return `${storyTitle} · ${siteTitle}`;
  return notFound ? `Story not found · ${siteTitle}` : siteTitle;
}

export function ArticlePage() {
  const { id = '' } = useParams<{ id: string }>();
  const { siteTitle } = useManifest();
  const query = useArticleQuery(id);
  useDocumentTitle(pageTitle(query.data?.title, query.error instanceof ArticleNotFoundError, siteTitle));

  return (
    <div className="article-page" aria-busy={query.isPending}>
      <BackLink>Back to stories</BackLink>
      {query.isPending && (
        <>
          <p className="visually-hidden">Loading the story…</p>
          <CardSkeleton variant="page" />
        </>
      )}
      {query.isError &&
        (query.error instanceof ArticleNotFoundError ? (
          <EmptyState title="This story is not here">
            <p>It may have been removed, or the link may be mistyped.</p>
          </EmptyState>
        ) : (
          <ErrorState title="This story could not be loaded." onRetry={() => void query.refetch()}>
            Check your connection and try again.
          </ErrorState>
        ))}
      {query.data && <ArticleCard card={cardOf(query.data)} headingLevel={1} relatedInitiallyOpen variant="page" />}
    </div>
  );
}
