/**
 * The launcher's code cache: used when it was made from this very bundle, and otherwise (none, another build,
 * corrupt, refused by V8) the bundle is compiled from its source and still runs right. Bundles here are tiny
 * stand-ins that record what ran in a global.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Script } from 'node:vm'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { BUNDLE_FILE, CODE_CACHE_FILE, compileBundle, encodeCodeCache, launchCli, readBuildId } from './launch'

declare global {
  var launchTestRan: string | undefined
}

/** A bundle that says which build ran, with the build id line; `one` and `two` have the same length. */
function bundleSource(buildId: string, word: string): string {
  return `//# archsight-build ${buildId}\nglobalThis.launchTestRan = ${JSON.stringify(word)} + ' ' + require('node:path').basename(__filename)\n`
}

function makeDir(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'archsight-launch-'))
  writeFileSync(join(dir, BUNDLE_FILE), source)
  return dir
}

/** What the build does: compile, run, then store V8's cache under the bundle's build id. */
function writeCache(dir: string): Buffer {
  const { script, buildId } = compileBundle(dir)
  script.runInThisContext()
  const data = script.createCachedData()
  writeFileSync(join(dir, CODE_CACHE_FILE), encodeCodeCache(buildId, data))
  return data
}

function run(dir: string): { cache: string; ran: string | undefined } {
  globalThis.launchTestRan = undefined
  const cache = launchCli(dir)
  return { cache, ran: globalThis.launchTestRan }
}

describe('launchCli', () => {
  it('uses the code cache made from the same build, and runs the bundle as a CommonJS module of its folder', () => {
    const dir = makeDir(bundleSource('build-a', 'one'))
    writeCache(dir)
    expect(run(dir)).toEqual({ cache: 'used', ran: `one ${BUNDLE_FILE}` })
  })

  it('compiles from source when there is no cache', () => {
    expect(run(makeDir(bundleSource('build-a', 'one')))).toEqual({ cache: 'none', ran: `one ${BUNDLE_FILE}` })
  })

  it('ignores a cache from another build of the same length, which V8 alone would run as the old code', () => {
    const dir = makeDir(bundleSource('build-a', 'one'))
    const oldData = writeCache(dir)
    const newSource = bundleSource('build-b', 'two')
    expect(newSource.length).toBe(bundleSource('build-a', 'one').length)
    writeFileSync(join(dir, BUNDLE_FILE), newSource)
    expect(run(dir)).toEqual({ cache: 'stale', ran: `two ${BUNDLE_FILE}` })
    // Why the build id is needed: V8 checks only the source's length and runs what the cache holds.
    const fooled = new Script(`(function (exports, require, module, __filename, __dirname) {${newSource}\n})`, {
      filename: join(dir, BUNDLE_FILE),
      cachedData: oldData,
    })
    expect(fooled.cachedDataRejected).toBe(false)
  })

  it('compiles from source when V8 refuses the cache (corrupt, or made by another node version)', () => {
    const dir = makeDir(bundleSource('build-a', 'one'))
    writeFileSync(join(dir, CODE_CACHE_FILE), encodeCodeCache('build-a', Buffer.from('not a V8 code cache at all')))
    expect(run(dir)).toEqual({ cache: 'rejected', ran: `one ${BUNDLE_FILE}` })
    const empty = makeDir(bundleSource('build-a', 'one'))
    writeFileSync(join(empty, CODE_CACHE_FILE), '')
    expect(run(empty)).toEqual({ cache: 'stale', ran: `one ${BUNDLE_FILE}` })
  })

  it('never uses a cache for a bundle without a build id', () => {
    const dir = makeDir('globalThis.launchTestRan = "no id"\n')
    expect(readBuildId(readFileSync(join(dir, BUNDLE_FILE), 'utf8'))).toBe('')
    writeFileSync(join(dir, CODE_CACHE_FILE), encodeCodeCache('', Buffer.from('x')))
    expect(run(dir)).toEqual({ cache: 'stale', ran: 'no id' })
  })

  it('keeps line numbers in stack traces: the wrapper adds no line', () => {
    const dir = makeDir(`//# archsight-build build-a\n\nthrow new Error('on line 3')\n`)
    let stack = ''
    try {
      launchCli(dir)
    } catch (error) {
      stack = (error as Error).stack ?? ''
    }
    expect(stack).toContain(`${join(dir, BUNDLE_FILE)}:3`)
  })
})

describe('the built launcher with cacheOut (what scripts/build-cli.mjs runs)', () => {
  let launcher = ''
  beforeAll(async () => {
    launcher = join(mkdtempSync(join(tmpdir(), 'archsight-launcher-')), 'archsight.cjs')
    await build({ entryPoints: [resolve(import.meta.dirname, 'launch.ts')], outfile: launcher, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' })
  })

  it('writes the cache when the process exits, and a new process then uses it', () => {
    const dir = makeDir(bundleSource('build-a', 'one'))
    const cacheOut = join(dir, CODE_CACHE_FILE)
    const launch = (options: string) =>
      spawnSync(process.execPath, ['-e', `process.stdout.write(require(${JSON.stringify(launcher)}).launchCli(${JSON.stringify(dir)}${options}) + ' ' + globalThis.launchTestRan)`], {
        encoding: 'utf8',
      })
    expect(launch(`, { cacheOut: ${JSON.stringify(cacheOut)} }`).stdout).toBe(`none one ${BUNDLE_FILE}`)
    expect(readFileSync(cacheOut).toString('latin1').startsWith('build-a\n')).toBe(true)
    expect(launch('').stdout).toBe(`used one ${BUNDLE_FILE}`)
  })
})
