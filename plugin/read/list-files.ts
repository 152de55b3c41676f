// Finds every `*.md` file under the content folders, recursively, in a stable order.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Problem } from '../types.ts';

/** How a content folder that cannot be read is reported: the build stops on it (see `reasonsToStop`). */
const unreadableContentFolder = 'content folder cannot be read';

function unreadableFolderProblem(path: string, reason: string): Problem {
  return { path, line: 1, message: `${unreadableContentFolder}: ${reason}`, severity: 'error' };
}

/** Whether a listing problem is a content folder that cannot be read (a missing or mistyped path, say). */
export function isUnreadableContentFolder(problem: Problem): boolean {
  return problem.severity === 'error' && problem.message.startsWith(`${unreadableContentFolder}:`);
}

export interface Listing {
  files: string[];
  problems: Problem[];
}

/**
 * Dot folders (`.git`) and node_modules are never content. A missing or unreadable content folder
 * is an error; an unreadable folder or link inside one is one problem, and the rest is listed.
 * Symbolic links are followed when they lead inside the content folders (the build and the dev
 * server read the same files), and reported otherwise: a link to `/etc/passwd` is never read.
 */
export function listMarkdownFiles(folders: readonly string[]): Promise<Listing> {
  const files = new Set<string>();
  const problems: Problem[] = [];
  const roots = folders.map((folder) => resolve(folder));
  const realRoots = roots.flatMap((root) => {
    try {
      return [realpathSync(root)];
    } catch {
      return [];
    }
  });
  const inside = (realPath: string) => realRoots.some((root) => realPath === root || realPath.startsWith(root + sep));
  // Real paths of the folders walked and the files listed: what a link leads to is read once,
  // under its own path when the walk meets it there, and a link back up the tree is walked once.
  const walked = new Set<string>();
  const realFiles = new Set<string>();
  // Links are followed after everything else, so a file is listed under its own path first.
  const links: string[] = [];
  const walk = (start: string, isRoot: boolean) => {
    const pending = [start];
    for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
      const real = realOrUndefined(folder);
      if (real === undefined || walked.has(real)) continue;
      walked.add(real);
      let entries: Dirent[];
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch (error) {
        const reason = `${reasonOf(error)}; its files are left out`;
        if (isRoot && folder === start) problems.push(unreadableFolderProblem(folder, reason));
        else problems.push({ path: folder, line: 1, message: `folder cannot be read: ${reason}`, severity: 'error' });
        continue;
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const path = join(folder, entry.name);
        if (entry.isSymbolicLink()) links.push(path);
        else if (entry.isDirectory()) pending.push(path);
        else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
          files.add(path);
          realFiles.add(join(real, entry.name));
        }
      }
    }
  };
  const follow = (path: string) => {
    const target = realOrUndefined(path);
    if (target === undefined) {
      problems.push({ path, line: 1, message: 'symbolic link to nothing: left out', severity: 'warning' });
      return;
    }
    if (!inside(target)) {
      problems.push({ path, line: 1, message: `symbolic link to ${target}, outside the content folders: not read`, severity: 'warning' });
      return;
    }
    const stats = statSync(target, { throwIfNoEntry: false });
    if (stats?.isDirectory()) walk(path, false);
    else if (stats?.isFile() && path.toLowerCase().endsWith('.md') && !realFiles.has(target)) {
      files.add(path);
      realFiles.add(target);
    }
  };
  for (const [index, root] of roots.entries()) {
    let rootStats;
    try {
      rootStats = statSync(root);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : reasonOf(error);
      problems.push(unreadableFolderProblem(folders[index] ?? root, reason));
      continue;
    }
    if (!rootStats.isDirectory()) {
      problems.push(unreadableFolderProblem(root, 'not a folder'));
      continue;
    }
    walk(root, true);
  }
  for (let link = links.shift(); link !== undefined; link = links.shift()) follow(link);
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return Promise.resolve({ files: [...files].sort(), problems });
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? String(error);
}
