// "Back" to where the reader's in-app trail began (history back, so the scroll position returns too).
import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import { readTrail } from './history-trail.ts';
import './back-link.css';

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
}

export function BackLink({ children }: { children: ReactNode }) {
  const trail = readTrail(useHistoryState<unknown>());

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!trail || !isPlainClick(event)) return;
    // Going back through history, not forward to a new entry, lets the feed restore its scroll position.
    event.preventDefault();
    window.history.go(-trail.depth);
  };

  return (
    <Link className="back-link" to={trail?.origin ?? '/'} onClick={onClick}>
      <span aria-hidden="true">←</span> {children}
    </Link>
  );
}
