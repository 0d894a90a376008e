import { describe, expect, it } from 'vitest'
import { validateDesignBytes, validateDesignText } from './validate'

const valid = { format: 'archsight', version: 1, name: 'Orders', nodes: [], edges: [] }

describe('validateDesignText', () => {
  it('accepts a design core accepts', () => {
    expect(validateDesignText(JSON.stringify(valid))).toEqual({ ok: true })
    expect(validateDesignBytes(new TextEncoder().encode(`\ufeff${JSON.stringify(valid)}`))).toEqual({ ok: true })
  })

  it('refuses what core refuses, naming where', () => {
    const badKind = { ...valid, nodes: [{ id: 'a', kind: 'mainframe', position: { x: 0, y: 0 } }] }
    const result = validateDesignText(JSON.stringify(badKind))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/nodes/)
    expect(validateDesignText('{"format": "archsight",').ok).toBe(false)
    expect(validateDesignText(JSON.stringify({ ...valid, version: 99 })).ok).toBe(false)
    expect(validateDesignText('').ok).toBe(false)
  })
})
