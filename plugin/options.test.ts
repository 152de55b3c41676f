import { describe, expect, it } from 'vitest';
import { resolveOptions } from './options.ts';

describe('resolveOptions', () => {
  it('takes the top stories rule from the options, and ignores values that are not whole positive numbers', () => {
    const options = resolveOptions({ topStories: { minimumSources: 2, minimumHeat: 40, days: 0 } }, '/site', {});
    expect(options.topStories).toEqual({ minimumSources: 2, minimumHeat: 40, days: 7 });
  });

  it('defaults to the demo folder, 20 cards a page and 20 related stories', () => {
    expect(resolveOptions({}, '/site', {})).toEqual({
      contentFolders: ['/site/content/articles'],
      assetFolders: [],
      strict: false,
      allowEmpty: false,
      fullReport: false,
      siteTitle: 'Newsstand',
      siteUrl: undefined,
      base: '/',
      pageSize: 20,
      relatedLimit: 20,
      topStories: { minimumSources: 1, minimumHeat: -Infinity, days: 7 },
      search: true,
      searchShardStories: 2000,
      cacheFolder: '/site/node_modules/.cache/newsstand',
      parseCache: true,
    });
  });

  it('allows an empty site only when asked, by option or NEWSSTAND_ALLOW_EMPTY', () => {
    expect(resolveOptions({ allowEmpty: true }, '/site', {}).allowEmpty).toBe(true);
    expect(resolveOptions({}, '/site', { NEWSSTAND_ALLOW_EMPTY: '1' }).allowEmpty).toBe(true);
  });

  it('turns the parse cache off with NEWSSTAND_NO_CACHE=1', () => {
    expect(resolveOptions({}, '/site', { NEWSSTAND_NO_CACHE: '1' }).parseCache).toBe(false);
  });

  it('resolves the option folders against the Vite root', () => {
    expect(resolveOptions({ content: ['a', '/abs/b'] }, '/site', {}).contentFolders).toEqual(['/site/a', '/abs/b']);
  });

  it('lets NEWSSTAND_CONTENT override the folders, separated by colons', () => {
    const env = { NEWSSTAND_CONTENT: '../shared/_news: /data/_archive/news:' };
    expect(resolveOptions({ content: ['a'] }, '/work/site', env).contentFolders).toEqual(['/work/shared/_news', '/data/_archive/news']);
  });

  it('turns strict mode on with NEWSSTAND_STRICT=1 and sets the title from NEWSSTAND_TITLE', () => {
    const resolved = resolveOptions({ title: 'Mine' }, '/site', { NEWSSTAND_STRICT: '1', NEWSSTAND_TITLE: 'Election 2020' });
    expect([resolved.strict, resolved.siteTitle]).toEqual([true, 'Election 2020']);
  });

  it('ignores page sizes and limits that are not positive integers', () => {
    const resolved = resolveOptions({ pageSize: 0, relatedLimit: 2.5 }, '/site', {});
    expect([resolved.pageSize, resolved.relatedLimit]).toEqual([20, 20]);
  });

  it('takes the site’s address from siteUrl or NEWSSTAND_SITE_URL, and refuses one that is not http(s)', () => {
    expect(resolveOptions({ siteUrl: 'https://news.example.org' }, '/site', {}).siteUrl).toBe('https://news.example.org/');
    expect(resolveOptions({ siteUrl: 'https://a.example' }, '/site', { NEWSSTAND_SITE_URL: 'https://b.example/' }).siteUrl).toBe(
      'https://b.example/',
    );
    expect(() => resolveOptions({ siteUrl: 'javascript:alert(1)' }, '/site', {})).toThrow(/siteUrl must be an http\(s\) address/);
  });
});
