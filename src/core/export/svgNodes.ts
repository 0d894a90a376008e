import { getKindSpec, getTechnology, isManaged, resolveProps } from '../catalogue'
import type { Rect } from '../design/geometry'
import type { DesignNode, Severity } from '../design/types'
import {
  drawElement,
  drawText,
  escapeXml,
  estimateTextWidth,
  formatAttributes,
  renderIcon,
  truncateText,
} from './svgText'
import type { SvgPalette } from './svgTheme'

/** What the analysis says about one node, reduced to what its card shows. */
export interface NodeMarks {
  cap?: string
  findings: number
  worst?: Severity
  /** Severity of an unsuppressed single-point-of-failure finding on this node. */
  spof?: Severity
  isStacked: boolean
}

const STACK_OFFSET = 4

function formatInstances(node: DesignNode): string | undefined {
  // A managed service's default instance count is the provider's business: show only what the user set.
  if (isManaged(node) && node.props?.instances === undefined) return undefined
  const props = resolveProps(node)
  const count = node.kind === 'relational-db' ? 1 + Number(props.replicas ?? 0) : Number(props.instances ?? 1)
  const auto = props.autoscaling as { min: number; max: number } | null | undefined
  if (auto && auto.max > count) return `×${count}–${auto.max}`
  return count > 1 ? `×${count}` : undefined
}

function renderBadge(cx: number, cy: number, count: number, colour: string, palette: SvgPalette): string {
  const text = count > 99 ? '99+' : String(count)
  const width = Math.max(18, estimateTextWidth(text, 10, true) + 10)
  const ring = { stroke: palette.background, 'stroke-width': 2 }
  return (
    drawElement('rect', { x: cx - width / 2, y: cy - 9, width, height: 18, rx: 9, fill: colour, ...ring }) +
    drawText(text, {
      x: cx,
      y: cy + 3.5,
      fill: palette.badgeText,
      'font-size': 10,
      'font-weight': 700,
      'text-anchor': 'middle',
    })
  )
}

/** The dashed outline around a single point of failure, `gap` outside its rectangle. */
function drawSpofOutline(rect: Rect, gap: number, radius: number, colour: string): string {
  const { x, y, width, height } = rect
  const box = { x: x - gap, y: y - gap, width: width + 2 * gap, height: height + 2 * gap, rx: radius }
  return drawElement('rect', { ...box, stroke: colour, fill: 'none', 'stroke-width': 1.5, 'stroke-dasharray': '6 4' })
}

export function renderNodeCard(node: DesignNode, rect: Rect, marks: NodeMarks, palette: SvgPalette): string {
  const spec = getKindSpec(node.kind)
  const accent = palette.accent[spec.category]
  const { x, y, width, height } = rect
  const parts: string[] = [`<g data-node="${escapeXml(node.id)}">`]

  if (marks.isStacked) {
    for (const offset of [STACK_OFFSET * 2, STACK_OFFSET]) {
      parts.push(
        drawElement('rect', {
          x: x + offset,
          y: y + offset,
          width,
          height,
          rx: 10,
          fill: palette.cardFill,
          stroke: palette.stackStroke,
        }),
      )
    }
  }
  parts.push(
    drawElement('rect', { x, y, width, height, rx: 10, fill: palette.cardFill, stroke: palette.cardStroke }),
    drawElement('rect', {
      x: x + 12,
      y: y + 16,
      width: 36,
      height: 36,
      rx: 8,
      fill: palette.accentTint[spec.category],
    }),
    renderIcon(spec.icon, x + 20, y + 24, 20, accent, 1.75),
  )

  const textX = x + 58
  const textRight = x + width - 12
  const title = node.label?.trim() ? node.label : spec.label
  parts.push(
    `<text${formatAttributes({ x: textX, y: y + 31, fill: palette.text })} font-size="13" font-weight="600">` +
      `${escapeXml(truncateText(title, textRight - textX, 13, true))}</text>`,
  )

  // Second line: technology, then the CAP pill, with the instance count on the right.
  const instances = formatInstances(node)
  const instancesWidth = instances ? estimateTextWidth(instances, 11, true) + 8 : 0
  const capWidth = marks.cap ? 26 : 0
  const tech = getTechnology(node).label
  const subtitle = node.label?.trim() || spec.label !== tech ? tech : ''
  let cursor = textX
  if (subtitle) {
    const subtitleText = truncateText(subtitle, textRight - textX - instancesWidth - (capWidth ? capWidth + 6 : 0), 11)
    parts.push(drawText(subtitleText, { x: textX, y: y + 48, fill: palette.muted, 'font-size': 11 }))
    cursor += estimateTextWidth(subtitleText, 11) + 6
  }
  if (marks.cap) {
    const colours = palette.cap[marks.cap] ?? palette.cap.CA
    parts.push(
      drawElement('rect', { x: cursor, y: y + 37, width: capWidth, height: 15, rx: 7.5, fill: colours.fill }),
      `<text${formatAttributes({ x: cursor + capWidth / 2, y: y + 47.5, fill: colours.text })} font-size="9"` +
        ` font-weight="700" text-anchor="middle" letter-spacing="0.3">${escapeXml(marks.cap)}</text>`,
    )
  }
  if (instances) {
    parts.push(
      `<text${formatAttributes({ x: textRight, y: y + 48, fill: palette.muted })} font-size="11" font-weight="600"` +
        ` text-anchor="end">${escapeXml(instances)}</text>`,
    )
  }

  if (marks.spof) {
    parts.push(drawSpofOutline(rect, 5, 14, palette.severity[marks.spof]))
  }
  if (marks.findings > 0 && marks.worst) {
    parts.push(renderBadge(x + width - 2, y + 2, marks.findings, palette.severity[marks.worst], palette))
  }
  parts.push('</g>')
  return parts.join('')
}

export function renderZone(node: DesignNode, rect: Rect, marks: NodeMarks, palette: SvgPalette): string {
  const spec = getKindSpec(node.kind)
  const { x, y, width, height } = rect
  const title = node.label?.trim() ? node.label : spec.label
  const tech = getTechnology(node).label
  const titleText = truncateText(title, width - 40 - estimateTextWidth(tech, 11) - 12, 12, true)
  const titleWidth = estimateTextWidth(titleText, 12, true)
  const parts = [
    `<g data-zone="${escapeXml(node.id)}">`,
    drawElement('rect', { x, y, width, height, rx: 14, fill: palette.zoneFill, stroke: palette.zoneStroke }),
    renderIcon(spec.icon, x + 14, y + 11, 14, palette.zoneText, 2),
    `<text${formatAttributes({ x: x + 34, y: y + 22, fill: palette.zoneText })} font-size="12" font-weight="600">` +
      `${escapeXml(titleText)}</text>`,
    drawText(tech, { x: x + 34 + titleWidth + 8, y: y + 22, fill: palette.muted, 'font-size': 11 }),
  ]
  if (marks.spof) {
    parts.push(drawSpofOutline(rect, 4, 17, palette.severity[marks.spof]))
  }
  if (marks.findings > 0 && marks.worst) {
    parts.push(renderBadge(x + width - 2, y + 2, marks.findings, palette.severity[marks.worst], palette))
  }
  parts.push('</g>')
  return parts.join('')
}

export const NODE_OVERHANG = STACK_OFFSET * 2 + 10
