import type { Analysis } from '../../../core/analysis'
import { serializeDesign, type Design } from '../../../core/design'
import { toDrawio } from '../../../core/drawio/exportDrawio'
import { embedDesignInPng } from '../../../core/export/pngChunk'
import { renderDesignSvg, type SvgOptions, type SvgResult } from '../../../core/export/svg'
import { isRouteCurrent, type StoredRoute } from '../canvas/edges/edgeRoutes'
import type { ExportRequest } from '../platform/types'
import { FORMAT_INFO, withExtension, type ExportSettings } from './exportSettings'
import { describeReduction, type RasterSize } from './rasterSize'
import { timeAsync, timeSync } from './timing'

/**
 * Design + the dialog's choices -> the bytes to save. The picture is core's renderDesignSvg, the same one
 * `archsight export` writes, so the app and the CLI export identical drawings. A PNG carries the design in a
 * chunk, so opening the picture restores the design exactly. Edges auto-layout routed are drawn along the same
 * routes the canvas shows (the CLI has no routes and keeps curves).
 */

export type ExportRoutes = NonNullable<SvgOptions['routes']>

export interface RasterizedPng {
  png: Uint8Array
  size: RasterSize
}

export type Rasterize = (svg: SvgResult, scale: number) => Promise<RasterizedPng>

export interface PreparedExport {
  request: ExportRequest
  /** Set when the picture had to be made smaller than asked. */
  notice?: string
}

/**
 * The stored routes the canvas draws right now: the edge still exists, joins the same two nodes, and both sit
 * where the layout left them (edgeRoutes.ts isRouteCurrent, the rule ArchEdge uses). A stale route is left out,
 * so the picture shows that edge as the canvas does: as a curve.
 */
export function collectCurrentRoutes(design: Design, stored: ReadonlyMap<string, StoredRoute>): ExportRoutes {
  if (stored.size === 0) return {}
  const positions = new Map(design.nodes.map((n) => [n.id, n.position]))
  const current: [string, { points: StoredRoute['points'] }][] = []
  for (const edge of design.edges) {
    const route = stored.get(edge.id)
    const sourceAt = positions.get(edge.source)
    const targetAt = positions.get(edge.target)
    if (route && sourceAt && targetAt && isRouteCurrent(route, edge, sourceAt, targetAt))
      current.push([edge.id, { points: route.points }])
  }
  // fromEntries defines own properties, so an edge id like "__proto__" stays a plain key.
  return Object.fromEntries(current)
}

export function renderExportSvg(
  design: Design,
  settings: ExportSettings,
  analysis: Analysis | undefined,
  routes?: ExportRoutes,
): SvgResult {
  return renderDesignSvg(design, {
    theme: settings.theme,
    background: settings.background,
    analysis,
    legend: settings.legend,
    routes,
  })
}

export async function prepareExport(
  design: Design,
  settings: ExportSettings,
  fileName: string,
  analysis: Analysis | undefined,
  rasterize: Rasterize,
  routes?: ExportRoutes,
): Promise<PreparedExport> {
  const { mimeType } = FORMAT_INFO[settings.format]
  const suggestedName = withExtension(fileName, settings.format)
  if (settings.format === 'json') return { request: { suggestedName, mimeType, data: serializeDesign(design) } }
  // core's exporter, the file `archsight export --format drawio` writes: AWS 4 shapes, zones as groups.
  if (settings.format === 'drawio') return { request: { suggestedName, mimeType, data: toDrawio(design) } }
  const picture = timeSync('archsight:export-svg', () => renderExportSvg(design, settings, analysis, routes))
  if (settings.format === 'svg') return { request: { suggestedName, mimeType, data: picture.svg + '\n' } }
  const { png, size } = await timeAsync('archsight:export-rasterize', () => rasterize(picture, settings.scale))
  const data = timeSync('archsight:export-chunk', () => embedDesignInPng(png, serializeDesign(design)))
  return {
    request: { suggestedName, mimeType, data },
    notice: size.isReduced ? describeReduction(size, settings.scale) : undefined,
  }
}
