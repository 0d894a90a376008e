/**
 * The IPC contract between Electron main, the preload and the renderer: types and channel names only.
 * Invariant: the renderer sends content and opaque ids, never a file path. Main shows every dialog, owns the
 * current path of each window and validates what it writes.
 */

/** A file the user picked: its name for the title bar and its raw bytes (.archsight/.json text, or a .png). */
export interface OpenResult {
  name: string
  bytes: Uint8Array
  /**
   * The document's identity for Save: an opaque id main maps to the path, or null when the bytes are not a
   * design file Save may write back to (a PNG, a broken file). The renderer keeps it with the design it shows.
   */
  fileId: string | null
}

export interface SaveOptions {
  /** true = always ask for a place (Save As); false = write to `fileId`'s file, asking only when there is none. */
  saveAs: boolean
  /** A file name (no directory) proposed in the save dialog. */
  suggestedName: string
  /** The identity of the document on screen (from OpenResult or SaveResult); null = never saved to a file. */
  fileId: string | null
}

export interface SaveResult {
  name: string
  fileId: string
}

/** The answer to "save changes before ...?" (Save, Don't save, Cancel). */
export type UnsavedChoice = 'save' | 'discard' | 'cancel'

/** A recovery copy of unsaved work, kept per document (its file, or "Untitled N"). */
export interface BackupEntry {
  /** Opaque id for restoreBackup / discardBackup. */
  id: string
  /** The document's file name, or "Untitled N". */
  name: string
  /** For display: the folder of the file, when and why it was kept. */
  detail: string
  savedAt: number
  /** The copy could not be read: it was moved aside (detail says where), never deleted. */
  isUnreadable: boolean
  /** This window crashed with this document open: restore it without asking. */
  isFromCrash: boolean
}

export interface RestoredBackup {
  name: string
  content: string
  /** Restored work on a file saves back to that file (asking first if the file changed on disk since). */
  fileId: string | null
}

export interface RecentEntry {
  /** Opaque id main remembers; the renderer hands it back to openRecent and never sees it as a path. */
  id: string
  name: string
  /** The folder, for display only. */
  detail: string
}

export interface ExportOptions {
  suggestedName: string
  /** Picks the dialog filter and extension: image/png, image/svg+xml, application/json, application/sarif+json. */
  mimeType: string
  data: Uint8Array | string
}

/**
 * Why a file is picked without opening it as the document: a draw.io drawing to import, or another version of
 * a design to compare with. Main picks the dialog's filter from it; the file never gets a file id or a place
 * in the recent list, so Save can never write the design on screen over it.
 */
export type PickPurpose = 'import-drawio' | 'compare'

export const PICK_PURPOSES: readonly PickPurpose[] = ['import-drawio', 'compare']

/** Request/response calls (ipcRenderer.invoke). A failure rejects with a message for the user. */
export interface InvokeApi {
  /** Native open dialog; null when the user cancels. */
  openFile(): Promise<OpenResult | null>
  /** Native open dialog for `purpose`; the result's fileId is always null. Null when the user cancels. */
  pickFile(purpose: PickPurpose): Promise<OpenResult | null>
  /** Rejects when the entry is unknown or the file is gone (the entry is then dropped). */
  openRecent(id: string): Promise<OpenResult | null>
  listRecent(): Promise<RecentEntry[]>
  /** Validates the design, then writes atomically (saves queue per file); null when the user cancels. */
  saveFile(content: string, options: SaveOptions): Promise<SaveResult | null>
  /** Save dialog filtered to the type, atomic write; false when cancelled. */
  exportFile(options: ExportOptions): Promise<boolean>
  /** Native message box: Save, Don't Save, Cancel. */
  askUnsavedChanges(message: string): Promise<UnsavedChoice>
  /** Recovery copies left by an earlier session or a crash (restore / discard per document). */
  listBackups(): Promise<BackupEntry[]>
  /** The copy's content; from then on this window's unsaved work backs up to the same copy. */
  restoreBackup(id: string): Promise<RestoredBackup>
  /** Deletes a copy: only ever on the user's choice. */
  discardBackup(id: string): Promise<void>
  /** Opens https: URLs in the system browser; false for anything else. */
  openExternal(url: string): Promise<boolean>
}

/** Fire-and-forget messages (ipcRenderer.send). */
export interface SendApi {
  /**
   * `title` is the document's name exactly as the top bar shows it (the file name, or the design's name while
   * it has never been saved), undecorated: no unsaved mark, no app name. The shell decorates it, once, with
   * formatWindowTitle: main for the desktop window, the browser platform for the tab.
   */
  setDocumentState(title: string, isDirty: boolean): void
  /**
   * Hot exit: keep the unsaved design of the document `fileId` (null = this window's untitled document) in
   * userData; null content removes that copy (after a save, or when the user chose not to keep the work).
   */
  saveBackup(fileId: string | null, content: string | null): void
}

/** Synchronous calls (ipcRenderer.sendSync): none today; a sync call blocks the page, keep it that way. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SyncApi {}

/** What `window.desktop` exposes: named functions only. */
export interface DesktopApi extends InvokeApi, SendApi, SyncApi {
  /** Native menu commands (ids in ./commands.ts); returns an unsubscribe. */
  onCommand(listener: (commandId: string) => void): () => void
}

export type InvokeChannel = keyof InvokeApi
export type SendChannel = keyof SendApi
export type SyncChannel = keyof SyncApi

const PREFIX = 'archsight:'

/** Channel name for each method: one fixed string per function, so nothing else can be reached. */
export const INVOKE_CHANNELS: { readonly [K in InvokeChannel]: string } = {
  openFile: `${PREFIX}openFile`,
  pickFile: `${PREFIX}pickFile`,
  openRecent: `${PREFIX}openRecent`,
  listRecent: `${PREFIX}listRecent`,
  saveFile: `${PREFIX}saveFile`,
  exportFile: `${PREFIX}exportFile`,
  askUnsavedChanges: `${PREFIX}askUnsavedChanges`,
  listBackups: `${PREFIX}listBackups`,
  restoreBackup: `${PREFIX}restoreBackup`,
  discardBackup: `${PREFIX}discardBackup`,
  openExternal: `${PREFIX}openExternal`,
}

export const SEND_CHANNELS: { readonly [K in SendChannel]: string } = {
  setDocumentState: `${PREFIX}setDocumentState`,
  saveBackup: `${PREFIX}saveBackup`,
}

export const SYNC_CHANNELS: { readonly [K in SyncChannel]: string } = {}

/** Main -> renderer: a menu command id. */
export const COMMAND_CHANNEL = `${PREFIX}command`

/** The keys window.desktop has, exactly (tests hold the preload and the e2e check to this list). */
export const DESKTOP_API_KEYS = [
  ...Object.keys(INVOKE_CHANNELS),
  ...Object.keys(SEND_CHANNELS),
  ...Object.keys(SYNC_CHANNELS),
  'onCommand',
].sort() as readonly string[]

/** The window (or tab) title for a document: "● orders.archsight — Archsight" while unsaved changes exist. */
export function formatWindowTitle(title: string, isDirty: boolean): string {
  // eslint-disable-next-line no-control-regex
  const clean = title.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, 200) || 'Untitled'
  return `${isDirty ? '\u25CF ' : ''}${clean} \u2014 Archsight`
}
