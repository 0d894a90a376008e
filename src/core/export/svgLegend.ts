import type { Design } from '../design/types'
import type { ExportAnalysis } from './exportAnalysis'
import {
  drawElement,
  drawText,
  escapeXml,
  estimateTextWidth,
  formatAttributes,
  formatNumber,
  truncateText,
} from './svgText'
import type { SvgPalette } from './svgTheme'

export interface Legend {
  svg: string
  width: number
  height: number
}

const PROFILE_LABELS: Readonly<Record<string, string>> = {
  'read-heavy': 'Read-heavy',
  'write-heavy': 'Write-heavy',
  balanced: 'Balanced',
}

/** 4762.2 -> "4.76k": three significant figures, like every number the app shows. */
export function formatCompact(value: number): string {
  const units: [number, string][] = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ]
  for (const [size, suffix] of units) {
    if (Math.abs(value) >= size) return `${Number((value / size).toPrecision(3))}${suffix}`
  }
  return String(Number(value.toPrecision(3)))
}

function pluralise(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** The design's name, its CAP labels, workload and finding counts: what the top bar shows, for the picture. */
export function renderLegend(design: Design, analysis: ExportAnalysis | undefined, palette: SvgPalette): Legend {
  const parts: string[] = []
  const name = truncateText(design.name, 440, 14, true)
  let width = estimateTextWidth(name, 14, true) + 32
  let y = 30
  parts.push(drawText(name, { x: 16, y, fill: palette.text, 'font-size': 14, 'font-weight': 600 }))

  if (analysis) {
    y += 26
    let x = 16
    for (const [caption, cap] of [
      ['Writes', analysis.cap.design.write],
      ['Reads', analysis.cap.design.read],
    ] as const) {
      // No label: nothing user-facing reads or writes state.
      const label = cap ?? 'none'
      const colours = palette.cap[label] ?? palette.cap.CA
      parts.push(`<text${formatAttributes({ x, y, fill: palette.muted })} font-size="11.5">${caption}</text>`)
      x += estimateTextWidth(caption, 11.5) + 6
      const pill = Math.max(28, estimateTextWidth(label, 10, true) + 12)
      parts.push(
        drawElement('rect', { x, y: y - 12, width: pill, height: 17, rx: 8.5, fill: colours.fill }),
        `<text${formatAttributes({ x: x + pill / 2, y: y, fill: colours.text })} font-size="10" font-weight="700"` +
          ` text-anchor="middle" letter-spacing="0.3">${escapeXml(label)}</text>`,
      )
      x += pill + 16
    }
    if (analysis.workload) {
      const profile = PROFILE_LABELS[analysis.workload.profile] ?? analysis.workload.profile
      const text = `${profile} · ${formatCompact(analysis.workload.peakRps)} req/s at peak`
      parts.push(drawText(text, { x, y, fill: palette.muted, 'font-size': 11.5 }))
      x += estimateTextWidth(text, 11.5)
    }
    width = Math.max(width, x + 16)

    y += 24
    x = 16
    const active = analysis.diagnostics.filter((d) => !d.suppressed)
    for (const severity of ['error', 'warning', 'info'] as const) {
      const text = pluralise(
        active.filter((d) => d.severity === severity).length,
        severity === 'info' ? 'info' : severity,
      )
      parts.push(
        drawElement('circle', { cx: x + 4, cy: y - 4, r: 4, fill: palette.severity[severity] }),
        drawText(text, { x: x + 13, y, fill: palette.text, 'font-size': 11.5 }),
      )
      x += 13 + estimateTextWidth(text, 11.5) + 16
    }
    const suppressed = analysis.diagnostics.length - active.length
    if (suppressed > 0) {
      const text = `${suppressed} suppressed`
      parts.push(`<text${formatAttributes({ x, y, fill: palette.muted })} font-size="11.5">${text}</text>`)
      x += estimateTextWidth(text, 11.5)
    }
    width = Math.max(width, x + 16)
  }

  const height = y + 16
  const frame = drawElement('rect', {
    x: 0.5,
    y: 0.5,
    width: formatNumber(width - 1),
    height: height - 1,
    rx: 10,
    fill: palette.surface,
    stroke: palette.border,
  })
  return { svg: `<g data-legend="">${frame}${parts.join('')}</g>`, width, height }
}
