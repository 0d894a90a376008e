import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseDesign } from '../core/design'
import { compressedDrawioFile, drawioFile } from '../core/testing/drawio'
import { main } from './index'
import { createTestIo } from './testIo'

const DRAWINGS = resolve(__dirname, '../../../shared/interop/drawio')
const dir = mkdtempSync(join(tmpdir(), 'archsight-import-'))

async function run(...argv: string[]) {
  const io = createTestIo()
  const code = await main(argv, io)
  return { code, out: io.out(), err: io.err() }
}

describe('archsight import', () => {
  it('writes the design to --out and prints the report, then the design lints', async () => {
    const out = join(dir, 'banshee.archsight')
    const { code, out: text, err } = await run('import', join(DRAWINGS, '04-bansheebuddy-aws-serverless.drawio'), '--out', out)
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(text).toMatch(/^page 1 of 1 \("Page-1"\)\n9 mapped, 0 guessed from a label, 0 zones, 9 edges; 3 shapes skipped, 1 edges dropped\n/)
    expect(text).toContain('1g_JZ47R_lxXqYcb-9b_-4   key-value (dynamodb)')
    expect(text).toContain(`wrote ${out}: 9 nodes, 9 edges`)
    const parsed = parseDesign(readFileSync(out, 'utf8'))
    expect(parsed.ok && parsed.design.name).toBe('04-bansheebuddy-aws-serverless')
    expect((await run('lint', out)).code).toBe(0)
  })
  it('without --out the design goes to stdout and the report to stderr', async () => {
    const { code, out, err } = await run('import', join(DRAWINGS, '03-system-overview-generic.drawio'))
    expect(code).toBe(0)
    expect(parseDesign(out).ok).toBe(true)
    expect(err).toContain('Guessed (check these):')
  })
  it('--page picks a page; a missing page, malformed XML and a missing file exit 2 with the reason', async () => {
    const file = join(dir, 'two.drawio')
    writeFileSync(file, drawioFile([{ id: 'a', value: 'x', style: 'shape=mxgraph.aws4.lambda;' }], [{ id: 'b', value: 'y', style: 'shape=mxgraph.aws4.sqs;' }]))
    const second = await run('import', file, '--page', '2')
    expect(second.code).toBe(0)
    expect(JSON.parse(second.out).nodes.map((n: { id: string }) => n.id)).toEqual(['b'])
    expect(await run('import', file, '--page', '3')).toMatchObject({ code: 2, err: `error: ${file}: There is no page 3: the file has 2 (1 "Page 1", 2 "Page 2")\n` })
    expect((await run('import', file, '--page', 'x')).code).toBe(2)
    const bad = join(dir, 'bad.drawio')
    writeFileSync(bad, '<mxfile><diagram name="p"><mxGraphModel></diagram></mxfile>')
    const broken = await run('import', bad)
    expect(broken.code).toBe(2)
    expect(broken.out).toBe('')
    expect(broken.err).toMatch(/^error: .*bad\.drawio: The file is not well-formed XML: Expected closing tag 'mxGraphModel'/)
    expect((await run('import', join(dir, 'nope.drawio'))).err).toContain('no such file')
  })
  it('reads a compressed file', async () => {
    const file = join(dir, 'packed.drawio')
    writeFileSync(file, compressedDrawioFile([{ id: 'r', value: 'Redis', style: 'shape=cylinder3;' }], deflateRawSync))
    const { code, out } = await run('import', file)
    expect(code).toBe(0)
    expect(JSON.parse(out).nodes[0]).toMatchObject({ id: 'r', kind: 'cache', technology: 'redis' })
  })
})

describe('archsight export --format drawio|mermaid', () => {
  const EXAMPLE = resolve(__dirname, '../../../shared/examples/ticketmaster-onsale.archsight')
  it('writes an editable draw.io file that imports back to the same kinds and edges', async () => {
    const out = join(dir, 'ticketmaster.drawio')
    const exported = await run('export', EXAMPLE, '--out', out)
    expect(exported).toMatchObject({ code: 0, err: `wrote ${out} (draw.io)\n` })
    const back = await run('import', out)
    expect(back.code).toBe(0)
    const original = parseDesign(readFileSync(EXAMPLE, 'utf8'))
    const imported = parseDesign(back.out)
    if (!original.ok || !imported.ok) throw new Error('parse failed')
    expect(imported.design.nodes.map((n) => [n.id, n.kind, n.technology])).toEqual(original.design.nodes.map((n) => [n.id, n.kind, n.technology]))
    expect(imported.design.edges.map((e) => [e.source, e.target, e.mode, e.access])).toEqual(original.design.edges.map((e) => [e.source, e.target, e.mode, e.access]))
  })
  it('prints a Mermaid flowchart to stdout', async () => {
    const { code, out } = await run('export', EXAMPLE, '--format', 'mermaid')
    expect(code).toBe(0)
    expect(out).toMatch(/^flowchart LR\n/)
    expect(out).toContain('n_seats[("Seat inventory")]')
  })
})
