import { describe, expect, it } from 'vitest'
import { isEdgeOptional } from './edges'

describe('isEdgeOptional', () => {
  it('defaults to optional into caches and logging, to required elsewhere', () => {
    expect(isEdgeOptional({}, 'cache')).toBe(true)
    expect(isEdgeOptional({}, 'logging')).toBe(true)
    expect(isEdgeOptional({}, 'relational-db')).toBe(false)
    expect(isEdgeOptional({}, undefined)).toBe(false)
  })

  it('follows what the edge says', () => {
    expect(isEdgeOptional({ optional: false }, 'cache')).toBe(false)
    expect(isEdgeOptional({ optional: true }, 'service')).toBe(true)
  })
})
