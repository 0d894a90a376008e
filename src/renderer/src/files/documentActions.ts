import { createEmptyDesign, DESIGN_VERSION, serializeDesign, type Design } from '@core/design'
import { readDesignFromBytes } from './openBytes'
import type { EditorStore } from '@renderer/store'
import type { OpenedFile, Platform } from '@renderer/platform'
import { createDrawioImportActions, isDrawioFile, type DrawioImportActions } from './drawioImport'

/**
 * File > New / Open / Save as the user sees them: offer Save, Don't save or Cancel before replacing unsaved
 * work, refuse a bad file with its message in the error banner while the current design stays untouched,
 * and keep the document's identity (file name and file id) with the design it belongs to. Only a design read
 * from a file the user chose through Open or Recent, or saved to one, has a file id; everything else (a PNG,
 * a dropped file, a template, a restored copy of an untitled design) saves through Save As.
 */

export const DISCARD_MESSAGE = 'Do you want to save the changes to the current design?'

export interface DocumentActions {
  /** File > Import draw.io… and its report dialog; a drawing given to Open or dropped goes here too. */
  drawio: DrawioImportActions
  /** The one entry point for bytes from anywhere (open dialog, recent, file input, drop). */
  openBytes: (name: string, bytes: Uint8Array, fileId?: string | null) => boolean
  /** A file the user gave us without File > Open (the file input, a drop): asks first about unsaved changes. */
  openGiven: (file: OpenedFile) => Promise<void>
  /** Save, Don't save or Cancel when there are unsaved changes: true = go ahead and replace the design. */
  mayReplace: () => Promise<boolean>
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
  const report = (error: unknown) => store.getState().setLoadError(error instanceof Error ? error.message : String(error))

  const openBytes = (name: string, bytes: Uint8Array, fileId: string | null = null): boolean => {
    // A .archsight / .json text or a PNG exported by Archsight (its design travels in a chunk).
    const result = readDesignFromBytes(bytes)
    if (!result.ok) {
      store.getState().setLoadError(`Could not open ${name}: ${result.message}`)
      return false
    }
    // A picture is not the design's file: Save must ask where to write the design, not overwrite the PNG.
    const isPicture = result.source === 'png'
    store.getState().loadDesign(result.design, isPicture ? null : name, isPicture ? null : fileId)
    if (result.migratedFrom) store.setState({ migratedFrom: result.migratedFrom })
    store.getState().setLoadError(null)
    return true
  }

  const write = async (asNew: boolean): Promise<boolean> => {
    const { design, fileName, fileId } = store.getState()
    const suggested = fileName ?? `${design.name.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'design'}.archsight`
    try {
      // Inside the try: a design that cannot be written (however it got here) shows a message, never nothing.
      const content = serializeDesign(design)
      const saved =
        asNew || fileId === null
          ? await platform.saveAs(content, suggested)
          : await platform.save(content, { suggestedName: suggested, fileId })
      if (!saved) return false
      // Mark the design that was serialised as saved: edits made while the dialog was open stay dirty.
      if (store.getState().design === design) store.getState().markSaved(saved.name, saved.fileId)
      else store.setState({ fileName: saved.name, fileId: saved.fileId, savedDesign: design })
      // The work is in the file now: its recovery copy (and an untitled one it came from) can go.
      platform.saveBackup(fileId, null)
      if (saved.fileId !== fileId) platform.saveBackup(saved.fileId, null)
      const { migratedFrom } = store.getState()
      if (migratedFrom !== null) {
        // Said once: the file on disk is version 2 from now on.
        store.setState({ migratedFrom: null })
        store.getState().showNotice({
          message: `Saved ${saved.name} as format version ${DESIGN_VERSION} (it was version ${migratedFrom}): Archsight releases that read only version ${migratedFrom} cannot open it.`,
        })
      }
      return true
    } catch (error) {
      report(error)
      return false
    }
  }

  const mayReplace = async (): Promise<boolean> => {
    if (!isDirty()) return true
    const choice = await platform.askUnsavedChanges(DISCARD_MESSAGE)
    if (choice === 'cancel') return false
    if (choice === 'save') return write(false)
    // The user chose to drop this work: its recovery copy goes with it, and none still on its way is written.
    store.getState().markDiscarded()
    platform.saveBackup(store.getState().fileId, null)
    return true
  }

  const drawio = createDrawioImportActions(store, platform, mayReplace)
  // A drawing is imported (report first, the unsaved question on "Open design"), never opened as a design.
  const isDrawing = (file: OpenedFile) => isDrawioFile(file.name, file.bytes)

  return {
    drawio,
    openBytes,
    mayReplace,
    openGiven: async (file) => {
      if (isDrawing(file)) return drawio.importGiven(file)
      if (await mayReplace()) openBytes(file.name, file.bytes, file.fileId ?? null)
    },
    newDesign: async () => {
      if (!(await mayReplace())) return
      store.getState().loadDesign(createEmptyDesign(), null, null)
      store.getState().setLoadError(null)
    },
    open: async () => {
      if (!(await mayReplace())) return
      try {
        const file = await platform.open()
        if (file && isDrawing(file)) drawio.importGiven(file)
        else if (file) openBytes(file.name, file.bytes, file.fileId ?? null)
      } catch (error) {
        report(error)
      }
    },
    openRecent: async (id) => {
      if (!(await mayReplace())) return
      try {
        const file = await platform.openRecent(id)
        if (file) openBytes(file.name, file.bytes, file.fileId ?? null)
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
