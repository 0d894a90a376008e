import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from './index'
import { createTestIo } from './testIo'

const EXAMPLES = resolve(__dirname, '../../../shared/examples')
const TWITTER = join(EXAMPLES, 'twitter-timeline.archsight')
const TICKETMASTER = join(EXAMPLES, 'ticketmaster-onsale.archsight')

const dir = mkdtempSync(join(tmpdir(), 'archsight-lint-'))

function writeDesign(name: string, design: unknown): string {
  const file = join(dir, name)
  writeFileSync(file, typeof design === 'string' ? design : JSON.stringify(design, null, 2))
  return file
}

const GOOD = writeDesign('good.archsight', {
  format: 'archsight',
  version: 1,
  name: 'Two services',
  nodes: [
    { id: 'web', kind: 'client', position: { x: 0, y: 0 } },
    { id: 'api', kind: 'service', position: { x: 240, y: 0 }, props: { instances: 2 } },
    { id: 'logs', kind: 'logging', position: { x: 480, y: 0 } },
  ],
  edges: [
    { id: 'e1', source: 'web', target: 'api', mode: 'sync', access: 'read' },
    { id: 'e2', source: 'api', target: 'logs', mode: 'async', access: 'write' },
  ],
})

const BROKEN = writeDesign('broken.archsight', {
  format: 'archsight',
  version: 1,
  name: 'Broken',
  nodes: [{ id: 'api', kind: 'service', position: { x: 0, y: 0 }, props: { instances: 0 } }],
  edges: [],
})

async function run(...argv: string[]) {
  const io = createTestIo()
  const code = await main(argv, io)
  return { code, out: io.out(), err: io.err() }
}

describe('archsight lint', () => {
  it('exits 0 on the Twitter example: warnings and infos only, ESLint-like text', async () => {
    const { code, out, err } = await run('lint', TWITTER)
    expect(code).toBe(0)
    expect(err).toBe('')
    const lines = out.split('\n')
    expect(lines).toContain(TWITTER)
    expect(out).toMatch(/^ {2}tweets-db +warning +.+ +async-failover-may-lose-writes$/m)
    expect(out).toMatch(/^ {2}tweet-svc +info +.+ +dual-write$/m)
    expect(out).toMatch(/^✖ \d+ problems \(0 errors, 2 warnings, \d+ infos?\)$/m)
    expect(out).not.toContain('\u001b[')
  })

  it('exits 1 on the Ticketmaster example with the consistency mismatch on the edge', async () => {
    const { code, out } = await run('lint', TICKETMASTER)
    expect(code).toBe(1)
    expect(out).toMatch(/^ {2}hold-seat +error +.+ +consistency-mismatch$/m)
    expect(out).toMatch(/^ {2}\(design\) +info +.+ +no-observability$/m)
    expect(out).toMatch(/\(1 error, 4 warnings, \d+ infos\)/)
  })

  it('aligns the columns within a file', async () => {
    const { out } = await run('lint', TICKETMASTER)
    const rows = out.split('\n').filter((l) => /^ {2}\S/.test(l))
    const severityColumn = rows.map((r) => r.search(/(error|warning|info) /))
    expect(new Set(severityColumn).size).toBe(1)
  })

  it('says so when a design is clean', async () => {
    const { code, out } = await run('lint', GOOD)
    expect(code).toBe(0)
    expect(out).toBe('✔ No problems in 1 file\n')
  })

  it('--rule overrides the severity, and off silences a rule', async () => {
    const raised = await run('lint', TWITTER, '--rule', 'async-failover-may-lose-writes=error')
    expect(raised.code).toBe(1)
    expect(raised.out).toMatch(/^ {2}tweets-db +error +.+async-failover-may-lose-writes$/m)
    const off = await run('lint', TICKETMASTER, '--rule', 'consistency-mismatch=off')
    expect(off.code).toBe(0)
    expect(off.out).not.toContain('consistency-mismatch')
  })

  it('--max-warnings fails the run when there are more warnings', async () => {
    expect((await run('lint', TWITTER, '--max-warnings', '2')).code).toBe(0)
    const over = await run('lint', TWITTER, '--max-warnings', '1')
    expect(over.code).toBe(1)
    expect(over.err).toContain('too many warnings (maximum: 1, found: 2)')
  })

  it('reports a broken file on stderr with its JSON path, still lints the others, and exits 2', async () => {
    const { code, out, err } = await run('lint', BROKEN, TWITTER, join(dir, 'missing.archsight'))
    expect(code).toBe(2)
    expect(err).toContain(`error: ${BROKEN}: Component 1 ("api"): props.instances must be an integer >= 1; got 0 (at nodes[0].props.instances)`)
    expect(err).toContain(`missing.archsight: no such file`)
    expect(out).toContain(TWITTER)
    expect(out).toContain('async-failover-may-lose-writes')
  })

  it('reports invalid JSON and a directory as file errors', async () => {
    const notJson = writeDesign('not-json.archsight', '{ "format": ')
    const { code, err } = await run('lint', notJson, dir)
    expect(code).toBe(2)
    expect(err).toContain(notJson)
    expect(err).toContain(`${dir}: is a directory`)
  })

  it('json: one object per file, the analysis as is', async () => {
    const { code, out } = await run('lint', TWITTER, TICKETMASTER, '--format', 'json')
    expect(code).toBe(1)
    const parsed = JSON.parse(out) as {
      file: string
      cap: { design: { write: string } }
      diagnostics: { ruleId: string }[]
    }[]
    expect(parsed.map((p) => p.file)).toEqual([TWITTER, TICKETMASTER])
    expect(parsed[0].cap.design.write).toBe('CP')
    expect(parsed[1].diagnostics.map((d) => d.ruleId)).toContain('consistency-mismatch')
    expect(Object.keys(parsed[0])).toEqual(
      expect.arrayContaining(['file', 'cap', 'workload', 'load', 'spof', 'diagnostics']),
    )
  })

  it('sarif: a 2.1.0 log with results pointing at the file and the id', async () => {
    const { code, out } = await run('lint', TICKETMASTER, '--format', 'sarif')
    expect(code).toBe(1)
    const log = JSON.parse(out) as {
      version: string
      runs: {
        tool: { driver: { rules: unknown[] } }
        results: {
          ruleId: string
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]
        }[]
      }[]
    }
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThan(20)
    const mismatch = log.runs[0].results.find((r) => r.ruleId === 'consistency-mismatch')!
    expect(mismatch.locations[0].physicalLocation.artifactLocation.uri).toBe(`file://${TICKETMASTER}`)
    expect(mismatch.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1)
  })

  it('suppressed findings are not counted, shown only with --show-suppressed', async () => {
    const suppressed = writeDesign('suppressed.archsight', {
      format: 'archsight',
      version: 1,
      name: 'Accepted risk',
      nodes: [
        { id: 'web', kind: 'client', position: { x: 0, y: 0 } },
        { id: 'api', kind: 'service', position: { x: 240, y: 0 }, props: { instances: 2 } },
        { id: 'logs', kind: 'logging', position: { x: 480, y: 0 } },
        { id: 'db', kind: 'relational-db', position: { x: 480, y: 120 } },
      ],
      edges: [
        { id: 'e1', source: 'web', target: 'api', mode: 'sync', access: 'read' },
        { id: 'e2', source: 'api', target: 'logs', mode: 'async', access: 'write' },
        { id: 'e3', source: 'api', target: 'db', mode: 'sync', access: 'read' },
      ],
      suppressions: [{ rule: 'single-point-of-failure', target: 'db', reason: 'MVP until launch' }],
    })
    const quiet = await run('lint', suppressed)
    expect(quiet.code).toBe(0)
    expect(quiet.out).not.toContain('single-point-of-failure')
    expect(quiet.out).toContain('1 suppressed')
    const shown = await run('lint', suppressed, '--show-suppressed')
    expect(shown.out).toMatch(/db +suppressed +.+\(MVP until launch\) +single-point-of-failure/)
    expect(shown.code).toBe(0)
  })

  it('rejects bad calls with usage on stderr and exit 2', async () => {
    for (const argv of [
      ['lint'],
      ['lint', TWITTER, '--format', 'xml'],
      ['lint', TWITTER, '--bogus'],
      ['lint', TWITTER, '--rule', 'cache-without-ttl=fatal'],
      ['lint', TWITTER, '--rule', 'no-such-rule=off'],
      ['lint', TWITTER, '--rule', 'cache-without-ttl'],
      ['lint', TWITTER, '--max-warnings', '-1'],
    ]) {
      const { code, out, err } = await run(...argv)
      expect(code, argv.join(' ')).toBe(2)
      expect(out).toBe('')
      expect(err).toContain('Usage: archsight lint')
    }
  })

  it('colours only on a terminal without NO_COLOR', async () => {
    const tty = createTestIo({ isTty: true })
    await main(['lint', TICKETMASTER], tty)
    expect(tty.out()).toContain('\u001b[31m')
    const noColour = createTestIo({ isTty: true, env: { NO_COLOR: '1' } })
    await main(['lint', TICKETMASTER], noColour)
    expect(noColour.out()).not.toContain('\u001b[')
  })
})
