/**
 * The IPC contract between Electron main, the preload and the renderer: types and channel names only.
 * Invariant: the renderer sends content and opaque ids, never a file path. Main shows every dialog, owns the
 * current path of each window and validates what it writes.
 */

/** A file the user picked: its name for the title bar and its raw bytes (.archsight/.json text, or a .png). */
export interface OpenResult {
  name: string
  bytes: Uint8Array
}

export interface SaveOptions {
  /** true = always ask for a place (Save As); false = reuse the window's current file when it has one. */
  saveAs: boolean
  /** A file name (no directory) proposed in the save dialog. */
  suggestedName: string
}

export interface SaveResult {
  name: string
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

/** Request/response calls (ipcRenderer.invoke). A failure rejects with a message for the user. */
export interface InvokeApi {
  /** Native open dialog; null when the user cancels. */
  openFile(): Promise<OpenResult | null>
  /** Rejects when the entry is unknown or the file is gone (the entry is then dropped). */
  openRecent(id: string): Promise<OpenResult | null>
  listRecent(): Promise<RecentEntry[]>
  /** Validates the design, then writes atomically; null when the user cancels the dialog. */
  saveFile(content: string, options: SaveOptions): Promise<SaveResult | null>
  /** Forget this window's current file (File > New). */
  resetCurrentFile(): Promise<void>
  /** Save dialog filtered to the type, atomic write; false when cancelled. */
  exportFile(options: ExportOptions): Promise<boolean>
  /** Native message box; true = discard. */
  confirmDiscard(message: string): Promise<boolean>
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
  /** Crash recovery: keep the unsaved design in userData; null removes it. */
  saveDraft(content: string | null): void
}

/**
 * Synchronous calls (ipcRenderer.sendSync). Only loadDraft, read once at start-up, because the Platform
 * interface returns the draft synchronously; keep this list short, a sync call blocks the page.
 */
export interface SyncApi {
  loadDraft(): string | null
}

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
  openRecent: `${PREFIX}openRecent`,
  listRecent: `${PREFIX}listRecent`,
  saveFile: `${PREFIX}saveFile`,
  resetCurrentFile: `${PREFIX}resetCurrentFile`,
  exportFile: `${PREFIX}exportFile`,
  confirmDiscard: `${PREFIX}confirmDiscard`,
  openExternal: `${PREFIX}openExternal`,
}

export const SEND_CHANNELS: { readonly [K in SendChannel]: string } = {
  setDocumentState: `${PREFIX}setDocumentState`,
  saveDraft: `${PREFIX}saveDraft`,
}

export const SYNC_CHANNELS: { readonly [K in SyncChannel]: string } = {
  loadDraft: `${PREFIX}loadDraft`,
}

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
