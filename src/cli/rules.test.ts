import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ALL_RULES } from '../core/analysis'
import { createPaint } from './io'
import { main } from './index'
import { renderRulePage } from './rulePage'
import { createTestIo } from './testIo'

async function run(argv: string[], options: { isTty?: boolean } = {}) {
  const io = createTestIo(options)
  const code = await main(argv, io)
  return { code, out: io.out(), err: io.err() }
}

const plain = createPaint({ isTty: false, env: {} })

describe('archsight rules RULE', () => {
  it('prints the rule page as terminal text: title, sections, example, without Markdown marks', async () => {
    const { code, out, err } = await run(['rules', 'cache-without-ttl'])
    expect(code).toBe(0)
    expect(err).toBe('')
    expect(out.split('\n')[0]).toBe('cache-without-ttl')
    expect(out).toContain('  Default severity: warning · Category: caching')
    for (const heading of ['WHAT IT FIRES ON', 'WHY IT MATTERS', 'EXAMPLE', 'HOW TO FIX IT', 'HOW TO SUPPRESS IT']) {
      expect(out).toMatch(new RegExp(`^${heading}$`, 'm'))
    }
    // The example design is indented as code, and inline marks are gone.
    expect(out).toMatch(/^ {4}\{$/m)
    expect(out).toMatch(/^ {4} {2}"format": "archsight",$/m)
    expect(out).not.toMatch(/\*\*|^#|```|`ttlSeconds`/m)
    expect(out).toContain('A cache node whose ttlSeconds is null')
    for (const line of out.split('\n')) if (!line.startsWith('    ')) expect(line.length).toBeLessThanOrEqual(88)
  })

  it('has a page for every registered rule', async () => {
    for (const { meta } of ALL_RULES) {
      const { code, out } = await run(['rules', meta.id])
      expect(code, meta.id).toBe(0)
      expect(out.startsWith(`${meta.id}\n`)).toBe(true)
    }
  })

  it('names other rules and docs pages in words a terminal can follow', async () => {
    const { out } = await run(['rules', 'single-point-of-failure'])
    expect(out).toContain('zone-single-point-of-failure')
    expect(out).toContain('(docs/analysis.md#redundancy-and-single-points-of-failure)')
    expect(out).not.toContain('](')
  })

  it('refuses an unknown id with a clear message and exit status 2, and never reads another file', async () => {
    for (const id of ['no-such-rule', '../../package', 'Cache-Without-TTL', '__proto__']) {
      const { code, out, err } = await run(['rules', id])
      expect(code, id).toBe(2)
      expect(out).toBe('')
      expect(err).toBe(`archsight rules: no rule is called ${JSON.stringify(id)}; \`archsight rules\` lists them all\n`)
    }
  })

  it('strips control characters from an unknown id before echoing it', async () => {
    const { code, err } = await run(['rules', 'x\u001b[31mred\u0007'])
    expect(code).toBe(2)
    expect([...err.trimEnd()].filter((c) => c < ' ')).toEqual([])
    expect(err).toContain('"x[31mred"')
  })

  it('refuses more than one id and an unknown format as usage errors', async () => {
    const two = await run(['rules', 'dual-write', 'disconnected-node'])
    expect(two.code).toBe(2)
    expect(two.err).toContain('rules takes at most one rule id')
    const bad = await run(['rules', '--format', 'yaml'])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--format must be one of text, json')
  })

  it('shows headings in bold on a terminal', async () => {
    const { out } = await run(['rules', 'dual-write'], { isTty: true })
    expect(out).toContain('\u001b[1mWHY IT MATTERS\u001b[22m')
  })
})

describe('archsight rules --format json', () => {
  it("lists every rule's id, severity, category and description, in registry order", async () => {
    const { code, out } = await run(['rules', '--format', 'json'])
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual(
      ALL_RULES.map(({ meta }) => ({ id: meta.id, severity: meta.severity, category: meta.category, description: meta.description })),
    )
  })

  it('gives one rule with its page as Markdown', async () => {
    const { code, out } = await run(['rules', 'dual-write', '--format', 'json'])
    expect(code).toBe(0)
    const entry = JSON.parse(out) as Record<string, string>
    expect(entry).toMatchObject({ id: 'dual-write', severity: 'info', category: 'consistency' })
    expect(entry.page.startsWith('# dual-write\n')).toBe(true)
  })
})

describe('renderRulePage', () => {
  it('treats the page as data: control characters and bidi overrides never reach the terminal', () => {
    const text = renderRulePage('# t\u001b]0;pwned\u0007itle\n\nSafe \u202etxt.exe\u202c text\u0000.\n', plain)
    expect(text).toBe('t]0;pwneditle\n\n  Safe txt.exe text.\n')
  })

  it('wraps paragraphs and list items, numbering ordered lists', () => {
    const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ')
    const text = renderRulePage(`# t\n\n1. ${long}\n2. two\n`, plain)
    const lines = text.split('\n')
    expect(lines[2].startsWith('  1. word0 ')).toBe(true)
    expect(lines[3].startsWith('     word')).toBe(true)
    expect(text).toContain('\n  2. two\n')
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(88)
  })

  it('runs for real through bin/archsight.mjs, from any working directory', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'archsight-rules-'))
    const bin = resolve(import.meta.dirname, '../../bin/archsight.mjs')
    const page = spawnSync(process.execPath, [bin, 'rules', 'cache-without-ttl'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    expect(page.status).toBe(0)
    expect(page.stdout.startsWith('cache-without-ttl\n')).toBe(true)
    expect(page.stdout).toContain('HOW TO SUPPRESS IT')
    // One spawn only: it compiles the CLI through tsx, which is slow on a busy machine.
  }, 90_000)
})
