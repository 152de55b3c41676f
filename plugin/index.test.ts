import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { build, createLogger, createServer, preview, type InlineConfig, type Logger, type PreviewServer, type ViteDevServer } from 'vite';
import type { ArticleDetailPack, FeedPage, Manifest } from '../src/model/index.ts';
import { newsFile } from './fixtures/news-file.ts';
import { newsstand, type NewsstandOptions } from './index.ts';

const fixtures = fileURLToPath(new URL('./fixtures/content', import.meta.url));
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A throwaway Vite root: an index.html whose script shows the manifest, and a copy of the fixtures. */
async function siteRoot(): Promise<{ root: string; content: string }> {
  const root = await mkdtemp(join(tmpdir(), 'newsstand-site-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  await writeFile(
    join(root, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body><script type="module" src="/main.js"></script></body></html>\n',
  );
  await writeFile(join(root, 'main.js'), "import manifest from 'virtual:newsstand';\ndocument.title = manifest.siteTitle;\n");
  const content = join(root, 'content');
  await cp(fixtures, content, { recursive: true });
  return { root, content };
}

function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger('silent');
  logger.info = (message) => void lines.push(message);
  return { logger, lines };
}

function config(root: string, options: NewsstandOptions, extra: InlineConfig = {}): InlineConfig {
  return { root, configFile: false, logLevel: 'silent', plugins: [newsstand(options)], ...extra };
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

describe('vite build with the newsstand plugin', () => {
  it('emits the hashed JSON files, a 404.html copy of index.html, and prints the report', async () => {
    const { root, content } = await siteRoot();
    const { logger, lines } = capturingLogger();
    await build(config(root, { content: [content], title: 'Quay News' }, { customLogger: logger, logLevel: 'info' }));
    const dist = join(root, 'dist');
    const files = await filesUnder(dist);

    expect(await readFile(join(dist, '404.html'), 'utf8')).toBe(await readFile(join(dist, 'index.html'), 'utf8'));
    const json = files.filter((file) => file.endsWith('.json'));
    // Two articles make one detail pack.
    const packs = json.filter((file) => file.startsWith('newsstand/article/'));
    expect(packs).toEqual([expect.stringMatching(/^newsstand\/article\/0\.[0-9a-f]{8}\.json$/)]);
    const pack = JSON.parse(await readFile(join(dist, packs[0] ?? ''), 'utf8')) as ArticleDetailPack;
    expect(Object.keys(pack).sort()).toEqual(['2026-10-01-harbour-ferry-returns', '2026-10-02-council-votes-on-ferry-fares']);
    for (const file of json) expect((await stat(join(dist, file))).size).toBeLessThan(256 * 1024);

    const script = files.find((file) => /^assets\/index-.*\.js$/.test(file)) ?? '';
    const bundle = await readFile(join(dist, script), 'utf8');
    expect(bundle).toContain('Quay News');
    const firstPage = /newsstand\/feed\/all\/1\.[0-9a-f]{8}\.json/.exec(bundle)?.[0] ?? '';
    expect((await stat(join(dist, firstPage))).size).toBeLessThan(30 * 1024);
    const page = JSON.parse(await readFile(join(dist, firstPage), 'utf8')) as FeedPage;
    expect(page.cards.map((card) => card.title)).toEqual([
      'Council votes to freeze ferry fares for a year',
      'Harbour ferry returns after a summer of repairs',
    ]);

    for (const file of files) expect(await readFile(join(dist, file), 'utf8')).not.toContain('SECRET-BLOB');

    const report = lines.find((line) => line.startsWith('newsstand:')) ?? '';
    expect(report).toContain('newsstand: 2 articles built in');
    expect(report).toContain('skipped: 1 not news, 1 removed, 1 duplicate, 1 invalid');
    expect(report).toMatch(/content\/2026-10-04-broken-front-matter\.md:5: YAML: /);
  });

  it('fails the build in strict mode with the same messages', async () => {
    const { root, content } = await siteRoot();
    const failing = build(config(root, { content: [content], strict: true }));
    await expect(failing).rejects.toThrow(/strict mode[\s\S]*2026-10-04-broken-front-matter\.md:5: YAML/);
    // The content is built beside the bundler: a failed build still waits for it and leaves no staging behind.
    const cacheEntries = await readdir(join(root, 'node_modules', '.cache', 'newsstand'), { recursive: true }).catch(() => []);
    expect(cacheEntries.filter((entry) => /staging-|-previous/.test(entry))).toEqual([]);
    await expect(stat(join(root, 'dist'))).rejects.toThrow();
  });

  it('prints the report once in strict mode, as the error, with no stack of its own', async () => {
    const { root, content } = await siteRoot();
    const { logger, lines } = capturingLogger();
    const failure = await build(config(root, { content: [content], strict: true }, { customLogger: logger, logLevel: 'info' })).catch(
      (error: unknown) => error as Error,
    );
    const message = failure instanceof Error ? failure.message : '';
    expect(lines.filter((line) => line.includes('articles built in'))).toEqual([]);
    expect(message.split('articles built in')).toHaveLength(2);
    expect(message).not.toMatch(/\n\s+at .*plugin\//);
  });

  it('turns strict mode on from NEWSSTAND_STRICT=1', async () => {
    const { root, content } = await siteRoot();
    vi.stubEnv('NEWSSTAND_STRICT', '1');
    cleanups.push(async () => vi.unstubAllEnvs());
    await expect(build(config(root, { content: [content] }))).rejects.toThrow(/strict mode/);
  });

  it('builds a clean folder in strict mode', async () => {
    const { root, content } = await siteRoot();
    await unlink(join(content, '2026-10-04-broken-front-matter.md'));
    await expect(build(config(root, { content: [content], strict: true }))).resolves.toBeDefined();
  });
});

describe('a build that would publish a blank reader', () => {
  /** A dist/ an earlier build left: a build that stops must leave it as it was. */
  async function earlierDist(root: string): Promise<string> {
    const dist = join(root, 'dist');
    await mkdir(dist, { recursive: true });
    await writeFile(join(dist, 'index.html'), 'the last good site');
    return dist;
  }

  it('stops when a content folder does not exist, naming it, and leaves dist/ as it was', async () => {
    const { root, content } = await siteRoot();
    const dist = await earlierDist(root);
    const missing = join(root, 'does-not-exist');
    await expect(build(config(root, { content: [content, missing] }))).rejects.toThrow(
      /1 content folder cannot be read[\s\S]*does-not-exist:1: content folder cannot be read: no such folder/,
    );
    expect(await readFile(join(dist, 'index.html'), 'utf8')).toBe('the last good site');
  });

  it('stops when no article was built, and builds the empty site when asked to', async () => {
    const { root } = await siteRoot();
    const empty = join(root, 'empty');
    await mkdir(empty);
    await writeFile(join(empty, 'profile.md'), '---\ntype: profile\ntitle: Not news\n---\n');
    const dist = await earlierDist(root);
    await expect(build(config(root, { content: [empty] }))).rejects.toThrow(/no articles were built/);
    expect(await readFile(join(dist, 'index.html'), 'utf8')).toBe('the last good site');
    await expect(build(config(root, { content: [empty], allowEmpty: true }))).resolves.toBeDefined();
    expect(await readFile(join(dist, 'index.html'), 'utf8')).not.toBe('the last good site');
    // Two whole builds: on a loaded two-core machine they took longer than the default 5 s.
  }, 20_000);
});

describe('the dev server with the newsstand plugin', () => {
  async function startDevServer(): Promise<{ server: ViteDevServer; content: string; origin: string; updates: Manifest[] }> {
    const { root, content } = await siteRoot();
    const server = await createServer(
      config(
        root,
        { content: [content] },
        { base: '/election/', server: { port: 0, host: '127.0.0.1', strictPort: false, watch: { usePolling: false } } },
      ),
    );
    cleanups.push(() => server.close());
    await server.listen();
    const address = server.httpServer?.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const updates: Manifest[] = [];
    // Listen where the page listens: every payload the server pushes over its HMR socket.
    const send = server.ws.send.bind(server.ws) as (...args: unknown[]) => void;
    server.ws.send = ((...args: unknown[]) => {
      if (isManifestUpdate(args[0])) updates.push(args[0].data);
      send(...args);
    }) as typeof server.ws.send;
    return { server, content, origin: `http://127.0.0.1:${port}`, updates };
  }

  function isManifestUpdate(payload: unknown): payload is { data: Manifest } {
    return typeof payload === 'object' && payload !== null && 'event' in payload && payload.event === 'newsstand:update';
  }

  async function manifestModule(server: ViteDevServer): Promise<Manifest> {
    const loaded = (await server.ssrLoadModule('virtual:newsstand')) as { default: Manifest };
    return loaded.default;
  }

  async function until<T>(read: () => T | undefined, timeoutMilliseconds = 10_000): Promise<T> {
    const started = Date.now();
    for (;;) {
      const value = read();
      if (value !== undefined) return value;
      if (Date.now() - started > timeoutMilliseconds) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('serves the same JSON URLs from memory under the base', async () => {
    const { server, origin } = await startDevServer();
    const manifest = await manifestModule(server);
    expect(manifest.articleCount).toBe(2);
    const response = await fetch(`${origin}/election/${manifest.all.firstPage}`);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(((await response.json()) as FeedPage).cards).toHaveLength(2);
    expect((await fetch(`${origin}/election/newsstand/feed/all/9.00000000.json`)).status).toBe(404);
  });

  // How fast is the bench's to say (`npm run bench`: an edit served at 14,000 files); a timed test fails on a busy machine.
  it('picks up an added, an edited and a deleted file, telling the page each time', async () => {
    const { server, content, origin, updates } = await startDevServer();
    await manifestModule(server);

    const added = join(content, '2026-10-05-night-market.md');
    await writeFile(
      added,
      newsFile({
        title: 'Night market returns',
        url: 'https://quay-post.example/night-market',
        date: '2026-10-05T18:00:00Z',
        topics: ['Harbour'],
      }),
    );
    const afterAdd = await until(() => updates.find((manifest) => manifest.articleCount === 3));
    const page = (await (await fetch(`${origin}/election/${afterAdd.all.firstPage}`)).json()) as FeedPage;
    expect(page.cards[0]?.title).toBe('Night market returns');
    expect((await manifestModule(server)).articleCount).toBe(3);

    await writeFile(
      added,
      newsFile({ title: 'Night market moves to the quay', url: 'https://quay-post.example/night-market', date: '2026-10-05T18:00:00Z' }),
    );
    const afterEdit = await until(() =>
      updates.find((manifest) => manifest.all.firstPage !== afterAdd.all.firstPage && manifest.articleCount === 3),
    );
    const edited = (await (await fetch(`${origin}/election/${afterEdit.all.firstPage}`)).json()) as FeedPage;
    expect(edited.cards[0]?.title).toBe('Night market moves to the quay');

    await unlink(added);
    await until(() => updates.find((manifest, index) => index > updates.indexOf(afterEdit) && manifest.articleCount === 2));
  });
});

describe('vite preview of a built site', () => {
  async function startPreview(): Promise<{ origin: string; server: PreviewServer; root: string }> {
    const { root, content } = await siteRoot();
    await build(config(root, { content: [content] }, { base: '/election/' }));
    const server = await preview(config(root, { content: [content] }, { base: '/election/', preview: { port: 0, host: '127.0.0.1' } }));
    cleanups.push(() => server.close());
    const address = server.httpServer.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return { origin: `http://127.0.0.1:${port}`, server, root };
  }

  it('answers deep links with the app, and a missing JSON file with a 404', async () => {
    const { origin, root } = await startPreview();
    const html = { headers: { accept: 'text/html' } };
    for (const path of ['/election/article/2026-10-01-harbour-ferry-returns', '/election/?topic=transit']) {
      const response = await fetch(`${origin}${path}`, html);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<script type="module"');
    }
    const missing = await fetch(`${origin}/election/newsstand/article/gone.00000000.json`);
    expect(missing.status).toBe(404);
    const existing = (await filesUnder(join(root, 'dist'))).find((file) => file.startsWith('newsstand/index/')) ?? '';
    const found = await fetch(`${origin}/election/${existing}`);
    expect(found.status).toBe(200);
    expect(await found.json()).toHaveProperty(['2026-10-01-harbour-ferry-returns']);
  });

  it('answers a bad escape and a path that climbs out with 400, as JSON, never the app', async () => {
    const { origin } = await startPreview();
    // Raw requests: fetch() would resolve `%2e%2e` itself before sending.
    const rawGet = (path: string) =>
      new Promise<{ status: number; type: string }>((resolve, reject) => {
        const { hostname, port } = new URL(origin);
        const request = httpGet({ hostname, port, path, headers: { accept: 'text/html' } }, (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']) });
        });
        request.on('error', reject);
      });
    for (const path of ['/election/newsstand/%ZZ', '/election/newsstand/%2e%2e/index.html', '/election/newsstand/../index.html']) {
      expect(await rawGet(path)).toEqual({ status: 400, type: 'application/json' });
    }
    expect(await rawGet('/election/newsstand/feed/')).toEqual({ status: 404, type: 'application/json' });
  });
});

describe('the built HTML', () => {
  it('carries the site title and description before any script runs', async () => {
    const { root, content } = await siteRoot();
    await writeFile(
      join(root, 'index.html'),
      '<!doctype html><html><head><title>Newsstand</title><meta name="description" content="Newsstand: the latest stories." /></head><body><script type="module" src="/main.js"></script></body></html>\n',
    );
    await build(config(root, { content: [content], title: 'Quay <News> & Co' }));
    const html = await readFile(join(root, 'dist', 'index.html'), 'utf8');
    expect(html).toContain('<title>Quay &#60;News&#62; &#38; Co</title>');
    expect(html).toContain('content="Quay &#60;News&#62; &#38; Co: the latest stories."');
  });

  it("ships the content's own assets with it, and leaves them out when NEWSSTAND_CONTENT names other folders", async () => {
    const { root, content } = await siteRoot();
    const assets = join(root, 'content-assets');
    await mkdir(join(assets, 'logos'), { recursive: true });
    await writeFile(join(assets, 'logos', 'quay.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await build(config(root, { content: [content], assets: [assets] }));
    expect(await readFile(join(root, 'dist', 'logos', 'quay.svg'), 'utf8')).toContain('<svg');

    vi.stubEnv('NEWSSTAND_CONTENT', content);
    cleanups.push(async () => vi.unstubAllEnvs());
    await build(config(root, { content: ['somewhere-else'], assets: [assets] }));
    await expect(stat(join(root, 'dist', 'logos', 'quay.svg'))).rejects.toThrow();
  });
});
