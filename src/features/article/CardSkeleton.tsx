// A card-shaped placeholder with the same boxes as a real card, so nothing jumps when stories arrive.
import { Skeleton } from '../../ui/Skeleton.tsx';
import './article-card.css';

export function CardSkeleton({ variant = 'feed' }: { variant?: 'feed' | 'page' }) {
  return (
    <div className={`article-card article-card--${variant} card-skeleton`} aria-hidden="true">
      <div className="lead-image">
        <Skeleton className="card-skeleton__image" />
      </div>
      <div className="article-card__body">
        <Skeleton className="card-skeleton__byline" />
        <Skeleton className="card-skeleton__title" />
        <Skeleton className="card-skeleton__title card-skeleton__title--short" />
        <Skeleton className="card-skeleton__line" />
        <Skeleton className="card-skeleton__line" />
        <Skeleton className="card-skeleton__line card-skeleton__line--short" />
      </div>
      <div className="article-card__actions">
        <Skeleton className="card-skeleton__action" />
        <Skeleton className="card-skeleton__action" />
      </div>
    </div>
  );
}
