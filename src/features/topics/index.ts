// Topics: the filter bar and the topic's place in the URL.
export { TopicNav } from './TopicNav.tsx';
export { topicLocation, useTopicSlug } from './topic-url.ts';
