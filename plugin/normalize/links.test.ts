import { describe, expect, it } from 'vitest';
import { canonicalLink, domainOf, linkKey } from './links.ts';

describe('canonicalLink', () => {
  it('treats scheme and host case, the scheme itself and a trailing slash as the same story', () => {
    expect(canonicalLink('HTTPS://News.Example.com/a/b/')).toBe(canonicalLink('http://news.example.com/a/b'));
  });

  it('keeps the fragment, which tells copies of one page apart', () => {
    expect(canonicalLink('https://news.example/a#copy1')).not.toBe(canonicalLink('https://news.example/a#copy2'));
  });

  it('ignores utm_* tracking parameters but keeps the others', () => {
    expect(canonicalLink('https://news.example/a?utm_source=x&id=3&UTM_medium=y')).toBe('news.example/a?id=3');
  });

  it('keeps the path case, which servers may care about', () => {
    expect(canonicalLink('https://news.example/A')).not.toBe(canonicalLink('https://news.example/a'));
  });

  it('matches feed-redirect links only exactly', () => {
    const cnn = 'http://rss.cnn.com/~r/rss/cnn_allpolitics/~3/Tj-DkT-8t5c/index.html';
    expect(canonicalLink(cnn)).toBe(canonicalLink(cnn));
    expect(canonicalLink(cnn)).not.toBe(canonicalLink(`${cnn}/`));
    expect(canonicalLink(cnn)).not.toBe(canonicalLink(cnn.replace('http:', 'https:')));
  });
});

describe('linkKey', () => {
  it('is one short key for one canonical link, and another for another', () => {
    const key = linkKey(canonicalLink('https://News.example/a/'));
    expect(key).toBe(linkKey(canonicalLink('http://news.example/a')));
    expect(key).not.toBe(linkKey(canonicalLink('https://news.example/b')));
    expect(key).toMatch(/^[A-Za-z0-9_-]{20}$/);
  });
});

describe('domainOf', () => {
  it('is the host without www', () => {
    expect(domainOf('https://www.forbes.com/sites/x')).toBe('forbes.com');
  });
});
