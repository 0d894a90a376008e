import { create } from 'zustand'
import { DISCARD_MESSAGE } from '../files/documentActions'
import type { Platform } from '../platform/types'
import type { EditorStore } from '../store'
import type { Template } from './templates'

/**
 * A template opens as a new, untitled and clean design: nothing to save until the user changes it, and Save
 * asks where (it never writes over the template). Unsaved work is only dropped after the user agrees.
 */
export async function openTemplate(
  store: EditorStore,
  platform: Pick<Platform, 'confirmDiscard' | 'resetCurrentFile'>,
  template: Template,
): Promise<boolean> {
  const state = store.getState()
  if (state.design !== state.savedDesign && !(await platform.confirmDiscard(DISCARD_MESSAGE))) return false
  await platform.resetCurrentFile()
  store.getState().loadDesign(template.design, null)
  store.getState().setLoadError(null)
  return true
}

/** Whether the gallery is showing; File > New from template opens it. */
export const useTemplateGallery = create<{ isOpen: boolean; setOpen: (isOpen: boolean) => void }>()((set) => ({
  isOpen: false,
  setOpen: (isOpen) => set({ isOpen }),
}))

export function openTemplateGallery(): void {
  useTemplateGallery.getState().setOpen(true)
}
