import { describe, expect, it } from 'vitest';
import { fileSlug, slugify, topicSlug } from './slug.ts';

describe('slugs', () => {
  it('makes lower-case hyphenated ASCII, folding accents', () => {
    expect(slugify('Démocratic  Voice!')).toBe('democratic-voice');
  });

  it('gives a topic without Latin letters a stable hashed slug', () => {
    expect(topicSlug('选举')).toMatch(/^topic-[0-9a-f]{8}$/);
    expect(topicSlug('选举')).toBe(topicSlug('选举'));
    expect(topicSlug('选举')).not.toBe(topicSlug('总统'));
  });

  it('gives topics that slug alike slugs of their own', () => {
    expect(['C', 'C++', 'C#'].map(topicSlug)).toEqual(['c', 'c-plus-plus', 'c-sharp']);
    expect(topicSlug('Été')).toMatch(/^ete-[0-9a-f]{6}$/);
    expect(topicSlug('ete')).toBe('ete');
    expect(topicSlug('ÉTÉ')).toBe(topicSlug('été'));
    expect(topicSlug('Arts & Culture')).toBe('arts-culture');
    expect(topicSlug('Democratic Voice')).toBe('democratic-voice');
  });

  it('proposes an article id from the file name, date prefix included', () => {
    expect(fileSlug('/a/_news/2020-09-13-Where-Is-Joe-Biden.md')).toBe('2020-09-13-where-is-joe-biden');
  });

  it('never proposes an empty id', () => {
    expect(fileSlug('/a/选举.md')).toMatch(/^article-[0-9a-f]{8}$/);
  });
});
