// `vite preview` glue: a missing JSON file is a 404, never the SPA's index.html.
import { existsSync } from 'node:fs';
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
    const pathname = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
    if (!pathname.startsWith(prefix) || pathname.includes('..')) return next();
    if (existsSync(join(outDir, pathname.slice(base.length)))) return next();
    response.statusCode = 404;
    response.setHeader('Content-Type', 'application/json');
    response.end('{"error":"not found"}');
  });
}
