import { COMMANDS, type CommandId } from '@shared/commands'
import { useAnnotationUi } from '@renderer/analysis'
import type { CompareActions } from '@renderer/compare'
import { createCopyMermaidAction, createExportActions } from '@renderer/export'
import type { DocumentActions } from '@renderer/files'
import { createLayoutAction } from '@renderer/layout'
import type { EditorStore } from '@renderer/store'
import { createTemplateAction } from '@renderer/templates'
import { useWhatIf } from '@renderer/whatif'
import type { ClipboardActions } from './clipboardActions'
import type { Command, CommandAction } from '@renderer/commands'

export interface ViewActions {
  fit: () => void
  zoomIn: () => void
  zoomOut: () => void
  zoomReset: () => void
  toggleTheme: () => void
}

export interface CommandContext {
  store: EditorStore
  docs: DocumentActions
  compare: CompareActions
  clipboard: ClipboardActions
  view: ViewActions
}

/**
 * The shared command table with the renderer's actions attached. The record is typed by the table's ids, so
 * a command added to the table without an action here (or an action for no command) fails to compile.
 */
export function createCommands({ store, docs, compare, clipboard, view }: CommandContext): Command[] {
  const state = () => store.getState()
  const hasSelection = () => state().selectedNodeIds.length + state().selectedEdgeIds.length > 0
  const hasNodeSelection = () => state().selectedNodeIds.length > 0
  const hasOneComponent = () => {
    const ids = state().selectedNodeIds
    return ids.length === 1 && state().design.nodes.some((n) => n.id === ids[0] && n.kind !== 'zone')
  }
  const actions: Record<CommandId, CommandAction> = {
    'file.new': { run: docs.newDesign },
    'file.newFromTemplate': createTemplateAction(),
    'file.open': { run: docs.open },
    'file.importDrawio': { run: docs.drawio.pick },
    'file.save': { run: docs.save },
    'file.saveAs': { run: docs.saveAs },
    ...createExportActions(),
    'file.copyMermaid': createCopyMermaidAction(store),
    'file.compareWith': { run: compare.pick },
    'edit.undo': { isEnabled: () => store.temporal.getState().pastStates.length > 0, run: () => state().undo() },
    'edit.redo': { isEnabled: () => store.temporal.getState().futureStates.length > 0, run: () => state().redo() },
    'edit.copy': { isEnabled: hasNodeSelection, run: clipboard.copy },
    'edit.paste': { run: clipboard.paste },
    'edit.duplicate': { isEnabled: hasNodeSelection, run: clipboard.duplicate },
    'edit.delete': { isEnabled: hasSelection, run: () => state().removeSelection() },
    'edit.selectAll': { run: () => state().selectAll() },
    'edit.connect': { isEnabled: hasOneComponent, run: () => state().requestConnect() },
    'view.commandPalette': { run: () => state().setCommandPaletteOpen(!state().isCommandPaletteOpen) },
    'view.fit': { run: view.fit },
    'view.zoomIn': { run: view.zoomIn },
    'view.zoomOut': { run: view.zoomOut },
    'view.zoomReset': { run: view.zoomReset },
    'view.togglePalette': { run: () => state().setPaletteOpen(!state().isPaletteOpen) },
    'view.toggleInspector': { run: () => state().setInspectorOpen(!state().isInspectorOpen) },
    'view.toggleProblems': { run: () => state().setProblemsOpen(!state().isProblemsOpen) },
    'view.toggleHeat': { run: () => useAnnotationUi.getState().toggleHeat() },
    'view.toggleWhatIf': { run: () => useWhatIf.getState().toggle() },
    'view.toggleTheme': { run: view.toggleTheme },
    'design.autoLayout': createLayoutAction(store, view.fit),
    'design.rules': { run: () => useAnnotationUi.getState().setRulesOpen(true) },
  }
  return COMMANDS.map((spec) => ({ ...spec, ...actions[spec.id] }))
}
