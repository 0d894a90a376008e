import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { computeNodeRects } from '../design/geometry'
import type { Design } from '../design/types'
import type { PictureAnalysis as ExportAnalysis } from '../picture/marks'
import { renderDesignSvg } from './svg'

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  ']]><!-- -->',
  'a & b \u0000 \u0007 \ud800',
]

function readExample(name: string): Design {
  return JSON.parse(readFileSync(resolve(__dirname, '../../../../shared/examples', name), 'utf8')) as Design
}

function buildHostileDesign(): Design {
  return {
    format: 'archsight',
    version: 2,
    name: HOSTILE[0],
    nodes: [
      { id: 'zone', kind: 'zone', label: HOSTILE[1], position: { x: 0, y: 0 } },
      { id: 'a', kind: 'service', label: HOSTILE[0], position: { x: 40, y: 60 }, parent: 'zone' },
      { id: 'b', kind: 'relational-db', label: HOSTILE[2], position: { x: 400, y: 300 } },
      { id: 'c', kind: 'cache', label: HOSTILE[3], position: { x: -300, y: -200 } },
      { id: 'd', kind: 'queue', label: HOSTILE[4], position: { x: 900, y: 40 } },
    ],
    edges: [
      { id: 'e1', source: 'a', target: 'b', mode: 'sync', access: 'write', label: HOSTILE[0], consistency: 'strong' },
      { id: 'e2', source: 'a', target: 'c', mode: 'sync', access: 'read', label: HOSTILE[3] },
      { id: 'e3', source: 'a', target: 'd', mode: 'async', access: 'write', label: HOSTILE[1] },
      { id: 'e4', source: 'd', target: 'd', mode: 'async', access: 'read', label: HOSTILE[2] },
    ],
  }
}

interface XmlElement {
  tag: string
  attributes: Record<string, string>
  texts: string[]
}

/** Every element of the document, flattened, with its attributes and direct text. */
function listElements(svg: string): XmlElement[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    processEntities: true,
  })
  const tree = parser.parse(svg) as Record<string, unknown>[]
  const out: XmlElement[] = []
  const visit = (nodes: Record<string, unknown>[]) => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((k) => k !== ':@')
      if (!tag || tag === '#text') continue
      const children = (node[tag] ?? []) as Record<string, unknown>[]
      const texts = children.filter((c) => '#text' in c).map((c) => String(c['#text']))
      out.push({ tag, attributes: (node[':@'] ?? {}) as Record<string, string>, texts })
      visit(children)
    }
  }
  visit(tree)
  return out
}

const ANALYSIS: ExportAnalysis = {
  cap: { design: { write: 'CP', read: 'AP' }, nodes: { b: { label: 'CP' }, c: { label: 'AP' }, d: { label: 'AP' } } },
  workload: { profile: 'read-heavy', peakRps: 4762.2 },
  diagnostics: [
    { ruleId: 'single-point-of-failure', severity: 'error', target: { type: 'node', id: 'b' } },
    { ruleId: 'cache-without-ttl', severity: 'warning', target: { type: 'node', id: 'c' } },
    { ruleId: 'consistency-mismatch', severity: 'error', target: { type: 'edge', id: 'e1' } },
    { ruleId: 'no-observability', severity: 'info', target: { type: 'design' } },
    {
      ruleId: 'disconnected-node',
      severity: 'warning',
      target: { type: 'node', id: 'a' },
      suppressed: { reason: 'x' },
    },
  ],
}

describe('renderDesignSvg', () => {
  it('escapes hostile labels: valid XML, no script, no event attribute, no external reference', () => {
    for (const theme of ['light', 'dark'] as const) {
      const { svg } = renderDesignSvg(buildHostileDesign(), { theme, analysis: ANALYSIS, legend: true })
      expect(XMLValidator.validate(svg)).toBe(true)
      expect(svg).not.toContain('<script')
      expect(svg).not.toContain('<img')
      expect(svg).not.toContain(']]>')
      expect(svg).not.toContain('\u0000')
      const elements = listElements(svg)
      const tags = new Set(elements.map((e) => e.tag.toLowerCase()))
      for (const banned of ['script', 'foreignobject', 'iframe', 'image', 'use', 'a', 'style'])
        expect(tags).not.toContain(banned)
      for (const element of elements) {
        for (const [name, value] of Object.entries(element.attributes)) {
          expect(name.toLowerCase().startsWith('on'), `${element.tag} ${name}`).toBe(false)
          if (/href$/i.test(name)) expect(value.startsWith('#')).toBe(true)
          expect(String(value)).not.toMatch(/javascript:|url\((?!#)/i)
        }
      }
      // The labels survive as text, exactly.
      const texts = elements.flatMap((e) => e.texts)
      expect(texts).toContain(HOSTILE[0])
      // Long ones are shortened with an ellipsis, still as text.
      expect(texts).toContain(HOSTILE[2])
      expect(texts.some((t) => t.startsWith('"><img'))).toBe(true)
      expect(texts.some((t) => t.startsWith(']]><!--'))).toBe(true)
    }
  })

  it('sizes the picture to cover every node, the legend included', () => {
    const design = readExample('twitter-timeline.archsight')
    const { svg, width, height } = renderDesignSvg(design, { padding: 20, legend: true })
    const rects = computeNodeRects(design)
    const minX = Math.min(...[...rects.values()].map((r) => r.x))
    const minY = Math.min(...[...rects.values()].map((r) => r.y))
    const maxX = Math.max(...[...rects.values()].map((r) => r.x + r.width))
    const maxY = Math.max(...[...rects.values()].map((r) => r.y + r.height))
    expect(width).toBeGreaterThanOrEqual(maxX - minX + 40)
    expect(height).toBeGreaterThanOrEqual(maxY - minY + 40)
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`)
    const cards = listElements(svg).filter((e) => e.attributes['data-node'] !== undefined)
    expect(cards.map((e) => e.attributes['data-node'])).toEqual(design.nodes.map((n) => n.id))
  })

  it('draws every edge with an arrowhead, dashed when async', () => {
    const design = readExample('ticketmaster-onsale.archsight')
    const elements = listElements(renderDesignSvg(design).svg)
    const edgeGroups = elements.filter((e) => e.attributes['data-edge'] !== undefined)
    expect(edgeGroups.map((e) => e.attributes['data-edge'])).toEqual(design.edges.map((e) => e.id))
    const paths = elements.filter(
      // The edge lines: optional ones are thinner (1.25) as on the canvas, so select by their unfilled stroke.
      (e) => e.tag === 'path' && e.attributes.d?.startsWith('M') && e.attributes.fill === 'none',
    )
    expect(paths).toHaveLength(design.edges.length)
    const dashed = paths.filter((p) => p.attributes['stroke-dasharray'])
    expect(dashed).toHaveLength(design.edges.filter((e) => e.mode === 'async').length)
    expect(elements.filter((e) => e.tag === 'polygon')).toHaveLength(design.edges.length)
    const texts = elements.flatMap((e) => e.texts)
    expect(texts).toContain('hold seat if free')
    expect(texts).toContain('RW')
  })

  it('shows the analysis: CAP pills, finding badges, SPOF outline, legend counts without suppressed findings', () => {
    const { svg } = renderDesignSvg(buildHostileDesign(), { analysis: ANALYSIS, legend: true })
    const elements = listElements(svg)
    const texts = elements.flatMap((e) => e.texts)
    expect(texts.filter((t) => t === 'CP' || t === 'AP').length).toBeGreaterThanOrEqual(3 + 2)
    expect(texts).toContain('2 errors')
    expect(texts).toContain('1 warning')
    expect(texts).toContain('1 info')
    expect(texts).toContain('1 suppressed')
    expect(texts).toContain('Read-heavy · 4.76k req/s at peak')
    const outlines = elements.filter((e) => e.attributes['data-mark'] === 'spof')
    expect(outlines).toHaveLength(1)
    expect(outlines[0].attributes['stroke-dasharray']).toBeTruthy()
    const plain = renderDesignSvg(buildHostileDesign()).svg
    expect(plain).not.toContain('data-mark="spof"')
  })

  it('names the scenarios the analysis ran under in the legend, as escaped text, and grows to hold them', () => {
    const design = buildHostileDesign()
    const plain = renderDesignSvg(design, { analysis: ANALYSIS, legend: true })
    const scenario = renderDesignSvg(design, { analysis: ANALYSIS, legend: true, scenarios: ['Load ×50', HOSTILE[0]] })
    expect(XMLValidator.validate(scenario.svg)).toBe(true)
    const texts = listElements(scenario.svg).flatMap((e) => e.texts)
    expect(texts).toContain('Scenario')
    expect(texts).toContain('Load ×50')
    expect(texts).toContain(HOSTILE[0])
    expect(scenario.svg).not.toContain('<script>')
    expect(scenario.height).toBeGreaterThan(plain.height)
    // No scenario: the legend is exactly as before.
    expect(renderDesignSvg(design, { analysis: ANALYSIS, legend: true, scenarios: [] }).svg).toBe(plain.svg)
    expect(listElements(plain.svg).flatMap((e) => e.texts)).not.toContain('Scenario')
  })

  it('leaves the background transparent on request and renders an empty design', () => {
    const empty: Design = { format: 'archsight', version: 2, name: 'Empty', nodes: [], edges: [] }
    const { svg, width, height, background } = renderDesignSvg(empty, { background: false })
    expect(XMLValidator.validate(svg)).toBe(true)
    expect(svg).not.toContain('height="100%"')
    // So a PNG of it keeps its alpha channel; with the background, every pixel is painted.
    expect(background).toBeUndefined()
    const painted = renderDesignSvg(empty)
    expect(painted.svg).toContain(`<rect width="100%" height="100%" fill="${painted.background}"`)
    expect(width).toBeGreaterThan(0)
    expect(height).toBeGreaterThan(0)
  })
})
