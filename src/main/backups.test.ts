import { EventEmitter } from 'node:events'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  app: { isPackaged: true, getPath: vi.fn(() => '/nowhere'), getAppPath: vi.fn(() => '/nowhere/app') },
  shell: { openExternal: vi.fn() },
  nativeTheme: { shouldUseDarkColors: false },
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
}))
vi.mock('electron', () => electron)

const { BackupStore, flushBackupsBeforeQuit } = await import('./backups')
const { DocumentFiles } = await import('./files')
const { RecentFiles } = await import('./recent')
const { createHandlers } = await import('./handlers')

// Hot exit (issue 9, item 7): one recovery copy per document, never deleted except by a save or the user.

const design = (name: string) => JSON.stringify({ format: 'archsight', version: 1, name, nodes: [], edges: [] })
const event = (id = 1) => ({ sender: { id }, senderFrame: { url: 'app://bundle/index.html', parent: null } }) as never

let folder: string
let backupsFolder: string
let backups: InstanceType<typeof BackupStore>
let handlers: ReturnType<typeof createHandlers>
let files: InstanceType<typeof DocumentFiles>

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'archsight-backups-'))
  backupsFolder = join(folder, 'backups')
  backups = new BackupStore(backupsFolder)
  files = new DocumentFiles(new RecentFiles(join(folder, 'recent.json')))
  handlers = createHandlers({ files, recent: new RecentFiles(join(folder, 'recent.json')), backups })
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('recovery copies', () => {
  it('keeps an untitled document as "Untitled N" and restores it, in the order written', async () => {
    handlers.send.saveBackup(event(), null, design('first'))
    handlers.send.saveBackup(event(), null, design('second'))
    const [entry] = await handlers.invoke.listBackups(event())
    expect(entry).toMatchObject({ name: 'Untitled 1', detail: 'never saved', isUnreadable: false, isFromCrash: false })
    const restored = await handlers.invoke.restoreBackup(event(2), entry.id)
    expect(restored).toEqual({ name: 'Untitled 1', content: design('second'), fileId: null })
    // The restoring window now backs up to the same copy, not a new one.
    handlers.send.saveBackup(event(2), null, design('third'))
    expect((await backups.list()).map((b) => b.name)).toEqual(['Untitled 1'])
  })

  it('ties a copy to its file: restoring it saves back to that file', async () => {
    const path = join(folder, 'orders.archsight')
    await writeFile(path, design('orders'))
    const fileId = files.issueFileId(1, { path, mtimeMs: 0, size: 0 })
    handlers.send.saveBackup(event(), fileId, design('orders, edited'))
    const [entry] = await backups.list()
    expect(entry).toMatchObject({ name: 'orders.archsight', detail: folder })
    const restored = await handlers.invoke.restoreBackup(event(3), entry.id)
    expect(restored.content).toBe(design('orders, edited'))
    expect(files.getFile(3, restored.fileId)?.path).toBe(path)
  })

  it('keeps the previous copy when a new one is too large, instead of deleting it', async () => {
    handlers.send.saveBackup(event(), null, design('kept'))
    await backups.flush()
    // ipc.ts logs what a send handler throws; the copy already on disk must survive it.
    expect(() => handlers.send.saveBackup(event(), null, 'x'.repeat(50 * 1024 * 1024 + 1))).toThrow(/too long/)
    const [entry] = await backups.list()
    expect((await handlers.invoke.restoreBackup(event(), entry.id)).content).toBe(design('kept'))
  })

  it('moves an unreadable copy aside with a message, never deleting it', async () => {
    handlers.send.saveBackup(event(), null, design('fine'))
    await backups.flush()
    const [name] = await readdir(backupsFolder)
    await writeFile(join(backupsFolder, name), '{ half a copy')
    const [entry] = await backups.list()
    expect(entry.isUnreadable).toBe(true)
    expect(entry.detail).toMatch(/could not be read; it was kept at .*unreadable/)
    const [kept] = await readdir(join(backupsFolder, 'unreadable'))
    expect(await readFile(join(backupsFolder, 'unreadable', kept), 'utf8')).toBe('{ half a copy')
    // Still listed at the next start, until the user discards it.
    const [again] = await new BackupStore(backupsFolder).list()
    expect(again).toEqual(entry)
    await handlers.invoke.discardBackup(event(), again.id)
    expect(await readdir(join(backupsFolder, 'unreadable'))).toEqual([])
  })

  it('is deleted only when the document is saved or the user discards it', async () => {
    handlers.send.saveBackup(event(1), null, design('a'))
    handlers.send.saveBackup(event(2), null, design('b'))
    const entries = await backups.list()
    expect(entries.map((e) => e.name)).toEqual(['Untitled 1', 'Untitled 2'])
    handlers.send.saveBackup(event(1), null, null) // window 1 saved its document
    await handlers.invoke.discardBackup(event(), entries[1].id)
    expect(await backups.list()).toEqual([])
    await expect(handlers.invoke.discardBackup(event(), '../../etc/passwd')).rejects.toThrow(/Unknown/)
  })

  it("Don't Save on close discards the window's copy; a crash marks it for restoring", async () => {
    handlers.send.saveBackup(event(1), null, design('closing'))
    handlers.send.saveBackup(event(2), null, design('crashing'))
    await backups.discardWindow(1)
    backups.markCrashed(2)
    expect(await backups.list()).toEqual([expect.objectContaining({ name: 'Untitled 2', isFromCrash: true })])
  })

  it('a new untitled document never takes the number of a copy left by an earlier session', async () => {
    handlers.send.saveBackup(event(1), null, design('yesterday'))
    await backups.flush()
    const nextSession = new BackupStore(backupsFolder)
    await nextSession.load()
    void nextSession.save(1, { untitled: true }, design('today'))
    expect((await nextSession.list()).map((e) => e.name)).toEqual(['Untitled 1', 'Untitled 2'])
  })

  it('quit waits until the copies being written are on disk', async () => {
    const app = Object.assign(new EventEmitter(), { quit: vi.fn() })
    flushBackupsBeforeQuit(app, backups)
    void backups.save(1, { untitled: true }, design('last words'))
    const event = { preventDefault: vi.fn() }
    app.emit('before-quit', event)
    expect(event.preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce())
    expect(await readdir(backupsFolder)).toEqual(['untitled-1.json'])
    const second = { preventDefault: vi.fn() }
    app.emit('before-quit', second)
    expect(second.preventDefault).not.toHaveBeenCalled()
  })
})
