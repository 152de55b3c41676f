// `vite preview` glue: a missing JSON file is a 404, never the SPA's index.html.
import { statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { PreviewServer } from 'vite';

/**
 * Vite's preview already answers deep links (`/article/<id>`, `/?topic=`) with index.html; but it
 * answers a stale JSON URL the same way, and the app would then try to parse HTML. This runs first.
 */
export function refuseMissingSiteFiles(server: PreviewServer): void {
  const { base, root, build } = server.config;
  const outDir = resolve(root, build.outDir);
  const prefix = `${base}newsstand/`;
  server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const raw = (request.url ?? '').split('?')[0] ?? '';
    if (!raw.startsWith(prefix)) return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(raw);
    } catch {
      // `%ZZ` is no URL a build wrote: a client error, never a server's stack trace.
      return answerJson(response, 400, 'bad escape in the URL');
    }
    // Outside the site's files, however it is spelled (`..`, `%2e%2e`): refused, never the app's HTML.
    if (pathname.split('/').includes('..') || pathname.includes('\\') || pathname.includes('\0'))
      return answerJson(response, 400, 'bad path');
    const file = join(outDir, pathname.slice(base.length));
    if (statSync(file, { throwIfNoEntry: false })?.isFile()) return next();
    answerJson(response, 404, 'not found');
  });
}

function answerJson(response: ServerResponse, status: number, error: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json');
  response.end(JSON.stringify({ error }));
}
