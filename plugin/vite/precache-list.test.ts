import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { largestPrecachedBytes, precacheList, withPrecacheList } from './precache-list.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A built site with these files, by path. */
function siteWith(files: Record<string, string | Buffer>): string {
  const outDir = mkdtempSync(join(tmpdir(), 'newsstand-precache-'));
  folders.push(outDir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), content);
  }
  return outDir;
}

describe('precacheList', () => {
  it('lists the app shell in path order, with no revision where Vite hashed the name and an md5 of the bytes elsewhere', () => {
    const outDir = siteWith({
      'index.html': '<!doctype html>',
      'assets/index-Ab12Cd34.js': 'console.log(1)',
      'assets/index-Ef56Gh78.css': 'body{}',
      'icons/icon-192.png': Buffer.from([137, 80, 78, 71]),
      'logos/harbor-ledger.svg': '<svg/>',
      'manifest.webmanifest': '{}',
      'robots.txt': 'User-agent: *',
    });
    expect(precacheList(outDir, 'service-worker.js')).toEqual({
      entries: [
        { url: 'assets/index-Ab12Cd34.js', revision: null },
        { url: 'assets/index-Ef56Gh78.css', revision: null },
        { url: 'icons/icon-192.png', revision: '3bdaf5969285188ac756c339f69f5c79' },
        { url: 'index.html', revision: 'f45451f4d07ca1f5bab9ed278e880c5f' },
        { url: 'logos/harbor-ledger.svg', revision: expect.stringMatching(/^[0-9a-f]{32}$/) },
        { url: 'manifest.webmanifest', revision: '99914b932bd37a50b983c5e7c90ae93b' },
        { url: 'robots.txt', revision: expect.stringMatching(/^[0-9a-f]{32}$/) },
      ],
      tooLarge: [],
    });
  });

  it('leaves out the story files, the search index, the feeds, 404.html, the worker itself and other kinds of file', () => {
    const outDir = siteWith({
      'index.html': 'page',
      '404.html': 'page',
      'service-worker.js': 'worker',
      'newsstand/feed/all/0.1234abcd.json': '{}',
      'newsstand/search/pagefind.js': 'search',
      'feeds/rss.xml': '<rss/>',
      'feeds/topic/transit/atom.xml': '<feed/>',
      'photos/harbour.jpg': 'jpeg',
      'assets/newsstand/app-1.js': 'kept: only the top level is the content',
    });
    expect(precacheList(outDir, 'service-worker.js').entries.map((entry) => entry.url)).toEqual([
      'assets/newsstand/app-1.js',
      'index.html',
    ]);
  });

  it('leaves out a file over 2 MB and names it, as Workbox did', () => {
    const outDir = siteWith({ 'index.html': 'page', 'logos/huge.svg': Buffer.alloc(largestPrecachedBytes + 1, 32) });
    const list = precacheList(outDir, 'service-worker.js');
    expect(list.entries.map((entry) => entry.url)).toEqual(['index.html']);
    expect(list.tooLarge).toEqual(['logos/huge.svg']);
  });
});

describe('withPrecacheList', () => {
  it("puts the list where the worker's code names self.__WB_MANIFEST", () => {
    const code = 'precacheAndRoute(self.__WB_MANIFEST);cleanup();';
    expect(withPrecacheList(code, [{ url: 'index.html', revision: 'abc' }])).toBe(
      'precacheAndRoute([{"url":"index.html","revision":"abc"}]);cleanup();',
    );
  });

  it('refuses code that names the injection point never or twice', () => {
    expect(() => withPrecacheList('precacheAndRoute([]);', [])).toThrow(/exactly once/);
    expect(() => withPrecacheList('a(self.__WB_MANIFEST);b(self.__WB_MANIFEST);', [])).toThrow(/exactly once/);
  });
});
