import { beforeEach, describe, expect, it } from 'vitest'
import { useLoadScale } from '@renderer/analysis'
import { useWhatIf } from '@renderer/whatif'
import { useExportDialog } from './exportDialogState'

describe('export dialog legend', () => {
  beforeEach(() => {
    useExportDialog.setState({ isLegendChosen: false, settings: { ...useExportDialog.getState().settings, legend: false } })
    useWhatIf.setState({ isOn: false, fails: [] })
    useLoadScale.setState({ factor: 1 })
  })

  it('is off for the design as it is', () => {
    useExportDialog.getState().open('png')
    expect(useExportDialog.getState().settings.legend).toBe(false)
  })

  it('is on while a what-if or a load scenario is on screen, so the picture names it', () => {
    useWhatIf.setState({ isOn: true, fails: [{ type: 'node', id: 'lb' }] })
    useExportDialog.getState().open('svg')
    expect(useExportDialog.getState().settings.legend).toBe(true)
    useWhatIf.setState({ isOn: false, fails: [] })
    useLoadScale.setState({ factor: 50 })
    useExportDialog.getState().open('png')
    expect(useExportDialog.getState().settings.legend).toBe(true)
  })

  it("keeps the user's own choice once they made one", () => {
    useExportDialog.getState().update({ legend: false })
    useLoadScale.setState({ factor: 50 })
    useExportDialog.getState().open('png')
    expect(useExportDialog.getState().settings.legend).toBe(false)
  })
})
