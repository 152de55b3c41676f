// JSON kept between builds, written as pure ASCII so it can be read back as Latin-1.
import { readFileSync } from 'node:fs';

/**
 * JSON with every character past ASCII escaped: the file can then be read as Latin-1, a plain
 * copy, where decoding large files as UTF-8 is a noticeable part of a rebuild.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Parses a file written with `asciiJson`; throws as `JSON.parse` and `readFileSync` do. */
export function readAsciiJson(path: string): unknown {
  // Synchronous: the promise version decodes through a stream decoder, slower on large files.
  return JSON.parse(readFileSync(path, 'latin1'));
}
