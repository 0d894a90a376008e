import type { Analysis } from '@core/analysis'
import { serializeDesign, type Design } from '@core/design'
import { toDrawio } from '@core/drawio/exportDrawio'
import { renderDesignSvg, type SvgOptions, type SvgResult } from '@core/export/svg'
import type { PictureOptions } from '@core/picture'
import { collectCurrentRoutes, type ExportRoutes } from '@renderer/store'
import type { ExportRequest } from '@renderer/platform'
import { FORMAT_INFO, withExtension, type ExportSettings } from './exportSettings'
import { embedDesignInPngBlob } from './pngBlob'
import { describeReduction, type RasterSize } from './rasterSize'
import { timeAsync, timeSync } from '@renderer/platform'

/**
 * Design + the dialog's choices -> the bytes to save. The picture is core's renderDesignSvg, the same one
 * `archsight export` writes, so the app and the CLI export identical drawings. A PNG carries the design in a
 * chunk, so opening the picture restores the design exactly. Edges auto-layout routed are drawn along the same
 * routes the canvas shows (the CLI has no routes and keeps curves).
 */

export { collectCurrentRoutes, type ExportRoutes }

/**
 * What the canvas shows beyond the design, so the picture shows it too: auto-layout's routes, the heat view, a
 * what-if scenario, and the load scenarios the analysis ran under (named in the legend).
 */
export type ExportView = Pick<PictureOptions, 'routes' | 'heat' | 'scenario'> & Pick<SvgOptions, 'scenarios'>

export interface RasterizedPng {
  /** As the canvas encoded it: a Blob, so its bytes stay in the browser's blob store (see pngBlob.ts). */
  png: Blob
  size: RasterSize
}

export type Rasterize = (svg: SvgResult, scale: number) => Promise<RasterizedPng>

export interface PreparedExport {
  request: ExportRequest
  /** Set when the picture had to be made smaller than asked. */
  notice?: string
}

/** The picture reads only these settings: a change of scale or format must not draw it again. */
export type PictureSettings = Pick<ExportSettings, 'theme' | 'background' | 'legend'>

export function renderExportSvg(
  design: Design,
  settings: PictureSettings,
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
    scenarios: view.scenarios,
    scenario: view.scenario,
  })
}

/**
 * `drawn`: the picture of exactly these inputs when the caller has it already (the dialog's preview), so a
 * 500-node design is not drawn twice; it must be renderExportSvg(design, settings, analysis, routes).
 */
export async function prepareExport(
  design: Design,
  settings: ExportSettings,
  fileName: string,
  analysis: Analysis | undefined,
  rasterize: Rasterize,
  view: ExportView = {},
  drawn?: SvgResult,
): Promise<PreparedExport> {
  const { mimeType } = FORMAT_INFO[settings.format]
  const suggestedName = withExtension(fileName, settings.format)
  if (settings.format === 'json') return { request: { suggestedName, mimeType, data: serializeDesign(design) } }
  // core's exporter, the file `archsight export --format drawio` writes: AWS 4 shapes, zones as groups.
  if (settings.format === 'drawio') return { request: { suggestedName, mimeType, data: toDrawio(design) } }
  const picture = drawn ?? timeSync('archsight:export-svg', () => renderExportSvg(design, settings, analysis, view))
  if (settings.format === 'svg') return { request: { suggestedName, mimeType, data: picture.svg + '\n' } }
  const { png, size } = await timeAsync('archsight:export-rasterize', () => rasterize(picture, settings.scale))
  const data = await timeAsync('archsight:export-chunk', () => embedDesignInPngBlob(png, serializeDesign(design)))
  return {
    request: { suggestedName, mimeType, data },
    notice: size.isReduced ? describeReduction(size, settings.scale) : undefined,
  }
}
