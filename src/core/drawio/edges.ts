/**
 * draw.io edges -> design edges between components. An arrow keeps its direction (an arrow head only at the
 * start reverses it); an end on a shape that is not a component is followed through the edges that continue
 * from it (WAF between CloudFront and the load balancer, a "message" document between a function and a
 * queue); an end left loose is attached to the shape it lies on; anything else is dropped with a reason.
 */
import { containsPoint, containsRect, placeEdgePoint, readLabel, type PlacedCell } from './cells'
import type { Cell, Point } from './mxfile'

export interface EdgeEnds {
  /** Cell id -> component id, for components and for text cells that label one. */
  componentOf: ReadonlyMap<string, string>
  /** Shapes that are not components, zones or groups: an edge passes one only when it is in line. */
  passable: ReadonlySet<string>
  /** A cell that only routes or annotates a line (waypoint, message document, note): always passed. */
  isWaypoint(cellId: string): boolean
  /** A text cell that labels a shape stands for that shape. */
  alias(cellId: string): string
  /** Shapes a loose end may land on: components, passable shapes and their label texts. */
  targets: readonly PlacedCell[]
  describe(cellId: string): string
  /** A component's label (quoted) or id, for messages. */
  name(componentId: string): string
  /** For a group drawn around components: the component inside it nearest to a point. */
  enterGroup(groupId: string, near: Point): string | undefined
}

export interface ResolvedEdge {
  cell: Cell
  label: string
  source: string
  target: string
  through: string[]
  attached: boolean
  isDashed: boolean
}

interface Oriented {
  cell: Cell
  from?: string
  to?: string
  fromPoint?: Point
  toPoint?: Point
}

const MAX_FAN = 16

export function resolveEdges(
  cells: readonly Cell[],
  placed: ReadonlyMap<string, PlacedCell>,
  ends: EdgeEnds,
): { edges: ResolvedEdge[]; dropped: { cell: string; reason: string }[]; merged: { cell: string; into: string }[] } {
  const labelsOf = new Map<string, string[]>()
  const edgeIds = new Set(cells.filter((c) => c.isEdge).map((c) => c.id))
  for (const cell of cells) {
    if (cell.isVertex && cell.parent && edgeIds.has(cell.parent)) {
      const text = readLabel(cell)
      if (text !== '') labelsOf.set(cell.parent, [...(labelsOf.get(cell.parent) ?? []), text])
    }
  }
  const oriented = cells.filter((c) => c.isEdge).map((cell) => orient(cell, placed))
  for (const edge of oriented) {
    if (edge.from) edge.from = ends.alias(edge.from)
    if (edge.to) edge.to = ends.alias(edge.to)
  }
  const attachedEnds = new Set<string>()
  for (const edge of oriented) {
    if (!edge.from && edge.fromPoint) edge.from = attach(edge.fromPoint, ends, () => attachedEnds.add(edge.cell.id))
    if (!edge.to && edge.toPoint) edge.to = attach(edge.toPoint, ends, () => attachedEnds.add(edge.cell.id))
  }
  // A line drawn as several loose segments meets at shared points: each such point is a waypoint.
  const junctionEnds = new Map<string, number>()
  const junctionOf = (point: Point) => `point:${Math.round(point.x / 4)},${Math.round(point.y / 4)}`
  for (const edge of oriented) {
    for (const point of [!edge.from && edge.fromPoint, !edge.to && edge.toPoint]) {
      if (point) junctionEnds.set(junctionOf(point), (junctionEnds.get(junctionOf(point)) ?? 0) + 1)
    }
  }
  for (const edge of oriented) {
    if (!edge.from && edge.fromPoint && junctionEnds.get(junctionOf(edge.fromPoint))! > 1) edge.from = junctionOf(edge.fromPoint)
    if (!edge.to && edge.toPoint && junctionEnds.get(junctionOf(edge.toPoint))! > 1) edge.to = junctionOf(edge.toPoint)
  }
  enterGroups(oriented, placed, ends, attachedEnds)

  const into = new Map<string, Oriented[]>()
  const outOf = new Map<string, Oriented[]>()
  for (const edge of oriented) {
    if (edge.to) into.set(edge.to, [...(into.get(edge.to) ?? []), edge])
    if (edge.from) outOf.set(edge.from, [...(outOf.get(edge.from) ?? []), edge])
  }
  // Pass through waypoints, annotations (a message document) and shapes in line (one edge in, one out, as
  // a WAF between CloudFront and a load balancer); a hub such as an internet gateway would join everything.
  const canPass = (id: string) =>
    id.startsWith('point:') ||
    ends.isWaypoint(id) ||
    (ends.passable.has(id) && (into.get(id)?.length ?? 0) === 1 && (outOf.get(id)?.length ?? 0) === 1)
  const walk = (start: string, step: Map<string, Oriented[]>, next: (e: Oriented) => string | undefined) => {
    const found = new Map<string, string[]>()
    const seen = new Set<string>([start])
    const queue: { id: string; path: string[] }[] = [{ id: start, path: [] }]
    while (queue.length > 0 && found.size < MAX_FAN) {
      const { id, path } = queue.shift()!
      const component = ends.componentOf.get(id)
      if (component) {
        if (!found.has(component)) found.set(component, path)
        continue
      }
      if (!canPass(id)) continue
      const here = id.startsWith('point:') ? path : [...path, ends.describe(id)]
      for (const edge of step.get(id) ?? []) {
        const other = next(edge)
        if (other && !seen.has(other)) {
          seen.add(other)
          queue.push({ id: other, path: here })
        }
      }
    }
    return found
  }

  const edges: ResolvedEdge[] = []
  const dropped: { cell: string; reason: string }[] = []
  const pairs = new Map<string, ResolvedEdge>()
  const merged: { cell: string; into: string }[] = []
  for (const edge of oriented) {
    const id = edge.cell.id
    if (!edge.from || !edge.to) {
      const loose = !edge.from && !edge.to ? 'both ends are' : !edge.from ? 'its start is' : 'its end is'
      dropped.push({ cell: id, reason: `${loose} not connected to any shape` })
      continue
    }
    const sources = walk(edge.from, into, (e) => e.from)
    const targets = walk(edge.to, outOf, (e) => e.to)
    if (sources.size === 0 || targets.size === 0) {
      const side = sources.size === 0 ? edge.from : edge.to
      const what = side.startsWith('point:') ? 'a loose end' : ends.describe(side)
      const why = side.startsWith('point:') || canPass(side) ? 'leads to no component' : 'is not a component (and not a waypoint in line)'
      dropped.push({ cell: id, reason: `${what} ${why}` })
      continue
    }
    const isDirect = ends.componentOf.has(edge.from) && ends.componentOf.has(edge.to)
    const label = (labelsOf.get(id) ?? [readLabel(edge.cell)]).filter(Boolean).join(' ')
    let produced = 0
    let partOf: ResolvedEdge | undefined
    for (const [source, sourcePath] of sources) {
      for (const [target, targetPath] of targets) {
        if (source === target) continue
        const existing = pairs.get(`${source}\u0000${target}`)
        if (existing) {
          // The second half of a line through a waypoint lands here too: one edge, with whichever label it has.
          partOf = existing
          if (!existing.label && label) existing.label = label
          continue
        }
        const resolved: ResolvedEdge = {
          cell: edge.cell,
          label,
          source,
          target,
          through: [...[...sourcePath].reverse(), ...targetPath],
          attached: attachedEnds.has(id),
          isDashed: edge.cell.style.dashed === '1',
        }
        pairs.set(`${source}\u0000${target}`, resolved)
        edges.push(resolved)
        produced++
      }
    }
    if (produced > 0) continue
    if (!partOf) dropped.push({ cell: id, reason: 'it loops back to the same component' })
    else if (isDirect) dropped.push({ cell: id, reason: `a second edge from ${ends.name(partOf.source)} to ${ends.name(partOf.target)}` })
    else merged.push({ cell: id, into: partOf.cell.id })
  }
  return { edges, dropped, merged }
}

function orient(cell: Cell, placed: ReadonlyMap<string, PlacedCell>): Oriented {
  const { style } = cell
  const fromPoint = placeEdgePoint(placed, cell, cell.geometry?.sourcePoint)
  const toPoint = placeEdgePoint(placed, cell, cell.geometry?.targetPoint)
  // draw.io draws the head at the target unless endArrow=none; a head only at the start points backwards.
  const isReversed = style.endArrow === 'none' && style.startArrow !== undefined && style.startArrow !== 'none'
  return isReversed
    ? { cell, from: cell.target, to: cell.source, fromPoint: toPoint, toPoint: fromPoint }
    : { cell, from: cell.source, to: cell.target, fromPoint, toPoint }
}

/** An arrow drawn to a group around components ("Hosting") means the component inside nearest its head. */
function enterGroups(oriented: Oriented[], placed: ReadonlyMap<string, PlacedCell>, ends: EdgeEnds, attachedEnds: Set<string>) {
  for (const edge of oriented) {
    const enter = (groupId: string | undefined, otherId: string | undefined, anchor: 'entry' | 'exit') => {
      const group = groupId ? placed.get(groupId) : undefined
      const other = otherId ? placed.get(otherId) : undefined
      // A line from a group to itself, or to a shape inside it, is decoration, not a call into the group.
      if (!group || groupId === otherId || (other && containsRect(group.rect, other.rect))) return undefined
      const ax = Number(edge.cell.style[`${anchor}X`])
      const ay = Number(edge.cell.style[`${anchor}Y`])
      const hasAnchor = edge.cell.style[`${anchor}X`] !== undefined && Number.isFinite(ax) && Number.isFinite(ay)
      const near = hasAnchor
        ? { x: group.rect.x + ax * group.rect.width, y: group.rect.y + ay * group.rect.height }
        : centreOf(other ?? group)
      const inside = ends.enterGroup(group.cell.id, near)
      if (inside) attachedEnds.add(edge.cell.id)
      return inside
    }
    const isReversed = edge.from !== edge.cell.source
    if (edge.to && !ends.componentOf.has(edge.to) && !ends.passable.has(edge.to)) {
      edge.to = enter(edge.to, edge.from, isReversed ? 'exit' : 'entry') ?? edge.to
    }
    if (edge.from && !ends.componentOf.has(edge.from) && !ends.passable.has(edge.from)) {
      edge.from = enter(edge.from, edge.to, isReversed ? 'entry' : 'exit') ?? edge.from
    }
  }
}

function centreOf(cell: PlacedCell): Point {
  return { x: cell.rect.x + cell.rect.width / 2, y: cell.rect.y + cell.rect.height / 2 }
}

/** The smallest component or passable shape under a loose end (within a few pixels of its outline). */
function attach(point: Point, ends: EdgeEnds, onAttach: () => void): string | undefined {
  let best: PlacedCell | undefined
  for (const target of ends.targets) {
    if (!containsPoint(target.rect, point, 8)) continue
    if (!best || target.rect.width * target.rect.height < best.rect.width * best.rect.height) best = target
  }
  if (best) onAttach()
  return best ? ends.alias(best.cell.id) : undefined
}
