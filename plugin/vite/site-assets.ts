// Files served at the site's root beside the app, such as the demo content's logos and pictures: copied into a build, served by the dev server.
import { cpSync, createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Connect } from 'vite';

const contentTypes: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
};

/** Copies every asset folder's files into `outDir`, keeping their paths (`logos/x.svg` -> `outDir/logos/x.svg`). */
export function copySiteAssets(folders: readonly string[], outDir: string): void {
  for (const folder of folders) {
    if (statSync(folder, { throwIfNoEntry: false })?.isDirectory()) cpSync(folder, outDir, { recursive: true });
  }
}

/** Answers requests under `base` with an asset folder's file when one has that path; anything else goes on. */
export function serveSiteAssets(folders: readonly string[], base: string): Connect.NextHandleFunction {
  return (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const pathname = (request.url ?? '').split('?')[0] ?? '';
    if (!pathname.startsWith(base) || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    let relativePath: string;
    try {
      relativePath = normalize(decodeURIComponent(pathname.slice(base.length)));
    } catch {
      return next();
    }
    if (relativePath.startsWith('..') || relativePath.includes(`${sep}..`)) return next();
    for (const folder of folders) {
      const file = join(folder, relativePath);
      if (!file.startsWith(folder + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) continue;
      response.setHeader('Content-Type', contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream');
      response.setHeader('Cache-Control', 'no-cache');
      if (request.method === 'HEAD') return response.end();
      createReadStream(file).pipe(response);
      return;
    }
    next();
  };
}
