import { describe, expect, it } from 'vitest'
import { moveNodes } from '@core/design/edit/designOps'
import type { Design, DesignNode } from '@core/design/types'
import { createEmptyDesign } from '@core/design/types'
import { isSameButPlace } from './Inspector'

const api: DesignNode = { id: 'api', kind: 'service', label: 'Orders', position: { x: 200, y: 300 }, props: { instances: 2 } }

describe('the node panel after a drop', () => {
  it('is the same panel when only the place changed: moved, or moved into another zone', () => {
    const design: Design = {
      ...createEmptyDesign(),
      nodes: [api, { id: 'az', kind: 'zone', technology: 'availability-zone', position: { x: 0, y: 600 } }, { id: 'db', kind: 'relational-db', parent: 'az', position: { x: 40, y: 660 } }],
    }
    const moved = moveNodes(design, new Map([['api', { x: 60, y: 670 }]]))
    const after = moved.nodes.find((n) => n.id === 'api') as DesignNode
    expect(after).not.toBe(api)
    expect(after.parent).toBe('az')
    expect(isSameButPlace(api, after)).toBe(true)
  })

  it('is a new panel for anything it shows: label, technology, props, a removed key', () => {
    expect(isSameButPlace(api, { ...api, label: 'Payments' })).toBe(false)
    expect(isSameButPlace(api, { ...api, technology: 'go' })).toBe(false)
    expect(isSameButPlace(api, { ...api, props: { instances: 3 } })).toBe(false)
    const { label: _label, ...unlabelled } = api
    expect(isSameButPlace(api, unlabelled)).toBe(false)
    expect(isSameButPlace(api, { ...api, id: 'api-2' })).toBe(false)
  })
})
