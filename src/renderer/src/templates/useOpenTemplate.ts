import { useCallback } from 'react'
import { useEditorServices } from '@renderer/commands'
import { useEditorStore } from '@renderer/store'
import { openTemplate, useTemplateGallery } from './openTemplate'
import type { Template } from './templates'

/** Choose a template from the gallery or the empty canvas: open it, close the gallery, fit it on screen. */
export function useOpenTemplate(): (template: Template) => Promise<void> {
  const { runCommand, docs } = useEditorServices()
  return useCallback(
    async (template: Template) => {
      if (!(await openTemplate(useEditorStore, docs.mayReplace, template))) return
      useTemplateGallery.getState().setOpen(false)
      // React Flow measures the new nodes on the next frame; fitting before that fits nothing.
      requestAnimationFrame(() => requestAnimationFrame(() => runCommand('view.fit')))
    },
    [runCommand, docs],
  )
}
