import { create } from 'zustand'
import type { EditorStore } from '@renderer/store'
import type { Template } from './templates'

/**
 * A template opens as a new, untitled and clean design: nothing to save until the user changes it, and Save
 * asks where (it has no file id, so it never writes over the file that was open). Unsaved work is only
 * replaced after the user answered Save or Don't save (`mayReplace`, documentActions).
 */
export async function openTemplate(
  store: EditorStore,
  mayReplace: () => Promise<boolean>,
  template: Template,
): Promise<boolean> {
  if (!(await mayReplace())) return false
  store.getState().loadDesign(template.design, null, null)
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
