import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_RECENT, RecentFiles } from './recent'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'archsight-recent-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('RecentFiles', () => {
  it('keeps the newest first, at most ten, without duplicates, with stable opaque ids', async () => {
    const store = new RecentFiles(join(folder, 'recent.json'))
    for (let index = 0; index < 12; index += 1) await store.add(`/designs/d${index}.archsight`)
    const idOfD5 = store.list().find((entry) => entry.name === 'd5.archsight')!.id
    await store.add('/designs/d5.archsight')
    const list = store.list()
    expect(list).toHaveLength(MAX_RECENT)
    expect(list[0]).toEqual({ id: idOfD5, name: 'd5.archsight', detail: '/designs' })
    expect(list.filter((entry) => entry.name === 'd5.archsight')).toHaveLength(1)
    expect(list.map((entry) => entry.name)).not.toContain('d0.archsight')
    expect(idOfD5).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('persists across restarts and notifies listeners', async () => {
    const path = join(folder, 'recent.json')
    const store = new RecentFiles(path)
    const listener = vi.fn()
    store.onChange(listener)
    await store.add('/designs/a.archsight')
    expect(listener).toHaveBeenCalledOnce()
    const again = new RecentFiles(path)
    await again.load()
    expect(again.list()).toEqual(store.list())
    expect(again.getPath(store.list()[0].id)).toBe('/designs/a.archsight')
    await again.clear()
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual([])
  })

  it('treats the stored list as untrusted: drops bad entries, survives garbage', async () => {
    const path = join(folder, 'recent.json')
    await writeFile(
      path,
      JSON.stringify([
        { id: 'ok-1', path: '/designs/a.archsight' },
        { id: 'rel', path: 'relative/b.archsight' },
        { id: '../x', path: '/designs/c.archsight' },
        { id: 7, path: '/designs/d.archsight' },
        'nope',
        null,
      ]),
    )
    const store = new RecentFiles(path)
    await store.load()
    expect(store.list().map((entry) => entry.id)).toEqual(['ok-1'])
    await writeFile(path, '{ not json')
    await store.load()
    expect(store.list()).toEqual([])
  })
})
