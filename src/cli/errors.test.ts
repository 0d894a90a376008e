import { describe, expect, it, vi } from 'vitest'
import { UsageError } from './errors'

describe('UsageError', () => {
  it('is recognised when thrown by another copy of the module (the built export and import commands have their own)', async () => {
    vi.resetModules()
    const copy = await import('./errors')
    expect(copy.UsageError).not.toBe(UsageError)
    const foreign: unknown = new copy.UsageError('unknown format', 'export')
    expect(foreign instanceof UsageError).toBe(true)
    expect(new UsageError('x') instanceof copy.UsageError).toBe(true)
    expect(new Error('unknown format') instanceof UsageError).toBe(false)
    expect((null as unknown) instanceof UsageError).toBe(false)
    expect(foreign instanceof Error).toBe(true)
  })
})
