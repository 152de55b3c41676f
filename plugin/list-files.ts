// Finds every `*.md` file under the content folders, recursively, in a stable order.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from './types.ts';

/** Dot folders (`.git`) and node_modules are never content. A missing folder is an error, not a crash. */
export async function listMarkdownFiles(folders: readonly string[]): Promise<{ files: string[]; problems: Problem[] }> {
  const files = new Set<string>();
  const problems: Problem[] = [];
  for (const folder of folders) {
    try {
      const entries = await readdir(folder, { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        if (!entry.isFile() || !entry.name.toLowerCase().endsWith('.md')) continue;
        const path = join(entry.parentPath, entry.name);
        if (!isIgnored(path.slice(folder.length))) files.add(path);
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
