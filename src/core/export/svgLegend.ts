import { SEVERITIES } from '../design/severity'
import type { Design } from '../design/types'
import { PROFILE_LABELS } from '../picture/labels'
import type { PictureAnalysis } from '../picture/marks'
import { estimateTextWidth, truncateText } from '../picture/text'
import { drawElement, drawText, escapeXml, formatAttributes, formatNumber } from './svgText'
import { MONO_FAMILY, tintColour, type SvgPalette } from './svgTheme'

export interface Legend {
  svg: string
  width: number
  height: number
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

/**
 * A row of scenario pills ("Load ×50", a what-if's failures): the picture of a scenario must never pass for the
 * design's own analysis. Returns the row's right edge.
 */
function renderScenarios(scenarios: readonly string[], y: number, palette: SvgPalette, parts: string[]): number {
  let x = 16
  parts.push(`<text${formatAttributes({ x, y, fill: palette.muted })} font-size="11.5">Scenario</text>`)
  x += estimateTextWidth('Scenario', 11.5) + 6
  for (const scenario of scenarios) {
    const label = truncateText(scenario, 320, 11.5, true)
    const pill = estimateTextWidth(label, 11.5, true) + 16
    parts.push(
      drawElement('rect', {
        x: x + 0.5,
        y: y - 12.5,
        width: pill - 1,
        height: 18,
        rx: 9,
        fill: palette.severitySoft.warning,
        stroke: palette.severity.warning,
      }),
      drawText(label, { x: x + 8, y, fill: palette.text, 'font-size': 11.5, 'font-weight': 600 }),
    )
    x += pill + 6
  }
  return x + 10
}

/**
 * The design's name, its CAP labels, workload and finding counts: what the top bar shows, for the picture.
 * `scenarios` names what the analysis was run under (issue 12, a load scenario), in a row of its own under the
 * name; `whatIf` the failures a what-if picture shows, in a line under that.
 */
export function renderLegend(
  design: Design,
  analysis: PictureAnalysis | undefined,
  palette: SvgPalette,
  scenarios: readonly string[] = [],
  whatIf?: { title: string },
): Legend {
  const parts: string[] = []
  const name = truncateText(design.name, 440, 14, true)
  let width = estimateTextWidth(name, 14, true) + 32
  let y = 30
  parts.push(drawText(name, { x: 16, y, fill: palette.text, 'font-size': 14, 'font-weight': 600 }))
  if (scenarios.length > 0) {
    y += 26
    width = Math.max(width, renderScenarios(scenarios, y, palette, parts))
  }
  if (whatIf) {
    // The scenario the picture shows, under the name: a picture of failures must say which ones.
    y += 24
    const title = truncateText(whatIf.title, 640, 12.5, true)
    parts.push(`<g data-legend-what-if="">${drawText(title, { x: 16, y, fill: palette.state.down, 'font-size': 12.5, 'font-weight': 600 })}</g>`)
    width = Math.max(width, estimateTextWidth(title, 12.5, true) + 32)
  }

  if (analysis) {
    y += 26
    let x = 16
    for (const [caption, cap] of [
      ['Writes', analysis.cap.design.write],
      ['Reads', analysis.cap.design.read],
    ] as const) {
      // No label: nothing user-facing reads or writes state.
      const label = cap ?? 'none'
      const colour = palette.cap[label] ?? palette.cap.CA
      parts.push(`<text${formatAttributes({ x, y, fill: palette.muted })} font-size="11.5">${caption}</text>`)
      x += estimateTextWidth(caption, 11.5) + 6
      const pill = Math.max(28, estimateTextWidth(label, 10, true) + 12)
      parts.push(
        // Drawn as the cards' CAP chips: the label's colour on the surface, a border of it where it says CP or AP.
        drawElement('rect', {
          x: x + 0.5,
          y: y - 11.5,
          width: pill - 1,
          height: 16,
          rx: 8,
          fill: palette.surface,
          stroke: colour === palette.cap.CA ? palette.borderStrong : tintColour(colour, palette.surface, 0.45),
        }),
        `<text${formatAttributes({ x: x + pill / 2, y: y, fill: colour, 'font-family': MONO_FAMILY })} font-size="10"` +
          ` font-weight="700" text-anchor="middle">${escapeXml(label)}</text>`,
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
    for (const severity of SEVERITIES) {
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
