import { describe, expect, it } from 'vitest'
import { KIND_SPECS } from '@core/catalogue'
import { filterPalette, PALETTE_GROUPS, pickPaletteItem } from './paletteItems'

const keysOf = (query: string) => filterPalette(PALETTE_GROUPS, query).flatMap((g) => g.items.map((i) => i.key))

describe('palette', () => {
  it('lists every technology of every kind once', () => {
    const expected = KIND_SPECS.flatMap((s) => s.technologies.map((t) => `${s.kind}:${t.id}`)).sort()
    expect(PALETTE_GROUPS.flatMap((g) => g.items.map((i) => i.key)).sort()).toEqual(expected)
  })

  it('finds by technology, kind and keyword', () => {
    expect(keysOf('redis')).toEqual(['key-value:redis', 'cache:redis'])
    expect(keysOf('kafka')).toEqual(['pubsub:kafka'])
    expect(keysOf('queue')).toContain('queue:aws-sqs')
    expect(keysOf('POSTGRES')).toEqual(['relational-db:postgres'])
    expect(keysOf('nothing-like-this')).toEqual([])
    // "Change data capture" is a job technology, in the compute group before the data group.
    expect(keysOf('data')).toEqual([
      'job:cdc',
      ...(PALETTE_GROUPS.find((g) => g.category === 'data')?.items.map((i) => i.key) ?? []),
    ])
    expect(keysOf('crawler')).toEqual(['job:crawler'])
    expect(keysOf('payment')).toEqual(['external:payment'])
    expect(keysOf('rabbitmq')).toEqual(['queue:rabbitmq'])
  })

  it('adds on Enter what the query names most directly, not the first item listed', () => {
    const pick = (query: string) => pickPaletteItem(filterPalette(PALETTE_GROUPS, query), query)?.key
    // "External service" (clients and edge, listed first) contains the word too; the Service kind is meant.
    expect(pick('service')).toBe('service:generic')
    expect(pick('postgres')).toBe('relational-db:postgres')
    expect(pick('sqs')).toBe('queue:aws-sqs')
    expect(pick('payment')).toBe('external:payment')
    expect(pick('web client')).toBe('client:web')
    expect(pick('nothing-like-this')).toBeUndefined()
  })
})
