// The build's JSON files, written outside outDir while the pipeline runs and placed into it once Vite has written its own.
import { copyFileSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { WriteFile } from './output-files.ts';

/**
 * Thousands of JSON files through `emitFile` would sit in the bundler's memory and fill Vite's
 * size table line by line; written here, they cost a link each (or one rename) at the end.
 */
export interface BuildOutput {
  write: WriteFile;
  /** Puts this build's `newsstand/` folder into `outDir`, replacing any older one. */
  moveInto(outDir: string): Promise<void>;
  discard(): Promise<void>;
}

/**
 * With `keptFolder` (the parse cache is on), files stay there between builds. Every name carries
 * the hash of its content, so a name the last build wrote holds exactly this content: a rebuild
 * after one edit writes the few files that changed and hard-links the rest into `outDir`, where
 * writing all of them again cost 2 s at 14,000 articles. Without it, a fresh folder is renamed
 * into `outDir` and nothing is reused.
 */
export async function createBuildOutput(cacheFolder: string, keptFolder?: string): Promise<BuildOutput> {
  return keptFolder ? createKeptOutput(keptFolder) : createFreshOutput(cacheFolder);
}

async function createFreshOutput(cacheFolder: string): Promise<BuildOutput> {
  await mkdir(cacheFolder, { recursive: true });
  const stage = await mkdtemp(join(cacheFolder, 'staging-'));
  const write = folderWriter(stage);
  return {
    write,
    async moveInto(outDir) {
      const target = join(outDir, 'newsstand');
      await rm(target, { recursive: true, force: true });
      await mkdir(outDir, { recursive: true });
      const staged = join(stage, 'newsstand');
      try {
        await rename(staged, target);
      } catch (error) {
        // A cache on another disk than outDir cannot be renamed across: copy instead.
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        await copyFolder(staged, target);
      }
      await rm(stage, { recursive: true, force: true });
    },
    discard: () => rm(stage, { recursive: true, force: true }),
  };
}

async function createKeptOutput(keptFolder: string): Promise<BuildOutput> {
  await mkdir(keptFolder, { recursive: true });
  const marker = await markBuildRunning(keptFolder);
  // Only files a finished build listed, and still there, are trusted: a build stopped halfway may
  // have left half a file, and anyone may have cleared part of the cache.
  const present = new Set(await filesUnder(keptFolder));
  const trusted = new Set((await readKeptList(keptFolder)).filter((name) => present.has(name)));
  const writeNew = folderWriter(keptFolder);
  const used = new Set<string>();
  return {
    write(fileName, json) {
      used.add(fileName);
      if (trusted.has(fileName)) return;
      // An untrusted file may be linked into a folder some server is serving: unlinking it
      // first gives the new content its own file instead of rewriting that one in place.
      if (present.has(fileName)) rmSync(join(keptFolder, fileName), { force: true });
      writeNew(fileName, json);
    },
    async moveInto(outDir) {
      await rm(join(outDir, 'newsstand'), { recursive: true, force: true });
      placeFiles(keptFolder, outDir, [...used]);
      // Another build of the same folders may still link files this one did not use: only a
      // build that finds itself alone prunes.
      if (!(await otherBuildsRunning(keptFolder, marker))) {
        for (const name of await filesUnder(keptFolder)) if (!used.has(name)) await unlink(join(keptFolder, name)).catch(() => undefined);
      }
      await writeKeptList(keptFolder, used);
      await rm(join(keptFolder, marker), { force: true });
    },
    // The kept files are a cache: a failed build leaves them for the next one.
    discard: () => rm(join(keptFolder, marker), { force: true }),
  };
}

const keptListName = '.kept-files.json';

async function readKeptList(folder: string): Promise<string[]> {
  try {
    const names: unknown = JSON.parse(await readFile(join(folder, keptListName), 'utf8'));
    return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

/** Written aside and renamed, so the list is always one build's whole list. */
async function writeKeptList(folder: string, names: ReadonlySet<string>): Promise<void> {
  const temporary = join(folder, `${keptListName}.${process.pid}`);
  await writeFile(temporary, JSON.stringify([...names]));
  await rename(temporary, join(folder, keptListName));
}

const markerPrefix = '.build-';

/** A file naming this process, so other builds know not to prune while it runs. */
async function markBuildRunning(folder: string): Promise<string> {
  const marker = `${markerPrefix}${process.pid}-${Math.random().toString(16).slice(2)}`;
  await writeFile(join(folder, marker), '');
  return marker;
}

/** Markers of live processes other than this build's; markers left by processes that died are removed. */
async function otherBuildsRunning(folder: string, ownMarker: string): Promise<boolean> {
  let running = false;
  for (const name of await readdir(folder)) {
    if (!name.startsWith(markerPrefix) || name === ownMarker) continue;
    const pid = Number(name.slice(markerPrefix.length).split('-')[0]);
    if (isAlive(pid)) running = true;
    else await rm(join(folder, name), { force: true });
  }
  return running;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes files under `root`, creating each folder once. */
function folderWriter(root: string): WriteFile {
  const createdFolders = new Set<string>();
  return (fileName, json) => {
    const path = join(root, fileName);
    const folder = dirname(path);
    if (!createdFolders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      createdFolders.add(folder);
    }
    writeFileSync(path, json);
  };
}

/** Hard links where the disk allows them, copies where it does not (another disk, a file system without links). */
function placeFiles(fromRoot: string, toRoot: string, names: readonly string[]): void {
  const createdFolders = new Set<string>();
  let place: (source: string, destination: string) => void = linkSync;
  for (const name of names) {
    const source = join(fromRoot, name);
    const destination = join(toRoot, name);
    const folder = dirname(destination);
    if (!createdFolders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      createdFolders.add(folder);
    }
    try {
      place(source, destination);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // The same name emitted twice in one build is one file.
      if (code === 'EEXIST') continue;
      if (place !== linkSync || (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP')) throw error;
      place = copyFileSync;
      place(source, destination);
    }
  }
}

async function copyFolder(from: string, to: string): Promise<void> {
  placeFiles(from, to, await filesUnder(from));
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}
