/**
 * Main owns the file system. The renderer sends content and opaque ids; every path comes from our own
 * dialog or our own recent list. A document's identity is a file id main hands out with the bytes it opened
 * or the file it saved; the renderer keeps it with the design on screen and sends it back with each Save, so
 * Save writes the design on screen to the file it came from, whatever arrived in between (a PNG, a dropped
 * file, a template: those have no id and save through Save As).
 * Invariant: nothing is written that does not validate as a design, nothing non-atomically, and the saves of
 * one file run one after another in the order they were asked for, so the last one asked for wins on disk.
 */
import { randomUUID } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, extname, isAbsolute, join, relative } from 'node:path'
import { app, dialog } from 'electron'
import type { BrowserWindow, FileFilter, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { LIMITS } from '../core/design'
import type { ExportOptions, OpenResult, PickPurpose, SaveOptions, SaveResult } from '../shared/ipc'
import { writeFileAtomic } from '../node/atomicWrite'
import type { RecentFiles } from './recent'
import { validateDesignBytes, validateDesignText } from './validate'

export const MAX_OPEN_BYTES = LIMITS.fileBytes
const OPENABLE = ['archsight', 'json', 'png']
/** What File > Import draw.io… and File > Compare with… may read: never the document, never remembered. */
const PICKABLE: Record<PickPurpose, { title: string; filter: FileFilter }> = {
  'import-drawio': { title: 'Import draw.io diagram', filter: { name: 'draw.io diagram', extensions: ['drawio', 'xml'] } },
  compare: { title: 'Compare with design', filter: { name: 'Archsight design or PNG', extensions: OPENABLE } },
}
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
  'application/vnd.jgraph.mxfile': { name: 'draw.io diagram', extensions: ['drawio'] },
}

export interface KnownFile {
  path: string
  /** How the file looked on disk when we last read or wrote it (a change since then asks before Save). */
  mtimeMs: number
  size: number
}

export class DocumentFiles {
  /** Per window: file id -> file. Ids are random and per window, so a page cannot name another's file. */
  private readonly files = new Map<number, Map<string, KnownFile>>()
  /** Per target path: the tail of its save queue. */
  private readonly saving = new Map<string, Promise<unknown>>()
  /** Per window: the last folder used, for the next dialog. */
  private readonly folders = new Map<number, string>()

  constructor(private readonly recent: RecentFiles) {}

  getFile(windowId: number, fileId: string | null): KnownFile | null {
    return fileId === null ? null : (this.files.get(windowId)?.get(fileId) ?? null)
  }

  forgetWindow(windowId: number): void {
    this.files.delete(windowId)
    this.folders.delete(windowId)
  }

  /** Hands out the id under which this window may save to `file` (its recorded disk state kept as given). */
  issueFileId(windowId: number, file: KnownFile): string {
    let known = this.files.get(windowId)
    if (!known) this.files.set(windowId, (known = new Map()))
    for (const [id, existing] of known) {
      if (existing.path === file.path) {
        known.set(id, file)
        return id
      }
    }
    const id = randomUUID()
    known.set(id, file)
    this.folders.set(windowId, dirname(file.path))
    return id
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

  /**
   * A file read for its content only (a drawing to import, a version to compare with): no file id and no
   * recent entry, so the design that comes of it saves through Save As and never over this file.
   */
  async pick(window: BrowserWindow | null, windowId: number, purpose: PickPurpose): Promise<OpenResult | null> {
    const { title, filter } = PICKABLE[purpose]
    const options: OpenDialogOptions = {
      title,
      defaultPath: this.getDialogFolder(windowId),
      properties: ['openFile'],
      filters: [filter],
    }
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    const path = result.filePaths[0]
    if (result.canceled || !path) return null
    const extension = extname(path).slice(1).toLowerCase()
    if (!filter.extensions.includes(extension)) throw new Error(`${title} reads .${filter.extensions.join(', .')} files.`)
    const info = await stat(path).catch(() => null)
    if (!info?.isFile()) throw new Error(`${basename(path)} no longer exists.`)
    if (info.size > MAX_OPEN_BYTES) throw new Error(`${basename(path)} is larger than 50 MB and was not opened.`)
    return { name: basename(path), bytes: new Uint8Array(await readFile(path)), fileId: null }
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
   * Only a design that validates gets a file id: otherwise a later Save would write the design still on
   * screen over a file the user never saw. A PNG never does (Save must not turn it into JSON).
   */
  private async openPath(path: string, windowId: number): Promise<OpenResult> {
    const extension = extname(path).slice(1).toLowerCase()
    if (!OPENABLE.includes(extension)) throw new Error('Archsight opens .archsight, .json and .png files.')
    const info = await stat(path).catch(() => null)
    if (!info?.isFile()) throw new Error(`${basename(path)} no longer exists.`)
    if (info.size > MAX_OPEN_BYTES) throw new Error(`${basename(path)} is larger than 50 MB and was not opened.`)
    const bytes = new Uint8Array(await readFile(path))
    let fileId: string | null = null
    if (extension !== 'png' && validateDesignBytes(bytes).ok) {
      fileId = this.issueFileId(windowId, { path, mtimeMs: info.mtimeMs, size: info.size })
      await this.recent.add(path)
    }
    return { name: basename(path), bytes, fileId }
  }

  async save(
    window: BrowserWindow | null,
    windowId: number,
    content: string,
    options: SaveOptions,
  ): Promise<SaveResult | null> {
    const validation = validateDesignText(content)
    if (!validation.ok) throw new Error(`Not saved: the design is not valid (${validation.message}).`)
    const known = options.saveAs ? null : this.getFile(windowId, options.fileId)
    const path =
      known?.path ??
      (await this.askSavePath(window, {
        title: options.saveAs ? 'Save design as' : 'Save design',
        defaultPath: join(this.getDialogFolder(windowId), toFileName(options.suggestedName, 'archsight')),
        filters: DESIGN_FILTERS,
      }))
    if (!path) return null
    const target = known ? known.path : await withDefaultExtension(path, 'archsight')
    refuseAppFolder(target)
    const result = await this.enqueue(target, async (): Promise<SaveResult | 'saveAs' | null> => {
      // Asked inside the queue: the state on disk is the one the earlier saves of this file left.
      const current = known ? this.getFile(windowId, options.fileId) : null
      if (current && !(await this.confirmOverwriteIfChanged(window, current))) return null
      const answer = await this.confirmWritable(window, target)
      if (answer !== 'write') return answer === 'saveAs' ? 'saveAs' : null
      await writeFileAtomic(target, content)
      const info = await stat(target).catch(() => null)
      const fileId = this.issueFileId(windowId, { path: target, mtimeMs: info?.mtimeMs ?? 0, size: info?.size ?? 0 })
      await this.recent.add(target)
      return { name: basename(target), fileId }
    })
    // Outside the queue: Save As may pick this same file again.
    return result === 'saveAs' ? this.save(window, windowId, content, { ...options, saveAs: true }) : result
  }

  /** One queue per file: a save starts when the one asked for before it has finished. */
  private enqueue<T>(path: string, task: () => Promise<T>): Promise<T> {
    const previous = this.saving.get(path) ?? Promise.resolve()
    const run = previous.then(task, task)
    const tail = run.catch(() => undefined)
    this.saving.set(path, tail)
    void tail.then(() => {
      if (this.saving.get(path) === tail) this.saving.delete(path)
    })
    return run
  }

  /** A read-only file is not replaced silently (an atomic rename would): ask, as editors do. */
  private async confirmWritable(window: BrowserWindow | null, path: string): Promise<'write' | 'saveAs' | 'cancel'> {
    const info = await stat(path).catch(() => null)
    if (!info || (info.mode & 0o222) !== 0) return 'write'
    const options: MessageBoxOptions = {
      type: 'warning',
      title: 'Read-only file',
      message: `${basename(path)} is read-only.`,
      detail: 'Save As… keeps it as it is and writes the design to another file; Overwrite replaces it anyway.',
      buttons: ['Cancel', 'Save As…', 'Overwrite'],
      defaultId: 1,
      cancelId: 0,
      noLink: true,
    }
    const result = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options)
    return result.response === 2 ? 'write' : result.response === 1 ? 'saveAs' : 'cancel'
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

  /** Another program changed the file since we read or wrote it: overwrite only if the user says so. */
  private async confirmOverwriteIfChanged(window: BrowserWindow | null, current: KnownFile): Promise<boolean> {
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
    return this.folders.get(windowId) ?? app.getPath('documents')
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
