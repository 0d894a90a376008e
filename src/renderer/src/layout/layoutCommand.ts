import type { Command } from '../commands/types'
import type { EditorStore } from '../store'
import { autoLayoutInEditor } from './autoLayout'

/** Design > Auto-layout (Mod+Shift+L): the whole design, or the selection when 2+ nodes are selected. */
export function createLayoutCommand(store: EditorStore, fit: () => void): Command {
  return {
    id: 'design.autoLayout',
    label: 'Auto-layout',
    shortcut: 'Mod+Shift+L',
    isEnabled: () => store.getState().design.nodes.length > 0,
    run: () => autoLayoutInEditor(store, fit),
  }
}
