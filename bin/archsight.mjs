#!/usr/bin/env node
// Runs the CLI from its TypeScript source through tsx, so `npx archsight` works right after `npm install`
// with no build step.
import { register } from 'tsx/esm/api'
register()
const { main } = await import('../src/cli/index.ts')
process.exitCode = await main(process.argv.slice(2))
