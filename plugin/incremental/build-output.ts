// The build's JSON files, written outside outDir while the pipeline runs and placed into it once Vite has written its own.
import {
  closeSync,
  copyFileSync,
  ftruncateSync,
  linkSync,
  mkdirSync,
  openSync,
  opendirSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
  type Dir,
} from 'node:fs';
import { mkdir, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { asciiJson, readAsciiJson } from '../ascii-json.ts';
import { isFolderSnapshot, snapshotFolders, unchangedSince, type FolderSnapshot } from './folder-snapshot.ts';
import type { RecallFile, WriteFile } from '../emit/output-writer.ts';

/**
 * Thousands of JSON files through `emitFile` would sit in the bundler's memory and fill Vite's
 * size table line by line; written here, they cost a link each (or one rename) at the end.
 */
export interface BuildOutput {
  write: WriteFile;
  /** Only the kept output remembers what its files were made from. */
  recall?: RecallFile;
  /**
   * Called once the bundle is built, before Vite empties `outDir`: the kept output moves the last
   * build's `newsstand/` folder aside, so `moveInto` can put it back with only the changed files
   * replaced instead of 16,000 files unlinked by Vite and linked again.
   */
  setAside(outDir: string): Promise<void>;
  /** Puts this build's `newsstand/` folder into `outDir`, replacing any older one. */
  moveInto(outDir: string): Promise<void>;
  /** After a failed build: leaves no staging behind, and gives `outDir` back what was set aside. */
  discard(): Promise<void>;
}

/**
 * Files stay in `keptFolder` between builds. Every name carries the hash of its content, so a
 * name the last build wrote holds exactly this content: a rebuild after one edit writes the few
 * files that changed and hard-links the rest into `outDir`, far cheaper than writing all of them
 * again. Without `trustKept` (NEWSSTAND_NO_CACHE=1), every file is written again.
 */
export async function createBuildOutput(keptFolder: string, settings: { trustKept?: boolean } = {}): Promise<BuildOutput> {
  return createKeptOutput(keptFolder, settings.trustKept ?? true);
}

/**
 * Without `trust` (NEWSSTAND_NO_CACHE=1), no kept file is trusted or recalled: every file is
 * written again, but over the kept one of its name rather than as a new file. The name carries
 * the hash of the content, so the bytes are the same, and no new inode is made: creating a file
 * cost about 20 times rewriting one on the disks measured, once thousands had been deleted
 * (docs/performance.md).
 */
async function createKeptOutput(keptFolder: string, trust: boolean): Promise<BuildOutput> {
  await mkdir(keptFolder, { recursive: true });
  const marker = await markBuildRunning(keptFolder);
  // Only files a finished build listed, and still there, are trusted: a build stopped halfway may
  // have left half a file, and anyone may have cleared part of the cache.
  const listStamp = keptListStamp(keptFolder);
  const last = readKeptList(keptFolder);
  const lastFiles = new Map(last.files.map((file) => [file[0], file]));
  // Folders as the last build left them hold what it listed, so they need not be listed again.
  const onDisk = unchangedSince(last.kept, keptFolder) ? undefined : new Set(await filesUnder(keptFolder));
  const presentNames = (): Iterable<string> => onDisk ?? lastFiles.keys();
  const isTrusted = (name: string) => trust && lastFiles.has(name) && (!onDisk || onDisk.has(name));
  const byInputs = new Map<string, KeptFile>();
  for (const file of last.files) if (file[2] !== undefined && isTrusted(file[0])) byInputs.set(file[2], file);
  const writeNew = trust ? folderWriter(keptFolder) : rewritingWriter(keptFolder);
  const used = new Map<string, KeptFile>();
  const written = new Set<string>();
  // `root/newsstand` is the last build's folder, moved out of `from` (outDir/newsstand).
  let setAside: { from: string; root: string } | undefined;
  return {
    write(fileName, json, inputsKey) {
      const bytes = Buffer.byteLength(json);
      // A build that trusts nothing makes no inputs keys: the last list's stays good for the next
      // build that does, since the same name holds the same content.
      const listed = trust ? undefined : lastFiles.get(fileName);
      used.set(fileName, listed ?? (inputsKey === undefined ? [fileName, bytes] : [fileName, bytes, inputsKey]));
      if (isTrusted(fileName)) return;
      writeNew(fileName, json);
      written.add(fileName);
    },
    // Without trust there is nothing to recall: the emit stage then makes no inputs keys either.
    ...(trust && {
      recall(inputsKey: string) {
        const file = byInputs.get(inputsKey);
        if (!file) return undefined;
        const [fileName, bytes] = file;
        used.set(fileName, file);
        return { fileName, bytes };
      },
    }),
    async setAside(outDir) {
      const from = join(outDir, 'newsstand');
      if (!unchangedSince(last.placed, from)) return;
      const root = join(keptFolder, `${marker}-previous`);
      try {
        await mkdir(root);
        await rename(from, join(root, 'newsstand'));
        setAside = { from, root };
      } catch {
        // Another disk than the cache's: Vite empties the folder and every file is linked again.
        await rm(root, { recursive: true, force: true });
      }
    },
    async moveInto(outDir) {
      const target = join(outDir, 'newsstand');
      await rm(target, { recursive: true, force: true });
      if (setAside?.from === target) {
        // The set-aside folder is the last build's, as it left it (unchangedSince): only names
        // that changed since are unlinked or linked.
        const stays = (name: string) => lastFiles.has(name) && used.has(name) && !written.has(name);
        const emptied = new Set<string>();
        for (const name of lastFiles.keys()) {
          if (stays(name)) continue;
          rmSync(join(setAside.root, name), { force: true });
          emptied.add(dirname(join(setAside.root, name)));
        }
        // A topic no story carries any more leaves no empty folder behind.
        for (const folder of emptied) if (!existsAndHasEntries(folder)) rmdirSync(folder, { recursive: false });
        placeFiles(
          keptFolder,
          setAside.root,
          [...used.keys()].filter((name) => !stays(name)),
        );
        await mkdir(outDir, { recursive: true });
        await rename(join(setAside.root, 'newsstand'), target);
      } else {
        placeFiles(keptFolder, outDir, [...used.keys()]);
        // Written to another folder than the one set aside (a custom output dir): that one stays as it was.
        if (setAside) await rename(join(setAside.root, 'newsstand'), setAside.from).catch(() => undefined);
      }
      if (setAside) await rm(setAside.root, { recursive: true, force: true });
      setAside = undefined;
      // Another build of the same folders may still link files this one did not use: only a
      // build that finds itself alone prunes. Files another build finished meanwhile are not
      // among the present names: the next build prunes them. (What this build wrote, it used.)
      const alone = !(await otherBuildsRunning(keptFolder, marker));
      if (alone) {
        for (const name of presentNames()) if (!used.has(name)) await unlink(join(keptFolder, name)).catch(() => undefined);
      }
      // The folders hold exactly this build's files only if no other build wrote there meanwhile
      // (one running, or one that finished and replaced the list): else the next build lists them.
      const onlyThisBuild = alone && keptListStamp(keptFolder) === listStamp;
      await writeKeptList(keptFolder, {
        files: [...used.values()],
        ...(onlyThisBuild && { kept: snapshotFolders(keptFolder, used.keys()) }),
        placed: snapshotFolders(target, namesInside(used.keys())),
      });
      await rm(join(keptFolder, marker), { force: true });
    },
    // The kept files are a cache: a failed build leaves them for the next one.
    async discard() {
      if (setAside) {
        await rename(join(setAside.root, 'newsstand'), setAside.from).catch(() => undefined);
        await rm(setAside.root, { recursive: true, force: true });
        setAside = undefined;
      }
      await rm(join(keptFolder, marker), { force: true });
    },
  };
}

/**
 * A file of a finished build: its name, its size (for the report) and, when it was written
 * remembered, its inputs. A row, as the list stores it: making an object of every row would slow
 * every rebuild.
 */
type KeptFile = [name: string, bytes: number, inputsKey?: string];

/** The last finished build's files, and its folders in the cache and in outDir as it left them. */
interface KeptList {
  files: KeptFile[];
  kept?: FolderSnapshot;
  placed?: FolderSnapshot;
}

const keptListName = '.kept-files.json';

/** Which version of the list is there: a build that finishes replaces the file, so its inode changes. */
function keptListStamp(folder: string): string {
  const stats = statSync(join(folder, keptListName), { throwIfNoEntry: false });
  return stats ? `${stats.ino} ${stats.mtimeMs}` : 'none';
}

function readKeptList(folder: string): KeptList {
  try {
    const stored = readAsciiJson(join(folder, keptListName)) as { files?: unknown; kept?: unknown; placed?: unknown };
    if (!Array.isArray(stored.files)) return { files: [] };
    const files: KeptFile[] = [];
    for (const row of stored.files as unknown[]) if (isKeptFile(row)) files.push(row);
    return {
      files,
      ...(isFolderSnapshot(stored.kept) && { kept: stored.kept }),
      ...(isFolderSnapshot(stored.placed) && { placed: stored.placed }),
    };
  } catch {
    return { files: [] };
  }
}

function isKeptFile(row: unknown): row is KeptFile {
  if (!Array.isArray(row) || row.length < 2 || row.length > 3) return false;
  const [name, bytes, inputsKey] = row as unknown[];
  return typeof name === 'string' && typeof bytes === 'number' && (inputsKey === undefined || typeof inputsKey === 'string');
}

/**
 * The names below `newsstand/`, for the snapshot of the folders placed there. `newsstand/` itself is
 * left out of it: the search index is placed in it after these files (vite/search-index.ts), and
 * a snapshot that held its time would find the folder changed at every build, and never set it aside.
 */
function namesInside(names: Iterable<string>): string[] {
  const inside: string[] = [];
  for (const name of names) if (name.startsWith('newsstand/')) inside.push(name.slice('newsstand/'.length));
  return inside;
}

/** Written aside and renamed, so the list is always one build's whole list. */
async function writeKeptList(folder: string, list: KeptList): Promise<void> {
  const temporary = join(folder, `${keptListName}.${process.pid}`);
  await writeFile(temporary, asciiJson({ files: list.files, kept: list.kept, placed: list.placed }));
  await rename(temporary, join(folder, keptListName));
}

/** One entry is enough to know: listing every name of the article folder would be work for nothing. */
function existsAndHasEntries(folder: string): boolean {
  let directory: Dir | undefined;
  try {
    directory = opendirSync(folder);
    return directory.readSync() !== null;
  } catch {
    return true;
  } finally {
    directory?.closeSync();
  }
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

/** Creates the folder of each path given, once a folder: thousands of files share a handful. */
function folderMaker(): (path: string) => void {
  const created = new Set<string>();
  return (path) => {
    const folder = dirname(path);
    if (created.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    created.add(folder);
  };
}

/**
 * Writes files under `root`, creating each folder once. A file is never rewritten in place: one
 * already there (left by a stopped build, or another build's) may be linked into a folder some
 * server is serving, so it is unlinked and the new content gets a file of its own.
 */
function folderWriter(root: string): WriteFile {
  const makeFolderOf = folderMaker();
  return (fileName, json) => {
    const path = join(root, fileName);
    makeFolderOf(path);
    try {
      writeFileSync(path, json, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      rmSync(path, { force: true });
      writeFileSync(path, json, { flag: 'wx' });
    }
  };
}

/**
 * Writes files under `root`, each over the file of its name when there is one: opened for writing
 * without truncation, written, then cut to its length, so the file keeps its inode and blocks.
 */
function rewritingWriter(root: string): WriteFile {
  const makeFolderOf = folderMaker();
  return (fileName, json) => {
    const path = join(root, fileName);
    makeFolderOf(path);
    let descriptor: number;
    try {
      descriptor = openSync(path, 'r+');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      writeFileSync(path, json, { flag: 'wx' });
      return;
    }
    try {
      writeFileSync(descriptor, json);
      ftruncateSync(descriptor, Buffer.byteLength(json));
    } finally {
      closeSync(descriptor);
    }
  };
}

/** Hard links where the disk allows them, copies where it does not (another disk, a file system without links). */
function placeFiles(fromRoot: string, toRoot: string, names: readonly string[]): void {
  const makeFolderOf = folderMaker();
  let place: (source: string, destination: string) => void = linkSync;
  for (const name of names) {
    const source = join(fromRoot, name);
    const destination = join(toRoot, name);
    makeFolderOf(destination);
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

/** Names as the build writes them (`newsstand/article/x.json`): relative to `folder`, with forward slashes. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  // One prefix a folder, not a path.relative() a file: the call is slow, and many files share a folder.
  const prefixes = new Map<string, string>();
  const prefixOf = (parentPath: string): string => {
    let prefix = prefixes.get(parentPath);
    if (prefix === undefined) {
      const inside = relative(folder, parentPath);
      prefix = inside === '' ? '' : `${inside.split(sep).join('/')}/`;
      prefixes.set(parentPath, prefix);
    }
    return prefix;
  };
  return entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => prefixOf(entry.parentPath) + entry.name);
}
