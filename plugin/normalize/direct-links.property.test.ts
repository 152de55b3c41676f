import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/model/index.ts';
import { directLink, withoutTracking } from './direct-links.ts';

/** Links as feeds write them: redirects, AMP pages of the known layouts, and plain pages, with any query. */
const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const query = fc.array(fc.tuple(fc.constantFrom('utm_source', 'mod', 'id', 'page', 'fbclid', '_amp', 'p', 'gclid'), segment), {
  maxLength: 4,
});
const withQuery = (url: string, pairs: [string, string][]) =>
  pairs.length === 0 ? url : `${url}?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`;
const link = fc.oneof(
  fc
    .tuple(segment, segment, query)
    .map(([token, name, pairs]) => withQuery(`http://rss.cnn.com/~r/rss/cnn_allpolitics/~3/${token}/${name}.html`, pairs)),
  fc.tuple(segment, segment, query).map(([token, name, pairs]) => withQuery(`https://feeds.example/~r/news/~3/${token}/${name}`, pairs)),
  fc.tuple(segment, segment, query).map(([section, name, pairs]) => withQuery(`https://www.news-${section}.example/${name}/`, pairs)),
);
const ampLink = fc.oneof(
  fc.tuple(segment, segment).map(([section, name]) => `https://amp.cnn.com/cnn/2021/03/13/${section}/${name}/index.html`),
  fc.tuple(segment, segment).map(([section, name]) => `https://www.foxnews.com/${section}/${name}.amp`),
  fc
    .tuple(segment, segment)
    .map(([section, name]) => `https://www-site-example.cdn.ampproject.org/c/s/www.site.example/${section}/${name}/amp/`),
  fc.tuple(segment, segment).map(([section, name]) => `https://www.nytimes.com/${section}/${name}.amp.html?_amp=true`),
  fc.constant(undefined),
);

describe('direct links, for any link and AMP link', () => {
  it('always give an absolute http(s) URL', () => {
    fc.assert(
      fc.property(link, fc.array(ampLink, { maxLength: 2 }), (url, amps) => {
        const direct = directLink(url, amps).url;
        expect(safeHttpUrl(direct)).toBe(direct);
      }),
    );
  });

  it('change nothing the second time', () => {
    fc.assert(
      fc.property(link, fc.array(ampLink, { maxLength: 2 }), (url, amps) => {
        const once = directLink(url, amps).url;
        expect(directLink(once, amps).url).toBe(once);
        expect(withoutTracking(withoutTracking(url))).toBe(withoutTracking(url));
      }),
    );
  });
});
