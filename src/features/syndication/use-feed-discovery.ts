// A topic's view names its own feeds in the head, beside the site's (which the HTML carries as served).
import { useEffect } from 'react';
import { syndicationFormats, syndicationPath } from '../../model/index.ts';
import { feedAddress } from './feed-address.ts';

export function useFeedDiscovery(topicSlug: string | null, title: string): void {
  useEffect(() => {
    if (topicSlug === null) return undefined;
    const links = syndicationFormats.map(({ format, mediaType, label }) => {
      const link = document.createElement('link');
      link.rel = 'alternate';
      link.type = mediaType;
      link.title = `${title} (${label})`;
      link.href = feedAddress(syndicationPath(topicSlug, format));
      link.dataset.topicFeed = topicSlug;
      document.head.append(link);
      return link;
    });
    return () => links.forEach((link) => link.remove());
  }, [topicSlug, title]);
}
