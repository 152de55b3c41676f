// Collects one file's problems, each placed on the line of the key it is about.
import { createKeyLocator, type KeyPath } from '../parse/line-of-key.ts';
import type { Problem, Severity } from '../types.ts';

/** A hostile file could yield thousands of problems; past this many, one line says how many more. */
const maxProblemsPerFile = 50;

export interface Reporter {
  warn(path: KeyPath, message: string): void;
  error(path: KeyPath, message: string): void;
  /**
   * Counts one more of what the build did on the reader's behalf; the file gets one note a message,
   * on the line of the first, with the count (a related list can hold dozens of such links).
   */
  tally(path: KeyPath, message: string): void;
  /** The problems so far, with a closing count when some were left out. */
  problems(): Problem[];
}

export function createReporter(filePath: string, text: string, initial: Problem[] = []): Reporter {
  const locate = createKeyLocator(text);
  const collected = [...initial];
  let leftOut = 0;
  const add = (severity: Severity, keyPath: KeyPath, message: string) => {
    if (collected.length >= maxProblemsPerFile) {
      leftOut += 1;
      return;
    }
    collected.push({ path: filePath, line: locate(keyPath), message, severity });
  };
  const tallies = new Map<string, Problem & { count: number }>();
  return {
    tally: (keyPath, message) => {
      const known = tallies.get(message);
      if (known) known.count += 1;
      else tallies.set(message, { path: filePath, line: locate(keyPath), message, severity: 'note', count: 1 });
    },
    warn: (keyPath, message) => add('warning', keyPath, message),
    error: (keyPath, message) => add('error', keyPath, message),
    problems: () => {
      // Fields are read in the model's order; people read files top to bottom.
      const sorted = [...collected, ...tallies.values()].sort((a, b) => a.line - b.line);
      if (leftOut === 0) return sorted;
      return [...sorted, { path: filePath, line: 1, message: `and ${leftOut} more problems in this file`, severity: 'warning' }];
    },
  };
}

/** How a value appears inside a message: short, quoted, control characters escaped. */
export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : Array.isArray(value) ? 'a list' : typeof value;
  if (typeof value !== 'string') return text;
  const preview = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(preview);
}
