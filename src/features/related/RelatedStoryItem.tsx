// One related story: its provider, time and title, linking in-app when it is in the corpus, out otherwise.
import { Link } from 'wouter';
import type { ResolvedRelatedStory } from '../../model/index.ts';
import { BrandMark } from '../../ui/BrandMark.tsx';
import { ExternalLink } from '../../ui/ExternalLink.tsx';
import { nextTrailState } from '../../ui/history-trail.ts';
import { Time } from '../../ui/Time.tsx';
import { useTrailLocation } from '../../ui/use-trail-location.ts';
import './related-stories.css';

export function RelatedStoryItem({ story }: { story: ResolvedRelatedStory }) {
  const location = useTrailLocation();
  return (
    <li className="related-story">
      <p className="related-story__meta">
        <BrandMark name={story.provider.name} colourKey={story.provider.domain} logo={story.provider.logo} size="small" />
        <span className="related-story__provider">{story.provider.name}</span>
        {story.publishedAt && (
          <>
            <span aria-hidden="true">·</span>
            <Time dateTime={story.publishedAt} />
          </>
        )}
      </p>
      <p className="related-story__title">
        {story.kind === 'article' ? (
          <Link to={`/article/${encodeURIComponent(story.id)}`} state={nextTrailState(location)}>
            {story.title}
          </Link>
        ) : (
          <ExternalLink href={story.links.original}>{story.title}</ExternalLink>
        )}
      </p>
      <RelatedStoryLinks story={story} />
    </li>
  );
}

/**
 * The title already opens the story; these are the other ways out. Their names carry the title
 * ("Original: …"), so that a card's own "Original" and "AMP" links keep names of their own.
 */
function RelatedStoryLinks({ story }: { story: ResolvedRelatedStory }) {
  const showOriginal = story.kind === 'article';
  const showAmp = Boolean(story.links.amp);
  if (!showOriginal && !showAmp) return null;
  return (
    <p className="related-story__links">
      {showOriginal && (
        <ExternalLink className="related-story__link" href={story.links.original}>
          Original<span className="visually-hidden">: {story.title}</span>
        </ExternalLink>
      )}
      {showAmp && (
        <ExternalLink className="related-story__link" href={story.links.amp}>
          AMP<span className="visually-hidden">: {story.title}</span>
        </ExternalLink>
      )}
    </p>
  );
}
