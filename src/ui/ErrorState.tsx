// Says that something failed to load, in words, and offers to try again.
import type { ReactNode } from 'react';
import './states.css';

interface ErrorStateProps {
  title: string;
  children?: ReactNode;
  onRetry: () => void;
  /** Smaller, for a failure inside a card rather than in place of the page. */
  compact?: boolean;
}

export function ErrorState({ title, children, onRetry, compact = false }: ErrorStateProps) {
  return (
    <div className={`state state--error${compact ? ' state--compact' : ''}`} role="alert">
      <p className="state__title">{title}</p>
      {children && <p className="state__message">{children}</p>}
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
