import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from './index'
import { createTestIo } from './testIo'

const TWITTER = resolve(__dirname, '../../../shared/examples/twitter-timeline.archsight')
const dir = mkdtempSync(join(tmpdir(), 'archsight-diff-'))

async function run(...argv: string[]) {
  const io = createTestIo()
  const code = await main(argv, io)
  return { code, out: io.out(), err: io.err() }
}

/** The Twitter example with its timeline service cut to one instance and a search node added. */
function writeWorse(): string {
  const design = JSON.parse(readFileSync(TWITTER, 'utf8'))
  for (const node of design.nodes) if (node.id === 'timeline-svc') node.props = { instances: 1 }
  design.nodes.push({ id: 'search', kind: 'search', label: 'Tweet <b>search</b>', position: { x: 900, y: 500 } })
  const file = join(dir, 'worse.archsight')
  writeFileSync(file, JSON.stringify(design))
  return file
}

describe('archsight diff', () => {
  it('text: lists what changed and exits 1 when the new version introduces an error', async () => {
    const worse = writeWorse()
    const { code, out, err } = await run('diff', TWITTER, worse)
    expect(err).toBe('')
    expect(code).toBe(1)
    expect(out).toContain('Components added:\n  Tweet <b>search</b> (search)\n')
    expect(out).toContain('  Timeline service (timeline-svc): props.autoscaling: {"min":3,"max":20} -> (none); props.instances: 3 -> 1\n')
    expect(out).toMatch(/Findings introduced:\n(.*\n)* {2}error single-point-of-failure on timeline-svc: /)
    expect(out).toContain('Single points of failure gained:\n  Timeline service (timeline-svc)\n')
    const reverse = await run('diff', worse, TWITTER)
    expect(reverse.code).toBe(0)
    expect(reverse.out).toContain('Findings resolved:')
  })
  it('markdown is ready for a pull-request comment, labels escaped; json carries the structure', async () => {
    const worse = writeWorse()
    const markdown = await run('diff', TWITTER, worse, '--format', 'markdown')
    expect(markdown.out).toMatch(/^### Archsight design diff: .*worse\.archsight\n\n\*\*Introduces an error\.\*\* /)
    expect(markdown.out).toContain('- Tweet \\<b\\>search\\</b\\> (`search`)\n')
    const json = JSON.parse((await run('diff', TWITTER, worse, '--format', 'json')).out)
    expect(json.components.added).toEqual([{ id: 'search', name: 'Tweet <b>search</b>' }])
    expect(json.introducesError).toBe(true)
  })
  it('as a git diff driver: seven arguments, /dev/null for a new file, always exit 0', async () => {
    const worse = writeWorse()
    const changed = await run('diff', 'designs/t.archsight', TWITTER, 'abc', '100644', worse, 'def', '100644')
    expect(changed.code).toBe(0)
    expect(changed.out).toMatch(/^a\/designs\/t\.archsight -> b\/designs\/t\.archsight\n/)
    const added = await run('diff', 'designs/t.archsight', '/dev/null', '.', '.', TWITTER, 'def', '100644')
    expect(added.code).toBe(0)
    expect(added.out).toContain('Components added:\n  Web (web)\n')
  })
  it('a broken file exits 2 naming it; wrong arguments exit 2 with usage', async () => {
    const broken = join(dir, 'broken.archsight')
    writeFileSync(broken, '{"format": "archsight", "version": 1, "name": "x", "nodes": [{}], "edges": []}')
    const result = await run('diff', TWITTER, broken)
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/^error: .*broken\.archsight: Component 1: .*\(at nodes\[0\]\.id\)/)
    expect((await run('diff', TWITTER)).code).toBe(2)
  })
})

describe('archsight lint --format github', () => {
  it('prints workflow commands and keeps lint exit status', async () => {
    const TICKETMASTER = resolve(__dirname, '../../../shared/examples/ticketmaster-onsale.archsight')
    const { code, out } = await run('lint', TICKETMASTER, '--format', 'github')
    expect(code).toBe(1)
    const lines = out.trimEnd().split('\n')
    expect(lines).toHaveLength(9)
    expect(lines[0]).toBe(
      `::error file=${TICKETMASTER.replace(/:/g, '%3A').replace(/,/g, '%2C')},line=26,title=consistency-mismatch (hold-seat)::Booking service needs strong consistency from Seat inventory, but it is AP: every replica answers; concurrent writes resolve last-writer-wins (fix: Make Seat inventory strongly consistent)`,
    )
    expect(lines.filter((l) => l.startsWith('::notice ')).length).toBe(4)
  })
})
