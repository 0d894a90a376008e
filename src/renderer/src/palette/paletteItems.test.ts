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
})
