import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { computeNodeRects } from '../design/geometry'
import type { Design } from '../design/types'
import { renderDesignSvg } from './svg'
import { computeArrowhead } from '../picture/edgeGeometry'
import { createCurvePath, createRoutePath } from '../picture/edgePath'

const HOSTILE_LABEL = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'

/** Two cards side by side and one below; the routed edge goes round underneath, like ELK would take it. */
function buildDesign(): Design {
  return {
    format: 'archsight',
    version: 2,
    name: 'Routes & <curves>',
    nodes: [
      { id: 'a', kind: 'service', label: 'A', position: { x: 0, y: 0 } },
      { id: 'b', kind: 'key-value', label: 'B', position: { x: 600, y: 0 } },
      { id: 'c', kind: 'queue', label: 'C', position: { x: 300, y: 300 } },
    ],
    edges: [
      { id: 'ab', source: 'a', target: 'b', mode: 'sync', access: 'read', label: HOSTILE_LABEL },
      { id: 'ac', source: 'a', target: 'c', mode: 'async', access: 'write' },
    ],
  }
}

interface Element {
  tag: string
  attributes: Record<string, string>
  texts: string[]
}

function listElements(svg: string): Element[] {
  const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true }).parse(svg)
  const out: Element[] = []
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
  visit(tree as Record<string, unknown>[])
  return out
}

/** The edge group's line and arrowhead, by edge id (groups come in document order: g, path, polygon). */
function findEdgeParts(elements: Element[], id: string): { d: string; arrow: string } {
  const index = elements.findIndex((e) => e.attributes['data-edge'] === id)
  expect(index).toBeGreaterThanOrEqual(0)
  return { d: elements[index + 1].attributes.d, arrow: elements[index + 2].attributes.points }
}

const parsePoints = (points: string) => points.split(' ').map((p) => p.split(',').map(Number) as [number, number])

const rects = computeNodeRects(buildDesign())
const a = rects.get('a')!
const b = rects.get('b')!
const midY = a.y + a.height / 2
// Out of A's right side, down below the cards, across, and up into B's left side.
const ROUTE = [
  { x: a.x + a.width, y: midY },
  { x: a.x + a.width + 30, y: midY },
  { x: a.x + a.width + 30, y: 500 },
  { x: b.x - 30, y: 500 },
  { x: b.x - 30, y: midY },
  { x: b.x, y: midY },
]

describe('renderDesignSvg with routes', () => {
  it('draws a routed edge along its route with rounded bends, the arrow at its end', () => {
    const { svg } = renderDesignSvg(buildDesign(), { routes: { ab: { points: ROUTE } } })
    expect(XMLValidator.validate(svg)).toBe(true)
    const elements = listElements(svg)
    const { d, arrow } = findEdgeParts(elements, 'ab')
    expect(d.startsWith(`M${ROUTE[0].x} ${ROUTE[0].y}`)).toBe(true)
    // Each bend is a quadratic whose control point is the bend itself.
    for (const bend of ROUTE.slice(1, -1)) expect(d).toContain(`Q${bend.x} ${bend.y} `)
    expect(d).not.toContain('C')
    // The line stops short of the tip; the arrow's tip is the route's last point, pointing right (+x).
    const [tip, ...base] = parsePoints(arrow)
    expect(tip).toEqual([b.x, midY])
    for (const [x, y] of base) {
      expect(x).toBeCloseTo(b.x - 7)
      expect(Math.abs(y - midY)).toBeCloseTo(3.5)
    }
    // The unrouted edge keeps the canvas's curve.
    expect(findEdgeParts(elements, 'ac').d).toMatch(/^M[\d.-]+ [\d.-]+ C/)
  })

  it('puts the pill half way along the route and sizes the picture to the route', () => {
    const design = buildDesign()
    const { svg, height } = renderDesignSvg(design, { routes: { ab: { points: ROUTE } }, padding: 10 })
    const elements = listElements(svg)
    const pillIndex = elements.findIndex((e) => e.tag === 'text' && e.texts.includes('R'))
    const pill = elements[pillIndex - 1]
    expect(pill.tag).toBe('rect')
    const centreX = Number(pill.attributes.x) + Number(pill.attributes.width) / 2
    const centreY = Number(pill.attributes.y) + Number(pill.attributes.height) / 2
    // Halfway along the route is the middle of its bottom run (the route is symmetric), clear of every card.
    expect(centreX).toBeCloseTo((a.x + a.width + b.x) / 2, 0)
    expect(centreY).toBeCloseTo(500, 0)
    // Without the route the picture stops at the cards (C's bottom ~ 380); with it, it reaches y = 500.
    const plain = renderDesignSvg(design, { padding: 10 })
    expect(height).toBeGreaterThan(plain.height)
    expect(height).toBeGreaterThanOrEqual(500 - a.y + 20)
  })

  it('ignores routes of unknown edges and unusable routes; the picture is as without routes', () => {
    const design = buildDesign()
    const plain = renderDesignSvg(design).svg
    const routes = {
      nope: { points: ROUTE },
      ac: { points: [{ x: 1, y: 2 }] },
      ab: { points: [ROUTE[0], { x: Number.NaN, y: 3 }] },
    }
    expect(renderDesignSvg(design, { routes }).svg).toBe(plain)
    // An id that only exists on Object.prototype is no route either.
    expect(renderDesignSvg({ ...design, edges: [{ ...design.edges[0], id: 'toString' }] }, { routes: {} }).svg).toBe(
      renderDesignSvg({ ...design, edges: [{ ...design.edges[0], id: 'toString' }] }).svg,
    )
  })

  it('keeps hostile labels escaped on a routed edge', () => {
    const { svg } = renderDesignSvg(buildDesign(), { routes: { ab: { points: ROUTE } }, legend: true })
    expect(XMLValidator.validate(svg)).toBe(true)
    expect(svg).not.toContain('<script')
    expect(svg).not.toContain('<img')
    const elements = listElements(svg)
    for (const element of elements)
      for (const name of Object.keys(element.attributes)) expect(name.toLowerCase().startsWith('on')).toBe(false)
    const texts = elements.flatMap((e) => e.texts)
    // The pill keeps the label as text (shortened with an ellipsis), never as markup.
    expect(texts.some((t) => t.startsWith('<script>alert(1)</script') && t.endsWith('…'))).toBe(true)
  })

  it('stops a route short of a stacked target so the arrow is not under its copies', () => {
    const design = buildDesign()
    design.nodes[1] = { ...design.nodes[1], props: { instances: 3 } }
    const intoRight = [
      { x: b.x + b.width + 100, y: 500 },
      { x: b.x + b.width + 100, y: midY },
      { x: b.x + b.width, y: midY },
    ]
    const { svg } = renderDesignSvg(design, { routes: { ab: { points: intoRight } } })
    const [tip] = parsePoints(findEdgeParts(listElements(svg), 'ab').arrow)
    expect(tip).toEqual([b.x + b.width + 8, midY])
  })
})

describe('edge paths', () => {
  it('measures a route by length and points the arrow along its last segment', () => {
    const path = createRoutePath([
      { x: 0, y: 0 },
      { x: 0, y: 100 },
      { x: 300, y: 100 },
      { x: 300, y: 100 },
    ])
    expect(path.length).toBe(400)
    expect(path.pointAt(0.5)).toEqual({ x: 100, y: 100 })
    expect(path.pointAt(0)).toEqual({ x: 0, y: 0 })
    expect(path.pointAt(1)).toEqual({ x: 300, y: 100 })
    expect(path.endTangent).toEqual({ x: 1, y: 0 })
    expect(path.bounds).toEqual({ x: 0, y: 0, width: 300, height: 100 })
    expect(path.shortenEnd(5).end).toEqual({ x: 295, y: 100 })
    const [tip, left, right] = computeArrowhead(path, 10, 8)
    expect(tip).toEqual({ x: 300, y: 100 })
    expect(left).toEqual({ x: 290, y: 104 })
    expect(right).toEqual({ x: 290, y: 96 })
  })

  it('keeps a short corner round: the radius never exceeds half a segment', () => {
    const d = createRoutePath([
      { x: 0, y: 0 },
      { x: 0, y: 8 },
      { x: 50, y: 8 },
    ]).toSvgPath()
    expect(d).toBe('M0 0 L0 4 Q0 8 4 8 L50 8')
  })

  it('shortens only the last run, never into its corner, which stays as the canvas rounds it', () => {
    const path = createRoutePath([
      { x: 0, y: 0 },
      { x: 0, y: 100 },
      { x: 20, y: 100 },
    ])
    expect(path.shortenEnd(5).toSvgPath()).toBe('M0 0 L0 90 Q0 100 10 100 L15 100')
    expect(path.shortenEnd(50).end).toEqual({ x: 10, y: 100 })
  })

  it('draws a curve as one cubic, as before', () => {
    const [start, c1, c2, end] = [
      { x: 0, y: 0 },
      { x: 50, y: 0 },
      { x: 50, y: 100 },
      { x: 100, y: 100 },
    ]
    const path = createCurvePath({ start, c1, c2, end })
    expect(path.toSvgPath()).toBe('M0 0 C50 0 50 100 100 100')
    expect(path.pointAt(0.5)).toEqual({ x: 50, y: 50 })
    expect(path.endTangent).toEqual({ x: 1, y: 0 })
  })
})
