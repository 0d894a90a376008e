#!/usr/bin/env node
// The repository's `archsight` command. It runs the compiled CLI, packages/cli/dist, which `npm install` builds
// through the "prepare" script (and `npm run build:cli` rebuilds); CommonJS because node starts a CommonJS
// program ~15 ms sooner than an ES module, most of what a short `lint` costs beyond node itself. Only when the
// build was skipped (npm install --ignore-scripts) does it run the TypeScript source through tsx, and says so.
'use strict'
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS program, for the reason above */
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const dist = join(__dirname, '../packages/cli/dist')
if (existsSync(join(dist, 'main.cjs'))) {
  require(join(dist, 'archsight.cjs')).launchCli(dist)
} else {
  process.stderr.write('archsight: no built CLI (run `npm run build:cli`); running from source, slower\n')
  import('tsx/esm/api')
    .then(({ register }) => {
      register()
      return import('../src/cli/index.ts')
    })
    .then(({ main }) => main(process.argv.slice(2)))
    .then((status) => {
      process.exitCode = status
    })
}
