import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type OpenAnswer = { canceled: boolean; filePaths: string[] }
type SaveAnswer = { canceled: boolean; filePath: string }

const electron = vi.hoisted(() => ({
  app: { isPackaged: true, getPath: vi.fn(() => '/nowhere'), getAppPath: vi.fn(() => '/nowhere/app') },
  shell: { openExternal: vi.fn() },
  nativeTheme: { shouldUseDarkColors: false },
  dialog: {
    showOpenDialog: vi.fn(async (): Promise<OpenAnswer> => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async (): Promise<SaveAnswer> => ({ canceled: true, filePath: '' })),
    showMessageBox: vi.fn(async () => ({ response: 0 })),
  },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
}))
vi.mock('electron', () => electron)

const { DocumentFiles, toFileName } = await import('./files')
const { RecentFiles } = await import('./recent')
const { BackupStore } = await import('./backups')
const { createHandlers } = await import('./handlers')

const design = (name: string) => JSON.stringify({ format: 'archsight', version: 1, name, nodes: [], edges: [] })

let folder: string
let handlers: ReturnType<typeof createHandlers>
let files: InstanceType<typeof DocumentFiles>
let recent: InstanceType<typeof RecentFiles>
const event = (id = 1) => ({ sender: { id }, senderFrame: { url: 'app://bundle/index.html', parent: null } }) as never
const answerSave = (filePath: string) =>
  electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath })
const answerOpen = (path: string) =>
  electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
// What each window's renderer holds: the file id of the document on screen (null = never saved).
const documents = new Map<number, string | null>()
const save = async (content: unknown, saveAs = false, suggestedName = 'a', windowId = 1) => {
  const options = { saveAs, suggestedName, fileId: documents.get(windowId) ?? null }
  const result = await handlers.invoke.saveFile(event(windowId), content, options)
  if (result) documents.set(windowId, result.fileId)
  return result && { name: result.name }
}
const openDialog = async (windowId = 1) => {
  const result = await handlers.invoke.openFile(event(windowId))
  // The renderer shows what it opened; a file without an id (a PNG) becomes an unsaved document.
  if (result) documents.set(windowId, result.fileId)
  return result
}
const currentPath = (windowId = 1) => files.getFile(windowId, documents.get(windowId) ?? null)?.path ?? null
const exportAs = (mimeType: string, data: string | Uint8Array, suggestedName = 'x') =>
  handlers.invoke.exportFile(event(), { suggestedName, mimeType, data })

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'archsight-files-'))
  await mkdir(join(folder, 'userData'))
  electron.app.getPath.mockImplementation(() => join(folder, 'docs'))
  electron.app.getAppPath.mockImplementation(() => join(folder, 'app'))
  electron.dialog.showOpenDialog.mockClear()
  electron.dialog.showSaveDialog.mockClear()
  electron.dialog.showMessageBox.mockReset()
  recent = new RecentFiles(join(folder, 'userData', 'recent.json'))
  files = new DocumentFiles(recent)
  handlers = createHandlers({ files, recent, backups: new BackupStore(join(folder, 'userData', 'backups')) })
  documents.clear()
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('saveFile: main owns the path', () => {
  it('asks where to save the first time, then saves in place without asking', async () => {
    const target = join(folder, 'timeline.archsight')
    answerSave(target)
    expect(await save(design('v1'), false, 'Timeline')).toEqual({ name: 'timeline.archsight' })
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledOnce()
    expect(electron.dialog.showSaveDialog.mock.calls[0]).toEqual([
      expect.objectContaining({ defaultPath: join(folder, 'docs', 'Timeline.archsight') }),
    ])
    expect(await save(design('v2'), false, 'x')).toEqual({
      name: 'timeline.archsight',
    })
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledOnce()
    expect(JSON.parse(await readFile(target, 'utf8')).name).toBe('v2')
    expect(recent.list().map((entry) => entry.name)).toEqual(['timeline.archsight'])
  })

  it('ignores any path the page tries to pass, in the options or as extra arguments', async () => {
    const victim = join(folder, 'victim.txt')
    await writeFile(victim, 'keep me')
    const call = handlers.invoke.saveFile as (...args: unknown[]) => Promise<unknown>
    const options = { saveAs: false, suggestedName: 'a', fileId: victim, path: victim, filePath: victim }
    expect(await call(event(), design('x'), options, victim)).toBeNull()
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledOnce()
    expect(await readFile(victim, 'utf8')).toBe('keep me')
    expect(currentPath(1)).toBeNull()
  })

  it('keeps each window on its own current file', async () => {
    answerSave(join(folder, 'a.archsight'))
    await save(design('a'), false, 'a', 1)
    await save(design('b'), false, 'b', 2)
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledTimes(2)
    expect(currentPath(2)).toBeNull()
  })

  it('Save As always asks, and moves the current file', async () => {
    answerSave(join(folder, 'a.archsight'))
    await save(design('a'), false, 'a')
    answerSave(join(folder, 'b.archsight'))
    expect(await save(design('b'), true, 'b')).toEqual({ name: 'b.archsight' })
    expect(currentPath(1)).toBe(join(folder, 'b.archsight'))
    expect(JSON.parse(await readFile(join(folder, 'a.archsight'), 'utf8')).name).toBe('a')
  })

  it('returns null when the dialog is cancelled and writes nothing', async () => {
    expect(await save(design('a'), true, 'a')).toBeNull()
    expect(await readdir(folder)).toEqual(['userData'])
  })

  it('refuses content that is not a design, before any dialog', async () => {
    await expect(save('{"not":"a design"}')).rejects.toThrow(/not valid/)
    await expect(save(42)).rejects.toThrow(/must be text/)
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('adds the extension to a bare name typed in the dialog', async () => {
    answerSave(join(folder, 'plain'))
    expect(await save(design('a'), true, 'a')).toEqual({
      name: 'plain.archsight',
    })
  })

  it('refuses to write inside the application folder', async () => {
    await mkdir(join(folder, 'app'))
    answerSave(join(folder, 'app', 'x.archsight'))
    await expect(save(design('a'), true, 'a')).rejects.toThrow(
      /application folder/,
    )
  })

  it('a document without a file id (New, a template) saves through Save As', async () => {
    answerSave(join(folder, 'a.archsight'))
    await save(design('a'), false, 'a')
    documents.set(1, null) // File > New: the renderer drops the id with the design
    answerSave(join(folder, 'b.archsight'))
    await save(design('b'), false, 'b')
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledTimes(2)
    expect(JSON.parse(await readFile(join(folder, 'a.archsight'), 'utf8')).name).toBe('a')
  })
})

describe('one document identity, whichever way a design arrives (issue 9, items 1 and 2)', () => {
  it('open A, then open a PNG of B, then Save: asks where, and A stays A', async () => {
    const a = join(folder, 'A.archsight')
    await writeFile(a, design('A'))
    answerOpen(a)
    expect((await openDialog())?.fileId).toEqual(expect.any(String))
    const png = join(folder, 'B.png')
    await writeFile(png, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    answerOpen(png)
    expect((await openDialog())?.fileId).toBeNull()
    answerSave(join(folder, 'B.archsight'))
    expect(await save(design('B'))).toEqual({ name: 'B.archsight' })
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledOnce()
    expect(JSON.parse(await readFile(a, 'utf8')).name).toBe('A')
  })

  it('open A, then a file dropped on the canvas (main never hears of it), then Save: A stays A', async () => {
    const a = join(folder, 'A.archsight')
    await writeFile(a, design('A'))
    answerOpen(a)
    await openDialog()
    documents.set(1, null) // the dropped design has no file id
    expect(await save(design('dropped'))).toBeNull() // the Save As dialog was cancelled
    expect(JSON.parse(await readFile(a, 'utf8')).name).toBe('A')
  })

  it("never saves to another window's file, or to an id it did not hand out", async () => {
    const a = join(folder, 'A.archsight')
    await writeFile(a, design('A'))
    answerOpen(a)
    const opened = await openDialog(1)
    const options = { saveAs: false, suggestedName: 'x', fileId: opened?.fileId ?? null }
    expect(await handlers.invoke.saveFile(event(2), design('other window'), options)).toBeNull()
    expect(await handlers.invoke.saveFile(event(1), design('forged'), { ...options, fileId: 'forged-id' })).toBeNull()
    expect(JSON.parse(await readFile(a, 'utf8')).name).toBe('A')
  })
})

describe('saves queue per file (issue 9, item 3)', () => {
  it('two overlapping saves leave the later one on disk, and both report success', async () => {
    const path = join(folder, 'race.archsight')
    answerSave(path)
    await save(design('v0'))
    // The older content is larger, so its write takes longer: unqueued, it renamed last and won.
    const nodes = Array.from({ length: 40_000 }, (_, i) => ({ id: `n${i}`, kind: 'service', label: 'x'.repeat(150), position: { x: i, y: 0 } }))
    const older = JSON.stringify({ ...JSON.parse(design('v1')), nodes })
    const both = await Promise.all([save(older), save(design('v2'))])
    expect(both).toEqual([{ name: 'race.archsight' }, { name: 'race.archsight' }])
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('v2')
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled()
  })
})

describe('a read-only file (issue 9, item 4)', () => {
  const readOnly = async () => {
    const path = join(folder, 'locked.archsight')
    answerSave(path)
    await save(design('v1'))
    await chmod(path, 0o444)
    return path
  }

  it('asks before replacing it, and Cancel leaves it as it was', async () => {
    const path = await readOnly()
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 })
    expect(await save(design('v2'))).toBeNull()
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'locked.archsight is read-only.', buttons: ['Cancel', 'Save As…', 'Overwrite'] }),
    )
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('v1')
  })

  it('Save As writes elsewhere; Overwrite replaces it, keeping it read-only', async () => {
    const path = await readOnly()
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 })
    answerSave(join(folder, 'copy.archsight'))
    expect(await save(design('v2'))).toEqual({ name: 'copy.archsight' })
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('v1')
    documents.set(1, (await openPathForTest(path)) ?? null)
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 2 })
    expect(await save(design('v3'))).toEqual({ name: 'locked.archsight' })
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('v3')
    expect((await stat(path)).mode & 0o777).toBe(0o444)
  })
})

const openPathForTest = async (path: string) => {
  answerOpen(path)
  return (await handlers.invoke.openFile(event()))?.fileId
}

describe('saveFile: a file changed by another program', () => {
  const saveOnce = async (path: string) => {
    answerSave(path)
    await save(design('mine'))
    // Another program rewrites the file (different size, so the change shows even within one mtime tick).
    await writeFile(path, design('theirs, edited elsewhere'))
  }

  it('asks before overwriting, and Cancel keeps their version', async () => {
    const path = join(folder, 'shared.archsight')
    await saveOnce(path)
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 })
    expect(await save(design('mine v2'))).toBeNull()
    expect(electron.dialog.showMessageBox).toHaveBeenCalledOnce()
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('theirs, edited elsewhere')
  })

  it('overwrites when the user says so, and does not ask again for its own writes', async () => {
    const path = join(folder, 'shared.archsight')
    await saveOnce(path)
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 })
    expect(await save(design('mine v2'))).toEqual({ name: 'shared.archsight' })
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('mine v2')
    await save(design('mine v3'))
    expect(electron.dialog.showMessageBox).toHaveBeenCalledOnce()
  })

  it('does not ask when nothing else touched the file, or for Save As', async () => {
    const path = join(folder, 'quiet.archsight')
    answerSave(path)
    await save(design('a'))
    await save(design('b'))
    await writeFile(path, design('changed elsewhere'))
    answerSave(join(folder, 'other.archsight'))
    await save(design('c'), true)
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled()
  })
})

describe('pickFile (import a drawing, compare with a version)', () => {
  it('reads a .drawio for import without making it the document or a recent file, so Save never writes over it', async () => {
    const path = join(folder, 'shop.drawio')
    await writeFile(path, '<mxfile><diagram name="p"/></mxfile>')
    answerOpen(path)
    const picked = await handlers.invoke.pickFile(event(), 'import-drawio')
    expect(picked).toMatchObject({ name: 'shop.drawio', fileId: null })
    expect(new TextDecoder().decode(picked?.bytes)).toContain('<mxfile>')
    expect(electron.dialog.showOpenDialog.mock.calls[0]).toContainEqual(
      expect.objectContaining({ filters: [{ name: 'draw.io diagram', extensions: ['drawio', 'xml'] }] }),
    )
    expect(recent.list()).toEqual([])
  })

  it('reads a design to compare with, also without a file id or a recent entry', async () => {
    const path = join(folder, 'old.archsight')
    await writeFile(path, design('old'))
    answerOpen(path)
    expect(await handlers.invoke.pickFile(event(), 'compare')).toMatchObject({ name: 'old.archsight', fileId: null })
    expect(recent.list()).toEqual([])
  })

  it('refuses a file type the purpose does not read, an unknown purpose, and returns null on cancel', async () => {
    const other = join(folder, 'notes.txt')
    await writeFile(other, 'hello')
    answerOpen(other)
    await expect(handlers.invoke.pickFile(event(), 'import-drawio')).rejects.toThrow(/reads .drawio, .xml files/)
    await expect(handlers.invoke.pickFile(event(), 'anything' as never)).rejects.toThrow(/Unknown file purpose/)
    expect(await handlers.invoke.pickFile(event(), 'compare')).toBeNull()
  })

  it('exports a draw.io diagram with its own filter and extension', async () => {
    answerSave(join(folder, 'shop'))
    expect(await exportAs('application/vnd.jgraph.mxfile', '<mxfile/>')).toBe(true)
    expect(await readFile(join(folder, 'shop.drawio'), 'utf8')).toBe('<mxfile/>')
  })
})

describe('openFile and openRecent', () => {
  it('returns name and bytes, and a valid design becomes the current file', async () => {
    const path = join(folder, 'orders.archsight')
    await writeFile(path, design('orders'))
    answerOpen(path)
    const opened = await openDialog()
    expect(opened?.name).toBe('orders.archsight')
    expect(new TextDecoder().decode(opened?.bytes)).toBe(design('orders'))
    expect(currentPath(1)).toBe(path)
    expect(recent.list()[0]).toMatchObject({ name: 'orders.archsight', detail: folder })
  })

  it('returns the bytes of an invalid file but keeps the current file, so Save cannot overwrite it', async () => {
    const broken = join(folder, 'broken.json')
    await writeFile(broken, '{"format": "archsight", ')
    answerOpen(broken)
    expect((await openDialog())?.name).toBe('broken.json')
    expect(currentPath(1)).toBeNull()
    expect(recent.list()).toEqual([])
  })

  it('opens a PNG without making it the current file', async () => {
    const png = join(folder, 'picture.png')
    await writeFile(png, new Uint8Array([0x89, 0x50, 0x4e, 0x47]))
    answerOpen(png)
    expect((await openDialog())?.bytes).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))
    expect(currentPath(1)).toBeNull()
  })

  it('refuses other file types', async () => {
    const other = join(folder, 'notes.txt')
    await writeFile(other, 'hello')
    answerOpen(other)
    await expect(handlers.invoke.openFile(event())).rejects.toThrow(/opens .archsight, .json and .png/)
  })

  it('returns null when the dialog is cancelled', async () => {
    expect(await openDialog()).toBeNull()
  })

  it('opens a recent file by its opaque id, and drops an entry whose file is gone', async () => {
    const path = join(folder, 'orders.archsight')
    await writeFile(path, design('orders'))
    answerOpen(path)
    await openDialog()
    const [entry] = await handlers.invoke.listRecent(event())
    expect(entry.id).not.toContain(folder)
    const reopened = await handlers.invoke.openRecent(event(2), entry.id)
    expect(reopened?.name).toBe('orders.archsight')
    expect(files.getFile(2, reopened?.fileId ?? null)?.path).toBe(path)
    await rm(path)
    await expect(handlers.invoke.openRecent(event(), entry.id)).rejects.toThrow(/no longer exists/)
    expect(recent.list()).toEqual([])
  })

  it('refuses an unknown recent id or a path in its place', async () => {
    await expect(handlers.invoke.openRecent(event(), 'nope')).rejects.toThrow(/no longer in the list/)
    await expect(handlers.invoke.openRecent(event(), '/etc/passwd')).rejects.toThrow(/no longer in the list/)
  })
})

describe('exportFile', () => {
  it('asks with a filter for the type and writes the bytes, without touching the current file', async () => {
    const target = join(folder, 'out.png')
    answerSave(target)
    const data = new Uint8Array([1, 2, 3])
    expect(await exportAs('image/png', data, 'Orders')).toBe(true)
    expect((electron.dialog.showSaveDialog.mock.calls[0] as unknown[])[0]).toMatchObject({
      defaultPath: join(folder, 'docs', 'Orders.png'),
      filters: [{ name: 'PNG image', extensions: ['png'] }],
    })
    expect(new Uint8Array(await readFile(target))).toEqual(data)
    expect(currentPath(1)).toBeNull()
    expect(recent.list()).toEqual([])
  })

  it('writes SVG text and returns false on cancel', async () => {
    answerSave(join(folder, 'drawing'))
    expect(await exportAs('image/svg+xml', '<svg/>')).toBe(true)
    expect(await readFile(join(folder, 'drawing.svg'), 'utf8')).toBe('<svg/>')
    expect(await exportAs('image/svg+xml', '<svg/>')).toBe(false)
  })

  it('refuses unknown types and a path the page passes', async () => {
    await expect(
      handlers.invoke.exportFile(event(), { suggestedName: 'x', mimeType: 'application/x-sh', data: 'rm -rf /' }),
    ).rejects.toThrow(/Cannot export/)
    const call = handlers.invoke.exportFile as (...args: unknown[]) => Promise<unknown>
    const options = { suggestedName: 'x', mimeType: 'image/png', data: 'x', path: '/tmp/evil' }
    expect(await call(event(), options, '/tmp/evil')).toBe(false)
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledOnce()
  })
})

describe('toFileName', () => {
  it.each([
    ['Orders service', 'archsight', 'Orders service.archsight'],
    ['../../etc/passwd', 'archsight', '-..-etc-passwd.archsight'],
    ['C:\\Windows\\x.json', 'png', 'C--Windows-x.png'],
    ['', 'svg', 'Untitled.svg'],
    ['...', 'svg', 'Untitled.svg'],
    ['a\u0000b', 'json', 'a-b.json'],
  ])('%j -> %j', (input, extension, expected) => {
    expect(toFileName(input, extension)).toBe(expected)
  })
})
