import { Group, Panel, Separator } from 'react-resizable-panels'
import { AnalysisHost } from './AnalysisHost'
import { Canvas } from '@renderer/canvas'
import { ExportDialog } from '@renderer/export'
import { ImportReportDialog } from './ImportReportDialog'
import { Inspector } from '@renderer/inspector'
import { Palette } from '@renderer/palette'
import { ProblemsPanel } from '@renderer/problems'
import { OpenFileInput } from '@renderer/platform'
import { useEditorStore } from '@renderer/store'
import { TemplateGallery } from '@renderer/templates'
import { ConfirmDialog } from './ConfirmDialog'
import { FileNameDialog } from './FileNameDialog'
import { RestoreBackups } from './RestoreBackups'
import { EditorContext } from '@renderer/commands'
import { ErrorBanner } from './ErrorBanner'
import { Toast } from './Toast'
import { TopBar } from './TopBar'
import { useCreateEditorServices } from './useEditorServices'
import { DocumentSync } from './useDocumentSync'
import { useApplyTheme } from '@renderer/styles'
import { useCollapsiblePanel } from './useCollapsiblePanel'
import { CommandPalette } from './CommandPalette'
import { WhatIfPanel, useWhatIf } from '@renderer/whatif'

/** Side panels start narrower in a small window so the canvas keeps most of it (1024 px: about 560 px). */
const IS_NARROW = typeof innerWidth === 'number' && innerWidth < 1280
const PALETTE_SIZE = IS_NARROW ? 212 : 232
const INSPECTOR_SIZE = IS_NARROW ? 264 : 300

/** The frame: top bar; palette | canvas over the problems panel | inspector. Every divider resizes. */
export function App() {
  const services = useCreateEditorServices()
  useApplyTheme()
  const isPaletteOpen = useEditorStore((s) => s.isPaletteOpen)
  const isInspectorOpen = useEditorStore((s) => s.isInspectorOpen)
  const problems = useCollapsiblePanel(useEditorStore((s) => s.isProblemsOpen), useEditorStore((s) => s.setProblemsOpen))
  const palette = useCollapsiblePanel(isPaletteOpen, useEditorStore((s) => s.setPaletteOpen))
  const inspector = useCollapsiblePanel(isInspectorOpen, useEditorStore((s) => s.setInspectorOpen))
  const isWhatIf = useWhatIf((s) => s.isOn)

  return (
    <EditorContext.Provider value={services}>
      <DocumentSync docs={services.docs} />
      <div className="app">
        <TopBar />
        <ErrorBanner />
        <Group orientation="horizontal" className="frame" id="frame">
          <Panel id="palette-panel" {...palette} defaultSize={PALETTE_SIZE} minSize={180} maxSize={360}>
            {/* A folded panel leaves the Tab order and the accessibility tree, not only the screen. */}
            {isPaletteOpen && <Palette />}
          </Panel>
          <Separator className="resize-handle resize-handle--v" />
          <Panel id="centre-panel" minSize={320}>
            <Group orientation="vertical" id="centre">
              <Panel id="canvas-panel" minSize={160}>
                <Canvas />
              </Panel>
              <Separator className="resize-handle resize-handle--h" />
              <Panel id="problems-panel-slot" {...problems} defaultSize={160} minSize={80}>
                {/* The what-if mode shows its scenario and single-failure table where the problems are. */}
                {isWhatIf ? <WhatIfPanel /> : <ProblemsPanel />}
              </Panel>
            </Group>
          </Panel>
          <Separator className="resize-handle resize-handle--v" />
          <Panel id="inspector-panel" {...inspector} defaultSize={INSPECTOR_SIZE} minSize={240} maxSize={480}>
            {isInspectorOpen && <Inspector />}
          </Panel>
        </Group>
        <Toast />
        <ConfirmDialog />
        <FileNameDialog />
        <RestoreBackups />
        <ExportDialog />
        <ImportReportDialog />
        <TemplateGallery />
        <CommandPalette />
        <AnalysisHost />
        <OpenFileInput onOpen={(file) => void services.docs.openGiven(file)} />
      </div>
    </EditorContext.Provider>
  )
}
