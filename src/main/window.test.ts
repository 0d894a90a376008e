import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'

class FakeWebContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | undefined
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler
  }
}

const electron = vi.hoisted(() => {
  const windows: unknown[] = []
  return {
    windows,
    app: { isPackaged: true },
    shell: { openExternal: vi.fn(async () => undefined) },
    nativeTheme: { shouldUseDarkColors: false },
    dialog: { showMessageBoxSync: vi.fn(() => 0), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    BrowserWindow: vi.fn(),
  }
})
vi.mock('electron', () => electron)

class FakeWindow extends EventEmitter {
  webContents = new FakeWebContents()
  title = ''
  loadURL = vi.fn(async () => undefined)
  show = vi.fn()
  setDocumentEdited = vi.fn()
  constructor(public options: Record<string, unknown>) {
    super()
    electron.windows.push(this)
  }
  setTitle(title: string) {
    this.title = title
  }
}
electron.BrowserWindow.mockImplementation(function (this: unknown, options: Record<string, unknown>) {
  return new FakeWindow(options)
})

const { confirmDiscard, createMainWindow, hardenWebContents, setDocumentState } = await import('./window')

const open = (onDiscardOnClose?: () => void) =>
  createMainWindow({ preloadPath: '/app/out/preload/index.cjs', onDiscardOnClose }) as unknown as FakeWindow
const preventable = () => ({ preventDefault: vi.fn() })

beforeEach(() => {
  electron.windows.length = 0
  electron.shell.openExternal.mockClear()
  electron.dialog.showMessageBoxSync.mockReset()
  electron.dialog.showMessageBox.mockReset()
})

describe('main window', () => {
  it('is created with the secure webPreferences', () => {
    const window = open()
    const prefs = window.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    })
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(window.options.title).toBe('Archsight')
  })

  it('loads the app:// bundle, never a file:// URL', () => {
    const window = open()
    expect(window.loadURL).toHaveBeenCalledWith('app://bundle/index.html')
  })

  it('refuses navigation, frame navigation and webviews', () => {
    const { webContents } = open()
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-attach-webview']) {
      const event = preventable()
      webContents.emit(name, event, { url: 'https://evil.example/' })
      expect(event.preventDefault, name).toHaveBeenCalled()
    }
  })

  it('denies every new window and hands only https links to the system browser', () => {
    const { webContents } = open()
    expect(webContents.openHandler!({ url: 'https://example.org/doc' })).toEqual({ action: 'deny' })
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/doc')
    const refused = ['file:///etc/passwd', 'javascript:alert(1)', 'smb://x/y', 'http://example.org', 'app://bundle/x']
    for (const url of refused) {
      expect(webContents.openHandler!({ url })).toEqual({ action: 'deny' })
    }
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1)
  })

  it('hardens a webContents only once', () => {
    const contents = new FakeWebContents()
    hardenWebContents(contents as never)
    hardenWebContents(contents as never)
    expect(contents.listenerCount('will-navigate')).toBe(1)
  })
})

describe('close guard and document state', () => {
  it('closes a clean window without asking', () => {
    const window = open()
    const event = preventable()
    window.emit('close', event)
    expect(electron.dialog.showMessageBoxSync).not.toHaveBeenCalled()
    expect(event.preventDefault).not.toHaveBeenCalled()
  })

  it('keeps a dirty window open when the user cancels', () => {
    const onDiscard = vi.fn()
    const window = open(onDiscard)
    setDocumentState(window as never, 'Timeline', true)
    electron.dialog.showMessageBoxSync.mockReturnValue(0)
    const event = preventable()
    window.emit('close', event)
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledOnce()
    expect(event.preventDefault).toHaveBeenCalled()
    expect(onDiscard).not.toHaveBeenCalled()
  })

  it('closes a dirty window when the user discards, and reports the discard', () => {
    const onDiscard = vi.fn()
    const window = open(onDiscard)
    setDocumentState(window as never, 'Timeline', true)
    electron.dialog.showMessageBoxSync.mockReturnValue(1)
    const event = preventable()
    window.emit('close', event)
    expect(event.preventDefault).not.toHaveBeenCalled()
    expect(onDiscard).toHaveBeenCalledOnce()
  })

  it('puts the design name and a dirty mark in the title, as text', () => {
    const window = open()
    setDocumentState(window as never, 'Orders\nservice', true)
    expect(window.title).toBe('\u25CF Orders service \u2014 Archsight')
    setDocumentState(window as never, '', false)
    expect(window.title).toBe('Untitled \u2014 Archsight')
  })

  it('confirmDiscard is true only for the discard button', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 }).mockResolvedValueOnce({ response: 0 })
    expect(await confirmDiscard(null, 'Discard?')).toBe(true)
    expect(await confirmDiscard(null, 'Discard?')).toBe(false)
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Discard?', buttons: ['Cancel', 'Discard changes'], cancelId: 0 }),
    )
  })
})
