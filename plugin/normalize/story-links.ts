// The links of a story (the article itself or a related item): original, AMP and AMP cache.
import type { ArticleLinks } from '../../src/model/index.ts';
import { directLink, withoutTracking } from './direct-links.ts';
import { readLink } from './field-readers.ts';
import { field, type FieldRecord } from './fields.ts';
import type { KeyPath } from '../parse/line-of-key.ts';
import type { Reporter } from './problem-reporter.ts';

export interface StoryLinks {
  /** Undefined when neither `originalUrl` nor `webUrl` is a valid http(s) URL. */
  links: ArticleLinks | undefined;
  /** Every valid link naming the story itself (not AMP copies): for duplicates and related matching. */
  storyUrls: string[];
}

export const feedRedirectsRewritten = "feed-redirect links rewritten to the publisher's page the AMP link names";
export const feedRedirectsKept = "feed-redirect links kept: no AMP link names the publisher's page by a known rule";

export function readStoryLinks(record: FieldRecord, keyPath: KeyPath, reporter: Reporter): StoryLinks {
  const originalUrl = readLink(field(record, 'originalUrl'), [...keyPath, 'originalUrl'], reporter);
  const webUrl = readLink(field(record, 'webUrl'), [...keyPath, 'webUrl'], reporter);
  const amp = readLink(field(record, 'ampWebUrl'), [...keyPath, 'ampWebUrl'], reporter);
  const ampCache = readLink(field(record, 'cdnAmpWebUrl'), [...keyPath, 'cdnAmpWebUrl'], reporter);
  // Links that still work: a feed redirect becomes the publisher's own page where the AMP links
  // say which, and no link keeps its tracking parameters.
  const direct = (url: string | undefined, key: string): string | undefined => {
    if (url === undefined) return undefined;
    const link = directLink(url, [amp, ampCache]);
    if (link.kind === 'rewritten') reporter.tally([...keyPath, key], feedRedirectsRewritten);
    if (link.kind === 'redirect-left') reporter.tally([...keyPath, key], feedRedirectsKept);
    return link.url;
  };
  const directOriginal = direct(originalUrl, 'originalUrl');
  const directWeb = direct(webUrl, 'webUrl');
  const original = directOriginal ?? directWeb;
  // The links as written name the story too: a related item that still carries the redirect finds it.
  const storyUrls = [...new Set([directOriginal, directWeb, originalUrl, webUrl].filter((url): url is string => url !== undefined))];
  if (original === undefined) return { links: undefined, storyUrls };
  const ampLink = amp && withoutTracking(amp);
  const ampCacheLink = ampCache && withoutTracking(ampCache);
  return {
    links: { original, ...(ampLink !== undefined && { amp: ampLink }), ...(ampCacheLink !== undefined && { ampCache: ampCacheLink }) },
    storyUrls,
  };
}
