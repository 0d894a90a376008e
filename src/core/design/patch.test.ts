import { describe, expect, it } from 'vitest'
import { design } from '../testing/designBuilder'
import { deepFreeze } from '../testing/ruleTester'
import { applyPatch } from './patch'

const base = () =>
  deepFreeze(design().node('api', 'service', { instances: 1 }).node('db', 'relational-db').edge('api', 'db').build())

const edge = { id: 'e', source: 'api', target: 'db', mode: 'sync', access: 'read' } as const

describe('applyPatch', () => {
  it('applies every op in order and returns a new design, leaving the input untouched', () => {
    const input = base()
    const output = applyPatch(input, [
      { op: 'set-prop', node: 'api', key: 'instances', value: 2 },
      { op: 'set-prop', node: 'db', key: 'replicas', value: 1 },
      { op: 'add-node', node: { id: 'q', kind: 'queue', position: { x: 0, y: 300 } } },
      { op: 'add-edge', edge: { id: 'api-q', source: 'api', target: 'q', mode: 'async', access: 'write' } },
      { op: 'remove-edge', edge: 'api-db' },
    ])
    expect(output).not.toBe(input)
    expect(output.nodes.map((n) => [n.id, n.props])).toEqual([
      ['api', { instances: 2 }],
      ['db', { replicas: 1 }],
      ['q', undefined],
    ])
    expect(output.edges.map((e) => e.id)).toEqual(['api-q'])
    expect(input.nodes[0].props).toEqual({ instances: 1 })
    expect(input.edges).toHaveLength(1)
  })

  it('lets a later op use what an earlier one added', () => {
    const output = applyPatch(base(), [
      { op: 'add-node', node: { id: 'dlq', kind: 'queue', position: { x: 0, y: 0 } } },
      { op: 'set-prop', node: 'dlq', key: 'fifo', value: true },
      { op: 'add-edge', edge: { id: 'e', source: 'api', target: 'dlq', mode: 'sync', access: 'write' } },
      { op: 'remove-edge', edge: 'e' },
    ])
    expect(output.nodes[2].props).toEqual({ fifo: true })
    expect(output.edges.map((e) => e.id)).toEqual(['api-db'])
  })

  it.each([
    [{ op: 'set-prop', node: 'nope', key: 'instances', value: 2 }, 'patch[0] (set-prop): no node "nope"'],
    [{ op: 'add-node', node: { id: 'api-db', kind: 'queue', position: { x: 0, y: 0 } } }, '"api-db" is already used'],
    [{ op: 'add-node', node: { id: 'bad id', kind: 'queue', position: { x: 0, y: 0 } } }, 'is not a valid id'],
    [{ op: 'add-edge', edge: { ...edge, id: 'x', target: 'nope' } }, 'no target node'],
    [{ op: 'add-edge', edge: { ...edge, id: 'api' } }, 'already used'],
    [{ op: 'remove-edge', edge: 'nope' }, 'no edge "nope"'],
    [{ op: 'explode' }, 'unknown operation'],
  ] as const)('refuses %j with a clear error', (op, message) => {
    expect(() => applyPatch(base(), [op as never])).toThrow(message)
  })
})
