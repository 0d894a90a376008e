import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

const pureLayer = {
  group: ['electron', 'node:*', 'fs', 'path', 'child_process', 'react', 'react-dom', '@xyflow/*', 'zustand', 'zustand/*', 'zundo', '@renderer/*', 'elkjs', 'elkjs/*'],
  message: 'core is platform-free: pass data in, return data out.',
}

/**
 * The renderer's folders by screen region, highest first: a folder may import only from folders listed after
 * it, so the folders can never form a cycle, and only through the folder's index.ts, which says what belongs in
 * the folder and exports what others may use. app/ composes the screens; ui/, platform/, store/ and styles/ know
 * no feature. Stylesheets are imported where they are used.
 */
const RENDERER_LAYERS = [
  'app',
  'palette',
  'inspector',
  'summary',
  'problems',
  'rules',
  'canvas',
  'compare',
  'layout',
  'templates',
  'export',
  'whatif',
  'analysis',
  'commands',
  'files',
  'styles',
  'store',
  'platform',
  'ui',
]
const RENDERER = './src/renderer/src'
const layerZones = RENDERER_LAYERS.slice(1).map((folder, i) => ({
  target: `${RENDERER}/${folder}`,
  from: RENDERER_LAYERS.slice(0, i + 1).map((higher) => `${RENDERER}/${higher}`),
  message: `${folder}/ sits below these folders (eslint.config.js, RENDERER_LAYERS): move the shared piece down instead.`,
}))
// A lower folder is reached only through its index.ts (`@renderer/ui`), never its files; its stylesheets come
// with the components that use them.
const indexZones = RENDERER_LAYERS.flatMap((folder, i) =>
  RENDERER_LAYERS.slice(i + 1).map((lower) => ({
    target: `${RENDERER}/${folder}`,
    from: `${RENDERER}/${lower}`,
    except: ['./index.ts'],
    message: `import ${lower}/ through its index ('@renderer/${lower}'): what it does not export there is internal.`,
  })),
)

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'packages/cli/dist/**', 'dist-web/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'dist-compare/**', 'src/lintFixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // One import graph for the whole project: no module may reach itself again through its imports.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without a parser for .ts the rule cannot read the files an import leads to, and finds no cycle at all.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.core.json', 'tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.test.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...indexZones] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pureLayer] }] },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ ...pureLayer, message: 'shared holds the IPC contract: types only.' }] }] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'node:*', 'fs', 'path', 'child_process'], message: 'The renderer reaches the machine only through window.desktop (src/shared/ipc.ts).' }] }],
    },
  },
  {
    // Tests run in Node: reading the source tree (e.g. which stylesheets are imported) is their business.
    files: ['src/renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@core/*', '../core/*', 'react', 'node:*'], message: 'The preload stays tiny: electron and shared types only.' }] }] },
  },
)
