// `/top`: the stories most outlets told lately, best first (ranked by the build: plugin/emit/top-stories.ts).
import { useManifest } from '../api/index.ts';
import { Feed } from '../features/feed/index.ts';
import { TopicNav } from '../features/topics/index.ts';
import { EmptyState } from '../ui/EmptyState.tsx';
import { formatCount } from '../ui/locale.ts';
import { useDocumentTitle } from '../ui/use-document-title.ts';

/** The feed's key among the topics' (never a topic slug: those are lower-case words and digits). */
const topStoriesKey = ':top';
const heading = 'Top stories';

export function TopStoriesPage() {
  const manifest = useManifest();
  const feed = manifest.topStories;
  useDocumentTitle(`${heading} · ${manifest.siteTitle}`);
  return (
    <>
      <TopicNav topics={manifest.topics} totalCount={manifest.storyCount} activeSlug={null} topStoriesCount={feed.count} topStoriesActive />
      <div className="home-heading">
        <h1 className="home-heading__title">{heading}</h1>
        <p className="home-heading__count">
          {formatCount(feed.count)} {feed.count === 1 ? 'story' : 'stories'}, most outlets first
        </p>
      </div>
      {feed.count > 0 ? (
        // Ranked, not by time: "Unread only" and "Mark all as read" work on the time-ordered feeds.
        <Feed key={topStoriesKey} topicSlug={topStoriesKey} feed={feed} label={heading} />
      ) : (
        <EmptyState title="No top stories yet">
          <p>The site has no stories from the last days.</p>
        </EmptyState>
      )}
    </>
  );
}
