import { ChoiceGroup } from '@renderer/ui'
import { useExportDialog } from './exportDialogState'
import { FORMAT_INFO, isPictureFormat, type ExportSettings } from './exportSettings'
import { EXPORT_SCALES, formatScale, type RasterSize } from './rasterSize'

const FORMATS = (['png', 'svg', 'json', 'drawio'] as const).map((value) => ({ value, label: FORMAT_INFO[value].label }))
const SCALES = EXPORT_SCALES.map((value) => ({ value, label: `${value}x` }))
const THEMES = [
  { value: 'light' as const, label: 'Light' },
  { value: 'dark' as const, label: 'Dark' },
]

interface Props {
  fileName: string
  setFileName: (name: string) => void
  raster: RasterSize
}

/** The export dialog's right-hand column: what to export and under which name. */
export function ExportSettingsPanel({ fileName, setFileName, raster }: Props) {
  const settings = useExportDialog((s) => s.settings)
  const isPicture = isPictureFormat(settings.format)
  return (
    <div className="export-settings">
      <SettingChoice setting="format" label="Format" options={FORMATS} />
      {settings.format === 'png' && <SettingChoice setting="scale" label="Scale" options={SCALES} />}
      {isPicture && (
        <>
          <SettingChoice setting="theme" label="Theme" options={THEMES} />
          <SettingSwitch
            setting="background"
            label="Background"
            note={settings.background ? 'Filled with the theme colour' : 'Transparent'}
          />
          <SettingSwitch setting="legend" label="Legend" note="CAP, workload and finding counts under the picture" />
        </>
      )}
      <label className="export-field">
        <span className="section-heading">File name</span>
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

type ChoiceSetting = 'format' | 'scale' | 'theme'

/** A setting chosen among a few (format, scale, theme): a radio group named after it. */
function SettingChoice<K extends ChoiceSetting>(props: {
  setting: K
  label: string
  options: readonly { value: ExportSettings[K]; label: string }[]
}) {
  const value = useExportDialog((s) => s.settings[props.setting])
  const update = useExportDialog((s) => s.update)
  return (
    <ChoiceGroup<ExportSettings[K]>
      label={props.label}
      name={`export-${props.setting}`}
      value={value}
      options={props.options}
      onChange={(next) => update({ [props.setting]: next })}
    />
  )
}

/** A picture option on or off: a checkbox with its label and a quiet line saying what it does. */
function SettingSwitch({ setting, label, note }: { setting: 'background' | 'legend'; label: string; note: string }) {
  const isOn = useExportDialog((s) => s.settings[setting])
  const update = useExportDialog((s) => s.update)
  return (
    <label className="export-switch">
      <input
        type="checkbox"
        checked={isOn}
        onChange={(e) => update({ [setting]: e.target.checked })}
        data-testid={`export-${setting}`}
      />
      <span>{label}</span>
      <small>{note}</small>
    </label>
  )
}
