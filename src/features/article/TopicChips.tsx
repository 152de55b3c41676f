// A card's topics as small links that filter the feed by that topic.
import { Link } from 'wouter';
import type { Topic } from '../../model/index.ts';
import { topicLocation } from '../topics/index.ts';

export function TopicChips({ topics }: { topics: Topic[] }) {
  if (topics.length === 0) return null;
  return (
    <ul className="topic-chips">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link className="topic-chip" to={topicLocation(topic.slug)}>
            {topic.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
