import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { newsFile } from '../fixtures/news-file.ts';
import { decodeSource, parseFrontMatterWithYaml } from './front-matter.ts';
import { limitRelated } from './related-limit.ts';
import { scanFrontMatter } from './scan-front-matter.ts';

/** The scanner either declines or answers exactly what the YAML parser answers; it never answers where YAML fails. */
function expectSameAsYaml(text: string): boolean {
  const scanned = scanFrontMatter(text);
  if (scanned === undefined) return false;
  const parsed = parseFrontMatterWithYaml('file.md', text);
  expect(parsed.ok, `YAML refused what the scanner read:\n${text}`).toBe(true);
  if (parsed.ok) expect(scanned).toStrictEqual(parsed.data);
  return true;
}

/** The whole file, and the text the worker parses after a long related list is cut. */
function textsOf(bytes: Buffer): string[] {
  const { text } = decodeSource('file.md', bytes);
  const cut = limitRelated(bytes, 20);
  return cut === undefined ? [text] : [text, cut.text];
}

describe('scanFrontMatter', () => {
  it('reads a generated news file as the YAML parser does', () => {
    const text = newsFile({
      title: 'Ferry fares frozen: "a relief" for islanders — Ærø’s view',
      url: 'https://quay-post.example/ferry?utm_source=x',
      quality: -1,
      topics: ['Transport', 'Île d’Yeu'],
      related: [{ title: 'Tram line 2 opens', url: 'https://tram.example/2', quality: 3 }],
    });
    expect(expectSameAsYaml(text)).toBe(true);
  });

  it('reads the generated bench corpus exactly as the YAML parser does', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'newsstand-scan-generated-'));
    try {
      await generateCorpus(folder, 150, 7);
      let files = 0;
      let scanned = 0;
      for (const name of await readdir(folder)) {
        if (!name.endsWith('.md')) continue;
        files += 1;
        if (
          textsOf(await readFile(join(folder, name)))
            .map(expectSameAsYaml)
            .every(Boolean)
        )
          scanned += 1;
      }
      console.info(`the scanner read ${scanned} of ${files} generated files`);
      expect(files).toBe(150);
      expect(scanned / files).toBeGreaterThan(0.9);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('declines what it is not sure of, so the YAML parser reads it', () => {
    const declined = [
      '---\ntitle: one\ntitle: two\n---\n', // a duplicate key: YAML refuses the file
      '---\ntitle: "open\n  quote"\n---\n', // a string over two lines
      '---\ntitle: plain # comment\n---\n',
      '---\nquality: 1e3\n---\n',
      '---\nquality: 0x1F\n---\n',
      '---\nheat: -0\n---\n',
      '---\nwhen: 2020-08-30\n---\n',
      '---\ntopics:\n- compact\n---\n',
      '---\ntitle: &anchor x\n---\n',
      "---\ntitle: 'single'\n---\n",
      '---\ntitle: |\n  block\n---\n',
      '---\ntitle: plain\n  continued\n---\n',
      '---\ntitle:\t"tab"\n---\n',
      '---\ntags: [a, b]\n---\n',
      '---\n# a comment line\ntitle: x\n---\n',
      '---\n---\n',
      'no front matter',
      `---\ntitle: ${'x'.repeat(300)}\nexcerpt: a\u0001b\n---\n`, // a control character far into the block
      `---\ntitle: ${'x'.repeat(300)}\nexcerpt: a\uD800b\n---\n`, // a lone surrogate
      '---\nprovider:\n\u00a0 name: x\n---\n', // a non-breaking space, which YAML reads as text
    ];
    for (const text of declined) expect(scanFrontMatter(text), text).toBeUndefined();
  });

  it('answers what YAML answers for any front matter made of the shapes it knows and the ones it must decline', () => {
    const key = fc.constantFrom(
      'title',
      'excerpt',
      'quality',
      'heat',
      'published',
      'url',
      'name',
      'images',
      'topics',
      'related',
      'Title',
      'is_cached',
    );
    const scalar = fc.oneof(
      fc.stringMatching(/^[A-Za-z1-9][\w ,.!?&()[\]'":#-]{0,30}$/),
      fc.stringMatching(/^[A-Za-z1-9][\w ,.!?&()[\]'":#-]{0,30}$/),
      fc.string().map((text) => JSON.stringify(text)),
      fc.string({
        unit: fc.constantFrom(
          'a',
          'Z',
          ' ',
          ':',
          '#',
          '-',
          '"',
          "'",
          '\\',
          'é',
          '’',
          '😀',
          '[',
          ',',
          '.',
          '1',
          'e',
          '/',
          'u',
          'n',
          't',
          '\t',
          // Characters YAML refuses or reads as space, where the scanner must decline or agree.
          '\u00a0',
          '\u3000',
          '\u2028',
          '\u0001',
          '\u0085',
          '\uFEFF',
          '\uD800',
          '\uDC00',
        ),
      }),
      fc.string().map((text) => JSON.stringify(text)),
      fc.constantFrom(
        'true',
        'False',
        'TRUE',
        'yes',
        'No',
        'on',
        'null',
        'Null',
        '~',
        '-',
        '-1',
        '0',
        '-0',
        '007',
        '1.5',
        '-2.25',
        '1e3',
        '.5',
        '1_000',
        '0x1F',
        '0o7',
        '.inf',
        '-.Inf',
        '.NaN',
        '+1',
      ),
      fc.constantFrom(
        '2020-08-30T18:00:00Z',
        '2020-08-30T18:00:00.123+02:00',
        '2020-08-30',
        '2020-08-30 18:00:00',
        '"\\u00e9\\n"',
        '"\\x41"',
        '"\\b\\f"',
        '"a" # c',
        '"a"b',
        // Long enough that what follows sits far into the block.
        'x'.repeat(400),
      ),
    );
    type Node = { kind: 'scalar'; value: string } | { kind: 'map'; entries: [string, Node][] } | { kind: 'list'; items: Node[] };
    const { node } = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar.map((value): Node => ({ kind: 'scalar', value })),
        fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 }).map((entries): Node => ({ kind: 'map', entries })),
        fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items): Node => ({ kind: 'list', items })),
      ),
    }));
    // A stray space or a non-breaking one before a line, or the space after its key's colon taken out.
    const indentNoise = fc.constantFrom('', '', '', ' ', '   ', '\u00a0', ' \u00a0', 'squash');
    /** Writes a node the way Smartable's writer would, with the odd stray space. */
    const write = (value: Node, indent: number): string[] => {
      const pad = ' '.repeat(indent);
      if (value.kind === 'scalar') return [value.value];
      if (value.kind === 'map') {
        return value.entries.flatMap(([name, child]) => {
          if (child.kind === 'scalar') return [`${pad}${name}: ${child.value}`];
          return [`${pad}${name}:`, ...write(child, indent + 2)];
        });
      }
      return value.items.flatMap((child) => {
        if (child.kind === 'scalar') return [`${pad}- ${child.value}`];
        const lines = write(child, indent + 2);
        if (child.kind === 'map') return [`${pad}- ${lines[0]!.trimStart()}`, ...lines.slice(1)];
        return [`${pad}-`, ...lines];
      });
    };
    const top = fc.array(fc.tuple(key, node), { minLength: 1, maxLength: 5 });
    let accepted = 0;
    fc.assert(
      fc.property(top, indentNoise, fc.nat(), (entries, noise, at) => {
        const lines = write({ kind: 'map', entries }, 0);
        const line = lines[at % lines.length]!;
        if (noise === 'squash') lines[at % lines.length] = line.replace(': ', ':');
        else if (noise !== '') lines[at % lines.length] = noise + line;
        if (expectSameAsYaml(`---\n${lines.join('\n')}\n---\nbody\n`)) accepted += 1;
      }),
      { numRuns: 4000 },
    );
    // The property means little if the scanner declined everything.
    expect(accepted).toBeGreaterThan(100);
  });

  it('answers what YAML answers for a file that lists the items of an earlier one, one line of it changed', () => {
    const item = fc.record({
      title: fc.string({ maxLength: 12 }).map((text) => JSON.stringify(text)),
      quality: fc.integer({ min: -5, max: 500 }),
      name: fc.constantFrom('Quay Post', '"Quay Post"', 'Quay: Post', '1e3', 'true'),
    });
    const linesOf = (story: { title: string; quality: number; name: string }) => [
      `  - title: ${story.title}`,
      `    quality: ${story.quality}`,
      '    provider:',
      `      name: ${story.name}`,
      `      domain: quay.example`,
    ];
    // What the change does to its line: a word more, a stray space before it, a key's colon squashed, an odd indent after.
    const change = fc.constantFrom(
      (line: string) => `${line} more`,
      (line: string) => ` ${line}`,
      (line: string) => line.replace(': ', ':'),
      (line: string) => `${line}\n   stray: 1`,
      (line: string) => `${line}\n\u00a0 odd: 1`,
    );
    let reused = 0;
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        change,
        (stories, picks, at, changeLine) => {
          const related = picks.flatMap((pick) => linesOf(stories[pick % stories.length]!));
          const file = (lines: string[]) => `---\ntitle: "Ferry"\nrelated:\n${lines.join('\n')}\n---\nbody\n`;
          if (expectSameAsYaml(file(related))) reused += 1;
          const changed = [...related];
          changed[at % changed.length] = changeLine(changed[at % changed.length]!);
          expectSameAsYaml(file(changed));
        },
      ),
      { numRuns: 1500 },
    );
    expect(reused).toBeGreaterThan(100);
  });
});

const corpusDir = process.env.CORPUS_DIR ? resolve(process.env.CORPUS_DIR) : undefined;
if (!corpusDir)
  console.warn(
    'CORPUS_DIR is not set: skipping the scanner against the real and grown files (CI sets CORPUS_DIR=../shared/corpus/election)',
  );

describe.skipIf(!corpusDir)('scanFrontMatter on real Smartable files', () => {
  const scratch: string[] = [];
  afterAll(async () => {
    for (const folder of scratch) await rm(folder, { recursive: true, force: true });
  });

  async function compareFolder(folder: string): Promise<{ files: number; scanned: number }> {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    let files = 0;
    let scanned = 0;
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
      const bytes = await readFile(join(entry.parentPath, entry.name));
      files += 1;
      const texts = textsOf(bytes);
      if (texts.map(expectSameAsYaml).every(Boolean)) scanned += 1;
    }
    return { files, scanned };
  }

  it('reads every real file exactly as the YAML parser does, and most of them without it', async () => {
    const { files, scanned } = await compareFolder(corpusDir!);
    console.info(`the scanner read ${scanned} of ${files} real files; the YAML parser read the rest`);
    expect(files).toBeGreaterThan(0);
    expect(scanned / files).toBeGreaterThan(0.9);
  });

  it.skipIf(spawnSync('python3', ['--version']).status !== 0)(
    'reads files grown from them (grow-corpus.py) exactly as the YAML parser does',
    async () => {
      const folder = await mkdtemp(join(tmpdir(), 'newsstand-scan-'));
      scratch.push(folder);
      const grower = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'tools', 'grow-corpus.py');
      const grown = spawnSync('python3', [grower, join(corpusDir!, '_news'), folder, '300', '--seed', '7'], { encoding: 'utf8' });
      expect(grown.status, grown.stderr).toBe(0);
      const { files, scanned } = await compareFolder(folder);
      console.info(`the scanner read ${scanned} of ${files} grown files`);
      expect(scanned / files).toBeGreaterThan(0.9);
    },
    60_000,
  );
});
