/**
 * Decides what each vertex of a page is: a component (with its kind and where that came from), a zone, a
 * group that is not a component, a label for something else, or a shape Archsight has no kind for.
 */
import { getKindSpec, isKind } from '../catalogue'
import type { Kind } from '../design/types'
import { containsRect, findCaption, isTextCell, matchIconLabels, type PlacedCell } from './cells'
import { guessFromLabel, isGroupShape, readIcon, readShapeFamily, readZoneType, type ZoneType } from './shapes'

export interface Component {
  placed: PlacedCell
  label: string
  kind: Kind
  technology?: string
  isGuess: boolean
  because: string
  labelFrom?: string
  caution?: string
}

export interface Zone {
  placed: PlacedCell
  label: string
  type: ZoneType
  because: string
  labelFrom?: string
}

export interface Classified {
  components: Component[]
  zones: Zone[]
  groups: { placed: PlacedCell; reason: string }[]
  skipped: { placed: PlacedCell; label: string; reason: string }[]
  /** The label each shape ended with: its own text, or the text cell that names it. */
  labelOf: ReadonlyMap<string, string>
  /** Text cell id -> the component or zone it names. */
  labelOwners: Map<string, string>
  freeTexts: PlacedCell[]
}

const MAX_ICON_SIDE = 200
/** Shapes that annotate a drawing (a message document, a note, the internet cloud), whatever their label says. */
const NOT_COMPONENTS = /document|note|cloud|callout|comment|annotation|clock|arrow|bracket|partialRectangle|line|card|tape/i

export function classifyVertices(vertices: readonly PlacedCell[]): Classified {
  const texts = vertices.filter(isTextCell)
  const shapes = vertices.filter((v) => !isTextCell(v) && v.cell.styleName !== 'group')
  const labelOwners = new Map<string, string>()
  const freeTexts = () => texts.filter((t) => !labelOwners.has(t.cell.id))
  const labels = new Map(shapes.map((s) => [s.cell.id, { text: s.label, from: undefined as string | undefined }]))
  const adopt = (shape: PlacedCell, text: PlacedCell, where: string) => {
    labels.set(shape.cell.id, { text: text.label, from: `${where} (cell ${text.cell.id})` })
    labelOwners.set(text.cell.id, shape.cell.id)
  }

  // A large unlabelled box with a caption on its top-left edge is named by it (draw.io AZ boxes are drawn so).
  for (const shape of shapes) {
    if (shape.label !== '' || shape.rect.width < MAX_ICON_SIDE || shape.rect.height < 100) continue
    const caption = findCaption(shape.rect, freeTexts())
    if (caption && readZoneType({}, caption.label)) adopt(shape, caption, 'the text on its top edge')
  }

  const zones: Zone[] = []
  const groups: Classified['groups'] = []
  const candidates: PlacedCell[] = []
  for (const shape of shapes) {
    const label = labels.get(shape.cell.id)!
    const marked = readArchsightMarker(shape.cell.style)
    if (marked?.kind === 'zone' && (marked.technology === 'region' || marked.technology === 'availability-zone')) {
      const text = shape.cell.style.archsightLabel === 'none' ? '' : label.text
      zones.push({ placed: shape, label: text, type: marked.technology, because: 'Archsight shape zone' })
      continue
    }
    const zoneType = readZoneType(shape.cell.style, label.text)
    const isContainer = shape.rect.width >= MAX_ICON_SIDE && shape.rect.height >= 100
    if (zoneType && (isContainer || isGroupShape(shape.cell.style))) {
      const because = /availability_zone|group_region/.test(shape.cell.style.grIcon ?? '')
        ? `AWS group ${shape.cell.style.grIcon?.replace(/^mxgraph\.aws4\./, '')}`
        : `container labelled "${label.text}"`
      zones.push({ placed: shape, label: label.text, type: zoneType, because, labelFrom: label.from })
    } else if (isGroupShape(shape.cell.style)) {
      const icon = (shape.cell.style.grIcon ?? shape.cell.style.shape ?? '').replace(/^mxgraph\.aws4\.(group_)?/, '')
      groups.push({ placed: shape, reason: `a group (${icon}), not a component` })
    } else {
      candidates.push(shape)
    }
  }

  // A box around other shapes is a frame (a VPC, a subnet, a "backend" area), not a component.
  const inner = candidates.filter((c) => c.rect.width <= MAX_ICON_SIDE && c.rect.height <= MAX_ICON_SIDE)
  const frames = new Set(
    candidates
      .filter((c) => readShapeFamily(c.cell.style, c.cell.styleName) === 'box' || c.cell.style.container === '1')
      .filter((c) => candidates.some((other) => other !== c && containsRect(c.rect, other.rect)))
      .map((c) => c.cell.id),
  )
  for (const frame of candidates.filter((c) => frames.has(c.cell.id))) {
    groups.push({ placed: frame, reason: 'a box drawn around other shapes, not a component' })
  }

  const unlabelled = inner.filter((c) => !frames.has(c.cell.id) && labels.get(c.cell.id)!.text === '')
  for (const [iconId, text] of matchIconLabels(unlabelled, freeTexts())) {
    adopt(unlabelled.find((c) => c.cell.id === iconId)!, text, 'the text cell beside it')
  }

  const components: Component[] = []
  const skipped: Classified['skipped'] = []
  for (const shape of candidates) {
    if (frames.has(shape.cell.id)) continue
    const { text, from } = labels.get(shape.cell.id)!
    const decided = decideKind(shape, text)
    if ('reason' in decided) skipped.push({ placed: shape, label: text, reason: decided.reason })
    else {
      // Archsight's export shows an unlabelled node as its kind's name: that is no label of the user's.
      const isDefaultName = shape.cell.style.archsightLabel === 'none'
      components.push({ placed: shape, label: isDefaultName ? '' : text, labelFrom: from, ...decided })
    }
  }
  const labelOf = new Map([...labels].map(([id, label]) => [id, label.text]))
  return { components, zones, groups, skipped, labelOf, labelOwners, freeTexts: freeTexts() }
}

type Decision = Omit<Component, 'placed' | 'label' | 'labelFrom'> | { reason: string }

function decideKind(shape: PlacedCell, label: string): Decision {
  const { style, styleName } = shape.cell
  const marked = readArchsightMarker(style)
  if (marked && marked.kind !== 'zone') {
    return { kind: marked.kind, ...(marked.technology ? { technology: marked.technology } : {}), isGuess: false, because: `Archsight shape ${style.archsight}` }
  }
  const fromLabel = guessFromLabel(label)
  const icon = readIcon(style)
  if (icon) {
    const source = `${icon.library === 'other' ? 'icon' : `${icon.library} icon`} ${icon.icon}`
    if (!icon.mapped) return { reason: `${source}: Archsight has no kind for it` }
    const { kind } = icon.mapped
    // The label may name the product the icon leaves open (RDS "MySQL", a GCP SQL "postgres").
    const technology =
      icon.mapped.technology ??
      (fromLabel?.kind === kind && fromLabel.technology && isTechnologyOf(kind, fromLabel.technology) ? fromLabel.technology : undefined)
    // Only a product name in the label contradicts an icon ("DynamoDB" on an RDS icon); "user" does not.
    const caution =
      fromLabel?.technology && fromLabel.kind !== kind
        ? `its label says "${fromLabel.keyword}" (${fromLabel.kind}) but the icon is ${icon.icon}: kept the icon's kind`
        : undefined
    return { kind, ...(technology ? { technology } : {}), isGuess: false, because: source, ...(caution ? { caution } : {}) }
  }
  const family = readShapeFamily(style, styleName)
  const shapeName = family === 'other' ? (style.shape ?? styleName ?? 'shape') : family
  if (fromLabel && !NOT_COMPONENTS.test(shapeName)) {
    const technology = fromLabel.technology && isTechnologyOf(fromLabel.kind, fromLabel.technology) ? fromLabel.technology : undefined
    const caution =
      family === 'cylinder' && !getKindSpec(fromLabel.kind).stateful
        ? `drawn as a cylinder (a store) but its label says "${fromLabel.keyword}"`
        : undefined
    return {
      kind: fromLabel.kind,
      ...(technology ? { technology } : {}),
      isGuess: true,
      because: `label keyword "${fromLabel.keyword}" on a ${shapeName}`,
      ...(caution ? { caution } : {}),
    }
  }
  if (label === '') return { reason: `an unlabelled ${shapeName}` }
  if (family === 'box') return { kind: 'service', isGuess: true, because: 'a labelled box with no other keyword: taken as a service' }
  if (family === 'cylinder') return { reason: 'a cylinder whose label names no kind of store Archsight knows' }
  return { reason: `a ${shapeName} whose label names no Archsight kind` }
}

/** `archsight=kind:technology`, written by Archsight's own draw.io export; ignored when it names nothing real. */
export function readArchsightMarker(style: Readonly<Record<string, string>>): { kind: Kind; technology?: string } | undefined {
  const [kind, technology] = (style.archsight ?? '').split(':')
  if (!isKind(kind)) return undefined
  return technology && isTechnologyOf(kind, technology) ? { kind, technology } : { kind }
}

function isTechnologyOf(kind: Kind, technology: string): boolean {
  return getKindSpec(kind).technologies.some((t) => t.id === technology)
}
