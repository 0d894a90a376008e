import { createExportCommands } from '../export/exportCommands'
import { useAnnotationUi } from '../analysis/annotationUi'
import type { DocumentActions } from '../files/documentActions'
import { createLayoutCommand } from '../layout/layoutCommand'
import type { EditorStore } from '../store'
import { createTemplateCommand } from '../templates/templateCommand'
import type { ClipboardActions } from './clipboardActions'
import type { Command } from './types'

export interface ViewActions {
  fit: () => void
  zoomIn: () => void
  zoomOut: () => void
  toggleTheme: () => void
}

export interface CommandContext {
  store: EditorStore
  docs: DocumentActions
  clipboard: ClipboardActions
  view: ViewActions
}

export function createCommands({ store, docs, clipboard, view }: CommandContext): Command[] {
  const hasSelection = () => store.getState().selectedNodeIds.length + store.getState().selectedEdgeIds.length > 0
  const hasNodeSelection = () => store.getState().selectedNodeIds.length > 0
  return [
    { id: 'file.new', label: 'New design', shortcut: 'Mod+N', isGlobal: true, run: docs.newDesign },
    createTemplateCommand(),
    { id: 'file.open', label: 'Open…', shortcut: 'Mod+O', isGlobal: true, run: docs.open },
    { id: 'file.save', label: 'Save', shortcut: 'Mod+S', isGlobal: true, run: docs.save },
    { id: 'file.saveAs', label: 'Save as…', shortcut: 'Mod+Shift+S', isGlobal: true, run: docs.saveAs },
    ...createExportCommands(),
    {
      id: 'edit.undo',
      label: 'Undo',
      shortcut: 'Mod+Z',
      isEnabled: () => store.temporal.getState().pastStates.length > 0,
      run: () => store.getState().undo(),
    },
    {
      id: 'edit.redo',
      label: 'Redo',
      shortcut: 'Mod+Shift+Z',
      alternateShortcuts: ['Mod+Y'],
      isEnabled: () => store.temporal.getState().futureStates.length > 0,
      run: () => store.getState().redo(),
    },
    { id: 'edit.copy', label: 'Copy', shortcut: 'Mod+C', isEnabled: hasNodeSelection, run: clipboard.copy },
    { id: 'edit.paste', label: 'Paste', shortcut: 'Mod+V', run: clipboard.paste },
    { id: 'edit.duplicate', label: 'Duplicate', shortcut: 'Mod+D', isEnabled: hasNodeSelection, run: clipboard.duplicate },
    {
      id: 'edit.delete',
      label: 'Delete',
      shortcut: 'Delete',
      alternateShortcuts: ['Backspace'],
      isEnabled: hasSelection,
      run: () => store.getState().removeSelection(),
    },
    { id: 'edit.selectAll', label: 'Select all', shortcut: 'Mod+A', run: () => store.getState().selectAll() },
    { id: 'view.fit', label: 'Fit to screen', shortcut: 'Shift+1', run: view.fit },
    { id: 'view.zoomIn', label: 'Zoom in', shortcut: 'Mod+=', run: view.zoomIn },
    { id: 'view.zoomOut', label: 'Zoom out', shortcut: 'Mod+-', run: view.zoomOut },
    {
      id: 'view.toggleProblems',
      label: 'Toggle problems panel',
      shortcut: 'Mod+J',
      isGlobal: true,
      run: () => store.getState().setProblemsOpen(!store.getState().isProblemsOpen),
    },
    { id: 'view.toggleTheme', label: 'Toggle light / dark theme', run: view.toggleTheme },
    { id: 'view.toggleHeat', label: 'Toggle load heat view', shortcut: 'Shift+H', run: () => useAnnotationUi.getState().toggleHeat() },
    createLayoutCommand(store, view.fit),
    { id: 'design.rules', label: 'Rules…', run: () => useAnnotationUi.getState().setRulesOpen(true) },
  ]
}
