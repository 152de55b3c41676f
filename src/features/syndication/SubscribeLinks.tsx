// "Subscribe" on each feed view: the view's RSS feed, and the same stories as Atom and JSON Feed.
import { syndicationFormats, syndicationPath } from '../../model/index.ts';
import { feedAddress } from './feed-address.ts';
import './subscribe-links.css';

export function SubscribeLinks({ topicSlug, topicName }: { topicSlug: string | null; topicName: string | undefined }) {
  const [rss, ...others] = syndicationFormats;
  if (!rss) return null;
  const subject = topicName ? `${topicName} stories` : 'all stories';
  return (
    <p className="subscribe-links">
      <a className="subscribe-links__main" href={feedAddress(syndicationPath(topicSlug, rss.format))} type={rss.mediaType}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" focusable="false">
          <circle cx="3" cy="13" r="2" fill="currentColor" />
          <path d="M1 7a8 8 0 0 1 8 8M1 2a13 13 0 0 1 13 13" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        Subscribe
      </a>
      <span className="subscribe-links__others">
        {others.map(({ format, mediaType, label, feedName }) => (
          <a key={format} href={feedAddress(syndicationPath(topicSlug, format))} type={mediaType} aria-label={`${feedName} of ${subject}`}>
            {label}
          </a>
        ))}
      </span>
    </p>
  );
}
