// Dev server glue: serve the JSON from memory under the base, watch the folders, push updates to the page.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ViteDevServer } from 'vite';
import type { DevSite } from './dev-site.ts';
import { formatReport } from '../report.ts';
import { searchIndexFolder } from '../../src/model/index.ts';
import type { SearchRecord } from '../emit/search-records.ts';
import { makeSearchIndex, mediaTypeOfSearchFile } from './search-index.ts';
import { resolvedVirtualId } from './virtual-module.ts';

/** Saves come in bursts (editors write, rename, touch): gather them briefly, then rebuild once. */
const settleMilliseconds = 30;

export function serveSiteFiles(server: ViteDevServer, site: DevSite): void {
  const prefix = `${server.config.base}newsstand/`;
  server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const pathname = (request.url ?? '').split('?')[0] ?? '';
    if (!pathname.startsWith(prefix)) return next();
    site.file(pathname.slice(server.config.base.length)).then(
      (json) => sendJson(response, json),
      (error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      },
    );
  });
}

/** The feeds from memory, as a static host would serve them. */
export function serveSyndicationFeeds(server: ViteDevServer, site: DevSite): void {
  const prefix = `${server.config.base}feeds/`;
  server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const pathname = (request.url ?? '').split('?')[0] ?? '';
    if (!pathname.startsWith(prefix)) return next();
    site.feed(pathname.slice(server.config.base.length)).then(
      (feed) => {
        if (!feed) return next();
        response.setHeader('Content-Type', `${feed.mediaType}; charset=utf-8`);
        response.setHeader('Cache-Control', 'no-cache');
        response.end(feed.text);
      },
      (error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      },
    );
  });
}

/**
 * The search index from memory, made on the first request after an update and never before: a
 * reader who does not search never waits for it, and the edit itself is served as fast as without.
 */
export function serveSearchIndex(server: ViteDevServer, site: DevSite, perShard?: number): void {
  const prefix = `${server.config.base}${searchIndexFolder}`;
  let made: { records: SearchRecord[]; files: Promise<Map<string, Uint8Array>> } | undefined;
  const filesNow = async (): Promise<Map<string, Uint8Array>> => {
    const records = await site.searchRecords();
    if (made?.records !== records) {
      // Paths as the site has them below newsstand/search/: `<shard>/<file>`.
      const files = makeSearchIndex(records, undefined, perShard).then(
        ({ shards }) =>
          new Map(
            shards.flatMap((shard, number) =>
              shard.folder === undefined ? shard.files.map((file) => [`${number}/${file.path}`, file.content] as const) : [],
            ),
          ),
      );
      made = { records, files };
    }
    return made.files;
  };
  server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const pathname = (request.url ?? '').split('?')[0] ?? '';
    if (!pathname.startsWith(prefix)) return next();
    const path = pathname.slice(prefix.length);
    filesNow().then(
      (files) => {
        const content = files.get(path);
        if (!content) {
          response.statusCode = 404;
          response.end();
          return;
        }
        response.setHeader('Content-Type', mediaTypeOfSearchFile(path));
        response.setHeader('Cache-Control', 'no-cache');
        response.end(content);
      },
      (error: unknown) => {
        made = undefined;
        server.config.logger.error(`newsstand: the search index could not be made: ${String(error)}`);
        response.statusCode = 503;
        response.end(String(error));
      },
    );
  });
}

function sendJson(response: ServerResponse, json: string | undefined): void {
  if (json === undefined) {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'application/json');
    response.end('{"error":"not found"}');
    return;
  }
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  // The build's files may be cached forever; in dev, revalidating costs nothing and never shows stale data.
  response.setHeader('Cache-Control', 'no-cache');
  response.end(json);
}

/** On add, change or delete of an article file: reprocess it, swap the outputs, and tell the page. */
export function watchContent(server: ViteDevServer, site: DevSite, folders: readonly string[]): void {
  server.watcher.add([...folders]);
  const changed = new Set<string>();
  const removed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Every update, asked for here or made by the site when the disk changed under a read, reaches the page.
  site.onUpdate((build, files) => {
    invalidateManifestModule(server);
    server.ws.send({ type: 'custom', event: 'newsstand:update', data: build.manifest });
    server.config.logger.info(`newsstand: ${files} file${files === 1 ? '' : 's'} changed\n${formatReport(build.summary, process.cwd())}`, {
      timestamp: true,
    });
  });
  const flush = () => {
    timer = undefined;
    const batch = { changed: [...changed], removed: [...removed] };
    changed.clear();
    removed.clear();
    site
      .update(batch.changed, batch.removed)
      .catch((error: unknown) => server.config.logger.error(`newsstand: update failed: ${String(error)}`));
  };
  const schedule = (path: string, wasRemoved: boolean, isFolder = false) => {
    if (!isFolder && !site.isContentFile(path)) return;
    if (isFolder && !folders.some((folder) => path.startsWith(folder))) return;
    (wasRemoved ? removed : changed).add(path);
    (wasRemoved ? changed : removed).delete(path);
    timer ??= setTimeout(flush, settleMilliseconds);
  };
  server.watcher.on('add', (path) => schedule(path, false));
  server.watcher.on('change', (path) => schedule(path, false));
  server.watcher.on('unlink', (path) => schedule(path, true));
  server.watcher.on('unlinkDir', (path) => schedule(path, true, true));
}

function invalidateManifestModule(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    const module = environment.moduleGraph.getModuleById(resolvedVirtualId);
    if (module) environment.moduleGraph.invalidateModule(module);
  }
}
