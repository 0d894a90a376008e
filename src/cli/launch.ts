/**
 * The installed `archsight` command (packages/cli/dist/archsight.cjs, bundled from here by scripts/build-cli.mjs):
 * runs the bundled CLI, dist/main.cjs, compiled through the V8 code cache that the build stored beside it, so
 * a `lint` call does not spend its first milliseconds parsing and compiling JavaScript (on Node 20, which has
 * no module.enableCompileCache). A cache that is missing, from another build or rejected by V8 (another node
 * version, other V8 flags) costs only that: the bundle is compiled from its source as without one.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Script } from 'node:vm'

export const BUNDLE_FILE = 'main.cjs'
export const CODE_CACHE_FILE = 'main.code-cache'
/** The bundle's first line: `//# archsight-build <id>`, the id a hash of the rest (scripts/build-cli.mjs). */
const BUILD_ID_PREFIX = '//# archsight-build '

export type CacheUse = 'used' | 'none' | 'stale' | 'rejected'

type ModuleFunction = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void

/** The bundle's build id, or '' when its first line carries none (then no cache is ever used). */
export function readBuildId(source: string): string {
  const firstLine = source.slice(0, source.indexOf('\n'))
  return firstLine.startsWith(BUILD_ID_PREFIX) ? firstLine.slice(BUILD_ID_PREFIX.length) : ''
}

/**
 * The cache file is `<build id>\n` and then V8's data. V8 checks only its own version, its flags and the
 * source's length, so a cache left by another build of the same length (a version bump from 0.1.0 to 0.1.1)
 * would run that build's code: the id, which the bundle's first line carries too, rules this out.
 */
export function encodeCodeCache(buildId: string, data: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`${buildId}\n`, 'latin1'), data])
}

/** V8's data in `file` when it was made from the bundle with this build id; `stale` when from another one. */
export function readCodeCache(file: string, buildId: string): Buffer | 'none' | 'stale' {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    return 'none'
  }
  const newline = bytes.indexOf(10)
  if (buildId === '' || newline < 0 || bytes.toString('latin1', 0, newline) !== buildId) return 'stale'
  return bytes.subarray(newline + 1)
}

/** The same wrapper as node's own CommonJS loader: the first line keeps its number in stack traces. */
function wrapModule(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`
}

/** Compiles `dir`/main.cjs, with its code cache when that fits; nothing runs yet. */
export function compileBundle(dir: string): { script: Script; filename: string; buildId: string; cache: CacheUse } {
  const filename = join(dir, BUNDLE_FILE)
  const source = readFileSync(filename, 'utf8')
  const buildId = readBuildId(source)
  const cached = readCodeCache(join(dir, CODE_CACHE_FILE), buildId)
  const cachedData = typeof cached === 'string' ? undefined : cached
  const script = new Script(wrapModule(source), { filename, cachedData })
  const cache: CacheUse = typeof cached === 'string' ? cached : script.cachedDataRejected === true ? 'rejected' : 'used'
  return { script, filename, buildId, cache }
}

/**
 * Runs the CLI in `dir` as a CommonJS module of this process (its `require` resolves from `dir`). With
 * `cacheOut`, writes the code cache when the process exits: after a command has run, so the cache holds the
 * functions that command compiled too (scripts/build-cli.mjs runs a `lint` for this), not only the top level.
 */
export function launchCli(dir: string, options: { cacheOut?: string } = {}): CacheUse {
  const { script, filename, buildId, cache } = compileBundle(dir)
  const { cacheOut } = options
  if (cacheOut !== undefined) {
    // Written aside and renamed: a CLI started meanwhile reads the old cache or the new one, never half of one.
    process.once('exit', () => {
      const partial = `${cacheOut}.${process.pid}`
      writeFileSync(partial, encodeCodeCache(buildId, script.createCachedData()))
      renameSync(partial, cacheOut)
    })
  }
  const module = { exports: {} }
  const run = script.runInThisContext() as ModuleFunction
  run(module.exports, createRequire(filename), module, filename, dir)
  return cache
}
