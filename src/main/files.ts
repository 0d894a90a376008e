/**
 * Main owns the file system. The renderer sends content and opaque ids; every path comes from our own
 * dialog or our own recent list, and each window's current file lives here (keyed by webContents id).
 * Invariant: nothing is written that does not validate as a design, and nothing is written non-atomically.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, extname, isAbsolute, join, relative } from 'node:path'
import { app, dialog } from 'electron'
import type { BrowserWindow, FileFilter, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron'
import type { ExportOptions, OpenResult, SaveOptions, SaveResult } from '../shared/ipc'
import { writeFileAtomic } from '../node/atomicWrite'
import type { RecentFiles } from './recent'
import { validateDesignBytes, validateDesignText } from './validate'

export const MAX_OPEN_BYTES = 50 * 1024 * 1024
const OPENABLE = ['archsight', 'json', 'png']
const DESIGN_FILTERS: FileFilter[] = [
  { name: 'Archsight design', extensions: ['archsight'] },
  { name: 'JSON', extensions: ['json'] },
]

/** What Export may write, by MIME type: a fixed list, so the page cannot pick an arbitrary extension. */
export const EXPORT_TYPES: Record<string, FileFilter> = {
  'image/png': { name: 'PNG image', extensions: ['png'] },
  'image/svg+xml': { name: 'SVG image', extensions: ['svg'] },
  'application/json': { name: 'JSON', extensions: ['json'] },
  'application/sarif+json': { name: 'SARIF report', extensions: ['sarif'] },
}

interface CurrentFile {
  path: string
  mtimeMs: number
  size: number
}

export class DocumentFiles {
  /** Per window: the current file and how it looked on disk when we last read or wrote it. */
  private readonly currentFiles = new Map<number, CurrentFile>()

  constructor(private readonly recent: RecentFiles) {}

  getCurrentPath(windowId: number): string | null {
    return this.currentFiles.get(windowId)?.path ?? null
  }

  forgetWindow(windowId: number): void {
    this.currentFiles.delete(windowId)
  }

  async open(window: BrowserWindow | null, windowId: number): Promise<OpenResult | null> {
    const options: OpenDialogOptions = {
      title: 'Open design',
      defaultPath: this.getDialogFolder(windowId),
      properties: ['openFile'],
      filters: [{ name: 'Archsight design or PNG', extensions: OPENABLE }],
    }
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    const path = result.filePaths[0]
    if (result.canceled || !path) return null
    return this.openPath(path, windowId)
  }

  async openRecent(windowId: number, id: string): Promise<OpenResult> {
    const path = this.recent.getPath(id)
    if (!path) throw new Error('That recent file is no longer in the list.')
    try {
      return await this.openPath(path, windowId)
    } catch (error) {
      await this.recent.remove(id)
      throw error
    }
  }

  /**
   * Only a design that validates becomes the window's current file: otherwise a later Save would write the
   * design still on screen over a file the user never saw. A PNG never does (Save must not turn it into JSON).
   */
  private async openPath(path: string, windowId: number): Promise<OpenResult> {
    const extension = extname(path).slice(1).toLowerCase()
    if (!OPENABLE.includes(extension)) throw new Error('Archsight opens .archsight, .json and .png files.')
    const info = await stat(path).catch(() => null)
    if (!info?.isFile()) throw new Error(`${basename(path)} no longer exists.`)
    if (info.size > MAX_OPEN_BYTES) throw new Error(`${basename(path)} is larger than 50 MB and was not opened.`)
    const bytes = new Uint8Array(await readFile(path))
    if (extension !== 'png' && validateDesignBytes(bytes).ok) {
      await this.adopt(windowId, path)
      await this.recent.add(path)
    }
    return { name: basename(path), bytes }
  }

  async save(
    window: BrowserWindow | null,
    windowId: number,
    content: string,
    options: SaveOptions,
  ): Promise<SaveResult | null> {
    const validation = validateDesignText(content)
    if (!validation.ok) throw new Error(`Not saved: the design is not valid (${validation.message}).`)
    const current = this.currentFiles.get(windowId)
    if (!options.saveAs && current && !(await this.confirmOverwriteIfChanged(window, current))) return null
    const path =
      !options.saveAs && current
        ? current.path
        : await this.askSavePath(window, {
            title: options.saveAs ? 'Save design as' : 'Save design',
            defaultPath: join(this.getDialogFolder(windowId), toFileName(options.suggestedName, 'archsight')),
            filters: DESIGN_FILTERS,
          })
    if (!path) return null
    const target = await withDefaultExtension(path, 'archsight')
    refuseAppFolder(target)
    await writeFileAtomic(target, content)
    await this.adopt(windowId, target)
    await this.recent.add(target)
    return { name: basename(target) }
  }

  /** Export never changes the current file or the recent list. */
  async export(window: BrowserWindow | null, windowId: number, options: ExportOptions): Promise<boolean> {
    const filter = EXPORT_TYPES[options.mimeType]
    if (!filter) throw new Error(`Cannot export ${options.mimeType}.`)
    const extension = filter.extensions[0]
    const path = await this.askSavePath(window, {
      title: `Export ${filter.name}`,
      defaultPath: join(this.getDialogFolder(windowId), toFileName(options.suggestedName, extension)),
      filters: [filter],
    })
    if (!path) return false
    const target = await withDefaultExtension(path, extension)
    refuseAppFolder(target)
    await writeFileAtomic(target, options.data)
    return true
  }

  private async adopt(windowId: number, path: string): Promise<void> {
    const info = await stat(path).catch(() => null)
    this.currentFiles.set(windowId, { path, mtimeMs: info?.mtimeMs ?? 0, size: info?.size ?? 0 })
  }

  /** Another program changed the file since we read or wrote it: overwrite only if the user says so. */
  private async confirmOverwriteIfChanged(window: BrowserWindow | null, current: CurrentFile): Promise<boolean> {
    const info = await stat(current.path).catch(() => null)
    if (!info || (info.mtimeMs === current.mtimeMs && info.size === current.size)) return true
    const options: MessageBoxOptions = {
      type: 'warning',
      title: 'File changed on disk',
      message: `${basename(current.path)} changed on disk since Archsight last read or saved it.`,
      detail: 'Overwrite it with the design on screen, or cancel and use Save As… to keep both.',
      buttons: ['Cancel', 'Overwrite'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    }
    const result = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options)
    return result.response === 1
  }

  private async askSavePath(window: BrowserWindow | null, options: SaveDialogOptions): Promise<string | null> {
    const full: SaveDialogOptions = { ...options, properties: ['showOverwriteConfirmation', 'createDirectory'] }
    const result = window ? await dialog.showSaveDialog(window, full) : await dialog.showSaveDialog(full)
    return result.canceled || !result.filePath ? null : result.filePath
  }

  private getDialogFolder(windowId: number): string {
    const current = this.currentFiles.get(windowId)
    return current ? dirname(current.path) : app.getPath('documents')
  }
}

/** A suggested name is a file name, never a path: separators and control characters become '-'. */
export function toFileName(suggested: string, extension: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = suggested.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/^\.+/, '').trim().slice(0, 120)
  const stem = cleaned.replace(/\.[A-Za-z0-9]{1,10}$/, '') || 'Untitled'
  return `${stem}.${extension}`
}

/** Some dialogs (GTK) return exactly what was typed: add the extension unless that would hit another file. */
async function withDefaultExtension(path: string, extension: string): Promise<string> {
  if (extname(path)) return path
  const withExtension = `${path}.${extension}`
  const exists = await stat(withExtension).then(() => true, () => false)
  return exists ? path : withExtension
}

/** Never write into the application itself (draw.io refuses the same). */
function refuseAppFolder(path: string): void {
  const inside = relative(app.getAppPath(), path)
  if (!inside.startsWith('..') && !isAbsolute(inside)) {
    throw new Error('Cannot save inside the Archsight application folder.')
  }
}
