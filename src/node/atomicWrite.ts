/**
 * Node-only (no Electron), shared by main and the CLI. Crash-safe file replacement: after writeFileAtomic resolves, the target holds the new bytes; if it rejects,
 * the target still holds the old bytes and no temp file is left behind. Never a truncated file.
 */
import { randomBytes } from 'node:crypto'
import { lstat, open, readlink, realpath, rename, rm, stat } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const realTarget = await resolveWriteTarget(target)
  const directory = dirname(realTarget)
  const temp = join(directory, `.${basename(realTarget)}.${randomBytes(6).toString('hex')}.tmp`)
  const mode = await getExistingMode(realTarget)
  let handle: FileHandle | undefined
  try {
    // 'wx' refuses to follow or reuse anything already at the temp name.
    handle = await open(temp, 'wx', mode ?? 0o666)
    if (mode !== undefined) await handle.chmod(mode)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temp, realTarget)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await rm(temp, { force: true }).catch(() => undefined)
    throw new Error(`Could not save ${basename(target)}: ${describeError(error)}. The previous file is unchanged.`, {
      cause: error,
    })
  }
  await syncDirectory(directory)
}

/** A symlink is kept as a link: write to the file it points at (VS Code falls back to in-place; we keep atomicity). */
async function resolveWriteTarget(target: string): Promise<string> {
  const absolute = resolve(target)
  try {
    return await realpath(absolute)
  } catch (error) {
    if (!isErrorCode(error, 'ENOENT')) throw error
  }
  // The target does not exist yet, or is a dangling link: resolve the link text ourselves.
  try {
    const info = await lstat(absolute)
    if (info.isSymbolicLink()) return resolve(dirname(absolute), await readlink(absolute))
  } catch (error) {
    if (!isErrorCode(error, 'ENOENT')) throw error
  }
  // A new file: resolve its folder so the temp file and the target share one file system.
  return join(await realpath(dirname(absolute)), basename(absolute))
}

async function getExistingMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o777
  } catch {
    return undefined
  }
}

/** Makes the rename itself durable. Best effort: some platforms (Windows) cannot open a folder. */
async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await open(directory, 'r')
    await handle.sync()
  } catch {
    // The data is already in place; a missing directory fsync only weakens durability across power loss.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

function isErrorCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code
}

function describeError(error: unknown): string {
  if (isErrorCode(error, 'EACCES') || isErrorCode(error, 'EPERM')) return 'permission denied'
  if (isErrorCode(error, 'ENOSPC')) return 'the disk is full'
  if (isErrorCode(error, 'EROFS')) return 'the disk is read-only'
  if (isErrorCode(error, 'ENOENT')) return 'the folder does not exist'
  return error instanceof Error ? error.message : String(error)
}
