import { describe, expect, it } from 'vitest'
import { takeEdgeId, takeFreeId, takeFreeName } from './ids'

describe('the id scheme', () => {
  it('numbers a new component from 1 and a second name from 2', () => {
    const taken = new Set(['postgres-1', 'api-db', 'logs'])
    expect(takeFreeId('postgres', taken)).toBe('postgres-2')
    expect(takeFreeId('redis', taken)).toBe('redis-1')
    expect(takeEdgeId('api', 'db', taken)).toBe('api-db-2')
    expect(takeEdgeId('api', 'cache', taken)).toBe('api-cache')
    expect(takeFreeName('logs', taken)).toBe('logs-2')
    // Each answer is taken at once, so a batch never hands out one id twice.
    expect(takeFreeName('logs', taken)).toBe('logs-3')
  })

  it('keeps ids inside the format syntax', () => {
    expect(takeFreeId('a b/c', new Set())).toBe('a-b-c-1')
    expect(takeFreeName('x'.repeat(80), new Set())).toHaveLength(56)
    expect(takeFreeId('', new Set())).toBe('node-1')
  })

  it('asks a lookup without building a set of every id', () => {
    const seen: string[] = []
    const id = takeFreeName('db', { has: (candidate) => (seen.push(candidate), candidate !== 'db-3') })
    expect([id, seen]).toEqual(['db-3', ['db', 'db-2', 'db-3']])
  })
})
