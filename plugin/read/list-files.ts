// Finds every `*.md` file under the content folders, recursively, in a stable order.
import { readdir } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { Problem } from '../types.ts';

/** Dot folders (`.git`) and node_modules are never content. A missing folder is an error, not a crash. */
export async function listMarkdownFiles(folders: readonly string[]): Promise<{ files: string[]; problems: Problem[] }> {
  const files = new Set<string>();
  const problems: Problem[] = [];
  for (const folder of folders) {
    try {
      // Normalized, so `parentPath + sep + name` is too.
      const root = resolve(folder);
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      // Once a folder, not once a file: 14,000 files share a handful of folders.
      const ignoredFolders = new Map<string, boolean>();
      for (const entry of entries) {
        if (!entry.isFile() || entry.name.startsWith('.') || !entry.name.toLowerCase().endsWith('.md')) continue;
        let ignored = ignoredFolders.get(entry.parentPath);
        if (ignored === undefined) {
          ignored = isIgnored(relative(root, entry.parentPath));
          ignoredFolders.set(entry.parentPath, ignored);
        }
        if (!ignored) files.add(`${entry.parentPath}${sep}${entry.name}`);
      }
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : String(error);
      problems.push({ path: folder, line: 1, message: `content folder cannot be read: ${reason}`, severity: 'error' });
    }
  }
  return { files: [...files].sort(), problems };
}

function isIgnored(relativePath: string): boolean {
  return relativePath.split(/[\\/]/).some((part) => part.startsWith('.') || part === 'node_modules');
}
