import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashCode } from './code-version.ts';

let project: string;
let plugin: string;

beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'newsstand-code-version-'));
  plugin = join(project, 'plugin');
  await mkdir(join(plugin, 'parse', 'deeper'), { recursive: true });
  await writeFile(join(plugin, 'index.ts'), 'export {};\n');
  await writeFile(join(plugin, 'parse', 'deeper', 'parse-file.ts'), 'export const version = 1;\n');
});

afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

const version = () => hashCode([plugin], project);

describe('the code version', () => {
  it('changes when a file two folders down changes', async () => {
    const before = version();
    await writeFile(join(plugin, 'parse', 'deeper', 'parse-file.ts'), 'export const version = 2;\n');
    expect(version()).not.toBe(before);
  });

  it('changes when a file moves into another folder with the same content', async () => {
    const before = version();
    await rm(join(plugin, 'parse', 'deeper', 'parse-file.ts'));
    await writeFile(join(plugin, 'parse', 'parse-file.ts'), 'export const version = 1;\n');
    expect(version()).not.toBe(before);
  });

  it('stays the same when only a test or a fixture changes', async () => {
    const before = version();
    await writeFile(join(plugin, 'parse', 'parse-file.test.ts'), 'it.todo("x");\n');
    await mkdir(join(plugin, 'fixtures'));
    await writeFile(join(plugin, 'fixtures', 'news-file.ts'), 'export {};\n');
    expect(version()).toBe(before);
  });
});
