import { useEffect } from 'react'
import { Group, Panel, Separator, usePanelRef } from 'react-resizable-panels'
import { AnalysisHost } from '../analysis/AnalysisHost'
import { Canvas } from '../canvas/Canvas'
import { ExportDialog } from '../export/ExportDialog'
import { Inspector } from '../inspector/Inspector'
import { Palette } from '../palette/Palette'
import { ProblemsPanel } from '../problems/ProblemsPanel'
import { OpenFileInput } from '../platform/OpenFileInput'
import { useEditorStore } from '../store'
import { TemplateGallery } from '../templates/TemplateGallery'
import { ConfirmDialog } from './ConfirmDialog'
import { FileNameDialog } from './FileNameDialog'
import { RestoreBackups } from './RestoreBackups'
import { EditorContext } from './editorContext'
import { ErrorBanner } from './ErrorBanner'
import { Toast } from './Toast'
import { TopBar } from './TopBar'
import { useCreateEditorServices } from './useEditorServices'
import { useDocumentSync } from './useDocumentSync'
import { useApplyTheme } from './useTheme'

/** The frame: top bar; palette | canvas over the problems panel | inspector. Every divider resizes. */
export function App() {
  const services = useCreateEditorServices()
  useApplyTheme()
  useDocumentSync(services.docs)
  const isProblemsOpen = useEditorStore((s) => s.isProblemsOpen)
  const setProblemsOpen = useEditorStore((s) => s.setProblemsOpen)
  const problemsRef = usePanelRef()

  useEffect(() => {
    const panel = problemsRef.current
    if (!panel) return
    if (isProblemsOpen && panel.isCollapsed()) panel.expand()
    if (!isProblemsOpen && !panel.isCollapsed()) panel.collapse()
  }, [isProblemsOpen, problemsRef])

  return (
    <EditorContext.Provider value={services}>
      <div className="app">
        <TopBar />
        <ErrorBanner />
        <Group orientation="horizontal" className="frame" id="frame">
          <Panel id="palette-panel" defaultSize={232} minSize={180} maxSize={360} groupResizeBehavior="preserve-pixel-size">
            <Palette />
          </Panel>
          <Separator className="resize-handle resize-handle--v" />
          <Panel id="centre-panel" minSize={320}>
            <Group orientation="vertical" id="centre">
              <Panel id="canvas-panel" minSize={160}>
                <Canvas />
              </Panel>
              <Separator className="resize-handle resize-handle--h" />
              <Panel
                id="problems-panel-slot"
                panelRef={problemsRef}
                defaultSize={160}
                minSize={80}
                collapsible
                collapsedSize={0}
                groupResizeBehavior="preserve-pixel-size"
                onResize={(size) => {
                  const isOpen = size.inPixels > 0
                  if (isOpen !== useEditorStore.getState().isProblemsOpen) setProblemsOpen(isOpen)
                }}
              >
                <ProblemsPanel />
              </Panel>
            </Group>
          </Panel>
          <Separator className="resize-handle resize-handle--v" />
          <Panel id="inspector-panel" defaultSize={300} minSize={240} maxSize={480} groupResizeBehavior="preserve-pixel-size">
            <Inspector />
          </Panel>
        </Group>
        <Toast />
        <ConfirmDialog />
        <FileNameDialog />
        <RestoreBackups />
        <ExportDialog />
        <TemplateGallery />
        <AnalysisHost />
        <OpenFileInput onOpen={(file) => void services.docs.openGiven(file)} />
      </div>
    </EditorContext.Provider>
  )
}
