import { createBrowserBackups } from './browserBackups'
import { formatWindowTitle } from '@shared/ipc'
import { confirmHost, fileNameHost } from './dialogHost'
import type { ExportRequest, OpenedFile, PickPurpose, Platform, RecentFile, SavedFile } from './types'

/**
 * The platform in a plain browser: open through the hidden file input (always in the DOM, see
 * OpenFileInput), save as a download, recent files and the recovery copies in localStorage. A file chosen
 * through Open or Recent gets a file id (`browser:<name>`), so Save downloads it again under its name; any
 * other design saves through Save As, as on the desktop.
 */

const OPEN_INPUT_SELECTOR = '[data-testid="open-file-input"]'
const PICK_INPUT_SELECTOR = '[data-testid="pick-file-input"]'
const PICK_ACCEPT: Record<PickPurpose, string> = { 'import-drawio': '.drawio,.xml', compare: '.archsight,.json,.png' }
const RECENT_KEY = 'archsight.recent'
const RECENT_LIMIT = 10
const FILE_ID_PREFIX = 'browser:'

interface StoredRecent {
  id: string
  name: string
  content: string
  savedAt: number
}

export function readFileBytes(file: File): Promise<OpenedFile> {
  return file.arrayBuffer().then((buffer) => ({ name: file.name, bytes: new Uint8Array(buffer) }))
}

function readRecent(): StoredRecent[] {
  try {
    const raw = localStorage.getItem(RECENT_KEY)
    const list = raw ? (JSON.parse(raw) as unknown) : []
    return Array.isArray(list) ? list.filter((r): r is StoredRecent => typeof r?.id === 'string' && typeof r?.name === 'string' && typeof r?.content === 'string') : []
  } catch {
    return []
  }
}

function remember(name: string, content: string): void {
  const list = readRecent().filter((r) => r.name !== name)
  list.unshift({ id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, name, content, savedAt: Date.now() })
  writeRecent(list)
}

/** Recent entries keep a snapshot of the content; when storage is full the oldest go first. */
function writeRecent(list: StoredRecent[]): void {
  let kept = list.slice(0, RECENT_LIMIT)
  while (kept.length > 0) {
    try {
      localStorage.setItem(RECENT_KEY, JSON.stringify(kept))
      return
    } catch {
      kept = kept.slice(0, -1)
    }
  }
}

function download(name: string, data: Uint8Array | string | Blob, mimeType: string): void {
  // A Blob part is referenced, not copied: a PNG export's bytes never pass through the page again.
  const blob = new Blob([typeof data === 'string' || data instanceof Blob ? data : new Uint8Array(data)], { type: mimeType })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  // The link stays out of the document, so no listener on the window can cancel its click: d3-drag (under React
  // Flow) cancels every click in the instant after a drag, and a Save pressed then downloaded nothing while the
  // document was marked saved and its recovery copy dropped. A click cancelled all the same is a failed save.
  const isStarted = link.dispatchEvent(new MouseEvent('click', { cancelable: true }))
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  if (!isStarted) throw new Error(`The browser did not start the download of ${name}.`)
}

function withExtension(name: string): string {
  return /\.(archsight|json)$/i.test(name) ? name : `${name.replace(/\.png$/i, '')}.archsight`
}

/** Clicks a hidden file input and resolves with the chosen file (null on cancel); the change is claimed here. */
function chooseFile(input: HTMLInputElement | null): Promise<File | null> {
  return new Promise((resolve) => {
    if (!input) return resolve(null)
    const onChange = (event: Event) => {
      // Claimed here: OpenFileInput's own handler is for files set without File > Open (drag, tests).
      event.stopPropagation()
      input.removeEventListener('cancel', onCancel)
      const file = input.files?.[0] ?? null
      input.value = ''
      resolve(file)
    }
    const onCancel = () => {
      input.removeEventListener('change', onChange)
      resolve(null)
    }
    input.addEventListener('change', onChange, { once: true })
    input.addEventListener('cancel', onCancel, { once: true })
    input.click()
  })
}

export function createBrowserPlatform(): Platform {
  // Closing or reloading the tab over unsaved changes asks first, like the desktop window's close guard. The
  // draft in localStorage still restores the design if the user goes ahead.
  let isDirty = false
  window.addEventListener('beforeunload', (event) => {
    if (!isDirty) return
    event.preventDefault()
    event.returnValue = ''
  })

  const saveDownload = (content: string, name: string): SavedFile => {
    download(name, content, 'application/json')
    remember(name, content)
    return { name, fileId: `${FILE_ID_PREFIX}${name}` }
  }
  const withFileId = (file: OpenedFile): OpenedFile => ({ ...file, fileId: `${FILE_ID_PREFIX}${file.name}` })
  /** A file chosen through Open is listed in Recent with what it held, so the entry opens it again. */
  const rememberOpened = (file: OpenedFile): OpenedFile => {
    if (!/\.png$/i.test(file.name)) {
      try {
        remember(file.name, new TextDecoder('utf-8', { fatal: true }).decode(file.bytes))
      } catch {
        // Not text: nothing Recent could reopen, so it is not listed.
      }
    }
    return withFileId(file)
  }

  return {
    kind: 'browser',
    open: async () => {
      const file = await chooseFile(document.querySelector<HTMLInputElement>(OPEN_INPUT_SELECTOR))
      return file ? readFileBytes(file).then(rememberOpened) : null
    },
    // Not remembered and no file id: an imported drawing or a compared version is never the document's file.
    pickFile: async (purpose) => {
      const input = document.querySelector<HTMLInputElement>(PICK_INPUT_SELECTOR)
      if (input) input.accept = PICK_ACCEPT[purpose]
      const file = await chooseFile(input)
      return file ? { ...(await readFileBytes(file)), fileId: null } : null
    },
    openRecent: async (id) => {
      const entry = readRecent().find((r) => r.id === id)
      if (!entry) throw new Error('That recent file is no longer in the list.')
      return withFileId({ name: entry.name, bytes: new TextEncoder().encode(entry.content) })
    },
    listRecent: async (): Promise<RecentFile[]> =>
      readRecent().map((r) => ({ id: r.id, name: r.name, detail: `saved ${new Date(r.savedAt).toLocaleString()}` })),
    // A browser cannot write back to the file it read: Save downloads under the document's name, Save As asks
    // for another name first.
    save: async (content, { suggestedName }) => saveDownload(content, withExtension(suggestedName)),
    saveAs: async (content, suggestedName) => {
      const chosen = await fileNameHost.request(withExtension(suggestedName))
      const name = chosen?.trim()
      return name ? saveDownload(content, withExtension(name)) : null
    },
    exportFile: async (request: ExportRequest) => {
      download(request.suggestedName, request.data, request.mimeType)
      return true
    },
    askUnsavedChanges: (message) => confirmHost.request(message),
    setDocumentState: (title, dirty) => {
      document.title = formatWindowTitle(title, dirty)
      isDirty = dirty
    },
    ...createBrowserBackups(),
    // A browser tab has no native menu: commands come from keys and buttons only.
    onCommand: () => () => {},
  }
}
