import { useEffect, useMemo } from 'react'
import { useReactFlow } from '@xyflow/react'
import { createClipboardActions } from './clipboardActions'
import { createCommands } from './createCommands'
import { findCommandForKey, isCommandEnabled, isEditable, runCommandById, isMacPlatform } from '@renderer/commands'
import { createCompareActions } from '@renderer/compare'
import { useFitDesign } from '@renderer/canvas'
import { createDocumentActions } from '@renderer/files'
import { platform } from '@renderer/platform'
import { noteFocusReturn } from '@renderer/ui'
import { isCanvasDragHeld, useEditorStore } from '@renderer/store'
import type { EditorServices } from '@renderer/commands'

const ZOOM = { duration: 150 }

/** Escape on the canvas (not in a field, menu or dialog, which use it themselves) drops the selection. */
function clearSelectionOnEscape(event: KeyboardEvent): void {
  const target = event.target instanceof Element ? event.target : null
  if (isEditable(target) || target?.closest('dialog, [role="menu"]')) return
  const { selectedNodeIds, selectedEdgeIds, select } = useEditorStore.getState()
  if (selectedNodeIds.length + selectedEdgeIds.length > 0) select([], [])
}

/** Builds the commands once and routes keys and native-menu commands to them. */
export function useCreateEditorServices(): EditorServices {
  const flow = useReactFlow()
  const fitDesign = useFitDesign()
  const services = useMemo(() => {
    const store = useEditorStore
    const docs = createDocumentActions(store, platform)
    const compare = createCompareActions(store, platform)
    const motion = () => (matchMedia('(prefers-reduced-motion: reduce)').matches ? {} : ZOOM)
    const commands = createCommands({
      store,
      docs,
      compare,
      clipboard: createClipboardActions(store),
      view: {
        fit: () => fitDesign(motion()),
        zoomIn: () => void flow.zoomIn(motion()),
        zoomOut: () => void flow.zoomOut(motion()),
        zoomReset: () => void flow.zoomTo(1, motion()),
        toggleTheme: () => {
          const current = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'
          store.getState().setTheme(current === 'dark' ? 'light' : 'dark')
        },
      },
    })
    const runCommand = (id: string) => {
      runCommandById(commands, docs, id)
    }
    return { commands, docs, compare, runCommand }
  }, [flow, fitDesign])

  useEffect(() => {
    const isMac = isMacPlatform()
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      if (event.key === 'Escape') return clearSelectionOnEscape(event)
      const command = findCommandForKey(services.commands, event, isMac)
      if (!command) return
      event.preventDefault()
      // Not while cards are being dragged: the drop comes first (store/canvasDrag.ts).
      if (isCanvasDragHeld()) return
      // A field being edited commits on blur: Save must write what the user just typed. A dialog the command
      // opens gives the focus back to the field when it closes (ui/focusReturn.ts); any other control keeps it.
      const active = document.activeElement
      if (command.isGlobal && active instanceof HTMLElement && isEditable(active)) {
        active.blur()
        noteFocusReturn(active)
      }
      if (isCommandEnabled(command)) void command.run()
    }
    window.addEventListener('keydown', onKey)
    const stopMenu = platform.onCommand(services.runCommand)
    return () => {
      window.removeEventListener('keydown', onKey)
      stopMenu()
    }
  }, [services])

  return services
}
