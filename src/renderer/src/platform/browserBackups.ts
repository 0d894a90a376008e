import type { BackupEntry, Platform, RestoredBackup } from './types'

/**
 * Recovery copies in a browser tab (the desktop keeps them in userData): one localStorage entry per document,
 * its file id or "untitled". An entry that cannot be read is moved aside, never deleted; the single draft of
 * earlier versions (`archsight.draft`) is offered like any other copy.
 */

const PREFIX = 'archsight.backup.'
const ASIDE_PREFIX = 'archsight.unreadable-backup.'
const LEGACY_DRAFT_KEY = 'archsight.draft'
const UNTITLED = 'untitled'

interface StoredBackup {
  name: string
  savedAt: number
  content: string
}

type BrowserBackups = Pick<Platform, 'saveBackup' | 'listBackups' | 'restoreBackup' | 'discardBackup'>

export function createBrowserBackups(storage: Storage = localStorage): BrowserBackups {
  const keyOf = (id: string) =>
    id === 'legacy-draft' ? LEGACY_DRAFT_KEY : id.startsWith(ASIDE_PREFIX) ? id : `${PREFIX}${id}`
  const read = (id: string): StoredBackup | null => {
    const raw = storage.getItem(keyOf(id))
    if (raw === null) return null
    if (id === 'legacy-draft') return { name: 'Untitled', savedAt: 0, content: raw }
    try {
      const value = JSON.parse(raw) as Partial<StoredBackup>
      const isValid = typeof value.content === 'string' && typeof value.name === 'string' && typeof value.savedAt === 'number'
      return isValid ? (value as StoredBackup) : null
    } catch {
      return null
    }
  }
  const ids = (): string[] => {
    const found: string[] = []
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)
      if (key?.startsWith(PREFIX)) found.push(key.slice(PREFIX.length))
      if (key === LEGACY_DRAFT_KEY) found.push('legacy-draft')
      // Copies moved aside earlier stay listed (with their message) until the user discards them.
      if (key?.startsWith(ASIDE_PREFIX)) found.push(key)
    }
    return found.sort()
  }

  return {
    saveBackup: (fileId, content) => {
      const id = fileId ?? UNTITLED
      try {
        if (content === null) storage.removeItem(keyOf(id))
        else {
          const name = fileId ? fileId.replace(/^browser:/, '') : 'Untitled'
          storage.setItem(keyOf(id), JSON.stringify({ name, savedAt: Date.now(), content }))
        }
        if (fileId === null) storage.removeItem(LEGACY_DRAFT_KEY)
      } catch {
        // A full or disabled storage loses only this copy: the previous one stays, and so does the design.
      }
    },
    listBackups: async (): Promise<BackupEntry[]> =>
      ids().map((id) => {
        if (id.startsWith(ASIDE_PREFIX)) {
          const detail = `This recovery copy could not be read; it was kept in local storage as "${id}"`
          return { id, name: id.slice(ASIDE_PREFIX.length).replace(/^\d+\.(browser:)?/, ''), detail, savedAt: 0, isUnreadable: true, isFromCrash: false }
        }
        const stored = read(id)
        if (stored) {
          const detail = stored.savedAt ? `kept ${new Date(stored.savedAt).toLocaleString()}` : 'kept by an earlier version'
          return { id, name: stored.name, detail, savedAt: stored.savedAt, isUnreadable: false, isFromCrash: false }
        }
        const aside = `${ASIDE_PREFIX}${Date.now()}.${id}`
        try {
          storage.setItem(aside, storage.getItem(keyOf(id)) ?? '')
          storage.removeItem(keyOf(id))
        } catch {
          // Could not move it: leave it where it is, it is still not deleted.
        }
        const detail = `This recovery copy could not be read; it was kept in local storage as "${aside}"`
        return { id: aside, name: id.replace(/^browser:/, ''), detail, savedAt: 0, isUnreadable: true, isFromCrash: false }
      }),
    restoreBackup: async (id): Promise<RestoredBackup> => {
      const stored = id.startsWith(ASIDE_PREFIX) ? null : read(id)
      if (!stored) throw new Error('That recovery copy no longer exists or cannot be read.')
      return { name: stored.name, content: stored.content, fileId: id.startsWith('browser:') ? id : null }
    },
    discardBackup: async (id) => {
      storage.removeItem(keyOf(id))
    },
  }
}
