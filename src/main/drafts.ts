/**
 * Crash recovery: one draft of the unsaved design in userData (the app is single-instance, one window).
 * Writes are atomic and run in order, so the draft on disk is always a whole, recent copy.
 */
import { readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { writeFileAtomic } from '../node/atomicWrite'

/** Larger drafts are not kept: recovery must never fill the disk or stall start-up. */
export const MAX_DRAFT_CHARS = 20_000_000

export class DraftStore {
  private writing: Promise<void> = Promise.resolve()

  constructor(private readonly draftPath: string) {}

  save(content: string | null): Promise<void> {
    const next =
      content === null || content.length > MAX_DRAFT_CHARS
        ? () => rm(this.draftPath, { force: true })
        : () => writeFileAtomic(this.draftPath, content)
    this.writing = this.writing.then(next).catch((error: unknown) => {
      console.error('Could not keep the recovery draft:', error)
    })
    return this.writing
  }

  /** Sync on purpose: the renderer asks once at start-up through a sync IPC call (see shared/ipc.ts). */
  load(): string | null {
    try {
      return readFileSync(this.draftPath, 'utf8')
    } catch {
      return null
    }
  }

  /** Waits for queued writes (tests, and before quitting). */
  flush(): Promise<void> {
    return this.writing
  }
}
