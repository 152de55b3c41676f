// A bare static host in the manner of GitHub Pages: files as they are, and 404.html for any other path.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { BuiltSite, ServedSite } from './site';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

async function readSiteFile(outDir: string, base: string, pathname: string): Promise<Buffer | undefined> {
  if (!pathname.startsWith(base)) return undefined;
  const relativePath = normalize(decodeURIComponent(pathname.slice(base.length)) || 'index.html');
  if (relativePath.startsWith('..')) return undefined;
  const path = relativePath.endsWith('/') ? join(outDir, relativePath, 'index.html') : join(outDir, relativePath);
  return readFile(path).catch(() => undefined);
}

/** Unlike `vite preview`, this host knows nothing about the app: deep links work only through 404.html. */
export async function serveLikeStaticHost(site: BuiltSite): Promise<ServedSite> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://host');
    void readSiteFile(site.outDir, site.base, pathname).then(async (body) => {
      if (body) {
        response.writeHead(200, { 'content-type': contentTypes[extname(pathname) || '.html'] ?? 'application/octet-stream' });
        response.end(body);
        return;
      }
      const notFound = await readFile(join(site.outDir, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { 'content-type': contentTypes['.html'] });
      response.end(notFound);
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...site,
    origin,
    home: origin + site.base,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
