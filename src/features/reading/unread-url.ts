// "Unread only" lives in the URL (`&unread=1`), so a reload or a shared link keeps it.
import { useLocation, useSearchParams } from 'wouter';

const unreadParameter = 'unread';

export function unreadOnlyOf(searchParams: URLSearchParams): boolean {
  return searchParams.get(unreadParameter) === '1';
}

/** Whether the page shows only unread stories, and a way to change it (the same history entry: a filter, not a new page). */
export function useUnreadOnly(): [boolean, (unreadOnly: boolean) => void] {
  const [searchParams] = useSearchParams();
  const [location, navigate] = useLocation();
  const set = (unreadOnly: boolean) => {
    const next = new URLSearchParams(searchParams);
    if (unreadOnly) next.set(unreadParameter, '1');
    else next.delete(unreadParameter);
    const query = next.toString();
    navigate(query ? `${location}?${query}` : location, { replace: true });
  };
  return [unreadOnlyOf(searchParams), set];
}

/** The same place with "Unread only" on: a topic link keeps the reader's choice. */
export function withUnreadOnly(location: string): string {
  return `${location}${location.includes('?') ? '&' : '?'}${unreadParameter}=1`;
}
