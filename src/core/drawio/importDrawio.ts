/**
 * `importDrawio(text)`: a draw.io file -> an Archsight design and the report of every decision made on the
 * way (what was mapped, guessed, skipped, followed, dropped). Pure and never throws: bad input comes back as
 * { ok: false, message }. Component ids are the draw.io cell ids (cleaned only when the format refuses them).
 */
import { getKindSpec } from '../catalogue'
import { NODE_HEIGHT, NODE_WIDTH, type Rect } from '../design/geometry'
import { DESIGN_FORMAT, DESIGN_VERSION, ID_PATTERN, type Design, type DesignEdge, type DesignNode } from '../design/types'
import { center, containsPoint, containsRect, type PlacedCell, placeVertices } from './cells'
import { classifyVertices, type Component, type Zone } from './classify'
import { resolveEdges, type EdgeEnds } from './edges'
import { readMxfile, type DrawioPage } from './mxfile'
import type { ImportedComponent, ImportReport } from './report'

export interface ImportOptions {
  /** 1-based page number; the first page when absent. */
  page?: number
  /** The design's name, e.g. the file name without its extension. */
  name?: string
}

export type ImportResult = { ok: true; design: Design; report: ImportReport } | { ok: false; message: string }

export function importDrawio(text: string, options: ImportOptions = {}): ImportResult {
  const file = readMxfile(text)
  if (!file.ok) return file
  const number = options.page ?? 1
  if (!Number.isInteger(number) || number < 1 || number > file.pages.length) {
    const names = file.pages.map((p, i) => `${i + 1} "${p.name}"`).join(', ')
    return { ok: false, message: `There is no page ${number}: the file has ${file.pages.length} (${names})` }
  }
  try {
    return { ok: true, ...importPage(file.pages[number - 1], number, file.pages.length, options.name) }
  } catch (error) {
    return { ok: false, message: `The drawing could not be imported: ${error instanceof Error ? error.message : String(error)}` }
  }
}

function importPage(page: DrawioPage, number: number, of: number, name?: string): { design: Design; report: ImportReport } {
  const placed = placeVertices(page.cells)
  const classified = classifyVertices([...placed.values()])
  const ids = createIdAllocator()
  const idOf = new Map<string, string>()
  const zoneOfCell = new Map<string, Zone>()
  const zones = classified.zones.filter((zone) => classified.components.some((c) => containsPoint(zone.placed.rect, center(c.placed.rect))))
  const emptyZones = classified.zones.filter((zone) => !zones.includes(zone))
  for (const zone of zones) {
    idOf.set(zone.placed.cell.id, ids.take(zone.placed.cell.id))
    zoneOfCell.set(zone.placed.cell.id, zone)
  }
  for (const component of classified.components) idOf.set(component.placed.cell.id, ids.take(component.placed.cell.id))

  const scale = chooseScale(classified.components.map((c) => center(c.placed.rect)))
  const place = (point: { x: number; y: number }) => ({
    x: Math.round(point.x * scale - NODE_WIDTH / 2),
    y: Math.round(point.y * scale - NODE_HEIGHT / 2),
  })
  const innermostZone = (test: (rect: Rect) => boolean, self?: Zone): string | undefined => {
    let best: Zone | undefined
    for (const zone of zones) {
      if (zone === self || !test(zone.placed.rect)) continue
      if (!best || area(zone.placed.rect) < area(best.placed.rect)) best = zone
    }
    return best ? idOf.get(best.placed.cell.id) : undefined
  }

  const nodes: DesignNode[] = []
  for (const zone of [...zones].sort((a, b) => area(b.placed.rect) - area(a.placed.rect))) {
    const parent = innermostZone((rect) => containsRect(rect, zone.placed.rect), zone)
    const { x, y } = zone.placed.rect
    nodes.push({
      id: idOf.get(zone.placed.cell.id)!,
      kind: 'zone',
      technology: zone.type,
      ...(zone.label ? { label: zone.label } : {}),
      position: { x: Math.round(x * scale), y: Math.round(y * scale) },
      ...(parent ? { parent } : {}),
    })
  }
  for (const component of classified.components) {
    const middle = center(component.placed.rect)
    const parent = innermostZone((rect) => containsPoint(rect, middle))
    nodes.push({
      id: idOf.get(component.placed.cell.id)!,
      kind: component.kind,
      ...(component.technology ? { technology: component.technology } : {}),
      ...(component.label ? { label: component.label } : {}),
      position: place(middle),
      ...(parent ? { parent } : {}),
    })
  }

  const labelById = new Map(nodes.map((n) => [n.id, n.label]))
  const nameOf = (id: string) => (labelById.get(id) ? `"${labelById.get(id)}"` : id)
  const componentOf = new Map<string, string>()
  for (const component of classified.components) componentOf.set(component.placed.cell.id, idOf.get(component.placed.cell.id)!)
  const skippedIds = new Set(classified.skipped.map((s) => s.placed.cell.id))
  const labelTexts = [...classified.labelOwners.keys()].flatMap((id) => placed.get(id) ?? [])
  const ends: EdgeEnds = {
    componentOf,
    passable: new Set([...skippedIds, ...classified.freeTexts.map((t) => t.cell.id)]),
    isWaypoint: (cellId) => skippedIds.has(cellId) && isWaypointCell(placed.get(cellId), classified.labelOf.get(cellId) ?? ''),
    alias: (cellId) => classified.labelOwners.get(cellId) ?? cellId,
    targets: [...classified.components.map((c) => c.placed), ...classified.skipped.map((s) => s.placed), ...labelTexts],
    enterGroup: (groupId, near) => {
      // Groups and zones both: an arrow into an availability zone means the component inside it nearest the head.
      const group = [...classified.groups, ...zones].find((g) => g.placed.cell.id === groupId)
      if (!group) return undefined
      let best: PlacedCell | undefined
      for (const c of classified.components) {
        if (!containsRect(group.placed.rect, c.placed.rect)) continue
        if (!best || distance(center(c.placed.rect), near) < distance(center(best.rect), near)) best = c.placed
      }
      return best?.cell.id
    },
    name: (id) => nameOf(id),
    describe: (cellId) => describeCell(classified.labelOf.get(cellId) ?? placed.get(cellId)?.label, cellId, componentOf),
  }
  const resolved = resolveEdges(page.cells, placed, ends)
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]))
  const edges: DesignEdge[] = resolved.edges.map((edge) => {
    const id = ids.take(edge.cell.id)
    const marked = readEdgeMarker(edge.cell.style.archsight)
    return { id, ...(marked ?? chooseMode(kindOf.get(edge.source)!, kindOf.get(edge.target)!, edge.isDashed)), source: edge.source, target: edge.target, ...(edge.label ? { label: edge.label } : {}) }
  })

  const design: Design = {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name: (name ?? page.name).trim().slice(0, 200) || 'Imported drawing',
    description: `Imported from draw.io (page "${page.name}").`,
    nodes,
    edges,
  }
  const describe = (c: Component): ImportedComponent => ({
    id: idOf.get(c.placed.cell.id)!,
    cell: c.placed.cell.id,
    label: c.label,
    kind: c.kind,
    ...(c.technology ? { technology: c.technology } : {}),
    because: c.because,
    ...(c.labelFrom ? { labelFrom: c.labelFrom } : {}),
    ...(c.caution ?? describeDefaultTechnology(c) ? { caution: c.caution ?? describeDefaultTechnology(c) } : {}),
  })
  const notes: string[] = []
  if (scale !== 1) notes.push(`positions follow the drawing, spread ${scale}x so Archsight's cards do not overlap`)
  if (edges.length > 0) {
    notes.push('edges to or from a queue or topic, into logging, or drawn dashed are async; the rest sync read-write: check each')
  }
  const report: ImportReport = {
    page: { number, name: page.name, of },
    mapped: classified.components.filter((c) => !c.isGuess).map(describe),
    guessed: classified.components.filter((c) => c.isGuess).map(describe),
    zones: zones.map((z) => ({
      id: idOf.get(z.placed.cell.id)!,
      cell: z.placed.cell.id,
      label: z.label,
      kind: 'zone',
      technology: z.type,
      because: z.because,
      ...(z.labelFrom ? { labelFrom: z.labelFrom } : {}),
    })),
    skipped: [
      ...classified.skipped.map((s) => ({ cell: s.placed.cell.id, label: s.label, reason: s.reason })),
      ...emptyZones.map((z) => ({ cell: z.placed.cell.id, label: z.label, reason: `a ${z.type.replace('-', ' ')} with no component inside` })),
    ],
    groups: classified.groups.map((g) => ({ cell: g.placed.cell.id, label: g.placed.label, reason: g.reason })),
    edges: {
      imported: edges.length,
      followed: resolved.edges
        .map((e, i) => ({ id: edges[i].id, cell: e.cell.id, from: nameOf(e.source), to: nameOf(e.target), through: e.through }))
        .filter((f) => f.through.length > 0),
      attached: resolved.edges
        .map((e, i) => ({ id: edges[i].id, cell: e.cell.id, from: nameOf(e.source), to: nameOf(e.target), through: [], attached: e.attached }))
        .filter((f) => f.attached)
        .map(({ attached: _attached, ...rest }) => rest),
      merged: resolved.merged,
      dropped: resolved.dropped,
    },
    text: { usedAsLabels: classified.labelOwners.size, ignored: classified.freeTexts.length },
    notes,
  }
  return { design, report }
}

function chooseMode(source: string, target: string, isDashed: boolean): Pick<DesignEdge, 'mode' | 'access'> {
  const isBroker = (kind: string) => kind === 'queue' || kind === 'pubsub'
  if (isBroker(target) || target === 'logging') return { mode: 'async', access: 'write' }
  if (isBroker(source)) return { mode: 'async', access: 'read' }
  return { mode: isDashed ? 'async' : 'sync', access: 'read-write' }
}

/** `archsight=mode:access` on an edge Archsight exported. */
function readEdgeMarker(marker: string | undefined): Pick<DesignEdge, 'mode' | 'access'> | undefined {
  const [mode, access] = (marker ?? '').split(':')
  const isMode = mode === 'sync' || mode === 'async'
  const isAccess = access === 'read' || access === 'write' || access === 'read-write'
  return isMode && isAccess ? { mode, access } : undefined
}

function describeDefaultTechnology(component: Component): string | undefined {
  if (component.technology) return undefined
  const first = getKindSpec(component.kind).technologies[0]
  if (first.id === 'generic' || getKindSpec(component.kind).technologies.length === 0) return undefined
  return `no technology named: it takes ${first.label}'s defaults`
}

function describeCell(label: string | undefined, cellId: string, componentOf: ReadonlyMap<string, string>): string {
  if (componentOf.has(cellId) && !label) return componentOf.get(cellId)!
  return label ? `"${label}"` : `cell ${cellId}`
}

/** A cell that only routes or annotates a line: a waypoint, a tiny unlabelled dot, a message document. */
function isWaypointCell(cell: PlacedCell | undefined, label: string): boolean {
  if (!cell) return false
  const shape = cell.cell.style.shape ?? cell.cell.styleName
  if (shape === 'waypoint' || cell.cell.styleName === 'point') return true
  if (label === '' && cell.rect.width <= 16 && cell.rect.height <= 16) return true
  const icon = `${cell.cell.style.resIcon ?? ''} ${shape}`
  return ANNOTATIONS.test(shape) || NETWORK_HOPS.test(icon)
}

/** Network hops a request passes on its way (the internet, gateways, firewalls): lines run through them. */
const NETWORK_HOPS = /internet|nat_gateway|waf|shield|endpoints?\b|peering|firewall|transit_gateway/i

const ANNOTATIONS = /document|note|callout|comment|annotation|card|tape/i

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y)
}

function area(rect: Rect): number {
  return rect.width * rect.height
}

/** Cards are 184 wide while draw.io icons are ~50: spread the drawing until neighbours clear each other. */
function chooseScale(centres: readonly { x: number; y: number }[]): number {
  if (centres.length < 2 || centres.length > 3000) return 1
  const needed = centres.map((a) => {
    let worst = 1
    for (const b of centres) {
      if (a === b) continue
      const dx = Math.abs(a.x - b.x)
      const dy = Math.abs(a.y - b.y)
      const byX = dx === 0 ? Infinity : (NODE_WIDTH + 40) / dx
      const byY = dy === 0 ? Infinity : (NODE_HEIGHT + 40) / dy
      worst = Math.max(worst, Math.min(byX, byY))
    }
    return worst
  })
  // The tightest pair decides (overlapping cards hide each other; space costs only a zoom), up to 4x.
  return Math.min(4, Math.ceil(Math.max(...needed) * 4) / 4)
}

function createIdAllocator(): { take(cellId: string): string } {
  const used = new Set<string>()
  return {
    take(cellId) {
      let base = ID_PATTERN.test(cellId) ? cellId : cellId.replace(/[^A-Za-z0-9_.:-]+/g, '-').slice(0, 60) || 'cell'
      if (!ID_PATTERN.test(base)) base = 'cell'
      let id = base
      for (let n = 2; used.has(id); n++) id = `${base.slice(0, 60)}-${n}`
      used.add(id)
      return id
    },
  }
}
