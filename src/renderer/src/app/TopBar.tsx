import {
  FileInput,
  FilePlus,
  FolderOpen,
  GitCompareArrows,
  LayoutTemplate,
  Maximize,
  Moon,
  Network,
  PanelBottom,
  PanelLeft,
  PanelRight,
  Redo2,
  Save,
  Search,
  Sun,
  Undo2,
} from 'lucide-react'
import { ExportMenu } from '@renderer/export'
import { AutoLayoutButton } from '@renderer/layout'
import { SummaryBar } from '@renderer/summary'
import { useCanRedo, useCanUndo, useEditorStore, useIsDirty } from '@renderer/store'
import { getDisplayName } from '@renderer/files'
import { CommandButton } from './CommandButton'
import { useEditorServices } from '@renderer/commands'
import { RecentMenu } from './RecentMenu'
import { useResolvedTheme } from '@renderer/styles'

export function TopBar() {
  const name = useEditorStore((s) => getDisplayName(s.fileName, s.design))
  const isSaved = useEditorStore((s) => s.fileName !== null)
  const isDirty = useIsDirty()
  const canUndo = useCanUndo()
  const canRedo = useCanRedo()
  const theme = useResolvedTheme()
  const { runCommand } = useEditorServices()
  const isPaletteOpen = useEditorStore((s) => s.isPaletteOpen)
  const isInspectorOpen = useEditorStore((s) => s.isInspectorOpen)
  const isProblemsOpen = useEditorStore((s) => s.isProblemsOpen)
  return (
    <header className="top-bar">
      <div className="top-bar__brand" aria-hidden="true">
        <Network size={16} />
      </div>
      <div className="top-bar__title" data-testid="document-title" title={name}>
        <span className="top-bar__name">{name}</span>
        <span className={`file-state${isDirty ? ' is-dirty' : ''}`} data-testid="file-state" title={isDirty ? 'Unsaved changes' : undefined}>
          {isDirty ? (
            <>
              ● <span className="file-state__words">Unsaved changes</span>
            </>
          ) : isSaved ? (
            'Saved'
          ) : (
            'Not saved yet'
          )}
        </span>
      </div>
      <nav className="top-bar__tools" aria-label="File and edit">
        <CommandButton id="file.new" icon={<FilePlus size={16} />} />
        <button
          type="button"
          className="quiet-button toolbar-button"
          data-testid="new-from-template"
          title="New from template…"
          aria-label="New from template…"
          onClick={() => runCommand('file.newFromTemplate')}
        >
          <LayoutTemplate size={16} />
        </button>
        <CommandButton id="file.open" icon={<FolderOpen size={16} />} />
        <RecentMenu />
        <CommandButton id="file.importDrawio" icon={<FileInput size={16} />} />
        <CommandButton id="file.compareWith" icon={<GitCompareArrows size={16} />} />
        <CommandButton id="file.save" icon={<Save size={16} />} />
        <ExportMenu />
        <span className="toolbar-sep" />
        <CommandButton id="edit.undo" icon={<Undo2 size={16} />} isEnabled={canUndo} />
        <CommandButton id="edit.redo" icon={<Redo2 size={16} />} isEnabled={canRedo} />
        <span className="toolbar-sep" />
        <AutoLayoutButton />
        <CommandButton id="view.fit" icon={<Maximize size={16} />} />
        <CommandButton id="view.toggleTheme" icon={theme === 'dark' ? <Sun size={16} /> : <Moon size={16} />} />
      </nav>
      <div className="top-bar__summary">
        <SummaryBar />
      </div>
      <nav className="top-bar__layout" aria-label="Layout">
        <CommandButton id="view.commandPalette" icon={<Search size={16} />} />
        <span className="toolbar-sep" />
        <CommandButton id="view.togglePalette" icon={<PanelLeft size={16} />} isPressed={isPaletteOpen} />
        <CommandButton id="view.toggleProblems" icon={<PanelBottom size={16} />} isPressed={isProblemsOpen} />
        <CommandButton id="view.toggleInspector" icon={<PanelRight size={16} />} isPressed={isInspectorOpen} />
      </nav>
    </header>
  )
}
