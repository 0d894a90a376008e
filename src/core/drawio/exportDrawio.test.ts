import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { parseDesign } from '../design'
import type { Design } from '../design/types'
import { toDrawio } from './exportDrawio'
import { importDrawio } from './importDrawio'
import { readMxfile } from './mxfile'

const TEMPLATES = fileURLToPath(new URL('../../../resources/templates/', import.meta.url))
const EXAMPLES = fileURLToPath(new URL('../../../../shared/examples/', import.meta.url))

function load(path: string): Design {
  const parsed = parseDesign(readFileSync(path, 'utf8'))
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.message}`)
  return parsed.design
}

/** What a round trip must keep: kinds, technologies, labels, zones and edges (props are not drawn). */
function essence(design: Design) {
  return {
    nodes: design.nodes
      .map((n) => ({ id: n.id, kind: n.kind, technology: n.technology, label: n.label, parent: n.parent }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    edges: design.edges
      .map((e) => ({ id: e.id, source: e.source, target: e.target, mode: e.mode, access: e.access, label: e.label }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  }
}

const designs = [
  ...readdirSync(TEMPLATES).filter((f) => f.endsWith('.archsight')).map((f) => `${TEMPLATES}${f}`),
  ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.archsight')).map((f) => `${EXAMPLES}${f}`),
]

describe('export to draw.io', () => {
  it.each(designs)('round-trips %s: archsight -> drawio -> archsight keeps kinds, technologies, labels, edges and zones', (path) => {
    const design = load(path)
    const xml = toDrawio(design)
    expect(XMLValidator.validate(xml)).toBe(true)
    const back = importDrawio(xml)
    if (!back.ok) throw new Error(back.message)
    expect(essence(back.design)).toEqual(essence(design))
    expect(back.report.skipped).toEqual([])
    expect(back.report.guessed).toEqual([])
    expect(back.report.edges.dropped).toEqual([])
  })

  it('uses AWS 4 icons where the technology has one, cylinders for other stores, containers for zones', () => {
    const design: Design = {
      format: 'archsight',
      version: 2,
      name: 'Shapes <&> "quoted"',
      nodes: [
        { id: 'az', kind: 'zone', technology: 'availability-zone', label: 'AZ a', position: { x: 0, y: 0 } },
        { id: 'fn', kind: 'function', technology: 'aws-lambda', label: '<b>not bold</b>', position: { x: 40, y: 60 }, parent: 'az' },
        { id: 'db', kind: 'relational-db', technology: 'postgres', position: { x: 400, y: 60 } },
        { id: 'q', kind: 'queue', technology: 'aws-sqs', position: { x: 800, y: 60 } },
      ],
      edges: [{ id: 'e', source: 'fn', target: 'q', mode: 'async', access: 'write', label: 'jobs & more' }],
    }
    const file = readMxfile(toDrawio(design))
    if (!file.ok) throw new Error(file.message)
    const cell = (id: string) => file.pages[0].cells.find((c) => c.id === id)!
    expect(cell('fn').style).toMatchObject({ shape: 'mxgraph.aws4.resourceIcon', resIcon: 'mxgraph.aws4.lambda' })
    expect(cell('fn').parent).toBe('az')
    expect(cell('fn').value).toBe('<b>not bold</b>')
    expect(cell('fn').style.html).toBeUndefined()
    expect(cell('q').style.resIcon).toBe('mxgraph.aws4.sqs')
    expect(cell('db').style.shape).toBe('cylinder3')
    expect(cell('db').value).toBe('Relational DB')
    expect(cell('az').style).toMatchObject({ container: '1', dashed: '1' })
    expect(cell('e')).toMatchObject({ source: 'fn', target: 'q', value: 'jobs & more' })
    expect(cell('e').style.dashed).toBe('1')
    expect(file.pages[0].name).toBe('Shapes <&> "quoted"')
  })
})
