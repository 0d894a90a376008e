import type { CommandAction } from '@renderer/commands'
import type { EditorStore } from '@renderer/store'
import { autoLayoutInEditor } from './autoLayout'

/** Design > Auto-layout: the whole design, or the selection when 2+ nodes are selected. */
export function createLayoutAction(store: EditorStore, fit: () => void): CommandAction {
  return {
    isEnabled: () => store.getState().design.nodes.length > 0,
    run: () => autoLayoutInEditor(store, fit),
  }
}
