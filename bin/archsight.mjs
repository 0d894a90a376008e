#!/usr/bin/env node
// Runs the CLI as compiled JavaScript: packages/cli/dist/archsight.mjs, which `npm install` builds through the
// "prepare" script (and `npm run build:cli` rebuilds). Only when that step was skipped (npm install
// --ignore-scripts) does it fall back to the TypeScript source through tsx, and says so.
import { existsSync } from 'node:fs'

const bundle = new URL('../packages/cli/dist/archsight.mjs', import.meta.url)
if (existsSync(bundle)) {
  await import(bundle.href)
} else {
  process.stderr.write('archsight: no built CLI (run `npm run build:cli`); running from source, slower\n')
  const { register } = await import('tsx/esm/api')
  register()
  const { main } = await import('../src/cli/index.ts')
  process.exitCode = await main(process.argv.slice(2))
}
