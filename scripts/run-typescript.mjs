// Runs a TypeScript script (`node scripts/run-typescript.mjs scripts/x.ts`) through Vite's module runner, so scripts need no extra compiler.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/run-typescript.mjs <script.ts> [arguments...]');
  process.exit(2);
}
try {
  await runnerImport(resolve(script));
} catch (error) {
  console.error(error);
  process.exit(1);
}
