import { createEmptyDesign, serializeDesign, type Design } from '../../../core/design'
import { readDesignFromBytes } from '../export/openBytes'
import type { EditorStore } from '../store'
import type { OpenedFile, Platform } from '../platform/types'

/**
 * File > New / Open / Save as the user sees them: ask before dropping unsaved changes, refuse a bad file with
 * its message in the error banner while the current design stays untouched, remember the file name.
 */

export const DISCARD_MESSAGE = 'Discard unsaved changes to the current design?'

export interface DocumentActions {
  /** The one entry point for bytes from anywhere (open dialog, recent, file input). PNG support hooks in here. */
  openBytes: (name: string, bytes: Uint8Array) => boolean
  /** A file the user gave us without File > Open (the file input): asks first when there are unsaved changes. */
  openGiven: (file: OpenedFile) => Promise<void>
  newDesign: () => Promise<void>
  open: () => Promise<void>
  openRecent: (id: string) => Promise<void>
  save: () => Promise<boolean>
  saveAs: () => Promise<boolean>
  /** The document's name as the top bar shows it, undecorated (see SendApi.setDocumentState). */
  getTitle: () => string
  /** Tells the shell the name and whether there are unsaved changes; the shell decorates the title. */
  publishState: () => void
}

export function getDisplayName(fileName: string | null, design: Design): string {
  return fileName ?? design.name
}

export function createDocumentActions(store: EditorStore, platform: Platform): DocumentActions {
  const isDirty = () => store.getState().design !== store.getState().savedDesign
  const mayDiscard = async () => !isDirty() || (await platform.confirmDiscard(DISCARD_MESSAGE))
  const report = (error: unknown) => store.getState().setLoadError(error instanceof Error ? error.message : String(error))

  const openBytes = (name: string, bytes: Uint8Array): boolean => {
    // A .archsight / .json text or a PNG exported by Archsight (its design travels in a chunk).
    const result = readDesignFromBytes(bytes)
    if (!result.ok) {
      store.getState().setLoadError(`Could not open ${name}: ${result.message}`)
      return false
    }
    // A picture is not the design's file: Save must ask where to write the design, not overwrite the PNG.
    store.getState().loadDesign(result.design, result.source === 'png' ? null : name)
    store.getState().setLoadError(null)
    return true
  }

  const write = async (asNew: boolean): Promise<boolean> => {
    const { design, fileName } = store.getState()
    const content = serializeDesign(design)
    const suggested = fileName ?? `${design.name.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'design'}.archsight`
    try {
      const saved = asNew ? await platform.saveAs(content, suggested) : await platform.save(content, suggested)
      if (!saved) return false
      // Mark the design that was serialised as saved: edits made while the dialog was open stay dirty.
      if (store.getState().design === design) store.getState().markSaved(saved.name)
      else store.setState({ fileName: saved.name, savedDesign: design })
      platform.saveDraft(null)
      return true
    } catch (error) {
      report(error)
      return false
    }
  }

  return {
    openBytes,
    openGiven: async (file) => {
      if (await mayDiscard()) openBytes(file.name, file.bytes)
    },
    newDesign: async () => {
      if (!(await mayDiscard())) return
      await platform.resetCurrentFile()
      store.getState().loadDesign(createEmptyDesign(), null)
      store.getState().setLoadError(null)
    },
    open: async () => {
      if (!(await mayDiscard())) return
      try {
        const file = await platform.open()
        if (file) openBytes(file.name, file.bytes)
      } catch (error) {
        report(error)
      }
    },
    openRecent: async (id) => {
      if (!(await mayDiscard())) return
      try {
        const file = await platform.openRecent(id)
        if (file) openBytes(file.name, file.bytes)
      } catch (error) {
        report(error)
      }
    },
    save: () => write(false),
    saveAs: () => write(true),
    getTitle: () => {
      const { fileName, design } = store.getState()
      return getDisplayName(fileName, design)
    },
    publishState: () => {
      const { fileName, design } = store.getState()
      platform.setDocumentState(getDisplayName(fileName, design), isDirty())
    },
  }
}
