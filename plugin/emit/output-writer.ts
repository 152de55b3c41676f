// Names and writes content-hashed JSON files, and keeps the numbers the build report shows.
import { hash24, hash8 } from '../content-hash.ts';

/**
 * Where each emitted file goes: the kept output at build time, a Map in the dev server.
 * `inputsKey`, when given, names everything the content was made from (see `writeRemembered`).
 */
export type WriteFile = (fileName: string, json: string, inputsKey?: string) => void;

/** A file an earlier build wrote from the same inputs, when it is still at hand: it becomes part of this build too. */
export type RecallFile = (inputsKey: string) => { fileName: string; bytes: number } | undefined;

/** The hard limit for any single JSON file. */
export const maxJsonBytes = 256 * 1024;

export interface OutputStats {
  files: number;
  bytes: number;
  largest: { fileName: string; bytes: number } | null;
  oversized: string[];
  /** Files the dev server makes only when asked for (not in the counts above). */
  madeOnRequest?: number;
  /** Files (in the counts above) an earlier build made from the same inputs, reused as they were. */
  reused?: number;
}

export interface OutputWriter {
  /** Writes `<directory>/<name>.<hash8>.json` and returns its path relative to the site base. */
  write(directory: string, name: string, value: unknown): string;
  /**
   * Like `write`, for a value that is costly to make and serialize: `inputs` names everything it is
   * made from (cache keys, ids, the names it links to). When an earlier build wrote a file from the
   * same inputs, that file is reused and `value` is never called. In the dev server (`onRequest`),
   * the file is only offered, and `value` is called when the file is first asked for.
   */
  writeRemembered(directory: string, name: string, inputs: string | undefined, value: () => unknown): string;
  stats: OutputStats;
}

/**
 * The dev server's way with the files it can make later: serializing every detail file and feed
 * page after each save would make every edit slower as the corpus grows, and the reader opens a
 * handful. Each is named for the update that offered it (so a new update is a new URL, as a new
 * hash would be) and made when first asked for.
 */
export interface FilesOnRequest {
  /** Eight hex digits, new with every update, in the place of the content hash. */
  tag: string;
  offer(fileName: string, value: () => unknown): void;
}

export function createOutputWriter(writeFile: WriteFile, recall?: RecallFile, onRequest?: FilesOnRequest): OutputWriter {
  const stats: OutputStats = { files: 0, bytes: 0, largest: null, oversized: [] };
  const count = (fileName: string, bytes: number) => {
    stats.files += 1;
    stats.bytes += bytes;
    if (!stats.largest || bytes > stats.largest.bytes) stats.largest = { fileName, bytes };
    if (bytes > maxJsonBytes) stats.oversized.push(fileName);
  };
  const write = (directory: string, name: string, value: unknown, inputsKey?: string): string => {
    const json = JSON.stringify(value);
    const fileName = `${directory}/${name}.${hash8(json)}.json`;
    count(fileName, Buffer.byteLength(json));
    writeFile(fileName, json, inputsKey);
    return fileName;
  };
  return {
    stats,
    write: (directory, name, value) => write(directory, name, value),
    writeRemembered(directory, name, inputs, value) {
      if (onRequest) {
        const fileName = `${directory}/${name}.${onRequest.tag}.json`;
        onRequest.offer(fileName, value);
        stats.madeOnRequest = (stats.madeOnRequest ?? 0) + 1;
        return fileName;
      }
      if (inputs === undefined || !recall) return write(directory, name, value());
      const inputsKey = hash24(`${directory}/${name}\0${inputs}`);
      const recalled = recall(inputsKey);
      if (!recalled) return write(directory, name, value(), inputsKey);
      count(recalled.fileName, recalled.bytes);
      stats.reused = (stats.reused ?? 0) + 1;
      return recalled.fileName;
    },
  };
}
