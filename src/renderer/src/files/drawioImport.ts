import { create } from 'zustand'
import { importDrawio } from '@core/drawio/importDrawio'
import type { ImportReport } from '@core/drawio/report'
import type { Design } from '@core/design'
import type { EditorStore } from '@renderer/store'
import type { OpenedFile, Platform } from '@renderer/platform'

/**
 * File > Import draw.io… and a dropped drawing: core's importer turns the file into a design and a report,
 * the report dialog shows every mapping, guess and skip, and only "Open design" (after the usual unsaved
 * changes question) replaces the design on screen. The result is untitled: Save asks for a place and can
 * never write JSON over the drawing. A broken file shows its message and changes nothing.
 */

export interface PendingImport {
  fileName: string
  design: Design
  report: ImportReport
}

/** The import waiting for the user's answer in the report dialog; null when none is. */
export const usePendingImport = create<PendingImport | null>()(() => null)

/** A draw.io drawing by its name, or by its first element when the name says .xml or nothing useful. */
export function isDrawioFile(name: string, bytes: Uint8Array): boolean {
  if (/\.drawio$/i.test(name)) return true
  if (!/\.xml$/i.test(name)) return false
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '')
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(mxfile|mxGraphModel)\b/.test(head)
}

export interface DrawioImportActions {
  /** File > Import draw.io…: pick a drawing and show its report. */
  pick: () => Promise<void>
  /** A drawing given without the command (dropped, or chosen through the open input). */
  importGiven: (file: OpenedFile) => void
  /** "Open design": asks about unsaved changes first, as Open does; false when the user cancelled there. */
  confirm: () => Promise<boolean>
  cancel: () => void
}

export function createDrawioImportActions(
  store: EditorStore,
  platform: Platform,
  mayReplace: () => Promise<boolean>,
): DrawioImportActions {
  const importGiven = (file: OpenedFile) => {
    const text = decodeText(file.bytes)
    const baseName = file.name.replace(/\.(drawio|xml)$/i, '')
    const result = text === null ? { ok: false as const, message: 'the file is not UTF-8 text' } : importDrawio(text, { name: baseName })
    if (!result.ok) {
      // Nothing else changes: the design on screen and any pending import stay as they were.
      store.getState().setLoadError(`Could not import ${file.name}: ${result.message}`)
      return
    }
    store.getState().setLoadError(null)
    usePendingImport.setState({ fileName: file.name, design: result.design, report: result.report }, true)
  }
  return {
    importGiven,
    pick: async () => {
      try {
        const file = await platform.pickFile('import-drawio')
        if (file) importGiven(file)
      } catch (error) {
        store.getState().setLoadError(error instanceof Error ? error.message : String(error))
      }
    },
    confirm: async () => {
      const pending = usePendingImport.getState()
      if (!pending) return false
      if (!(await mayReplace())) return false
      // Untitled (no file name, no file id): the first Save goes to Save As, never to the drawing.
      store.getState().loadDesign(pending.design, null, null)
      store.getState().setLoadError(null)
      usePendingImport.setState(null, true)
      const { mapped, guessed } = pending.report
      store.getState().showNotice({
        message: `Imported ${mapped.length + guessed.length} components from ${pending.fileName}; Save asks where to keep the design.`,
      })
      return true
    },
    cancel: () => usePendingImport.setState(null, true),
  }
}

function decodeText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}
