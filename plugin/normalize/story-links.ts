// The links of a story (the article itself or a related item): original, AMP and AMP cache.
import type { ArticleLinks } from '../../src/model/index.ts';
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

export function readStoryLinks(record: FieldRecord, keyPath: KeyPath, reporter: Reporter): StoryLinks {
  const originalUrl = readLink(field(record, 'originalUrl'), [...keyPath, 'originalUrl'], reporter);
  const webUrl = readLink(field(record, 'webUrl'), [...keyPath, 'webUrl'], reporter);
  const amp = readLink(field(record, 'ampWebUrl'), [...keyPath, 'ampWebUrl'], reporter);
  const ampCache = readLink(field(record, 'cdnAmpWebUrl'), [...keyPath, 'cdnAmpWebUrl'], reporter);
  const original = originalUrl ?? webUrl;
  const storyUrls = [originalUrl, webUrl].filter((url): url is string => url !== undefined);
  if (original === undefined) return { links: undefined, storyUrls };
  return {
    links: { original, ...(amp !== undefined && { amp }), ...(ampCache !== undefined && { ampCache }) },
    storyUrls,
  };
}
