import { mkdtemp, readdir, readFile, rm, stat, symlink, writeFile, chmod, lstat } from 'node:fs/promises'
import type * as FsPromises from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// Wrap the real fs so single calls can be made to fail; everything else touches a real temp folder.
const faults = vi.hoisted(() => ({ rename: null as Error | null, writeAfterBytes: null as number | null }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>()
  return {
    ...real,
    rename: async (from: string, to: string) => {
      if (faults.rename) throw faults.rename
      return real.rename(from, to)
    },
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args)
      const limit = faults.writeAfterBytes
      if (limit === null) return handle
      // Simulate a crash mid-write: half the bytes reach the temp file, then the disk fills up.
      const failing = Object.create(handle) as FileHandle
      failing.writeFile = async (data) => {
        await handle.writeFile(Buffer.from(data as string).subarray(0, limit))
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      }
      failing.close = () => handle.close()
      return failing
    },
  }
})

const { writeFileAtomic } = await import('./atomicWrite')

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'archsight-atomic-'))
  faults.rename = null
  faults.writeAfterBytes = null
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('creates a new file with the exact content and leaves only that file', async () => {
    const target = join(folder, 'design.archsight')
    await writeFileAtomic(target, '{"format":"archsight"}')
    expect(await readFile(target, 'utf8')).toBe('{"format":"archsight"}')
    expect(await readdir(folder)).toEqual(['design.archsight'])
  })

  it('replaces an existing file, keeping its permissions', async () => {
    const target = join(folder, 'design.archsight')
    await writeFile(target, 'old content that is longer than the new one')
    await chmod(target, 0o640)
    await writeFileAtomic(target, 'new')
    expect(await readFile(target, 'utf8')).toBe('new')
    expect((await stat(target)).mode & 0o777).toBe(0o640)
    expect(await readdir(folder)).toEqual(['design.archsight'])
  })

  it('writes bytes unchanged', async () => {
    const target = join(folder, 'picture.png')
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 10, 13])
    await writeFileAtomic(target, bytes)
    expect(new Uint8Array(await readFile(target))).toEqual(bytes)
  })

  it('keeps the old file whole and removes the temp file when the rename fails', async () => {
    const target = join(folder, 'design.archsight')
    await writeFile(target, 'old')
    faults.rename = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow(
      'Could not save design.archsight: permission denied. The previous file is unchanged.',
    )
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await readdir(folder)).toEqual(['design.archsight'])
  })

  it('keeps the old file whole and removes the partial temp file when the write fails midway', async () => {
    const target = join(folder, 'design.archsight')
    await writeFile(target, 'old content')
    faults.writeAfterBytes = 3
    await expect(writeFileAtomic(target, 'a much longer new content')).rejects.toThrow(/the disk is full/)
    expect(await readFile(target, 'utf8')).toBe('old content')
    expect(await readdir(folder)).toEqual(['design.archsight'])
  })

  it('rejects with a clear error when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(folder, 'missing', 'x.archsight'), 'x')).rejects.toThrow()
  })

  it('writes through a symlink to the real file and keeps the link', async () => {
    const real = join(folder, 'real.archsight')
    const link = join(folder, 'link.archsight')
    await writeFile(real, 'old')
    await symlink(real, link)
    await writeFileAtomic(link, 'new')
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect(await readFile(real, 'utf8')).toBe('new')
    expect((await readdir(folder)).sort()).toEqual(['link.archsight', 'real.archsight'])
  })

  it('creates the file a dangling symlink points at', async () => {
    const real = join(folder, 'later.archsight')
    const link = join(folder, 'link.archsight')
    await symlink('later.archsight', link)
    await writeFileAtomic(link, 'content')
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect(await readFile(real, 'utf8')).toBe('content')
  })
})
