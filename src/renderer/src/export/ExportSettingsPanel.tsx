import { ChoiceGroup } from '@renderer/ui'
import { FORMAT_INFO, isPictureFormat, type ExportFormat, type ExportSettings, type ExportTheme } from './exportSettings'
import { EXPORT_SCALES, formatScale, type ExportScale, type RasterSize } from './rasterSize'

const FORMATS = (['png', 'svg', 'json', 'drawio'] as const).map((value) => ({ value, label: FORMAT_INFO[value].label }))
const SCALES = EXPORT_SCALES.map((value) => ({ value, label: `${value}x` }))
const THEMES = [
  { value: 'light' as const, label: 'Light' },
  { value: 'dark' as const, label: 'Dark' },
]

interface Props {
  settings: ExportSettings
  update: (patch: Partial<ExportSettings>) => void
  fileName: string
  setFileName: (name: string) => void
  raster: RasterSize
}

/** The export dialog's right-hand column: what to export and under which name. */
export function ExportSettingsPanel({ settings, update, fileName, setFileName, raster }: Props) {
  const isPicture = isPictureFormat(settings.format)
  return (
    <div className="export-settings">
      <ChoiceGroup<ExportFormat>
        label="Format"
        name="export-format"
        value={settings.format}
        options={FORMATS}
        onChange={(format) => update({ format })}
      />
      {settings.format === 'png' && (
        <ChoiceGroup<ExportScale>
          label="Scale"
          name="export-scale"
          value={settings.scale}
          options={SCALES}
          onChange={(scale) => update({ scale })}
        />
      )}
      {isPicture && (
        <>
          <ChoiceGroup<ExportTheme>
            label="Theme"
            name="export-theme"
            value={settings.theme}
            options={THEMES}
            onChange={(theme) => update({ theme })}
          />
          <ExportSwitch
            label="Background"
            note={settings.background ? 'Filled with the theme colour' : 'Transparent'}
            isOn={settings.background}
            onChange={(background) => update({ background })}
            testId="export-background"
          />
          <ExportSwitch
            label="Legend"
            note="CAP, workload and finding counts under the picture"
            isOn={settings.legend}
            onChange={(legend) => update({ legend })}
            testId="export-legend"
          />
        </>
      )}
      <label className="export-field">
        <span>File name</span>
        <span className="export-field__input">
          <input
            value={fileName}
            onChange={(e) => setFileName(e.target.value)}
            spellCheck={false}
            data-testid="export-file-name"
          />
          <span className="export-field__ext">.{FORMAT_INFO[settings.format].extension}</span>
        </span>
      </label>
      {settings.format === 'png' && raster.isReduced && (
        <p className="export-warning" data-testid="export-reduced">
          Too large for {settings.scale}x: the PNG will be scaled to {formatScale(raster.scale)}x to fit the
          browser&apos;s canvas limit.
        </p>
      )}
    </div>
  )
}

interface ExportSwitchProps {
  label: string
  note: string
  isOn: boolean
  onChange: (isOn: boolean) => void
  testId: string
}

/** A checkbox with its label and a quiet line saying what it does; the picture options are all of this kind. */
function ExportSwitch({ label, note, isOn, onChange, testId }: ExportSwitchProps) {
  return (
    <label className="export-switch">
      <input type="checkbox" checked={isOn} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      <span>{label}</span>
      <small>{note}</small>
    </label>
  )
}
