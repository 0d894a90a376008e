import type { Analysis } from '../../../core/analysis'
import { serializeDesign, type Design } from '../../../core/design'
import { embedDesignInPng } from '../../../core/export/pngChunk'
import { renderDesignSvg, type SvgResult } from '../../../core/export/svg'
import type { PictureOptions } from '../../../core/picture'
import { collectCurrentRoutes, type ExportRoutes } from '../store/edgeRoutes'
import type { ExportRequest } from '../platform/types'
import { FORMAT_INFO, withExtension, type ExportSettings } from './exportSettings'
import { describeReduction, type RasterSize } from './rasterSize'
import { timeAsync, timeSync } from '../platform/timing'

/**
 * Design + the dialog's choices -> the bytes to save. The picture is core's renderDesignSvg, the same one
 * `archsight export` writes, so the app and the CLI export identical drawings. A PNG carries the design in a
 * chunk, so opening the picture restores the design exactly. Edges auto-layout routed are drawn along the same
 * routes the canvas shows (the CLI has no routes and keeps curves).
 */

export { collectCurrentRoutes, type ExportRoutes }

/** What the canvas shows beyond the design, so the picture shows it too: auto-layout's routes, the heat view. */
export type ExportView = Pick<PictureOptions, 'routes' | 'heat'>

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

export function renderExportSvg(
  design: Design,
  settings: ExportSettings,
  analysis: Analysis | undefined,
  view: ExportView = {},
): SvgResult {
  return renderDesignSvg(design, {
    theme: settings.theme,
    background: settings.background,
    analysis,
    legend: settings.legend,
    routes: view.routes,
    heat: view.heat,
  })
}

export async function prepareExport(
  design: Design,
  settings: ExportSettings,
  fileName: string,
  analysis: Analysis | undefined,
  rasterize: Rasterize,
  view: ExportView = {},
): Promise<PreparedExport> {
  const { mimeType } = FORMAT_INFO[settings.format]
  const suggestedName = withExtension(fileName, settings.format)
  if (settings.format === 'json') return { request: { suggestedName, mimeType, data: serializeDesign(design) } }
  const picture = timeSync('archsight:export-svg', () => renderExportSvg(design, settings, analysis, view))
  if (settings.format === 'svg') return { request: { suggestedName, mimeType, data: picture.svg + '\n' } }
  const { png, size } = await timeAsync('archsight:export-rasterize', () => rasterize(picture, settings.scale))
  const data = timeSync('archsight:export-chunk', () => embedDesignInPng(png, serializeDesign(design)))
  return {
    request: { suggestedName, mimeType, data },
    notice: size.isReduced ? describeReduction(size, settings.scale) : undefined,
  }
}
