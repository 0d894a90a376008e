import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const pureLayer = {
  group: ['electron', 'node:*', 'fs', 'path', 'child_process', 'react', 'react-dom', '@xyflow/*', 'zustand', 'zustand/*', 'zundo', '@renderer/*', 'elkjs', 'elkjs/*'],
  message: 'core is platform-free: pass data in, return data out.',
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'packages/cli/dist/**', 'dist-web/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'dist-compare/**'] },
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
