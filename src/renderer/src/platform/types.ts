/**
 * What the editor needs from the machine, in one interface with two implementations: `desktop`
 * (window.desktop, under Electron; main owns every path) and `browser` (file input, download,
 * localStorage). Commands call these; nothing else in the renderer touches files.
 */

import type { BackupEntry, PickPurpose, RestoredBackup, UnsavedChoice } from '@shared/ipc'

export type { BackupEntry, PickPurpose, RestoredBackup, UnsavedChoice }

export interface OpenedFile {
  /** File name for the title bar (no directory in the browser). */
  name: string
  /** Raw bytes: a .archsight/.json text file or a .png carrying a design. */
  bytes: Uint8Array
  /**
   * The document's identity for Save (see shared/ipc.ts OpenResult): set only for a design file the user
   * chose through Open or Recent; null or absent for a PNG, a dropped file, a template.
   */
  fileId?: string | null
}

export interface SavedFile {
  name: string
  fileId: string | null
}

export interface RecentFile {
  /** Opaque id the platform understands (desktop: an entry main remembers); never a path the renderer builds. */
  id: string
  name: string
  /** For display only. */
  detail?: string
}

export interface ExportRequest {
  suggestedName: string
  mimeType: string
  /** A Blob (a PNG export) is handed on as it is in a browser; the desktop reads its bytes for the IPC call. */
  data: Uint8Array | string | Blob
}

export type PlatformKind = 'desktop' | 'browser'

export interface Platform {
  readonly kind: PlatformKind
  /** Ask the user for a file; null when they cancel. */
  open(): Promise<OpenedFile | null>
  /** A file read for its content, never the document's file (no file id): a drawing to import, a version to compare. */
  pickFile(purpose: PickPurpose): Promise<OpenedFile | null>
  openRecent(id: string): Promise<OpenedFile | null>
  listRecent(): Promise<RecentFile[]>
  /** Save to the document's file (`fileId`); null when cancelled. Rejects with a message on failure, leaving the old file whole. */
  save(content: string, target: { suggestedName: string; fileId: string }): Promise<SavedFile | null>
  /** Ask for a place, then save there; null when cancelled. */
  saveAs(content: string, suggestedName: string): Promise<SavedFile | null>
  exportFile(request: ExportRequest): Promise<boolean>
  /** "Save changes first?": Save, Don't save or Cancel. */
  askUnsavedChanges(message: string): Promise<UnsavedChoice>
  /** Tell the shell the title and whether there are unsaved changes (window title, close guard). */
  setDocumentState(title: string, isDirty: boolean): void
  /** Hot exit: keep the unsaved design of document `fileId` (null = untitled); null content deletes that copy. */
  saveBackup(fileId: string | null, content: string | null): void
  listBackups(): Promise<BackupEntry[]>
  restoreBackup(id: string): Promise<RestoredBackup>
  discardBackup(id: string): Promise<void>
  /** Native menu commands (desktop) arrive here as command ids such as "file.save". */
  onCommand(listener: (commandId: string) => void): () => void
}
