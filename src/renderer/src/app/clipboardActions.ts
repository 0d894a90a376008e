import type { EditorStore } from '@renderer/store'
import { copySelection, parseClipboardText, serializeClipboard } from '@core/design/edit/clipboard'

const STEP = 24

export interface ClipboardActions {
  copy: () => Promise<void>
  paste: () => Promise<void>
  duplicate: () => void
}

/**
 * Copy writes the fragment as text to the system clipboard (so it pastes into another open design); when the
 * clipboard is unavailable (permissions, an unfocused page) the last copy kept here is used instead.
 * Each paste of the same text lands one step further along, so copies never stack exactly.
 */
export function createClipboardActions(store: EditorStore): ClipboardActions {
  let lastCopied: string | null = null
  let lastPasted: string | null = null
  let pasteCount = 0

  const readClipboard = async (): Promise<string | null> => {
    try {
      const text = await navigator.clipboard.readText()
      return text || lastCopied
    } catch {
      return lastCopied
    }
  }

  return {
    copy: async () => {
      const { design, selectedNodeIds } = store.getState()
      const payload = copySelection(design, selectedNodeIds)
      if (!payload) return
      const text = serializeClipboard(payload)
      lastCopied = text
      try {
        await navigator.clipboard.writeText(text)
      } catch {
        // Kept in memory above: paste still works inside this window.
      }
    },
    paste: async () => {
      const text = await readClipboard()
      if (!text) return
      const parsed = parseClipboardText(text)
      if (!parsed.ok) {
        store.getState().showNotice({ message: parsed.message })
        return
      }
      pasteCount = text === lastPasted ? pasteCount + 1 : 1
      lastPasted = text
      store.getState().pasteItems(parsed.payload, { x: STEP * pasteCount, y: STEP * pasteCount })
    },
    duplicate: () => {
      const { design, selectedNodeIds } = store.getState()
      const payload = copySelection(design, selectedNodeIds)
      if (payload) store.getState().pasteItems(payload, { x: STEP, y: STEP })
    },
  }
}
