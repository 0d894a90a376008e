/**
 * The design as a self-contained SVG: the picture the canvas shows (zones, node cards, edges, and the analysis'
 * marks when given), for `archsight export` and the app's SVG/PNG export. Invariant: the output is plain
 * markup and nothing else: no script, no event attribute, no foreignObject, no external reference; every
 * label is escaped text. Sizes come from geometry.ts so the export matches the canvas.
 */
import { isEdgeOptional } from '../design/edges'
import { computeNodeRects, unionRects, type Rect } from '../design/geometry'
import type { Design, DesignEdge, DesignNode, Severity } from '../design/types'
import type { ExportAnalysis } from './exportAnalysis'
import { collectMarks } from './exportAnalysis'
import { computeArrowhead, computeEdgeCurve } from './svgEdges'
import { createCurvePath, createRoutePath, stopBeforeStack, type EdgePath, type Point } from './svgPaths'
import { layoutPills, renderPill } from './svgPills'
import { renderLegend } from './svgLegend'
import { getStackDepth, NODE_OVERHANG, renderNodeCard, renderZone } from './svgNodes'
import { drawElement, escapeXml, formatAttributes, formatNumber } from './svgText'
import { DARK, FONT_FAMILY, LIGHT } from './svgTheme'

export interface SvgOptions {
  theme?: 'light' | 'dark'
  /** Paint the theme's background (default true); false leaves it transparent. */
  background?: boolean
  analysis?: ExportAnalysis
  legend?: boolean
  padding?: number
  /**
   * Edge id -> the path auto-layout routed it along (absolute, source to target), as the canvas draws it.
   * Those edges are drawn along their route; the rest (and ids of no edge) keep the usual curve.
   */
  routes?: Readonly<Record<string, EdgeRouteInput>>
}

export interface EdgeRouteInput {
  points: readonly Point[]
}

export interface SvgResult {
  svg: string
  width: number
  height: number
}

function renderEdgeLine(edge: DesignEdge, path: EdgePath, colour: string): string {
  // Async dashed, replication dotted (a copy, not a call), as on the canvas.
  const dash =
    edge.mode === 'async'
      ? { 'stroke-dasharray': '6 4' }
      : edge.mode === 'replication'
        ? { 'stroke-dasharray': '2 3' }
        : {}
  const head = computeArrowhead(path, 7, 7)
  const points = head.map((pt) => `${formatNumber(pt.x)},${formatNumber(pt.y)}`).join(' ')
  return (
    `<g data-edge="${escapeXml(edge.id)}">` +
    drawElement('path', {
      d: path.shortenEnd(5).toSvgPath(),
      stroke: colour,
      fill: 'none',
      'stroke-width': 1.5,
      ...dash,
    }) +
    drawElement('polygon', { points, fill: colour }) +
    '</g>'
  )
}

/** Parents before children so nested zones paint on top of the zone that holds them. */
function sortZonesOuterFirst(zones: DesignNode[], byId: Map<string, DesignNode>): DesignNode[] {
  const depthOf = (node: DesignNode): number => {
    let depth = 0
    const seen = new Set<string>([node.id])
    for (let p = node.parent; p && !seen.has(p); p = byId.get(p)?.parent) {
      seen.add(p)
      depth++
    }
    return depth
  }
  return zones
    .map((zone, index) => ({ zone, index, depth: depthOf(zone) }))
    .sort((a, b) => a.depth - b.depth || a.index - b.index)
    .map((entry) => entry.zone)
}

const isFinitePoint = (p: Point): boolean => Number.isFinite(p.x) && Number.isFinite(p.y)

/** The edge's route when it has a usable one, else the canvas's curve between its two cards; none without both. */
function computeEdgePath(
  edge: DesignEdge,
  rects: ReadonlyMap<string, Rect>,
  byId: ReadonlyMap<string, DesignNode>,
  routes: SvgOptions['routes'],
): EdgePath | undefined {
  const source = rects.get(edge.source)
  const target = rects.get(edge.target)
  if (!source || !target) return undefined
  const route = routes && Object.hasOwn(routes, edge.id) ? routes[edge.id] : undefined
  if (route && route.points.length >= 2 && route.points.every(isFinitePoint)) {
    const targetNode = byId.get(edge.target)
    return createRoutePath(stopBeforeStack(route.points, targetNode ? getStackDepth(targetNode) : 0))
  }
  return createCurvePath(computeEdgeCurve(source, target, edge.source === edge.target))
}

export function renderDesignSvg(design: Design, options: SvgOptions = {}): SvgResult {
  const palette = options.theme === 'dark' ? DARK : LIGHT
  const padding = options.padding ?? 32
  const rects = computeNodeRects(design)
  const byId = new Map(design.nodes.map((n) => [n.id, n]))
  const marks = collectMarks(design, options.analysis)

  const contentRects: Rect[] = [...rects.values()].map((r) => ({
    x: r.x,
    y: r.y - NODE_OVERHANG.top,
    width: r.width + NODE_OVERHANG.right,
    height: r.height + NODE_OVERHANG.top + NODE_OVERHANG.bottom,
  }))
  const paths = new Map<string, EdgePath>()
  for (const edge of design.edges) {
    const path = computeEdgePath(edge, rects, byId, options.routes)
    if (!path) continue
    paths.set(edge.id, path)
    contentRects.push(path.bounds)
  }
  const cards = design.nodes.filter((n) => n.kind !== 'zone')
  const pills = layoutPills(
    design.edges,
    paths,
    cards.map((n) => rects.get(n.id)!),
  )
  for (const pill of pills.values()) contentRects.push(pill.rect)
  const bounds = contentRects.length ? unionRects(contentRects) : { x: 0, y: 0, width: 240, height: 80 }
  // The SPOF outline reaches a few pixels past a card on every side.
  const originX = bounds.x - padding - 6
  const originY = bounds.y - padding - 6

  const legend = options.legend ? renderLegend(design, options.analysis, palette) : undefined
  const diagramWidth = bounds.width + 2 * padding + 12
  const diagramHeight = bounds.height + 2 * padding + 12
  const width = Math.ceil(Math.max(diagramWidth, legend ? legend.width + 2 * padding : 0))
  const height = Math.ceil(diagramHeight + (legend ? legend.height + padding : 0))

  const zones = sortZonesOuterFirst(
    design.nodes.filter((n) => n.kind === 'zone'),
    byId,
  )
  // Edges with findings take the finding's colour; optional ones are lighter.
  const isOptional = (edge: DesignEdge) => isEdgeOptional(edge, byId.get(edge.target)?.kind)
  const colourOf = (edge: DesignEdge, fallback: string): string => {
    const worst: Severity | undefined = marks.edges.get(edge.id)
    return worst ? palette.severity[worst] : fallback
  }

  const body: string[] = []
  for (const zone of zones) body.push(renderZone(zone, rects.get(zone.id)!, marks.nodeMarks(zone), palette))
  for (const edge of design.edges) {
    const path = paths.get(edge.id)
    const colour = colourOf(edge, isOptional(edge) ? palette.edgeOptional : palette.edge)
    if (path) body.push(renderEdgeLine(edge, path, colour))
  }
  cards.forEach((node, index) => {
    body.push(renderNodeCard(node, rects.get(node.id)!, marks.nodeMarks(node), palette, index))
  })
  for (const edge of design.edges) {
    const pill = pills.get(edge.id)
    if (pill) body.push(renderPill(pill, colourOf(edge, palette.text), palette, isOptional(edge)))
  }

  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg"${formatAttributes({ width, height, viewBox: `0 0 ${width} ${height}` })}` +
      `${formatAttributes({ 'font-family': FONT_FAMILY, role: 'img', 'aria-label': design.name })}>`,
    `<title>${escapeXml(design.name)}</title>`,
  ]
  if (options.background !== false)
    out.push(`<rect width="100%" height="100%"${formatAttributes({ fill: palette.background })}/>`)
  // One push per line: spreading 100,000 lines into push() overflows the stack.
  out.push(`<g transform="translate(${formatNumber(-originX)} ${formatNumber(-originY)})">`)
  for (const line of body) out.push(line)
  out.push('</g>')
  if (legend) out.push(`<g transform="translate(${padding} ${formatNumber(diagramHeight)})">${legend.svg}</g>`)
  out.push('</svg>')
  return { svg: out.join('\n'), width, height }
}
