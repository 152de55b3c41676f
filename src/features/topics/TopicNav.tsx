// The topic filters: "All" and every topic with its count, as real links, in one bar that scrolls sideways.
import { useLayoutEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { TopicSummary } from '../../model/index.ts';
import { formatCount } from '../../ui/locale.ts';
import { useUnreadOnly, withUnreadOnly } from '../reading/index.ts';
import { topicLocation, topStoriesPath } from './topic-url.ts';
import './topic-nav.css';

interface TopicNavProps {
  topics: TopicSummary[];
  totalCount: number;
  /** The topic shown, or null for all stories (or for Top stories, with `topStoriesActive`). */
  activeSlug: string | null;
  /** Stories in "Top stories", first in the bar; none, no such item. */
  topStoriesCount?: number;
  topStoriesActive?: boolean;
}

export function TopicNav({ topics, totalCount, activeSlug, topStoriesCount = 0, topStoriesActive = false }: TopicNavProps) {
  // Topic links keep "Unread only"; Top stories is a ranking, which that filter does not apply to.
  const [unreadOnly] = useUnreadOnly();
  const topicTarget = (topicSlug: string | null) => {
    const location = topicLocation(topicSlug);
    return unreadOnly ? withUnreadOnly(location) : location;
  };
  const listRef = useRef<HTMLUListElement>(null);

  // A shared link may name a topic far along the bar: bring it into view inside the bar only,
  // never by scrolling the page (scrollIntoView would).
  const mounted = useRef(false);
  useLayoutEffect(() => {
    // "All" starts the bar, so on first load there is nothing to bring into view, and reading the
    // layout here would force it while the first screen is still being built.
    const firstRun = !mounted.current;
    mounted.current = true;
    if (firstRun && activeSlug === null && !topStoriesActive) return;
    const list = listRef.current;
    const active = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !active) return;
    const overflowsRight = active.offsetLeft + active.offsetWidth > list.scrollLeft + list.clientWidth;
    if (overflowsRight || active.offsetLeft < list.scrollLeft) {
      list.scrollLeft = active.offsetLeft - (list.clientWidth - active.offsetWidth) / 2;
    }
  }, [activeSlug, topStoriesActive]);

  return (
    <nav className="topic-nav" aria-label="Topics">
      <ul className="topic-nav__list" ref={listRef}>
        {topStoriesCount > 0 && <TopicNavItem name="Top stories" count={topStoriesCount} to={topStoriesPath} active={topStoriesActive} />}
        <TopicNavItem name="All" count={totalCount} to={topicTarget(null)} active={activeSlug === null && !topStoriesActive} />
        {topics.map((topic) => (
          <TopicNavItem
            key={topic.slug}
            name={topic.name}
            count={topic.count}
            to={topicTarget(topic.slug)}
            active={activeSlug === topic.slug}
          />
        ))}
      </ul>
    </nav>
  );
}

interface TopicNavItemProps {
  name: string;
  count: number;
  /** Where the link goes, under the site's base. */
  to: string;
  active: boolean;
}

function TopicNavItem({ name, count, to, active }: TopicNavItemProps) {
  return (
    <li className="topic-nav__item">
      <Link className="topic-nav__link" to={to} aria-current={active ? 'page' : undefined}>
        <span className="topic-nav__name">{name}</span> <span className="topic-nav__count">{formatCount(count)}</span>
      </Link>
    </li>
  );
}
