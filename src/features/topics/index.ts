// Topics: the filter bar and the topic's place in the URL.
export { TopicNav } from './TopicNav.tsx';
export { topicLocation, topicSlugOf, useTopicSlug } from './topic-url.ts';
