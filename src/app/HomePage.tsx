// The home page: the topic bar and the feed, filtered by the topic in the URL.
import { Link } from 'wouter';
import { feedReference, useManifest } from '../api/index.ts';
import { Feed } from '../features/feed/index.ts';
import { FeedReadingTools, useUnreadOnly } from '../features/reading/index.ts';
import { SubscribeLinks, useFeedDiscovery } from '../features/syndication/index.ts';
import { TopicNav, useTopicSlug } from '../features/topics/index.ts';
import { EmptyState } from '../ui/EmptyState.tsx';
import { formatCount } from '../ui/locale.ts';
import { useDocumentTitle } from '../ui/use-document-title.ts';

export function HomePage() {
  const manifest = useManifest();
  const topicSlug = useTopicSlug();
  const [unreadOnly] = useUnreadOnly();
  const feed = feedReference(manifest, topicSlug);
  const topicName = manifest.topics.find((topic) => topic.slug === topicSlug)?.name;
  const heading = topicName ?? (topicSlug === null ? 'Latest stories' : 'Unknown topic');
  useDocumentTitle(topicName ? `${topicName} · ${manifest.siteTitle}` : manifest.siteTitle);
  useFeedDiscovery(topicName === undefined ? null : topicSlug, `${topicName ?? ''} · ${manifest.siteTitle}`);

  return (
    <>
      <TopicNav
        topics={manifest.topics}
        totalCount={manifest.storyCount}
        activeSlug={topicSlug}
        topStoriesCount={manifest.topStories.count}
      />
      <div className="home-heading">
        <h1 className="home-heading__title">{heading}</h1>
        {feed && (
          <p className="home-heading__count">
            {formatCount(feed.count)} {feed.count === 1 ? 'story' : 'stories'}
          </p>
        )}
        {feed && <SubscribeLinks topicSlug={topicName === undefined ? null : topicSlug} topicName={topicName} />}
      </div>
      {feed && <FeedReadingTools topicSlug={topicSlug} feed={feed} label={heading} />}
      {feed ? (
        <Feed key={topicSlug ?? ''} topicSlug={topicSlug} feed={feed} label={heading} unreadOnly={unreadOnly} />
      ) : (
        <EmptyState title="There is no such topic here">
          <p>
            The link may be old or mistyped. <Link to="/">See all stories</Link>
          </p>
        </EmptyState>
      )}
    </>
  );
}
