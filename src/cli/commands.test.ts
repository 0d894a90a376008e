import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { ALL_RULES } from '../core/analysis'
import { parseDesign } from '../core/design'
import { extractDesignFromPng, isPng } from '../core/export/pngChunk'
import { main } from './index'
import { createTestIo } from './testIo'

const ROOT = resolve(__dirname, '../..')
const EXAMPLES = resolve(ROOT, '../shared/examples')
const TWITTER = join(EXAMPLES, 'twitter-timeline.archsight')
const TICKETMASTER = join(EXAMPLES, 'ticketmaster-onsale.archsight')
const dir = mkdtempSync(join(tmpdir(), 'archsight-cli-'))

async function run(...argv: string[]) {
  const io = createTestIo()
  const code = await main(argv, io)
  return { code, out: io.out(), err: io.err(), bytes: io.bytes() }
}

describe('archsight explain', () => {
  it('prints CAP, the workload derivation, the load table and SPOFs, rounded to 3 significant figures', async () => {
    const { code, out, err } = await run('explain', TWITTER)
    expect(code).toBe(0)
    expect(err).toBe('')
    expect(out).toContain('Writes CP · Reads AP')
    expect(out).toMatch(/^ {2}tweets-db +CP +yes +/m)
    expect(out).toContain('Workload: read-heavy')
    expect(out).toMatch(/^ {2}Monthly active users +100,000,000$/m)
    expect(out).toMatch(/^ {2}Peak requests\/s.* 4,760$/m)
    expect(out).toMatch(/^ {2}timeline-svc +4,720 +10,000 +47\.2 %$/m)
    expect(out).toMatch(/^ {2}tweets-db +990 +10,000 +9\.9 %$/m)
    expect(out).toMatch(/Single points of failure\n {2}none\n/)
    expect(out).toContain('Findings: 0 errors, 2 warnings')
  })

  it('lists background single points of failure', async () => {
    const { out } = await run('explain', TICKETMASTER)
    expect(out).toContain('Workload: write-heavy')
    expect(out).toMatch(/^ {2}payment-worker +background +background work from orders-queue stops$/m)
    expect(out).toMatch(/^ {2}orders-db +background/m)
  })

  it('says when a design has no workload, and still explains its CAP', async () => {
    const file = join(dir, 'no-workload.archsight')
    const design = {
      format: 'archsight',
      version: 1,
      name: 'Just a database',
      nodes: [
        { id: 'web', kind: 'client', position: { x: 0, y: 0 } },
        { id: 'db', kind: 'relational-db', position: { x: 240, y: 0 } },
      ],
      edges: [{ id: 'e1', source: 'web', target: 'db', mode: 'sync', access: 'read-write' }],
    }
    writeFileSync(file, JSON.stringify(design))
    const { code, out } = await run('explain', file)
    expect(code).toBe(0)
    expect(out).toMatch(/^ {2}db +CA +no +/m)
    expect(out).toContain('Workload\n  none: add a workload')
    expect(out).not.toContain('Load at peak')
    expect(out).toMatch(/^ {2}db +user-facing +users of web fail$/m)
  })

  it('exits 2 on an unreadable file and on a wrong call', async () => {
    const missing = await run('explain', join(dir, 'nope.archsight'))
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('nope.archsight: no such file')
    const two = await run('explain', TWITTER, TICKETMASTER)
    expect(two.code).toBe(2)
    expect(two.err).toContain('Usage: archsight explain')
  })
})

describe('archsight rules', () => {
  it('lists every rule with its default severity and description', async () => {
    const { code, out } = await run('rules')
    expect(code).toBe(0)
    for (const { meta } of ALL_RULES) {
      expect(out).toMatch(
        new RegExp(`^${meta.id} +${meta.severity} +${meta.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'),
      )
    }
  })
})

describe('archsight export', () => {
  it('writes an SVG to stdout that is valid XML', async () => {
    const { code, out } = await run('export', TICKETMASTER, '--legend', '--theme', 'dark')
    expect(code).toBe(0)
    expect(out.startsWith('<svg')).toBe(true)
    expect(XMLValidator.validate(out)).toBe(true)
    expect(out).toContain('hold seat if free')
    expect(out).toContain('1 error')
  })

  it('writes a PNG that carries the design, so it reopens (and lints) as the same design', async () => {
    const out = join(dir, 'twitter.png')
    const { code, err } = await run('export', TWITTER, '--out', out, '--scale', '1')
    expect(code).toBe(0)
    expect(err).toMatch(/^wrote .*twitter\.png \(PNG, \d+x\d+ px\)/)
    const png = new Uint8Array(readFileSync(out))
    expect(isPng(png)).toBe(true)
    const extracted = extractDesignFromPng(png)
    expect(extracted.ok).toBe(true)
    const original = parseDesign(readFileSync(TWITTER, 'utf8'))
    const reopened = parseDesign(extracted.ok ? extracted.json : '')
    expect(reopened.ok && original.ok && reopened.design).toEqual(original.ok && original.design)
    const relint = await run('lint', out, '--format', 'json')
    expect(relint.code).toBe(0)
    expect((JSON.parse(relint.out) as { cap: { design: { read: string } } }[])[0].cap.design.read).toBe('AP')
  })

  it('refuses PNG bytes on a terminal, a bad scale and a bad theme', async () => {
    const tty = createTestIo({ isTty: true })
    expect(await main(['export', TWITTER, '--format', 'png'], tty)).toBe(2)
    expect(tty.err()).toContain('--out FILE')
    expect((await run('export', TWITTER, '--format', 'png', '--scale', '20')).code).toBe(2)
    expect((await run('export', TWITTER, '--theme', 'neon')).code).toBe(2)
  })

  it('pipes PNG bytes when stdout is not a terminal', async () => {
    const { code, bytes } = await run('export', TICKETMASTER, '--format', 'png', '--scale', '0.5')
    expect(code).toBe(0)
    expect(isPng(bytes)).toBe(true)
  })
})

describe('archsight (no command, help, version)', () => {
  it('prints help and the version', async () => {
    const help = await run('--help')
    expect(help.code).toBe(0)
    expect(help.out).toContain('Usage: archsight <command>')
    const lintHelp = await run('lint', '--help')
    expect(lintHelp.out).toContain('--max-warnings N')
    const version = await run('--version')
    expect(version.out.trim()).toBe(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    )
  })

  it('rejects an unknown command or no command with usage on stderr', async () => {
    const unknown = await run('lnt', TWITTER)
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('unknown command "lnt"')
    const none = await run()
    expect(none.code).toBe(2)
    expect(none.err).toContain('Usage: archsight')
  })

  it('runs for real through bin/archsight.mjs', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin/archsight.mjs'), 'rules'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    })
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^single-point-of-failure +error +/m)
    expect(result.stderr).toBe('')
  })
})
