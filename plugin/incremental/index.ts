// The incremental layer's one door: what a build may reuse from the last one, and where it tells it what it made.
// Read stage: `openReadMemory` (stored results by stamp, then by source key).
// Emit stage: `createBuildOutput` (kept output: files recalled by inputs key, hard-linked into outDir).
// The keys are defined once, in docs/architecture.md ("Caches and keys").
export { cacheFoldersOf, keptFoldersOf, type CacheFolders } from './cache-folders.ts';
export { processingCodeVersion } from './code-version.ts';
export { createBuildOutput, type BuildOutput } from './build-output.ts';
export { openReadMemory, type ReadMemory } from './read-memory.ts';
export {
  isLinkedFrom,
  linkFolder,
  openKeptSearchIndex,
  searchIndexKey,
  writeFiles,
  type IndexFile,
  type KeptSearchIndex,
} from './kept-search-index.ts';
