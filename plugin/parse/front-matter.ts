// File bytes -> front matter data: YAML only (never code), bounded, with problems carrying file lines.
import matter from 'gray-matter';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { Problem } from '../types.ts';
import { scanFrontMatter } from './scan-front-matter.ts';

export type ParsedFile = { ok: true; text: string; data: unknown; problems: Problem[] } | { ok: false; problems: Problem[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false });

/** Front matter nests about four levels deep (`related[].images[].url`); anything far deeper is hostile. */
const maxYamlDepth = 24;

/** Bytes to text: a BOM is dropped, CRLF and lone CR become LF, invalid UTF-8 becomes U+FFFD and is reported. */
export function decodeSource(path: string, source: Buffer | string): { text: string; problems: Problem[] } {
  const problems: Problem[] = [];
  let text: string;
  if (typeof source === 'string') {
    text = source;
  } else {
    try {
      text = utf8.decode(source);
    } catch {
      text = lenientUtf8.decode(source);
      problems.push({
        path,
        line: lineOf(text, text.indexOf('\uFFFD')),
        message: 'invalid UTF-8 bytes were replaced with U+FFFD',
        severity: 'warning',
      });
    }
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  return { text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, problems };
}

/** Parses the front matter of decoded text. Only YAML is accepted: `---js` and friends are refused before anything runs. */
export function parseFrontMatter(path: string, text: string): ParsedFile {
  const language = matter.test(text) ? matter.language(text).name.toLowerCase() : '';
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return failure(path, 1, `front matter in "${language}" is not allowed: only YAML is read (code never runs)`);
  }
  // Machine-written front matter is read without a YAML tree; anything else goes to YAML.
  const scanned = scanFrontMatter(text);
  if (scanned) return { ok: true, text, data: scanned, problems: [] };
  return parseFrontMatterWithYaml(path, text);
}

/** The YAML parser's answer for any front matter (after the language check): the reference the scanner is tested against. */
export function parseFrontMatterWithYaml(path: string, text: string): ParsedFile {
  try {
    // A fresh options object on every call also keeps gray-matter from caching every file's text.
    const file = matter(text, { language: 'yaml', engines: lockedEngines() });
    return { ok: true, text, data: file.data, problems: [] };
  } catch (error) {
    if (error instanceof YAMLException) {
      // gray-matter hands YAML the text after the opening `---`, so YAML line 0 is file line 1.
      const line = (error.mark?.line ?? 0) + 1;
      return failure(path, line, `YAML: ${error.reason || error.message}`);
    }
    return failure(path, 1, `front matter: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseYaml(source: string): object {
  const data = load(source, { schema: CORE_SCHEMA, maxDepth: maxYamlDepth } as Parameters<typeof load>[1]);
  return (data ?? {}) as object;
}

function refuse(language: string) {
  return () => {
    throw new Error(`"${language}" front matter is not allowed: only YAML is read`);
  };
}

/** Every engine gray-matter knows is replaced: YAML goes to js-yaml 4's core schema, the rest refuse. */
function lockedEngines() {
  return {
    yaml: { parse: parseYaml },
    yml: { parse: parseYaml },
    javascript: { parse: refuse('javascript') },
    js: { parse: refuse('js') },
    json: { parse: refuse('json') },
    coffee: { parse: refuse('coffee') },
    toml: { parse: refuse('toml') },
  };
}

function failure(path: string, line: number, message: string): ParsedFile {
  return { ok: false, problems: [{ path, line, message, severity: 'error' }] };
}

function lineOf(text: string, index: number): number {
  if (index <= 0) return 1;
  let line = 1;
  for (let position = text.indexOf('\n'); position !== -1 && position < index; position = text.indexOf('\n', position + 1)) {
    line += 1;
  }
  return line;
}
