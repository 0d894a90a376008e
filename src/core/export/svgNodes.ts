import type { Rect } from '../design/geometry'
import { CARD_TEXT, getCountWidth, STACK_OFFSET, ZONE_TEXT } from '../picture/card'
import { CHIP, type Chip } from '../picture/marks'
import { describeStateMark } from '../picture/scenario'
import type { CardPicture, ZonePicture } from '../picture/picture'
import { estimateTextWidth } from '../picture/text'
import { BRAND_PATHS } from './kindIcons'
import { drawElement, drawText, escapeXml, formatNumber, renderIcon } from './svgText'
import { MONO_FAMILY, tintColour, type SvgPalette } from './svgTheme'

/**
 * Cards and zones of the picture as markup, drawn as the canvas draws them (ComponentNode, ZoneNode and
 * canvas.css): a surface card with a 3 px category edge on the left, the icon tile, the title in up to two
 * lines, subtitle and `x3`, the stacked look, and the marks core/picture placed on the top border.
 */

const SEVERITY_ICONS = { error: 'circle-x', warning: 'triangle-alert', info: 'info' } as const

/** The technology's brand mark where simple-icons has it, else the kind's lucide glyph, as KindIcon does. */
function renderKindIcon(card: CardPicture, x: number, y: number, size: number, colour: string): string {
  const path = card.face.brand ? BRAND_PATHS[card.face.brand] : undefined
  if (!path) return renderIcon(card.face.icon, x, y, size, colour, 1.75)
  const scale = Math.round((size / 24) * 10000) / 10000
  return (
    `<g transform="translate(${formatNumber(x)} ${formatNumber(y)}) scale(${scale})">` +
    drawElement('path', { d: path, fill: colour }) +
    '</g>'
  )
}

/** One chip: a pill on the card's top border, its text centred (the badge leads with its severity icon). */
function renderChip(card: CardPicture, chip: Chip, palette: SvgPalette): string {
  const { marks } = card
  const x = card.rect.x + chip.x
  const y = card.rect.y + chip.y
  let fill = palette.surface
  let stroke = palette.borderStrong
  let colour = palette.muted
  let font: Record<string, string | number> = {}
  if (chip.kind === 'badge' && marks.badge) {
    const severity = marks.badge.worst
    const isSoft = severity === 'info'
    fill = isSoft ? palette.severitySoft[severity] : palette.severity[severity]
    stroke = isSoft ? tintColour(palette.severity[severity], palette.surface, 0.45) : palette.severity[severity]
    colour = isSoft ? palette.severity[severity] : palette.badgeText
  } else if (chip.kind === 'cap' && marks.cap) {
    colour = palette.cap[marks.cap.label] ?? palette.cap.CA
    if (marks.cap.label !== 'CA') stroke = tintColour(colour, palette.surface, 0.45)
    font = { 'font-family': MONO_FAMILY }
  } else if (chip.kind === 'spof' && marks.spof) {
    colour = stroke = palette.severity[marks.spof.severity]
  } else if (chip.kind === 'heat' && marks.heat) {
    colour = palette.text
    stroke = palette.heat[marks.heat.band]
  } else if (chip.kind === 'state' && marks.state) {
    colour = stroke = palette.state[marks.state.state]
  }
  const severity = chip.kind === 'badge' ? marks.badge?.worst : chip.kind === 'spof' ? marks.spof?.severity : undefined
  const state = chip.kind === 'state' && marks.state ? ` data-state="${marks.state.state}"${marks.state.failed ? ' data-failed="true"' : ''}` : ''
  const parts = [
    `<g data-chip="${chip.kind}"${severity ? ` data-severity="${severity}"` : ''}${state}>`,
    drawElement('rect', { x: x + 0.5, y: y + 0.5, width: chip.width - 1, height: CHIP.height - 1, rx: 8.5, fill, stroke }),
  ]
  let textX = x + chip.width / 2
  if (chip.kind === 'badge' && marks.badge) {
    const iconX = x + CHIP.padding
    parts.push(renderIcon(SEVERITY_ICONS[marks.badge.worst], iconX, y + (CHIP.height - CHIP.iconSize) / 2, CHIP.iconSize, colour, 2.5))
    textX = iconX + CHIP.iconSize + 3 + estimateTextWidth(chip.text, CHIP.fontSize, true) / 2
  }
  if (chip.kind === 'state' && marks.state) {
    const { icon, text } = describeStateMark(marks.state)
    const iconX = chip.text ? x + CHIP.padding : x + (chip.width - CHIP.iconSize) / 2
    parts.push(renderIcon(icon, iconX, y + (CHIP.height - CHIP.iconSize) / 2, CHIP.iconSize, colour, 2.5))
    // An up node's chip is its icon alone: its word goes to a title, as the canvas' tooltip.
    if (!chip.text) return parts.join('') + `<title>${text}</title></g>`
    textX = iconX + CHIP.iconSize + 3 + estimateTextWidth(chip.text, CHIP.fontSize, true) / 2
  }
  if (chip.kind === 'cap' && marks.cap?.mayLoseWrites) {
    textX -= CHIP.capDot / 2
    const dotX = x + chip.width - CHIP.padding - 2.5
    parts.push(drawElement('circle', { cx: dotX, cy: y + CHIP.height / 2, r: 2.5, fill: palette.severity.warning }))
  }
  parts.push(
    drawText(chip.text, {
      x: textX,
      y: y + 12.5,
      fill: colour,
      'font-size': CHIP.fontSize,
      'font-weight': 700,
      'text-anchor': 'middle',
      ...font,
    }),
    '</g>',
  )
  return parts.join('')
}

function renderStrike(x: number, y: number, width: number, colour: string): string {
  return drawElement('line', { x1: x, y1: y, x2: x + width, y2: y, stroke: colour, 'stroke-width': 1.25, 'data-mark': 'strike' })
}

/** The dashed ring around a single point of failure, `gap` outside its rectangle. */
function renderSpofRing(rect: Rect, gap: number, radius: number, colour: string): string {
  const { x, y, width, height } = rect
  const box = { x: x - gap, y: y - gap, width: width + 2 * gap, height: height + 2 * gap, rx: radius }
  const dashed = { stroke: colour, fill: 'none', 'stroke-width': 1.5, 'stroke-dasharray': '6 4' }
  return drawElement('rect', { ...box, ...dashed, 'data-mark': 'spof' })
}

/** How a card is painted: its fill, its outline and the category's colour (the export and the canvas far out). */
export interface CardPaint {
  accent: string
  surface: string
  outline: string
  outlineWidth: number
  /** 'down': dashed 5 3; 'no-capacity': the heat view's dotted 1.5 2 (and the card faded to 0.75). */
  outlineStyle: 'solid' | 'down' | 'no-capacity'
}

export function describeCardPaint(card: Pick<CardPicture, 'face' | 'marks'>, palette: SvgPalette): CardPaint {
  const { face, marks } = card
  const heat = marks.heat ? palette.heat[marks.heat.band] : undefined
  // The heat view tints the card by its band, as canvas.css does with color-mix(); no capacity: dotted, faded.
  const state = marks.state?.state
  // What-if: a down card takes a red wash and a dashed red outline, a degraded or stalled one its state's outline.
  const surface =
    state === 'down' ? palette.downFill : heat && marks.heat?.band !== 'none' ? tintColour(heat, palette.surface, 0.16) : palette.surface
  const outline =
    state && state !== 'up'
      ? palette.state[state]
      : heat && marks.heat?.band !== 'none'
        ? tintColour(heat, palette.surface, 0.7)
        : palette.borderStrong
  return {
    accent: palette.category[face.category],
    surface,
    outline,
    outlineWidth: state && state !== 'up' ? 1.5 : 1,
    outlineStyle: state === 'down' ? 'down' : marks.heat?.band === 'none' ? 'no-capacity' : 'solid',
  }
}

export function renderNodeCard(card: CardPicture, palette: SvgPalette, index: number): string {
  const { face, marks } = card
  const { x, y, width, height } = card.rect
  const clipId = `archsight-card-${index}`
  const { accent, surface, outline, outlineWidth, outlineStyle } = describeCardPaint(card, palette)
  const stateAttributes = marks.state ? ` data-state="${marks.state.state}"${marks.state.failed ? ' data-failed="true"' : ''}` : ''
  const parts: string[] = [`<g data-node="${escapeXml(card.id)}"${stateAttributes}${marks.heat?.band === 'none' ? ' opacity="0.75"' : ''}>`]

  if (face.stackDepth > 0) {
    for (const [offset, stroke] of [
      [2 * STACK_OFFSET, palette.border],
      [STACK_OFFSET, palette.borderStrong],
    ] as const) {
      // Outlines only: an edge arriving at the card's right or bottom border stays visible through the stack.
      parts.push(drawElement('rect', { x: x + offset, y: y + offset, width, height, rx: 10, fill: 'none', stroke }))
    }
  }
  parts.push(
    `<clipPath id="${clipId}">${drawElement('rect', { x, y, width, height, rx: 10 })}</clipPath>`,
    drawElement('rect', { x, y, width, height, rx: 10, fill: surface }),
    drawElement('rect', {
      x: x + 0.5,
      y: y + 0.5,
      width: width - 1,
      height: height - 1,
      rx: 9.5,
      fill: 'none',
      stroke: outline,
      'stroke-width': outlineWidth,
      ...(outlineStyle === 'down' ? { 'stroke-dasharray': '5 3' } : outlineStyle === 'no-capacity' ? { 'stroke-dasharray': '1.5 2' } : {}),
    }),
    // The 3 px category border on the left replaces the grey one there, as CSS border-left does.
    drawElement('rect', { x, y, width: 3, height, fill: accent, 'clip-path': `url(#${clipId})` }),
    drawElement('rect', { x: x + 12, y: y + 18, width: 32, height: 32, rx: 6, fill: tintColour(accent, surface) }),
    renderKindIcon(card, x + 19, y + 25, 18, accent),
  )

  // One title line sits at 30 with the subtitle at 47; two lines move up to 23/39 and the subtitle to 56.
  const isTwoLines = face.titleLines.length > 1
  const textX = x + CARD_TEXT.left
  face.titleLines.forEach((line, i) => {
    const lineY = y + (isTwoLines ? 23 : 30) + i * 16
    parts.push(drawText(line, { x: textX, y: lineY, fill: palette.text, 'font-size': CARD_TEXT.titleSize, 'font-weight': 600 }))
    // A failure the user chose is struck through, as the canvas' title is (text-decoration: line-through).
    if (marks.state?.failed) parts.push(renderStrike(textX, lineY - 4.5, estimateTextWidth(line, CARD_TEXT.titleSize, true), palette.text))
  })
  const subtitleY = y + (isTwoLines ? 56 : 47)
  parts.push(drawText(face.subtitleText, { x: textX, y: subtitleY, fill: palette.muted, 'font-size': CARD_TEXT.subtitleSize }))
  if (face.countText) {
    const left = textX + estimateTextWidth(face.subtitleText, CARD_TEXT.subtitleSize) + CARD_TEXT.countGap
    parts.push(
      drawElement('rect', { x: left, y: subtitleY - 12, width: getCountWidth(face.countText), height: 16, rx: 8, fill: palette.chip }),
      drawText(face.countText, { x: left + 5, y: subtitleY - 0.5, fill: palette.muted, 'font-size': CARD_TEXT.countSize, 'font-weight': 600 }),
    )
  }

  if (marks.spof) parts.push(renderSpofRing(card.rect, 6, 14, palette.severity[marks.spof.severity]))
  for (const chip of card.chips) parts.push(renderChip(card, chip, palette))
  parts.push('</g>')
  return parts.join('')
}

export function renderZone(zone: ZonePicture, palette: SvgPalette): string {
  const { x, y, width, height } = zone.rect
  const title = zone.face.titleLines[0]
  const titleWidth = estimateTextWidth(title, 12, true)
  const isDown = zone.marks.state?.state === 'down'
  const stroke = isDown ? palette.state.down : palette.zoneStroke
  const border = zone.isRegion && !isDown
    ? { stroke, 'stroke-width': 1 }
    : { stroke, 'stroke-width': 1.5, 'stroke-dasharray': '5 4' }
  const state = zone.marks.state
  const parts = [
    `<g data-zone="${escapeXml(zone.id)}"${state ? ` data-state="${state.state}"${state.failed ? ' data-failed="true"' : ''}` : ''}>`,
    drawElement('rect', { x, y, width, height, rx: 14, fill: zone.isRegion ? palette.regionFill : palette.zoneFill, ...border }),
    renderIcon(zone.face.icon, x + 12, y + 7, 14, palette.category.zone, 2),
    drawText(title, { x: x + ZONE_TEXT.left, y: y + 18.5, fill: palette.text, 'font-size': 12, 'font-weight': 600 }),
    drawText(zone.face.subtitleText, { x: x + ZONE_TEXT.left + titleWidth + 6, y: y + 18.5, fill: palette.muted, 'font-size': 12 }),
  ]
  if (state?.failed) parts.push(renderStrike(x + ZONE_TEXT.left, y + 14.5, titleWidth, palette.text))
  if (zone.marks.spof) parts.push(renderSpofRing(zone.rect, 4, 17, palette.severity[zone.marks.spof.severity]))
  for (const chip of zone.chips) parts.push(renderChip(zone, chip, palette))
  parts.push('</g>')
  return parts.join('')
}
