/**
 * The recent-files list, persisted as JSON in userData. The renderer only ever sees opaque ids; the paths
 * stay here. The file on disk is treated as untrusted input: bad entries are dropped, not trusted.
 */
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename, dirname, isAbsolute } from 'node:path'
import type { RecentEntry } from '../shared/ipc'
import { writeFileAtomic } from '../node/atomicWrite'

export const MAX_RECENT = 10

interface StoredEntry {
  id: string
  path: string
}

export class RecentFiles {
  private entries: StoredEntry[] = []
  private writing: Promise<void> = Promise.resolve()
  private readonly listeners = new Set<() => void>()

  constructor(private readonly storePath: string) {}

  async load(): Promise<void> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.storePath, 'utf8'))
      this.entries = Array.isArray(parsed) ? parsed.filter(isStoredEntry).slice(0, MAX_RECENT) : []
    } catch {
      this.entries = []
    }
  }

  list(): RecentEntry[] {
    return this.entries.map(({ id, path }) => ({ id, name: basename(path), detail: dirname(path) }))
  }

  getPath(id: string): string | null {
    return this.entries.find((entry) => entry.id === id)?.path ?? null
  }

  /** Moves the path to the top (keeping its id, so an open menu stays valid) and persists. */
  add(path: string): Promise<void> {
    const existing = this.entries.find((entry) => entry.path === path)
    const entry = existing ?? { id: randomUUID(), path }
    this.entries = [entry, ...this.entries.filter((other) => other !== existing)].slice(0, MAX_RECENT)
    return this.persist()
  }

  remove(id: string): Promise<void> {
    this.entries = this.entries.filter((entry) => entry.id !== id)
    return this.persist()
  }

  clear(): Promise<void> {
    this.entries = []
    return this.persist()
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Writes run one after another so an older list can never land after a newer one. */
  private persist(): Promise<void> {
    const snapshot = JSON.stringify(this.entries, null, 2)
    for (const listener of this.listeners) listener()
    this.writing = this.writing.then(() => writeFileAtomic(this.storePath, snapshot)).catch((error: unknown) => {
      console.error('Could not remember recent files:', error)
    })
    return this.writing
  }
}

function isStoredEntry(value: unknown): value is StoredEntry {
  if (typeof value !== 'object' || value === null) return false
  const { id, path } = value as Record<string, unknown>
  return typeof id === 'string' && /^[\w-]{1,64}$/.test(id) && typeof path === 'string' && isAbsolute(path)
}
