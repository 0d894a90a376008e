import { isNodeRedundant } from '../analysis/redundancy'
import { getKindSpec, getTechnology, resolveProps } from '../catalogue'
import type { Rect } from '../design/geometry'
import type { DesignNode, Severity } from '../design/types'
import { BRAND_PATHS } from './kindIcons'
import { drawElement, drawText, escapeXml, estimateTextWidth, formatNumber, renderIcon, truncateText } from './svgText'
import { tintColour, type SvgPalette } from './svgTheme'

/**
 * Node cards and zones drawn as the canvas draws them (ComponentNode, ZoneNode and canvas.css): a surface card
 * with a 3 px category edge on the left, the icon tile, label, technology and `x3`, the stacked look for
 * redundant nodes, and the analysis' decorations in the top-right corner.
 */

/** What the analysis says about one node, reduced to what its card shows. */
export interface NodeMarks {
  cap?: string
  findings: number
  worst?: Severity
  /** Severity of an unsuppressed single-point-of-failure finding on this node. */
  spof?: Severity
}

const STACK_OFFSET = 4
const TEXT_LEFT = 53
const TEXT_RIGHT = 10
const CHIP_HEIGHT = 18

/** How many copies the card shows: instances, or primary + replicas for a relational database (as the canvas). */
export function countCopies(node: DesignNode): number {
  const props = resolveProps(node)
  if (node.kind === 'relational-db') return 1 + (typeof props.replicas === 'number' ? props.replicas : 0)
  const instances = typeof props.instances === 'number' ? props.instances : 1
  const auto = props.autoscaling as { min?: number } | null | undefined
  return Math.max(instances, auto && typeof auto.min === 'number' ? auto.min : 1)
}

/** The technology's brand mark where simple-icons has it, else the kind's lucide glyph, as KindIcon does. */
function renderKindIcon(node: DesignNode, x: number, y: number, size: number, colour: string): string {
  const brand = getTechnology(node).brand
  const path = brand ? BRAND_PATHS[brand] : undefined
  if (!path) return renderIcon(getKindSpec(node.kind).icon, x, y, size, colour, 1.75)
  const scale = Math.round((size / 24) * 10000) / 10000
  return (
    `<g transform="translate(${formatNumber(x)} ${formatNumber(y)}) scale(${scale})">` +
    drawElement('path', { d: path, fill: colour }) +
    '</g>'
  )
}

/** Chips straddling the card's top border, right-aligned: CAP pill, then the finding badge. */
function renderDecorations(rect: Rect, marks: NodeMarks, palette: SvgPalette): string {
  const parts: string[] = []
  let right = rect.x + rect.width - 8
  const top = rect.y - CHIP_HEIGHT / 2
  const ring = { stroke: palette.surface, 'stroke-width': 1.5 }
  if (marks.findings > 0 && marks.worst) {
    const text = marks.findings > 99 ? '99+' : String(marks.findings)
    const width = Math.max(CHIP_HEIGHT, estimateTextWidth(text, 10.5, true) + 10)
    const fill = palette.severity[marks.worst]
    parts.push(
      drawElement('rect', { x: right - width, y: top, width, height: CHIP_HEIGHT, rx: 9, fill, ...ring }),
      drawText(text, {
        x: right - width / 2,
        y: top + 12.5,
        fill: palette.badgeText,
        'font-size': 10.5,
        'font-weight': 700,
        'text-anchor': 'middle',
      }),
    )
    right -= width + 4
  }
  if (marks.cap) {
    const colours = palette.cap[marks.cap] ?? palette.cap.CA
    const width = 28
    parts.push(
      drawElement('rect', { x: right - width, y: top, width, height: CHIP_HEIGHT, rx: 9, fill: colours.fill, ...ring }),
      drawText(marks.cap, {
        x: right - width / 2,
        y: top + 12.5,
        fill: colours.text,
        'font-size': 10,
        'font-weight': 700,
        'text-anchor': 'middle',
        'letter-spacing': 0.3,
      }),
    )
  }
  return parts.join('')
}

/** The dashed outline around a single point of failure, `gap` outside its rectangle. */
function renderSpofOutline(rect: Rect, gap: number, radius: number, colour: string): string {
  const { x, y, width, height } = rect
  const box = { x: x - gap, y: y - gap, width: width + 2 * gap, height: height + 2 * gap, rx: radius }
  const dashed = { stroke: colour, fill: 'none', 'stroke-width': 1.5, 'stroke-dasharray': '6 4' }
  return drawElement('rect', { ...box, ...dashed, 'data-mark': 'spof' })
}

/** How far a card's stacked copies reach past its right and bottom borders; 0 when it is drawn single. */
export function getStackDepth(node: DesignNode): number {
  // Stacked when the node survives losing a machine (catalogue.md "Redundancy"), as ARCHITECTURE.md asks.
  return node.kind !== 'client' && node.kind !== 'zone' && isNodeRedundant(node) ? 2 * STACK_OFFSET : 0
}

export function renderNodeCard(
  node: DesignNode,
  rect: Rect,
  marks: NodeMarks,
  palette: SvgPalette,
  index: number,
): string {
  const spec = getKindSpec(node.kind)
  const tech = getTechnology(node)
  const accent = palette.category[spec.category]
  const { x, y, width, height } = rect
  const copies = countCopies(node)
  const clipId = `archsight-card-${index}`
  const parts: string[] = [`<g data-node="${escapeXml(node.id)}">`]

  if (getStackDepth(node) > 0) {
    parts.push(
      drawElement('rect', {
        x: x + 2 * STACK_OFFSET,
        y: y + 2 * STACK_OFFSET,
        width,
        height,
        rx: 10,
        ...getStackStyle(palette.border),
      }),
      drawElement('rect', {
        x: x + STACK_OFFSET,
        y: y + STACK_OFFSET,
        width,
        height,
        rx: 10,
        ...getStackStyle(palette.borderStrong),
      }),
    )
  }
  parts.push(
    `<clipPath id="${clipId}">${drawElement('rect', { x, y, width, height, rx: 10 })}</clipPath>`,
    drawElement('rect', { x, y, width, height, rx: 10, fill: palette.surface }),
    drawElement('rect', {
      x: x + 0.5,
      y: y + 0.5,
      width: width - 1,
      height: height - 1,
      rx: 9.5,
      ...getOutlineStyle(palette),
    }),
    // The 3 px category border on the left replaces the grey one there, as CSS border-left does.
    drawElement('rect', { x, y, width: 3, height, fill: accent, 'clip-path': `url(#${clipId})` }),
    drawElement('rect', {
      x: x + 12,
      y: y + 18,
      width: 32,
      height: 32,
      rx: 6,
      fill: tintColour(accent, palette.surface),
    }),
    renderKindIcon(node, x + 19, y + 25, 18, accent),
  )

  const label = node.label?.trim() ? node.label : tech.label
  const subtitle = label === tech.label ? spec.label : tech.label
  const textX = x + TEXT_LEFT
  const textWidth = width - TEXT_LEFT - TEXT_RIGHT
  parts.push(
    drawText(truncateText(label, textWidth, 13, true), {
      x: textX,
      y: y + 30,
      fill: palette.text,
      'font-size': 13,
      'font-weight': 600,
    }),
  )
  const count = copies > 1 ? `x${copies}` : ''
  const countWidth = count ? estimateTextWidth(count, 11, true) + 10 : 0
  const subtitleText = truncateText(subtitle, textWidth - (count ? countWidth + 6 : 0), 12)
  parts.push(drawText(subtitleText, { x: textX, y: y + 47, fill: palette.muted, 'font-size': 12 }))
  if (count) {
    const left = textX + estimateTextWidth(subtitleText, 12) + 6
    parts.push(
      drawElement('rect', { x: left, y: y + 35, width: countWidth, height: 16, rx: 8, fill: palette.chip }),
      drawText(count, { x: left + 5, y: y + 46.5, fill: palette.muted, 'font-size': 11, 'font-weight': 600 }),
    )
  }

  if (marks.spof) parts.push(renderSpofOutline(rect, 5, 14, palette.severity[marks.spof]))
  parts.push(renderDecorations(rect, marks, palette), '</g>')
  return parts.join('')
}

function getStackStyle(stroke: string): Record<string, string> {
  return { fill: 'none', stroke }
}

function getOutlineStyle(palette: SvgPalette): Record<string, string | number> {
  return { fill: 'none', stroke: palette.borderStrong, 'stroke-width': 1 }
}

export function renderZone(node: DesignNode, rect: Rect, marks: NodeMarks, palette: SvgPalette): string {
  const tech = getTechnology(node)
  const isRegion = tech.id === 'region'
  const { x, y, width, height } = rect
  const label = node.label?.trim() ? node.label : tech.label
  const labelText = truncateText(label, width - 44 - estimateTextWidth(tech.label, 12) - 6, 12, true)
  const labelWidth = estimateTextWidth(labelText, 12, true)
  const border = isRegion
    ? { stroke: palette.zoneStroke, 'stroke-width': 1 }
    : { stroke: palette.zoneStroke, 'stroke-width': 1.5, 'stroke-dasharray': '5 4' }
  const parts = [
    `<g data-zone="${escapeXml(node.id)}">`,
    drawElement('rect', {
      x,
      y,
      width,
      height,
      rx: 14,
      fill: isRegion ? palette.regionFill : palette.zoneFill,
      ...border,
    }),
    renderIcon(getKindSpec(node.kind).icon, x + 12, y + 7, 14, palette.category.zone, 2),
    drawText(labelText, { x: x + 32, y: y + 18.5, fill: palette.text, 'font-size': 12, 'font-weight': 600 }),
    drawText(tech.label, { x: x + 32 + labelWidth + 6, y: y + 18.5, fill: palette.muted, 'font-size': 12 }),
  ]
  if (marks.spof) parts.push(renderSpofOutline(rect, 4, 17, palette.severity[marks.spof]))
  parts.push(renderDecorations(rect, { ...marks, cap: undefined }, palette), '</g>')
  return parts.join('')
}

/** How far the stack and the corner chips reach past a card's rectangle. */
export const NODE_OVERHANG = { right: STACK_OFFSET * 2 + 1, bottom: STACK_OFFSET * 2 + 1, top: CHIP_HEIGHT / 2 + 1 }
