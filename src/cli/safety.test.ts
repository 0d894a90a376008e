import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import type * as FsPromises from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as Analysis from '../core/analysis'
import { createTestIo } from './testIo'

// The CLI's promises about what reaches the terminal, the disk and the exit status (issue 9, items 5, 9, 15).

const faults = vi.hoisted(() => ({ diskFullAfter: null as number | null, analyzeThrows: false }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>()
  const full = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
  return {
    ...real,
    // A disk that fills up after `diskFullAfter` bytes, whichever way the file is written.
    writeFile: async (path: string, data: Uint8Array) => {
      if (faults.diskFullAfter === null) return real.writeFile(path, data)
      await real.writeFile(path, data.subarray(0, faults.diskFullAfter))
      throw full()
    },
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args)
      if (faults.diskFullAfter === null) return handle
      const failing = Object.create(handle) as FileHandle
      failing.writeFile = async (data) => {
        await handle.writeFile((data as Uint8Array).subarray(0, faults.diskFullAfter as number))
        throw full()
      }
      failing.close = () => handle.close()
      return failing
    },
  }
})
vi.mock('../core/analysis', async (importOriginal) => {
  const real = await importOriginal<typeof Analysis>()
  return {
    ...real,
    analyze: (...args: Parameters<typeof real.analyze>) => {
      if (faults.analyzeThrows) throw new TypeError('Cannot read properties of undefined (reading "kind")')
      return real.analyze(...args)
    },
  }
})

const { main } = await import('./index')
const dir = mkdtempSync(join(tmpdir(), 'archsight-cli-safety-'))
const TWITTER = resolve(__dirname, '../../../shared/examples/twitter-timeline.archsight')

async function run(argv: string[], isTty = false) {
  const io = createTestIo({ isTty })
  const code = await main(argv, io)
  return { code, out: io.out(), err: io.err() }
}

afterEach(() => {
  faults.diskFullAfter = null
  faults.analyzeThrows = false
})

describe('export --out writes atomically', () => {
  it('leaves the previous SVG whole when the disk fills up mid-write', async () => {
    const out = join(dir, 'shop.svg')
    expect((await run(['export', TWITTER, '--out', out])).code).toBe(0)
    const before = readFileSync(out, 'utf8')
    faults.diskFullAfter = 100
    const { code, err } = await run(['export', TWITTER, '--out', out, '--theme', 'dark'])
    expect(code).toBe(2)
    expect(err).toContain('the disk is full')
    expect(readFileSync(out, 'utf8')).toBe(before)
  })
})

describe('human-readable output escapes control characters', () => {
  const hostile = '\u001b]0;pwned\u0007Cache\u001b[2K\r\u009b31m'
  const file = join(dir, 'hostile.archsight')
  writeFileSync(
    file,
    JSON.stringify({
      format: 'archsight',
      version: 1,
      name: `Shop\u001b]8;;https://evil.example\u001b\\`,
      nodes: [
        { id: 'api', kind: 'service', label: hostile, position: { x: 0, y: 0 } },
        { id: 'cache', kind: 'cache', label: hostile, position: { x: 300, y: 0 } },
      ],
      edges: [{ id: 'e', source: 'api', target: 'cache', mode: 'sync', access: 'read' }],
      suppressions: [{ rule: 'disconnected-node', reason: `ok\n\u001b[1A\u001b[2K✔ No problems` }],
    }),
  )

  for (const isTty of [false, true]) {
    it(`in lint and explain${isTty ? ' on a terminal (only colour codes remain)' : ''}`, async () => {
      const lint = await run(['lint', file, '--show-suppressed'], isTty)
      const explain = await run(['explain', file], isTty)
      for (const text of [lint.out, lint.err, explain.out, explain.err]) {
        // eslint-disable-next-line no-control-regex
        const withoutColours = text.replace(/\u001b\[[0-9;]*m/g, '')
        // eslint-disable-next-line no-control-regex
        expect(withoutColours).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
      }
      expect(lint.out).toContain('\\x1B]0;pwned\\x07Cache\\x1B[2K\\x0D\\x9B31m')
      expect(explain.out).toContain('Shop\\x1B]8;;https://evil.example\\x1B\\')
    })
  }

  it('in the error for a broken file', async () => {
    const broken = join(dir, 'broken.archsight')
    writeFileSync(broken, JSON.stringify({ format: 'archsight', version: 1, name: 'x', nodes: [{ id: 'a', kind: 'nope', label: hostile, position: { x: 0, y: 0 } }], edges: [] }))
    const { code, err } = await run(['lint', broken])
    expect(code).toBe(2)
    // eslint-disable-next-line no-control-regex
    expect(err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    expect(err).toContain('Component 1 (')
  })
})

describe('exit status', () => {
  it('3 for an internal error, with "internal error, please report" and the stack only with --debug', async () => {
    faults.analyzeThrows = true
    const plain = await run(['lint', TWITTER])
    expect(plain.code).toBe(3)
    expect(plain.err).toMatch(/^archsight: internal error, please report: Cannot read properties of undefined/)
    expect(plain.err).not.toMatch(/\n\s+at /)
    const debug = await run(['lint', TWITTER, '--debug'])
    expect(debug.code).toBe(3)
    expect(debug.err).toMatch(/\n\s+at /)
  })

  it('2 for a bad file and for a bad command line, 1 for errors found, 0 otherwise', async () => {
    expect((await run(['lint', join(dir, 'missing.archsight')])).code).toBe(2)
    expect((await run(['lint', TWITTER, '--format', 'yaml'])).code).toBe(2)
    expect((await run(['lint', TWITTER])).code).toBe(0)
  })
})
