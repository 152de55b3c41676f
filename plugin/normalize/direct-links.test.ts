import { describe, expect, it } from 'vitest';
import { directLink, isFeedRedirect, publisherPageOf, withoutTracking } from './direct-links.ts';

describe('publisherPageOf', () => {
  // Pairs read off the real Smartable election files: each AMP link and the page it is a copy of.
  it.each([
    [
      'https://amp.cnn.com/cnn/2021/03/13/politics/north-korea-biden-administration-outreach/index.html',
      'https://www.cnn.com/2021/03/13/politics/north-korea-biden-administration-outreach/index.html',
    ],
    [
      'https://www.foxnews.com/politics/trump-executive-order-lowers-drug-prices.amp',
      'https://www.foxnews.com/politics/trump-executive-order-lowers-drug-prices',
    ],
    [
      'https://www.nytimes.com/2020/09/13/us/kamala-harris-parents.amp.html',
      'https://www.nytimes.com/2020/09/13/us/kamala-harris-parents.html',
    ],
    [
      'https://www.aljazeera.com/amp/news/2020/09/mike-pence-backs-fundraiser-hosted-qanon-supporters-200912171621142.html',
      'https://www.aljazeera.com/news/2020/09/mike-pence-backs-fundraiser-hosted-qanon-supporters-200912171621142.html',
    ],
    [
      'https://globalnews.ca/news/7315970/donald-trump-suckers-losers-american-soldiers/amp/',
      'https://globalnews.ca/news/7315970/donald-trump-suckers-losers-american-soldiers/',
    ],
    [
      'https://www.forbes.com/sites/petergreene/2020/09/12/where-is-joe-biden-on-public-education/amp/',
      'https://www.forbes.com/sites/petergreene/2020/09/12/where-is-joe-biden-on-public-education/',
    ],
    ['https://amp.charlotteobserver.com/opinion/article245654635.html', 'https://www.charlotteobserver.com/opinion/article245654635.html'],
    [
      'https://www.latimes.com/entertainment-arts/books/story/2020-09-11/in-a-crowded-field-of-trump-exposes-only-michael-cohens-shows-how-he-corrupts-souls?_amp=true',
      'https://www.latimes.com/entertainment-arts/books/story/2020-09-11/in-a-crowded-field-of-trump-exposes-only-michael-cohens-shows-how-he-corrupts-souls',
    ],
  ])('knows the page of %s', (amp, page) => {
    expect(publisherPageOf(amp)).toBe(page);
  });

  it('reads an AMP-cache link through to the copy it caches', () => {
    expect(
      publisherPageOf(
        'https://amp-cnn-com.cdn.ampproject.org/c/s/amp.cnn.com/cnn/2020/09/12/politics/north-carolina-2020-election/index.html',
      ),
    ).toBe('https://www.cnn.com/2020/09/12/politics/north-carolina-2020-election/index.html');
  });

  it('never invents a page: an AMP link no rule knows names none', () => {
    expect(publisherPageOf('https://www.nbcnews.com/news/amp/ncna1238808')).toBeUndefined();
    expect(publisherPageOf('https://www.businessinsider.com/michael-bloomberg-joe-biden-florida-election-money-2020-9')).toBeUndefined();
    expect(publisherPageOf('https://example.com/amp')).toBeUndefined();
  });
});

describe('directLink', () => {
  const cnnAmp = 'https://amp.cnn.com/cnn/2021/03/13/politics/north-korea-biden-administration-outreach/index.html';

  it('rewrites a feed redirect to the page the AMP link names', () => {
    expect(directLink('http://rss.cnn.com/~r/rss/cnn_allpolitics/~3/Tj-DkT-8t5c/index.html', [cnnAmp, undefined])).toEqual({
      kind: 'rewritten',
      url: 'https://www.cnn.com/2021/03/13/politics/north-korea-biden-administration-outreach/index.html',
      from: 'http://rss.cnn.com/~r/rss/cnn_allpolitics/~3/Tj-DkT-8t5c/index.html',
    });
  });

  it('keeps a redirect no rule can resolve, and says so', () => {
    const redirect = 'http://feeds.feedburner.com/~r/somepaper/~3/abc/story';
    expect(directLink(redirect, ['https://www.nbcnews.com/news/amp/ncna1238808'])).toEqual({ kind: 'redirect-left', url: redirect });
    expect(directLink(redirect, [])).toEqual({ kind: 'redirect-left', url: redirect });
  });

  it('treats any link of the /~r/ form as a redirect', () => {
    expect(isFeedRedirect('https://feeds.somepaper.example/~r/politics/~3/xyz/story')).toBe(true);
    expect(isFeedRedirect('https://www.cnn.com/2021/03/13/politics/story/index.html')).toBe(false);
  });
});

describe('withoutTracking', () => {
  it('removes utm_*, mod, cmpid, ncid, fbclid and gclid, and keeps parameters that select content', () => {
    expect(
      withoutTracking(
        'https://www.wsj.com/articles/x-11600000000?mod=trending_now_news_4&utm_source=rss&id=42&page=2&fbclid=abc&gclid=d&cmpid=e&ncid=f',
      ),
    ).toBe('https://www.wsj.com/articles/x-11600000000?id=42&page=2');
  });

  it('leaves a link with nothing to remove exactly as written', () => {
    expect(withoutTracking('https://news.example/a?b=1&c')).toBe('https://news.example/a?b=1&c');
  });
});
