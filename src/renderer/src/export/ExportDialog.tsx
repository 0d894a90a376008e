import { useMemo, useState } from 'react'
import { Copy, Download } from 'lucide-react'
import { serializeDesign } from '@core/design'
import type { SvgResult } from '@core/export/svg'
import { platform, timeSync } from '@renderer/platform'
import { useDesign, useEditorStore, useEdgeRoutes } from '@renderer/store'
import { getAnalysisFor, useAnnotationUi, listLoadScenarios, useLoadScale, withLoadScale } from '@renderer/analysis'
import { getDisplayName } from '@renderer/files'
import { copyPictureToClipboard } from './copyPng'
import { collectCurrentRoutes, prepareExport, renderExportSvg } from './exportDesign'
import { useExportDialog } from './exportDialogState'
import { FORMAT_INFO, isPictureFormat, suggestBaseName, type ExportFormat } from './exportSettings'
import { toDrawio } from '@core/drawio/exportDrawio'
import type { Design } from '@core/design'
import { ExportSettingsPanel } from './ExportSettingsPanel'
import { DialogActions, ModalDialog } from '@renderer/ui'
import { rasterizeSvg } from './rasterize'
import { computeRasterSize } from './rasterSize'
import { useSvgUrl } from './useSvgUrl'
import { useWhatIf } from '@renderer/whatif'
import './export.css'

/** The export dialog: format, scale, theme, background, legend, file name, with a live preview. */
export function ExportDialog() {
  const isOpen = useExportDialog((s) => s.isOpen)
  return isOpen ? <ExportDialogBody /> : null
}

function ExportDialogBody() {
  const settings = useExportDialog((s) => s.settings)
  const close = useExportDialog((s) => s.close)
  const design = useDesign()
  const showNotice = useEditorStore((s) => s.showNotice)
  const documentName = useEditorStore((s) => getDisplayName(s.fileName, s.design))
  const [fileName, setFileName] = useState(() =>
    suggestBaseName(documentName.replace(/\.(archsight|json|png|drawio)$/i, '')),
  )
  const [isBusy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const storedRoutes = useEdgeRoutes((s) => s.routes)
  // Under a load scenario the picture shows the scenario's analysis (the one on screen) and names it; the
  // design exported (JSON, the PNG's chunk) stays the design as it is.
  const loadScale = useLoadScale((s) => s.factor)
  const analysis = useMemo(() => getAnalysisFor(withLoadScale(design, loadScale)), [design, loadScale])
  const isHeatOn = useAnnotationUi((s) => s.isHeatOn)
  const scenario = useWhatIf((s) => s.scenario ?? undefined)
  // The routes the canvas draws right now, its heat view, its what-if scenario and the load scenario, so the
  // picture matches the canvas.
  const view = useMemo(
    () => ({ routes: collectCurrentRoutes(design, storedRoutes), heat: isHeatOn, scenario, scenarios: listLoadScenarios(design, loadScale) }),
    [design, storedRoutes, isHeatOn, scenario, loadScale],
  )
  const { theme, background, legend } = settings
  const picture = useMemo(
    () => timeSync('archsight:export-svg', () => renderExportSvg(design, { theme, background, legend }, analysis, view)),
    [design, theme, background, legend, analysis, view],
  )
  const previewUrl = useSvgUrl(picture.svg)
  const isPicture = isPictureFormat(settings.format)
  const raster = computeRasterSize(picture.width, picture.height, settings.scale)
  // The start of the file, as text: enough to see what is exported without laying out megabytes.
  const jsonPreview = useMemo(
    () => (isPicture ? '' : previewText(design, settings.format).split('\n').slice(0, 60).join('\n')),
    [design, isPicture, settings.format],
  )

  const run = async (task: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await task()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setBusy(false)
    }
  }

  const onExport = () =>
    run(async () => {
      // The preview's picture and its loaded URL: the export draws the same SVG without building or parsing it again.
      const rasterize = (svg: SvgResult, scale: number) => rasterizeSvg(svg, scale, previewUrl ?? undefined)
      const prepared = await prepareExport(design, settings, fileName, analysis, rasterize, view, picture)
      if (!(await platform.exportFile(prepared.request))) return
      close()
      showNotice({ message: prepared.notice ?? `Exported ${prepared.request.suggestedName}` })
    })

  const onCopy = () =>
    run(async () => {
      const problem = await copyPictureToClipboard(picture, settings.scale, previewUrl ?? undefined)
      if (problem) throw new Error(problem)
      close()
      showNotice({ message: 'Picture copied to the clipboard' })
    })

  const footer = (
    <>
      {error && (
        <p className="export-error" role="alert" data-testid="export-error">
          {error}
        </p>
      )}
      {settings.format === 'png' && (
        <button
          type="button"
          className="button"
          onClick={() => void onCopy()}
          disabled={isBusy}
          data-testid="export-copy"
        >
          <Copy size={14} aria-hidden="true" /> Copy PNG
        </button>
      )}
      <DialogActions
        onCancel={close}
        actionLabel={
          <>
            <Download size={14} aria-hidden="true" />
            {isBusy ? 'Exporting…' : `Export ${FORMAT_INFO[settings.format].label}`}
          </>
        }
        onAction={() => void onExport()}
        isActionDisabled={isBusy || fileName.trim() === ''}
        actionTestId="export-confirm"
      />
    </>
  )
  const caption = describeOutput(settings.format, raster, picture, design.nodes.length, design.edges.length)

  return (
    <ModalDialog title="Export" testId="export-dialog" className="export-dialog" onClose={close} footer={footer}>
      <div className="export-layout">
        <figure
          className={`export-preview${settings.background || !isPicture ? '' : ' is-transparent'}`}
          data-testid="export-preview"
        >
          {isPicture && previewUrl && <img src={previewUrl} alt={`Preview of ${design.name}`} />}
          {!isPicture && <pre className="code-block export-json">{jsonPreview}</pre>}
          <figcaption>{caption}</figcaption>
        </figure>
        <ExportSettingsPanel fileName={fileName} setFileName={setFileName} raster={raster} />
      </div>
    </ModalDialog>
  )
}

function previewText(design: Design, format: ExportFormat): string {
  return format === 'drawio' ? toDrawio(design) : serializeDesign(design)
}

function describeOutput(
  format: ExportFormat,
  raster: { width: number; height: number },
  picture: { width: number; height: number },
  nodes: number,
  edges: number,
): string {
  if (format === 'png') return `${raster.width} × ${raster.height} px · carries the design, reopens in Archsight`
  if (format === 'svg') return `${picture.width} × ${picture.height} · vector, self-contained`
  if (format === 'drawio') return `An editable draw.io diagram: ${nodes} ${nodes === 1 ? 'shape' : 'shapes'}, ${edges} ${edges === 1 ? 'edge' : 'edges'}; reimports into Archsight`
  return `The design file: ${nodes} ${nodes === 1 ? 'node' : 'nodes'}, ${edges} ${edges === 1 ? 'edge' : 'edges'}`
}
