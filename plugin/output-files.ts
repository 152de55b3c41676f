// Names and writes content-hashed JSON files, and keeps the numbers the build report shows.
import { hash8 } from './content-hash.ts';

/** Where each emitted file goes: the Vite bundle at build time, a Map in the dev server. */
export type WriteFile = (fileName: string, json: string) => void;

/** The hard limit for any single JSON file. */
export const maxJsonBytes = 256 * 1024;

export interface OutputStats {
  files: number;
  bytes: number;
  largest: { fileName: string; bytes: number } | null;
  oversized: string[];
  /** Detail files the dev server makes only when asked for (not in the counts above). */
  madeOnRequest?: number;
}

export interface OutputWriter {
  /** Writes `<directory>/<name>.<hash8>.json` and returns its path relative to the site base. */
  write(directory: string, name: string, value: unknown): string;
  stats: OutputStats;
}

export function createOutputWriter(writeFile: WriteFile): OutputWriter {
  const stats: OutputStats = { files: 0, bytes: 0, largest: null, oversized: [] };
  return {
    stats,
    write(directory, name, value) {
      const json = JSON.stringify(value);
      const fileName = `${directory}/${name}.${hash8(json)}.json`;
      const bytes = Buffer.byteLength(json);
      stats.files += 1;
      stats.bytes += bytes;
      if (!stats.largest || bytes > stats.largest.bytes) stats.largest = { fileName, bytes };
      if (bytes > maxJsonBytes) stats.oversized.push(fileName);
      writeFile(fileName, json);
      return fileName;
    },
  };
}
