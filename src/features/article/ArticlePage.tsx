// `/article/<id>`: one story in full with its related stories open, and a way back to the feed.
import { useEffect, useMemo } from 'react';
import { useParams } from 'wouter';
import { ArticleNotFoundError, useArticleQuery, useManifest } from '../../api/index.ts';
import type { ArticleDetail, Card } from '../../model/index.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorState } from '../../ui/ErrorState.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useReading, useReadingStore } from '../reading/index.ts';
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

export default function ArticlePage() {
  const { id = '' } = useParams<{ id: string }>();
  const { siteTitle } = useManifest();
  const query = useArticleQuery(id);
  const store = useReadingStore();
  const savedCopy = useReading((snapshot) => snapshot.state.saved.find((entry) => entry.card.id === id)?.card);
  const notFound = query.error instanceof ArticleNotFoundError;
  // A saved story this build no longer has still opens, from the copy that was saved.
  const fromBuild = useMemo(() => (query.data ? cardOf(query.data) : undefined), [query.data]);
  const shown = fromBuild ?? (notFound ? savedCopy : undefined);
  useDocumentTitle(pageTitle(shown?.title, notFound, siteTitle));

  // Opening a story's page is reading it.
  useEffect(() => {
    if (shown) store.markRead(shown);
  }, [shown, store]);

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
        !shown &&
        (notFound ? (
          <EmptyState title="This story is not here">
            <p>It may have been removed, or the link may be mistyped.</p>
          </EmptyState>
        ) : (
          <ErrorState title="This story could not be loaded." onRetry={() => void query.refetch()}>
            Check your connection and try again.
          </ErrorState>
        ))}
      {shown && !query.data && (
        <p className="article-page__note" role="note">
          This story is no longer among this site’s stories: this is the copy you saved.
        </p>
      )}
      {shown && <ArticleCard card={shown} headingLevel={1} relatedInitiallyOpen={query.data !== undefined} variant="page" />}
    </div>
  );
}
