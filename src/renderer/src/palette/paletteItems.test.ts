import { describe, expect, it } from 'vitest'
import { KIND_SPECS } from '../../../core/catalogue'
import { filterPalette, PALETTE_GROUPS } from './paletteItems'

const keysOf = (query: string) => filterPalette(PALETTE_GROUPS, query).flatMap((g) => g.items.map((i) => i.key))

describe('palette', () => {
  it('lists every technology of every kind once', () => {
    const expected = KIND_SPECS.flatMap((s) => s.technologies.map((t) => `${s.kind}:${t.id}`)).sort()
    expect(PALETTE_GROUPS.flatMap((g) => g.items.map((i) => i.key)).sort()).toEqual(expected)
  })

  it('finds by technology, kind and keyword', () => {
    expect(keysOf('redis')).toEqual(['cache:redis'])
    expect(keysOf('kafka')).toEqual(['pubsub:kafka'])
    expect(keysOf('queue')).toContain('queue:aws-sqs')
    expect(keysOf('POSTGRES')).toEqual(['relational-db:postgres'])
    expect(keysOf('nothing-like-this')).toEqual([])
    expect(keysOf('data')).toEqual(PALETTE_GROUPS.find((g) => g.category === 'data')?.items.map((i) => i.key))
  })
})
