/**
 * What the editor needs from the machine, in one interface with two implementations: `desktop`
 * (window.desktop, under Electron; main owns every path) and `browser` (file input, download,
 * localStorage). Commands call these; nothing else in the renderer touches files.
 */

export interface OpenedFile {
  /** File name for the title bar (no directory in the browser). */
  name: string
  /** Raw bytes: a .archsight/.json text file or a .png carrying a design. */
  bytes: Uint8Array
}

export interface SavedFile {
  name: string
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
  data: Uint8Array | string
}

export type PlatformKind = 'desktop' | 'browser'

export interface Platform {
  readonly kind: PlatformKind
  /** Ask the user for a file; null when they cancel. */
  open(): Promise<OpenedFile | null>
  openRecent(id: string): Promise<OpenedFile | null>
  listRecent(): Promise<RecentFile[]>
  /** Save to the current file, asking for a place the first time; null when cancelled. Rejects with a message on failure, leaving the old file whole. */
  save(content: string, suggestedName: string): Promise<SavedFile | null>
  saveAs(content: string, suggestedName: string): Promise<SavedFile | null>
  /** Forget the current file (File > New). */
  resetCurrentFile(): Promise<void>
  exportFile(request: ExportRequest): Promise<boolean>
  /** Ask before discarding unsaved changes; true = go ahead. */
  confirmDiscard(message: string): Promise<boolean>
  /** Tell the shell the title and whether there are unsaved changes (window title, close guard). */
  setDocumentState(title: string, isDirty: boolean): void
  /** Crash recovery: keep a draft of the unsaved design; null clears it. */
  saveDraft(content: string | null): void
  loadDraft(): string | null
  /** Native menu commands (desktop) arrive here as command ids such as "file.save". */
  onCommand(listener: (commandId: string) => void): () => void
}
