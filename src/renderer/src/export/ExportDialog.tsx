import { useMemo, useState } from 'react'
import { Copy, Download } from 'lucide-react'
import { analyze } from '../../../core/analysis'
import { platform } from '../platform'
import { useDesign, useEditorStore } from '../store'
import { getDisplayName } from '../files/documentActions'
import { ChoiceGroup } from './ChoiceGroup'
import { copyPictureToClipboard } from './copyPng'
import { prepareExport, renderExportSvg } from './exportDesign'
import { useExportDialog } from './exportDialogState'
import { FORMAT_INFO, suggestBaseName, type ExportFormat, type ExportTheme } from './exportSettings'
import { ModalDialog } from './ModalDialog'
import { rasterizeSvg } from './rasterize'
import { computeRasterSize, EXPORT_SCALES, formatScale, type ExportScale } from './rasterSize'
import { useSvgUrl } from './useSvgUrl'

const FORMATS = (['png', 'svg', 'json'] as const).map((value) => ({ value, label: FORMAT_INFO[value].label }))
const SCALES = EXPORT_SCALES.map((value) => ({ value, label: `${value}x` }))
const THEMES = [
  { value: 'light' as const, label: 'Light' },
  { value: 'dark' as const, label: 'Dark' },
]

/** The export dialog: format, scale, theme, background, legend, file name, with a live preview. */
export function ExportDialog() {
  const isOpen = useExportDialog((s) => s.isOpen)
  return isOpen ? <ExportDialogBody /> : null
}

function ExportDialogBody() {
  const settings = useExportDialog((s) => s.settings)
  const update = useExportDialog((s) => s.update)
  const close = useExportDialog((s) => s.close)
  const design = useDesign()
  const showNotice = useEditorStore((s) => s.showNotice)
  const documentName = useEditorStore((s) => getDisplayName(s.fileName, s.design))
  const [fileName, setFileName] = useState(() => suggestBaseName(documentName.replace(/\.(archsight|json|png)$/i, '')))
  const [isBusy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const analysis = useMemo(() => analyze(design), [design])
  const picture = useMemo(() => renderExportSvg(design, settings, analysis), [design, settings, analysis])
  const previewUrl = useSvgUrl(picture.svg)
  const isPicture = settings.format !== 'json'
  const raster = computeRasterSize(picture.width, picture.height, settings.scale)

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
      const prepared = await prepareExport(design, settings, fileName, analysis, rasterizeSvg)
      if (!(await platform.exportFile(prepared.request))) return
      close()
      showNotice({ message: prepared.notice ?? `Exported ${prepared.request.suggestedName}` })
    })

  const onCopy = () =>
    run(async () => {
      const problem = await copyPictureToClipboard(picture, settings.scale)
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
        <button type="button" className="dialog-button" onClick={() => void onCopy()} disabled={isBusy} data-testid="export-copy">
          <Copy size={14} aria-hidden="true" /> Copy PNG
        </button>
      )}
      <button type="button" className="dialog-button" onClick={close}>
        Cancel
      </button>
      <button
        type="button"
        className="dialog-button dialog-button--primary"
        onClick={() => void onExport()}
        disabled={isBusy || fileName.trim() === ''}
        data-testid="export-confirm"
      >
        <Download size={14} aria-hidden="true" /> {isBusy ? 'Exporting…' : `Export ${FORMAT_INFO[settings.format].label}`}
      </button>
    </>
  )

  return (
    <ModalDialog title="Export" testId="export-dialog" className="export-dialog" onClose={close} footer={footer}>
      <div className="export-layout">
        <figure className={`export-preview${settings.background ? '' : ' is-transparent'}`} data-testid="export-preview">
          {previewUrl && <img src={previewUrl} alt={`Preview of ${design.name}`} />}
          <figcaption>{describeOutput(settings.format, raster, picture, design.nodes.length, design.edges.length)}</figcaption>
        </figure>
        <div className="export-settings">
          <ChoiceGroup<ExportFormat> label="Format" name="export-format" value={settings.format} options={FORMATS} onChange={(format) => update({ format })} />
          {settings.format === 'png' && (
            <ChoiceGroup<ExportScale> label="Scale" name="export-scale" value={settings.scale} options={SCALES} onChange={(scale) => update({ scale })} />
          )}
          {isPicture && (
            <>
              <ChoiceGroup<ExportTheme> label="Theme" name="export-theme" value={settings.theme} options={THEMES} onChange={(theme) => update({ theme })} />
              <label className="export-switch">
                <input type="checkbox" checked={settings.background} onChange={(e) => update({ background: e.target.checked })} data-testid="export-background" />
                <span>Background</span>
                <small>{settings.background ? 'Filled with the theme colour' : 'Transparent'}</small>
              </label>
              <label className="export-switch">
                <input type="checkbox" checked={settings.legend} onChange={(e) => update({ legend: e.target.checked })} data-testid="export-legend" />
                <span>Legend</span>
                <small>CAP, workload and finding counts under the picture</small>
              </label>
            </>
          )}
          <label className="export-field">
            <span>File name</span>
            <span className="export-field__input">
              <input value={fileName} onChange={(e) => setFileName(e.target.value)} spellCheck={false} data-testid="export-file-name" />
              <span className="export-field__ext">.{FORMAT_INFO[settings.format].extension}</span>
            </span>
          </label>
          {settings.format === 'png' && raster.isReduced && (
            <p className="export-warning" data-testid="export-reduced">
              Too large for {settings.scale}x: the PNG will be scaled to {formatScale(raster.scale)}x to fit the browser's canvas limit.
            </p>
          )}
        </div>
      </div>
    </ModalDialog>
  )
}

function describeOutput(
  format: ExportFormat,
  raster: { width: number; height: number },
  picture: { width: number; height: number },
  nodes: number,
  edges: number,
): string {
  if (format === 'png') return `${raster.width} × ${raster.height} px · the design is embedded and reopens in Archsight`
  if (format === 'svg') return `${picture.width} × ${picture.height} · vector, self-contained`
  return `The design file: ${nodes} ${nodes === 1 ? 'node' : 'nodes'}, ${edges} ${edges === 1 ? 'edge' : 'edges'}`
}
