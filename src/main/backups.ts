/**
 * Hot exit (VS Code's model): one recovery copy per document, in userData/backups, tied to its file or to
 * "Untitled N". A copy is written on change (the renderer debounces) and flushed before quit, offered back at
 * start with restore / discard per document, and deleted only by a successful save or the user's choice. A
 * copy that cannot be read is moved aside with a message, never deleted.
 * Invariant: writes of one copy run in order and atomically, so the copy on disk is always whole and recent.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { writeFileAtomic } from '../node/atomicWrite'
import type { BackupEntry } from '../shared/ipc'
import type { KnownFile } from './files'

const ENVELOPE = 'archsight-backup'
const UNREADABLE = 'unreadable'

interface Envelope {
  format: typeof ENVELOPE
  version: 1
  /** The file the work belongs to, or null for an untitled document. */
  file: KnownFile | null
  untitled: number | null
  savedAt: number
  content: string
}

export type BackupOwner = { file: KnownFile } | { untitled: true }

export class BackupStore {
  private readonly writing = new Map<string, Promise<void>>()
  /** Per window: the key its untitled document backs up to. */
  private readonly untitledKeys = new Map<number, string>()
  /** Per window: the key it last backed up to (a crash restores it). */
  private readonly lastKeys = new Map<number, string>()
  private readonly crashedKeys = new Set<string>()

  constructor(private readonly folder: string) {}

  /** Keeps (or, with null content, deletes) the copy of a window's document. */
  save(windowId: number, owner: BackupOwner, content: string | null): Promise<void> {
    const key = 'file' in owner ? keyOfPath(owner.file.path) : this.getUntitledKey(windowId)
    if (content === null) {
      if (!('file' in owner)) this.untitledKeys.delete(windowId)
      if (this.lastKeys.get(windowId) === key) this.lastKeys.delete(windowId)
      return this.queue(key, () => rm(this.pathOf(key), { force: true }))
    }
    this.lastKeys.set(windowId, key)
    const envelope: Envelope = {
      format: ENVELOPE,
      version: 1,
      file: 'file' in owner ? owner.file : null,
      untitled: 'file' in owner ? null : Number(key.slice('untitled-'.length)),
      savedAt: Date.now(),
      content,
    }
    return this.queue(key, async () => {
      await mkdir(this.folder, { recursive: true })
      await writeFileAtomic(this.pathOf(key), JSON.stringify(envelope))
    })
  }

  /** A renderer crashed: what it last backed up is restored when the window reloads. */
  markCrashed(windowId: number): void {
    const key = this.lastKeys.get(windowId)
    if (key) this.crashedKeys.add(key)
  }

  /** The user chose not to keep the window's work ("Don't Save" on close). */
  discardWindow(windowId: number): Promise<void> {
    const key = this.lastKeys.get(windowId)
    this.forgetWindow(windowId)
    return key ? this.discard(key) : Promise.resolve()
  }

  forgetWindow(windowId: number): void {
    this.untitledKeys.delete(windowId)
    this.lastKeys.delete(windowId)
  }

  async list(): Promise<BackupEntry[]> {
    await this.flush()
    const names = await readdir(this.folder).catch(() => [] as string[])
    const entries: BackupEntry[] = []
    // Copies moved aside earlier stay listed (with their message) until the user discards them.
    for (const name of (await readdir(join(this.folder, UNREADABLE)).catch(() => [] as string[])).sort()) {
      entries.push(describeUnreadable(name, join(this.folder, UNREADABLE, name)))
    }
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      const key = name.slice(0, -'.json'.length)
      const envelope = await this.read(key)
      if (envelope) {
        entries.push({
          id: key,
          name: envelope.file ? basename(envelope.file.path) : `Untitled ${envelope.untitled}`,
          detail: envelope.file ? dirname(envelope.file.path) : 'never saved',
          savedAt: envelope.savedAt,
          isUnreadable: false,
          isFromCrash: this.crashedKeys.has(key),
        })
        continue
      }
      const kept = await this.setAside(name)
      entries.push(describeUnreadable(basename(kept), kept))
    }
    return entries
  }

  /** Returns the copy and makes it the window's own: further changes back up to it. */
  async restore(windowId: number, id: string): Promise<{ envelope: Envelope; name: string }> {
    const envelope = isKey(id) ? await this.read(id) : null
    if (!envelope) throw new Error('That recovery copy no longer exists or cannot be read.')
    this.crashedKeys.delete(id)
    if (envelope.untitled !== null) this.untitledKeys.set(windowId, id)
    this.lastKeys.set(windowId, id)
    const name = envelope.file ? basename(envelope.file.path) : `Untitled ${envelope.untitled}`
    return { envelope, name }
  }

  discard(id: string): Promise<void> {
    if (isUnreadableId(id)) return rm(join(this.folder, UNREADABLE, id.slice('unreadable:'.length)), { force: true })
    if (!isKey(id)) return Promise.reject(new Error('Unknown recovery copy.'))
    this.crashedKeys.delete(id)
    for (const [windowId, key] of this.untitledKeys) if (key === id) this.untitledKeys.delete(windowId)
    return this.queue(id, () => rm(this.pathOf(id), { force: true }))
  }

  /** Waits for every queued write (before quit, and before listing). */
  async flush(): Promise<void> {
    await Promise.all([...this.writing.values()])
  }

  private getUntitledKey(windowId: number): string {
    const existing = this.untitledKeys.get(windowId)
    if (existing) return existing
    // Never the number of a copy another window uses, or of one left on disk by an earlier session.
    const taken = new Set([...this.untitledKeys.values(), ...this.writing.keys()])
    let n = 1
    while (taken.has(`untitled-${n}`) || this.knownOnDisk.has(`untitled-${n}`)) n++
    const key = `untitled-${n}`
    this.untitledKeys.set(windowId, key)
    return key
  }

  /** Keys seen on disk at start-up, so a new untitled document never takes an old one's number. */
  private readonly knownOnDisk = new Set<string>()

  async load(): Promise<void> {
    const names = await readdir(this.folder).catch(() => [] as string[])
    for (const name of names) if (name.endsWith('.json')) this.knownOnDisk.add(name.slice(0, -5))
  }

  private queue(key: string, task: () => Promise<unknown>): Promise<void> {
    const next = (this.writing.get(key) ?? Promise.resolve())
      .then(task)
      .then(() => undefined)
      .catch((error: unknown) => console.error('Could not keep the recovery copy:', error))
    this.writing.set(key, next)
    void next.then(() => {
      if (this.writing.get(key) === next) this.writing.delete(key)
    })
    return next
  }

  private async read(key: string): Promise<Envelope | null> {
    try {
      const value = JSON.parse(await readFile(this.pathOf(key), 'utf8')) as Partial<Envelope>
      const isValid =
        value.format === ENVELOPE &&
        typeof value.content === 'string' &&
        typeof value.savedAt === 'number' &&
        (value.file === null ? typeof value.untitled === 'number' : typeof value.file?.path === 'string')
      return isValid ? (value as Envelope) : null
    } catch {
      return null
    }
  }

  private async setAside(name: string): Promise<string> {
    const aside = join(this.folder, UNREADABLE)
    await mkdir(aside, { recursive: true })
    const target = join(aside, `${Date.now()}-${name}`)
    await rename(join(this.folder, name), target)
    return target
  }

  private pathOf(key: string): string {
    return join(this.folder, `${key}.json`)
  }
}

function describeUnreadable(name: string, path: string): BackupEntry {
  const detail = `This recovery copy could not be read; it was kept at ${path}`
  return { id: `unreadable:${name}`, name, detail, savedAt: 0, isUnreadable: true, isFromCrash: false }
}

/** A copy moved aside: `unreadable:<time>-<key>.json`, never a path. */
function isUnreadableId(id: string): boolean {
  return /^unreadable:\d+-(file-[0-9a-f]{24}|untitled-\d{1,6})\.json$/.test(id)
}

function keyOfPath(path: string): string {
  return `file-${createHash('sha256').update(path).digest('hex').slice(0, 24)}`
}

/** Ids come back from the page: only our own key shapes, never a path. */
function isKey(id: string): boolean {
  return /^(file-[0-9a-f]{24}|untitled-\d{1,6})$/.test(id)
}


/** Quit waits for the recovery copies being written: a copy cut off mid-write would be lost work. */
export function flushBackupsBeforeQuit(
  app: { on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown; quit(): void },
  backups: Pick<BackupStore, 'flush'>,
): void {
  let isFlushed = false
  app.on('before-quit', (event) => {
    if (isFlushed) return
    event.preventDefault()
    void backups.flush().finally(() => {
      isFlushed = true
      app.quit()
    })
  })
}
