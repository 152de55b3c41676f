// One story as a card: image, provider, time, title, excerpt, topics, the ways out, and related stories.
import { useId } from 'react';
import type { Card } from '../../model/index.ts';
import { BrandMark } from '../../ui/BrandMark.tsx';
import { ExternalLink } from '../../ui/ExternalLink.tsx';
import { Highlighted } from '../../ui/Highlighted.tsx';
import { Time } from '../../ui/Time.tsx';
import { CardReadingActions, useIsRead, useReadingStore } from '../reading/index.ts';
import { RelatedStories } from '../related/index.ts';
import { CoverageLink } from '../story/index.ts';
import { LeadImage } from './LeadImage.tsx';
import { TopicChips } from './TopicChips.tsx';
import '../../ui/way-out-link.css';
import './article-card.css';

export interface FeedPosition {
  /** 1-based position in the feed. */
  position: number;
  /** How many stories the feed has in all. */
  setSize: number;
}

interface ArticleCardProps {
  card: Card;
  /** 2 in the feed (under the page's h1); 1 on the article's own page. */
  headingLevel?: 1 | 2;
  relatedInitiallyOpen?: boolean;
  feedPosition?: FeedPosition;
  variant?: 'feed' | 'page';
  /** Search words to mark in the title and excerpt (on the results page). */
  highlightTerms?: readonly string[];
}

export function ArticleCard({
  card,
  headingLevel = 2,
  relatedInitiallyOpen = false,
  feedPosition,
  variant = 'feed',
  highlightTerms,
}: ArticleCardProps) {
  const headingId = useId();
  const readNoteId = useId();
  const store = useReadingStore();
  const read = useIsRead(card);
  // Its own page marks a story read as it opens: quieting it there would grey the story being read.
  const quiet = read && variant !== 'page';
  const markRead = () => store.markRead(card);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    // Focusable from script only: j and k move the focus from card to card.
    <article
      className={`article-card article-card--${variant}${card.image ? '' : ' article-card--text-only'}${quiet ? ' article-card--read' : ''}`}
      aria-labelledby={headingId}
      aria-describedby={read ? readNoteId : undefined}
      tabIndex={-1}
      data-card-id={card.id}
      data-card-position={feedPosition?.position}
      aria-posinset={feedPosition?.position}
      aria-setsize={feedPosition?.setSize}
    >
      {card.image && <LeadImage image={card.image} eager={variant === 'page' || feedPosition?.position === 1} />}
      <div className="article-card__body">
        <p className="article-card__byline">
          <BrandMark name={card.provider.name} colourKey={card.provider.domain} logo={card.provider.logo} />
          <span className="article-card__provider">{card.provider.name}</span>
          <span className="article-card__dot" aria-hidden="true">
            ·
          </span>
          <Time className="article-card__time" dateTime={card.publishedAt} />
          {read && (
            <span id={readNoteId} className="visually-hidden">
              Read
            </span>
          )}
          <CardReadingActions card={card} />
        </p>
        <Heading id={headingId} className="article-card__title">
          <ExternalLink href={card.links.original} onOpen={markRead}>
            <Highlighted text={card.title} terms={highlightTerms} />
          </ExternalLink>
        </Heading>
        {card.excerpt && (
          <p className="article-card__excerpt">
            <Highlighted text={card.excerpt} terms={highlightTerms} />
          </p>
        )}
        <TopicChips topics={card.topics} />
      </div>
      <div className="article-card__actions">
        <ExternalLink className="way-out-link article-card__link" href={card.links.original} onOpen={markRead}>
          Original
        </ExternalLink>
        {card.links.amp && (
          <ExternalLink className="way-out-link article-card__link" href={card.links.amp} onOpen={markRead}>
            AMP
          </ExternalLink>
        )}
        {card.coverage && <CoverageLink coverage={card.coverage} />}
        {card.relatedCount > 0 && <RelatedStories articleId={card.id} count={card.relatedCount} initiallyOpen={relatedInitiallyOpen} />}
      </div>
    </article>
  );
}
