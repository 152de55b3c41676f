// Lint: correctness (ESLint, typescript-eslint, React hooks) and the architecture's import boundaries.
// Formatting is Prettier's job (eslint-config-prettier turns off the rules it owns).
import { readdirSync } from 'node:fs';
import javascript from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import typescript from 'typescript-eslint';

const features = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const pluginStages = ['vite', 'read', 'parse', 'normalize', 'workers', 'corpus', 'emit'];

/** Each rule of docs/architecture.md's "Boundaries", as a zone: files in `target` may not import from `from`. */
const boundaries = [
  {
    target: './plugin',
    from: './src',
    except: ['./model'],
    message: 'The plugin shares only src/model with the app.',
  },
  {
    target: './src/model',
    from: './src',
    except: ['./model'],
    message: 'src/model is shared with the plugin: it imports nothing else of the app.',
  },
  {
    target: './src',
    from: './plugin',
    message: 'The app never imports the build plugin.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'app/ composes features; a feature never reaches back into app/.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`, ...features.filter((other) => other !== feature).map((other) => `./${other}/index.ts`)],
    message: 'A feature imports another feature only through its index.ts.',
  })),
  {
    target: ['./plugin/*.ts', ...pluginStages.map((stage) => `./plugin/${stage}/**`)],
    from: './plugin/incremental',
    except: ['./index.ts'],
    message: 'The incremental layer has one door: plugin/incremental/index.ts.',
  },
];

export default typescript.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', '**/*.timestamp-*.mjs'] },
  javascript.configs.recommended,
  ...typescript.configs.recommended,
  { files: ['src/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always'],
    },
  },
  prettier,
);
