// `/story/<id>`: one story as every outlet told it, newest first, then the stories related to it.
import { useEffect, useId } from 'react';
import { useLocation, useParams } from 'wouter';
import { ArticleNotFoundError, useManifest, useStoryQuery } from '../../api/index.ts';
import type { StoryVersion } from '../../model/index.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { BrandMark } from '../../ui/BrandMark.tsx';
import { ErrorState } from '../../ui/ErrorState.tsx';
import { ExternalLink } from '../../ui/ExternalLink.tsx';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { Time } from '../../ui/Time.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { CardReadingActions, useReadingStore } from '../reading/index.ts';
import { RelatedStoryItem } from '../related/index.ts';
import '../../ui/way-out-link.css';
import './story-page.css';

export default function StoryPage() {
  const { id = '' } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const { siteTitle } = useManifest();
  const query = useStoryQuery(id);
  const story = query.data;
  const notFound = query.error instanceof ArticleNotFoundError;
  const store = useReadingStore();
  useDocumentTitle(story ? `${story.title} · ${siteTitle}` : siteTitle);

  // Opening a story's coverage page is reading it.
  const shownCard = story?.id === id ? story.card : undefined;
  useEffect(() => {
    if (shownCard) store.markRead(shownCard);
  }, [shownCard, store]);

  useEffect(() => {
    // An article's id, or the id a story had before an earlier outlet joined it: the story as it is now.
    if (story && story.id !== id) navigate(`/story/${encodeURIComponent(story.id)}`, { replace: true, state: window.history.state });
    // A story one outlet told has no coverage page: its article page is the whole story.
    else if (notFound) navigate(`/article/${encodeURIComponent(id)}`, { replace: true, state: window.history.state });
  }, [story, id, notFound, navigate]);

  return (
    <div className="story-page" aria-busy={query.isPending}>
      <BackLink>Back to stories</BackLink>
      {query.isPending && (
        <div className="story-page__loading">
          <p className="visually-hidden">Loading the story…</p>
          <Skeleton className="story-page__skeleton-title" />
          <Skeleton className="story-page__skeleton-version" />
          <Skeleton className="story-page__skeleton-version" />
        </div>
      )}
      {query.isError && !notFound && (
        <ErrorState title="This story could not be loaded." onRetry={() => void query.refetch()}>
          Check your connection and try again.
        </ErrorState>
      )}
      {story && (
        <>
          <header className="story-page__header">
            <p className="story-page__kicker">Full coverage</p>
            <h1 className="story-page__title">{story.title}</h1>
            <p className="story-page__count">
              {story.versions.length} sources, newest first
              <CardReadingActions card={story.card} />
            </p>
          </header>
          <section aria-label="Every version">
            <ol className="story-page__versions">
              {story.versions.map((version) => (
                <li key={version.links.original}>
                  <VersionCard version={version} />
                </li>
              ))}
            </ol>
          </section>
          {story.related.length > 0 && (
            <section className="story-page__related" aria-labelledby="story-related-heading">
              <h2 id="story-related-heading" className="story-page__section-title">
                Related stories
              </h2>
              <ul className="related-panel__list">
                {story.related.map((related) => (
                  <RelatedStoryItem key={related.kind === 'article' ? `article:${related.id}` : related.links.original} story={related} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

function VersionCard({ version }: { version: StoryVersion }) {
  const headingId = useId();
  return (
    <article className="story-version" aria-labelledby={headingId}>
      <p className="story-version__byline">
        <BrandMark name={version.provider.name} colourKey={version.provider.domain} logo={version.provider.logo} />
        <span className="story-version__provider">{version.provider.name}</span>
        {version.publishedAt && (
          <>
            <span aria-hidden="true">·</span>
            <Time dateTime={version.publishedAt} />
          </>
        )}
      </p>
      <h2 id={headingId} className="story-version__title">
        <ExternalLink href={version.links.original}>{version.title}</ExternalLink>
      </h2>
      {version.excerpt && <p className="story-version__excerpt">{version.excerpt}</p>}
      <p className="story-version__links">
        <ExternalLink className="way-out-link" href={version.links.original}>
          Original
        </ExternalLink>
        {version.links.amp && (
          <ExternalLink className="way-out-link" href={version.links.amp}>
            AMP
          </ExternalLink>
        )}
      </p>
    </article>
  );
}
