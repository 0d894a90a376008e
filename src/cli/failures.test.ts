import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { computeFailureTable, createView, type FailureRow } from '../core/analysis'
import { serializeDesign } from '../core/design'
import { design } from '../core/testing/designBuilder'
import { main } from './index'
import { createTestIo } from './testIo'

const ROOT = resolve(__dirname, '../..')
const EXAMPLES = resolve(ROOT, '../shared/examples')
const TWITTER = join(EXAMPLES, 'twitter-timeline.archsight')
const TICKETMASTER = join(EXAMPLES, 'ticketmaster-onsale.archsight')
const dir = mkdtempSync(join(tmpdir(), 'archsight-failures-'))

async function run(...argv: string[]) {
  const io = createTestIo()
  const code = await main(argv, io)
  return { code, out: io.out(), err: io.err() }
}

/** Everything a single load balancer fronts: losing it loses the client; two of them: nothing. */
function writeSingleEverything(): string {
  const file = join(dir, 'single.archsight')
  const built = design('Single everything')
    .node('web', 'client', undefined, { label: 'Web client' })
    .node('lb', 'load-balancer', undefined, { label: 'Load balancer' })
    .node('api', 'service', { instances: 2 }, { label: 'API' })
    .node('cache', 'cache', { instances: 2 }, { label: 'Cache' })
    .node('db', 'relational-db', { replicas: 1, replication: 'sync', failover: 'automatic' }, { label: 'DB' })
    .edge('web', 'lb')
    .edge('lb', 'api', { label: 'load timelines' })
    .edge('api', 'cache', { access: 'read' })
    .edge('api', 'db')
    .build()
  writeFileSync(file, serializeDesign(built))
  return file
}

describe('archsight failures', () => {
  it('prints the JSON rows of the core table, most harmful first', async () => {
    const { code, out, err } = await run('failures', TICKETMASTER, '--format', 'json')
    expect([code, err]).toEqual([0, ''])
    const rows = JSON.parse(out) as FailureRow[]
    expect(rows[0]).toEqual({
      fail: { type: 'node', id: 'orders-queue' },
      breaks: ['buyer'],
      degrades: [],
      stalls: ['orders-queue'],
      severity: 'error',
      spof: false,
    })
    expect(rows.find((r) => r.fail.id === 'payment-worker')).toMatchObject({ stalls: ['orders-queue'], spof: true })
    expect(rows.find((r) => r.fail.id === 'holds-cache')).toMatchObject({ degrades: ['buyer'], severity: 'warning' })
  })

  it('prints a table a person reads at a glance, the rows with no effect on one line', async () => {
    const { code, out } = await run('failures', TWITTER)
    expect(code).toBe(0)
    expect(out).toContain('20 single failures: 12 break a user-facing flow, 7 only stall or degrade, 1 has no effect')
    expect(out).toMatch(/^ {2}SEVERITY +FAILS +BREAKS +STALLS +DEGRADES +SPOF$/m)
    expect(out).toMatch(/^ {2}error +node +tweets-db +web, mobile +- +-$/m)
    expect(out).toMatch(/^ {2}warning +node +timeline-cache +- +- +web, mobile$/m)
    expect(out).toMatch(/\nNo effect: worker-cache-write\n$/)
  })

  it('marks single points of failure and shortens long lists', async () => {
    const file = join(dir, 'many.archsight')
    const built = design('Many clients').node('db', 'relational-db')
    for (let i = 0; i < 5; i++) built.node(`c${i}`, 'client').edge(`c${i}`, 'db')
    writeFileSync(file, serializeDesign(built.build()))
    const { out } = await run('failures', file)
    expect(out).toMatch(/^ {2}error +node +db +c0, c1, c2 \+2 more +- +- +yes$/m)
  })

  it('lists every row of a large design in JSON, the same as the core', async () => {
    const file = join(dir, 'large.archsight')
    const { generateDesign } = await import('../core/analysis/fixtures/generateDesign')
    const large = generateDesign(200)
    writeFileSync(file, serializeDesign(large))
    const { out } = await run('failures', file, '--format', 'json')
    expect(JSON.parse(out)).toEqual(computeFailureTable(createView(large)))
  })

  it('exits 2 on an unreadable file, a wrong format or two files', async () => {
    const missing = await run('failures', join(dir, 'nope.archsight'))
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining('nope.archsight: no such file')])
    expect((await run('failures', TWITTER, '--format', 'xml')).err).toContain('--format must be one of text, json')
    const two = await run('failures', TWITTER, TICKETMASTER)
    expect([two.code, two.err]).toEqual([2, expect.stringContaining('Usage: archsight failures')])
  })
})

describe('archsight explain --fail', () => {
  it('exits 1 when a user-facing flow fails, and says why in words', async () => {
    const { code, out } = await run('explain', writeSingleEverything(), '--fail', 'lb')
    expect(code).toBe(1)
    expect(out).toContain('What if lb (node) fails? 1 user-facing flow fails')
    expect(out).toContain('  2 of 5 nodes down\n')
    expect(out).toContain('Breaks\n  Web client cannot be served: Load balancer is down\n')
  })

  it('names the failure that breaks a flow further down', async () => {
    const { code, out } = await run('explain', writeSingleEverything(), '--fail', 'api')
    expect(code).toBe(1)
    expect(out).toContain('  Web client cannot complete "load timelines": API is down (Load balancer has no target left)\n')
  })

  it('exits 0 when every user-facing flow still works, listing degradations and stores still serving', async () => {
    const { code, out } = await run('explain', writeSingleEverything(), '--fail', 'cache')
    expect(code).toBe(0)
    expect(out).toContain('no user-facing flow fails; some work degrades or waits')
    expect(out).toContain('  Web client still works without Cache: Cache is down\n')
    expect(out).toMatch(/Stores still serving\n {2}NODE +CAP +WHEN CUT OFF\n {2}db +CP +Writes wait for the standby/)
    expect(out).not.toMatch(/^ {2}cache +AP/m)
  })

  it('takes several ids, comma-separated or repeated, nodes and links together', async () => {
    const { code, out } = await run('explain', TICKETMASTER, '--fail', 'holds-cache, store-order', '--fail', 'seats')
    expect(code).toBe(1)
    expect(out).toContain('What if holds-cache (node), store-order (link) and seats (node) fail?')
    expect(out).toContain('Background work from Orders queue waits: the link from Payment worker to Orders DB is cut')
  })

  it('exits 2 with a clear message on an id that names nothing, or on an empty list', async () => {
    const unknown = await run('explain', TWITTER, '--fail', 'lb,Timeline-svc')
    expect(unknown.code).toBe(2)
    expect(unknown.out).toBe('')
    expect(unknown.err).toContain('--fail names no node, zone or edge: "Timeline-svc"')
    const empty = await run('explain', TWITTER, '--fail', ' , ')
    expect([empty.code, empty.err]).toEqual([2, expect.stringContaining('--fail needs at least one')])
  })

  it('runs for real through bin/archsight.mjs', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin/archsight.mjs'), 'explain', TWITTER, '--fail', 'tweets-db'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('Web cannot complete "GET /timeline": Tweets DB is down (Timeline service needs it)')
    expect(result.stderr).toBe('')
  })
})
