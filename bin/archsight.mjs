#!/usr/bin/env node
// For scripts that run `node bin/archsight.mjs`, as the command once was: the command is bin/archsight.cjs now
// (package.json "bin"), which this runs.
import { createRequire } from 'node:module'

createRequire(import.meta.url)('./archsight.cjs')
