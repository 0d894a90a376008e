/**
 * The CLI as users install it: `npm pack` of packages/cli, installed into an empty folder from the tarball
 * (its one dependency, @resvg/resvg-js, from the npm registry), then every command run through the installed
 * bin. Proves the package carries only what the CLI needs: no React, no Electron, no TypeScript loader.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { drawioFile } from '../core/testing/drawio'

const ROOT = resolve(__dirname, '../..')
const EXAMPLES = resolve(ROOT, '../shared/examples')
const TWITTER = join(EXAMPLES, 'twitter-timeline.archsight')
const TICKETMASTER = join(EXAMPLES, 'ticketmaster-onsale.archsight')
const work = mkdtempSync(join(tmpdir(), 'archsight-pack-'))
const app = join(work, 'app')

function archsight(...args: string[]) {
  const result = spawnSync(join(app, 'node_modules/.bin/archsight'), args, { cwd: work, encoding: 'utf8' })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { stdio: 'pipe' })
  const packed = execFileSync('npm', ['pack', join(ROOT, 'packages/cli'), '--pack-destination', work, '--json'], { encoding: 'utf8' })
  const tarball = join(work, (JSON.parse(packed) as { filename: string }[])[0].filename)
  execFileSync('mkdir', ['-p', app])
  writeFileSync(join(app, 'package.json'), '{ "name": "empty", "private": true }\n')
  execFileSync('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app, stdio: 'pipe' })
}, 120_000)

describe('the packed CLI installed in an empty folder', () => {
  it('holds only the bundle and its native PNG renderer: no React, no Electron, no tsx', () => {
    const installed = readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'))
    expect(installed.sort()).toEqual(['@archsight', '@resvg'])
    expect(readdirSync(join(app, 'node_modules/@archsight/cli')).sort()).toEqual(['README.md', 'dist', 'package.json'])
    for (const unwanted of ['react', 'electron', 'tsx', 'typescript', 'vite']) expect(existsSync(join(app, 'node_modules', unwanted))).toBe(false)
  })
  it('runs lint, explain, rules and --version', () => {
    const lint = archsight('lint', TICKETMASTER)
    expect(lint.code).toBe(1)
    expect(lint.out).toContain('consistency-mismatch')
    expect(archsight('explain', TWITTER).out).toContain('Writes CP · Reads AP')
    // rules ID reads its page from dist/rules, found from the folder of the lazily loaded command's chunk.
    expect(archsight('rules', 'single-point-of-failure').out).toContain('Default severity: error')
    expect(archsight('--version').out).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`)
  })
  it('exports SVG, PNG, draw.io and Mermaid', () => {
    expect(archsight('export', TWITTER, '--out', join(work, 't.png')).code).toBe(0)
    expect(readFileSync(join(work, 't.png')).subarray(1, 4).toString()).toBe('PNG')
    expect(archsight('export', TWITTER).out).toMatch(/^<svg /)
    expect(archsight('export', TWITTER, '--out', join(work, 't.drawio')).code).toBe(0)
    expect(archsight('export', TWITTER, '--format', 'mermaid').out).toMatch(/^flowchart LR\n/)
  })
  it('starts through the code cache the build made, and knows the usage errors of the commands bundled apart', () => {
    const dist = join(app, 'node_modules/@archsight/cli/dist')
    const probe = spawnSync(process.execPath, ['-e', `process.stdout.write(require(${JSON.stringify(join(dist, 'archsight.cjs'))}).compileBundle(${JSON.stringify(dist)}).cache)`], {
      encoding: 'utf8',
    })
    expect(probe.stdout).toBe('used')
    const wrongFormat = archsight('export', TWITTER, '--format', 'bogus')
    expect(wrongFormat.code).toBe(2)
    expect(wrongFormat.err).toMatch(/^archsight export: .*\n\nUsage: archsight export/s)
  })
  it('imports draw.io and diffs two designs', () => {
    const drawing = join(work, 'd.drawio')
    writeFileSync(drawing, drawioFile([{ id: 'fn', value: 'Orders', style: 'shape=mxgraph.aws4.lambda;' }]))
    const imported = archsight('import', drawing, '--out', join(work, 'd.archsight'))
    expect(imported.code).toBe(0)
    expect(imported.out).toContain('1 mapped')
    const back = archsight('import', join(work, 't.drawio'))
    expect(back.code).toBe(0)
    const diff = archsight('diff', TWITTER, TICKETMASTER, '--format', 'json')
    expect(diff.code).toBe(1)
    expect(JSON.parse(diff.out).introducesError).toBe(true)
  })
})
