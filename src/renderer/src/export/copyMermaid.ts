import { toMermaid } from '@core/export/mermaid'
import { getAnalysisFor } from '@renderer/analysis'
import type { CommandAction } from '@renderer/commands'
import type { EditorStore } from '@renderer/store'

/**
 * "Copy as Mermaid": core's flowchart (the text `archsight export --format mermaid` writes, with a class per
 * worst finding) on the clipboard, and a toast that says so, or why it could not.
 */
export function createCopyMermaidAction(store: EditorStore, clipboard: () => Clipboard | undefined = () => navigator.clipboard): CommandAction {
  return {
    isEnabled: () => store.getState().design.nodes.length > 0,
    run: async () => {
      const { design, showNotice } = store.getState()
      const text = toMermaid(design, getAnalysisFor(design))
      const target = clipboard()
      try {
        if (!target?.writeText) throw new Error('the clipboard is not available here')
        await target.writeText(text)
        const lines = text.trimEnd().split('\n').length
        showNotice({ message: `Copied a Mermaid flowchart of ${design.name} (${lines} lines) to the clipboard` })
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        showNotice({ message: `Could not copy the Mermaid text: ${reason}. Use archsight export --format mermaid instead.` })
      }
    },
  }
}
