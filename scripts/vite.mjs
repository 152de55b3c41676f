// `npm start` and `npm run build` run Vite's own command line through this file, which first tells the
// allocator inside Vite's bundler (rolldown links mimalloc) to leave transparent huge pages alone.
// mimalloc asks the kernel for huge pages on its 1 GiB arena, so every first touch of a 4 KB page
// fills and zeroes 2 MB: on Linux with `transparent_hugepage=madvise` (Debian's default) that is
// about 110 MB more resident memory and 0.3 s more system time for a demo build (docs/performance.md).
// mimalloc reads its options once, when the bundler's native module loads: hence a process
// variable set here, before Vite is imported, and not in vite.config.ts. A value the caller set wins.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.MIMALLOC_ALLOW_THP ??= '0';
const vitePackage = createRequire(import.meta.url).resolve('vite/package.json');
await import(pathToFileURL(join(dirname(vitePackage), 'bin', 'vite.js')).href);
