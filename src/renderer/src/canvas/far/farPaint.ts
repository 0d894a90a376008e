import { describeCardPaint } from '@core/export/svgNodes'
import { getLineStyle } from '@core/export/svgEdges'
import { tintColour, type SvgPalette } from '@core/export/svgTheme'
import { CARD_TEXT, CHIP, estimateTextWidth, ZONE_TEXT } from '@core/picture'
import type { FarCard, FarEdge, FarScene } from './farScene'

/**
 * The far scene as a short list of batched strokes and fills: every shape of one colour and width in one Path2D,
 * in flow coordinates. Built when the scene changes; a frame of a pan sets the view's transform and replays the
 * list (a few dozen calls for 5,000 cards, where drawing each card would be tens of thousands). Colours and
 * shapes are the export's (core/export: describeCardPaint, getLineStyle), at the level of detail the canvas keeps
 * far out (styles/canvasFar.css): no pills, no icons, dashes drawn long, text too small to read drawn as a bar.
 */

export interface PaintOp {
  kind: 'fill' | 'stroke'
  colour: string
  /** Stroke width in flow units; `screenWidth` instead keeps it that many screen pixels at any zoom. */
  width?: number
  screenWidth?: number
  dash?: readonly number[]
  alpha?: number
  path: Path2D
}

/** Dashes far out, four times longer than near (canvasFar.css): async, replication, a cut link. */
const FAR_DASH = { async: [24, 16], replication: [8, 12], cut: [8, 16] } as const
/** A line of text far out: a bar of the text's length, about the height of its lower-case letters. */
const TEXT_BAR_ALPHA = 0.6

export interface PaintFilter {
  node?: (id: string) => boolean
  edge?: (edge: FarEdge) => boolean
}

export function buildFarPaint(scene: FarScene, palette: SvgPalette, filter: PaintFilter = {}): PaintOp[] {
  const ops = new Map<string, PaintOp>()
  const order: string[] = []
  const op = (kind: PaintOp['kind'], colour: string, extra: Omit<PaintOp, 'kind' | 'colour' | 'path'> = {}): Path2D => {
    const key = `${kind}|${colour}|${extra.width ?? ''}|${extra.screenWidth ?? ''}|${extra.dash?.join(' ') ?? ''}|${extra.alpha ?? ''}`
    let found = ops.get(key)
    if (!found) {
      found = { kind, colour, ...extra, path: new Path2D() }
      ops.set(key, found)
      order.push(key)
    }
    return found.path
  }
  const wantsNode = filter.node ?? (() => true)
  const wantsEdge = filter.edge ?? (() => true)
  // Paint order as the canvas stacks them: zones (outer first), edges, cards, then what sits on the cards.
  for (const zone of scene.zones) {
    if (!wantsNode(zone.id)) continue
    const { x, y, width, height } = zone.rect
    const isDown = zone.marks.state?.state === 'down'
    op('fill', zone.isRegion ? palette.regionFill : palette.zoneFill).roundRect(x, y, width, height, 14)
    op('stroke', isDown ? palette.state.down : palette.zoneStroke, { width: zone.isRegion && !isDown ? 1 : 1.5 }).roundRect(x, y, width, height, 14)
    addTextBar(op('fill', palette.text, { alpha: TEXT_BAR_ALPHA }), x + ZONE_TEXT.left, y + 18.5, zone.face.titleLines[0] ?? '', 12, width - ZONE_TEXT.left - ZONE_TEXT.right)
  }
  const paths = new Map<string, Path2D>()
  for (const edge of scene.edges) {
    if (!wantsEdge(edge)) continue
    const { colour, width } = getLineStyle(edge, palette)
    paintEdge(edge, colour, width, op, paths)
  }
  // Parsing 7,000 paths' data took a third of building the paint: a path unchanged since the last build is reused.
  if (!filter.edge) edgePaths = paths
  for (const card of scene.cards) if (wantsNode(card.id)) paintCard(card, palette, op)
  return order.map((key) => ops.get(key) as PaintOp)
}

let edgePaths = new Map<string, Path2D>()

/** The edge's line as a Path2D (the one the last paint built, when it has it), for hit tests. */
export function edgePathOf(edge: FarEdge): Path2D {
  return edgePaths.get(edge.d) ?? new Path2D(edge.d)
}

function paintEdge(edge: FarEdge, colour: string, width: number, op: Op, paths: Map<string, Path2D>): void {
  const dash = edge.state?.failed ? FAR_DASH.cut : edge.mode === 'async' ? FAR_DASH.async : edge.mode === 'replication' ? FAR_DASH.replication : undefined
  const path = edgePaths.get(edge.d) ?? paths.get(edge.d) ?? new Path2D(edge.d)
  paths.set(edge.d, path)
  op('stroke', colour, { width, ...(dash ? { dash } : {}) }).addPath(path)
  // No closePath: a fill closes each triangle anyway, and closePath on a path of thousands of them was the
  // slowest call of the whole build.
  const [a, b, c] = edge.arrow
  const arrow = op('fill', colour)
  arrow.moveTo(a.x, a.y)
  arrow.lineTo(b.x, b.y)
  arrow.lineTo(c.x, c.y)
}

/**
 * The selection: an accent ring around each selected card and zone, each selected edge again in the accent.
 * Drawn over the picture (FarCanvas's overlay), so a click that selects does not draw 5,000 cards again.
 */
export function buildSelectionPaint(scene: FarScene, nodes: ReadonlySet<string>, edges: ReadonlySet<string>, accent: string): PaintOp[] {
  const rings = new Path2D()
  for (const zone of scene.zones) if (nodes.has(zone.id)) rings.roundRect(zone.rect.x, zone.rect.y, zone.rect.width, zone.rect.height, 14)
  for (const card of scene.cards) {
    const { x, y, width, height } = card.rect
    if (nodes.has(card.id)) rings.roundRect(x - 2, y - 2, width + 4, height + 4, 12)
  }
  const ops: PaintOp[] = [{ kind: 'stroke', colour: accent, screenWidth: 2, path: rings }]
  if (edges.size === 0) return ops
  const op: Op = (kind, colour, extra = {}) => {
    const path = new Path2D()
    ops.push({ kind, colour, ...extra, path })
    return path
  }
  for (const edge of scene.edges) if (edges.has(edge.id)) paintEdge(edge, accent, 2, op, new Map())
  return ops
}

type Op = (kind: PaintOp['kind'], colour: string, extra?: Omit<PaintOp, 'kind' | 'colour' | 'path'>) => Path2D

function paintCard(card: FarCard, palette: SvgPalette, op: Op): void {
  const { x, y, width, height } = card.rect
  const paint = describeCardPaint(card, palette)
  // The heat view fades a card without capacity (opacity 0.75 in the export and the canvas).
  const alpha = paint.outlineStyle === 'no-capacity' ? { alpha: 0.75 } : {}
  op('fill', paint.surface, alpha).roundRect(x, y, width, height, 10)
  op('stroke', paint.outline, { width: paint.outlineWidth, ...alpha }).roundRect(x + 0.5, y + 0.5, width - 1, height - 1, 9.5)
  op('fill', paint.accent, alpha).roundRect(x, y, 3, height, [10, 0, 0, 10])
  op('fill', tintColour(paint.accent, paint.surface), alpha).roundRect(x + 12, y + 18, 32, 32, 6)
  const isTwoLines = card.face.titleLines.length > 1
  const room = width - CARD_TEXT.left - CARD_TEXT.right
  card.face.titleLines.forEach((line, i) => {
    addTextBar(op('fill', palette.text, { alpha: TEXT_BAR_ALPHA }), x + CARD_TEXT.left, y + (isTwoLines ? 23 : 30) + i * 16, line, CARD_TEXT.titleSize, room)
  })
  addTextBar(op('fill', palette.muted, { alpha: TEXT_BAR_ALPHA }), x + CARD_TEXT.left, y + (isTwoLines ? 56 : 47), card.face.subtitleText, CARD_TEXT.subtitleSize, room)
  const { marks } = card
  if (marks.spof) op('stroke', palette.severity[marks.spof.severity], { width: 1.5 }).roundRect(x - 6, y - 6, width + 12, height + 12, 14)
  for (const chip of card.chips) {
    const { fill, stroke } = chipColours(card, chip.kind, palette)
    op('fill', fill).roundRect(x + chip.x + 0.5, y + chip.y + 0.5, chip.width - 1, CHIP.height - 1, 8.5)
    op('stroke', stroke, { width: 1 }).roundRect(x + chip.x + 0.5, y + chip.y + 0.5, chip.width - 1, CHIP.height - 1, 8.5)
  }
}

/** A chip's fill and border as the export paints them (svgNodes.ts renderChip). */
function chipColours(card: FarCard, kind: string, palette: SvgPalette): { fill: string; stroke: string } {
  const { marks } = card
  if (kind === 'badge' && marks.badge) {
    const severity = marks.badge.worst
    return severity === 'info'
      ? { fill: palette.severitySoft[severity], stroke: tintColour(palette.severity[severity], palette.surface, 0.45) }
      : { fill: palette.severity[severity], stroke: palette.severity[severity] }
  }
  if (kind === 'spof' && marks.spof) return { fill: palette.surface, stroke: palette.severity[marks.spof.severity] }
  if (kind === 'heat' && marks.heat) return { fill: palette.surface, stroke: palette.heat[marks.heat.band] }
  if (kind === 'state' && marks.state) return { fill: palette.surface, stroke: palette.state[marks.state.state] }
  return { fill: palette.surface, stroke: palette.borderStrong }
}

/** One line of text as a bar: from the baseline up to about the height of its lower-case letters. */
function addTextBar(path: Path2D, x: number, baseline: number, text: string, size: number, room: number): void {
  if (!text) return
  const width = Math.min(estimateTextWidth(text, size, true), room)
  if (width > 0) path.rect(x, baseline - size * 0.55, width, size * 0.55)
}

/** Where flow point (0, 0) lands on the canvas (CSS pixels), the zoom, and the canvas's device pixel ratio. */
export interface PaintTransform {
  x: number
  y: number
  zoom: number
  dpr: number
}

/** Replays the paint under the transform, on a cleared canvas unless `clear` is false (a clipped part drawn again). */
export function drawFarPaint(ctx: CanvasRenderingContext2D, layers: readonly (readonly PaintOp[])[], view: PaintTransform, clear = true): void {
  if (clear) {
    ctx.setTransform(1, 0, 0, 1, 0, 0)
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height)
  }
  ctx.setTransform(view.dpr * view.zoom, 0, 0, view.dpr * view.zoom, view.dpr * view.x, view.dpr * view.y)
  ctx.lineJoin = 'round'
  for (const ops of layers) {
    for (const op of ops) {
      ctx.globalAlpha = op.alpha ?? 1
      if (op.kind === 'fill') {
        ctx.fillStyle = op.colour
        ctx.fill(op.path)
      } else {
        ctx.strokeStyle = op.colour
        ctx.lineWidth = op.screenWidth !== undefined ? op.screenWidth / view.zoom : (op.width ?? 1)
        ctx.setLineDash(op.dash ?? [])
        ctx.stroke(op.path)
      }
    }
  }
  ctx.globalAlpha = 1
  ctx.setLineDash([])
}
