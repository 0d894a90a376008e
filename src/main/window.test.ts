import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'

class FakeWebContents extends EventEmitter {
  send = vi.fn()
  reload = vi.fn()
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
  close = vi.fn(() => {
    const event = { preventDefault: vi.fn() }
    this.emit('close', event)
    if (!event.preventDefault.mock.calls.length) this.closed = true
  })
  closed = false
  isDestroyed = () => this.closed
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

const { askUnsavedChanges, createMainWindow, hardenWebContents, onSaveFinished, setDocumentState } = await import('./window')

const open = (onDiscardOnClose?: () => void, onCrash?: () => void) =>
  createMainWindow({ preloadPath: '/app/out/preload/index.cjs', onDiscardOnClose, onCrash }) as unknown as FakeWindow
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

  it('asks Save, Don\'t Save or Cancel, and Cancel keeps a dirty window open', () => {
    const onDiscard = vi.fn()
    const window = open(onDiscard)
    setDocumentState(window as never, 'Timeline', true)
    electron.dialog.showMessageBoxSync.mockReturnValue(2)
    const event = preventable()
    window.emit('close', event)
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ message: 'Save the changes to Timeline?', buttons: ['Save', "Don't Save", 'Cancel'], cancelId: 2 }),
    )
    expect(event.preventDefault).toHaveBeenCalled()
    expect(onDiscard).not.toHaveBeenCalled()
  })

  it("closes a dirty window on Don't Save, and reports the discard", () => {
    const onDiscard = vi.fn()
    const window = open(onDiscard)
    setDocumentState(window as never, 'Timeline', true)
    electron.dialog.showMessageBoxSync.mockReturnValue(1)
    const event = preventable()
    window.emit('close', event)
    expect(event.preventDefault).not.toHaveBeenCalled()
    expect(onDiscard).toHaveBeenCalledOnce()
  })

  it('on Save, asks the page to save and closes only once that save succeeded', () => {
    const window = open()
    setDocumentState(window as never, 'Timeline', true)
    electron.dialog.showMessageBoxSync.mockReturnValue(0)
    window.emit('close', preventable())
    expect(window.webContents.send).toHaveBeenCalledWith('archsight:command', 'file.save')
    onSaveFinished(window as never, false) // the Save As dialog was cancelled: stay open
    expect(window.close).not.toHaveBeenCalled()
    window.emit('close', preventable())
    onSaveFinished(window as never, true)
    expect(window.close).toHaveBeenCalledOnce()
    expect(window.closed).toBe(true)
    onSaveFinished(window as never, true) // a later save never closes anything
    expect(window.close).toHaveBeenCalledOnce()
  })

  it('after a renderer crash, offers to reload, and a close keeps the recovery copy without asking', async () => {
    const onDiscard = vi.fn()
    const onCrash = vi.fn()
    const window = open(onDiscard, onCrash)
    setDocumentState(window as never, 'Timeline', true)
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 }) // Close Window
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 })
    expect(onCrash).toHaveBeenCalledOnce()
    await vi.waitFor(() => expect(window.close).toHaveBeenCalled())
    expect(electron.dialog.showMessageBoxSync).not.toHaveBeenCalled()
    expect(onDiscard).not.toHaveBeenCalled()
    expect(window.closed).toBe(true)
  })

  it('after a renderer crash, Reload reloads the page (which restores the copy)', async () => {
    const window = open()
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 })
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 })
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalledOnce())
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(window, expect.objectContaining({ buttons: ['Reload', 'Close Window'] }))
  })

  it('puts the design name and a dirty mark in the title, as text', () => {
    const window = open()
    setDocumentState(window as never, 'Orders\nservice', true)
    expect(window.title).toBe('\u25CF Orders service \u2014 Archsight')
    setDocumentState(window as never, '', false)
    expect(window.title).toBe('Untitled \u2014 Archsight')
  })

  it('askUnsavedChanges answers save, discard or cancel', async () => {
    electron.dialog.showMessageBox
      .mockResolvedValueOnce({ response: 0 })
      .mockResolvedValueOnce({ response: 1 })
      .mockResolvedValueOnce({ response: 2 })
    expect(await askUnsavedChanges(null, 'Save?')).toBe('save')
    expect(await askUnsavedChanges(null, 'Save?')).toBe('discard')
    expect(await askUnsavedChanges(null, 'Save?')).toBe('cancel')
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Save?', buttons: ['Save', "Don't Save", 'Cancel'], cancelId: 2 }),
    )
  })
})
