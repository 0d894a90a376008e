import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'

/**
 * Both sides of the title contract together: the renderer's document state goes through the desktop platform
 * and main's IPC handler to the window, and comes out decorated exactly once. (Each side's own test passed
 * alone while the desktop title read "● ● name — Archsight — Archsight".)
 */
class FakeWindow extends EventEmitter {
  title = ''
  setTitle(title: string) {
    this.title = title
  }
  setDocumentEdited = vi.fn()
}
const window = new FakeWindow()
vi.mock('electron', () => ({
  app: { isPackaged: true },
  shell: {},
  nativeTheme: { shouldUseDarkColors: false },
  dialog: {},
  BrowserWindow: { fromWebContents: () => window },
}))

const { createHandlers } = await import('./handlers')
const { createDesktopPlatform } = await import('../renderer/src/platform/desktop')
const { createBrowserPlatform } = await import('../renderer/src/platform/browser')
const { createDocumentActions } = await import('../renderer/src/files/documentActions')
const { createEditorStore } = await import('../renderer/src/store')
const { createEmptyDesign } = await import('../core/design')

function connectRendererToMain() {
  const handlers = createHandlers({ files: {}, recent: {}, drafts: {} } as never)
  const event = { sender: { id: 1 } } as never
  const api = { setDocumentState: (title: string, isDirty: boolean) => handlers.send.setDocumentState(event, title, isDirty) }
  const platform = createDesktopPlatform(api as never)
  const store = createEditorStore(createEmptyDesign())
  return { store, docs: createDocumentActions(store, platform) }
}

describe('document title across IPC', () => {
  it('reads "name — Archsight", with one unsaved mark while dirty, in the desktop window', () => {
    const { store, docs } = connectRendererToMain()
    docs.publishState()
    expect(window.title).toBe('Untitled design \u2014 Archsight')
    store.getState().addNode('service', 'generic', { x: 0, y: 0 })
    store.getState().markSaved('orders.archsight')
    store.getState().addNode('cache', 'redis', { x: 0, y: 200 })
    docs.publishState()
    expect(window.title).toBe('\u25CF orders.archsight \u2014 Archsight')
  })

  it('reads the same in a browser tab, where the browser platform is the shell', () => {
    vi.stubGlobal('document', { title: '' })
    vi.stubGlobal('window', { addEventListener: vi.fn() })
    // The browser platform keeps its recovery copies in localStorage.
    const items = new Map<string, string>()
    vi.stubGlobal('localStorage', {
      get length() {
        return items.size
      },
      key: (i: number) => [...items.keys()][i] ?? null,
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    })
    const store = createEditorStore(createEmptyDesign())
    const platform = createBrowserPlatform()
    store.getState().addNode('service', 'generic', { x: 0, y: 0 })
    createDocumentActions(store, platform).publishState()
    expect(document.title).toBe('\u25CF Untitled design \u2014 Archsight')
    vi.unstubAllGlobals()
  })
})
