import { describe, expect, it } from 'vitest'
import { createDialogHost } from './dialogHost'

describe('dialog host', () => {
  it('answers through the fallback while no dialog is mounted', async () => {
    const host = createDialogHost<string, string>((q) => `native:${q}`, 'dismissed')
    await expect(host.request('a')).resolves.toBe('native:a')
  })

  it('hands the question to the mounted dialog and resolves with its answer', async () => {
    const host = createDialogHost<string, string | null>(() => 'native', null)
    const seen: Array<string | null> = []
    host.attach((request) => {
      seen.push(request?.question ?? null)
      if (request) queueMicrotask(() => request.resolve(`${request.question}.archsight`))
    })
    await expect(host.request('shop')).resolves.toBe('shop.archsight')
    expect(seen).toEqual(['shop', null])
  })

  it('a second question dismisses the first, and detaching dismisses what is open', async () => {
    const host = createDialogHost<string, boolean>(() => true, false)
    const detach = host.attach(() => {})
    const first = host.request('one')
    const second = host.request('two')
    await expect(first).resolves.toBe(false)
    detach()
    await expect(second).resolves.toBe(false)
  })
})
