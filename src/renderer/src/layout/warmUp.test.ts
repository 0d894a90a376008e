import ELK from 'elkjs/lib/elk.bundled.js'
import type { ElkNode } from 'elkjs/lib/elk.bundled.js'
import { describe, expect, it, vi } from 'vitest'
import { parseDesign } from '@core/design'
import { buildElkGraph, layoutDesign, type ElkNodeJson, type LayoutEngine } from '@core/layout'
import { createWarmUpDesign, warmUpEngine, WARM_UP_FROM_NODES } from './warmUp'

describe('the layout warm-up', () => {
  it('is a valid zoned design that ELK lays out with every rank and zone in play', async () => {
    const design = createWarmUpDesign()
    expect(parseDesign(JSON.stringify(design)).ok).toBe(true)
    const graph = buildElkGraph(design, { direction: 'RIGHT' })
    const zones = (graph.children ?? []).filter((child) => (child.children ?? []).length > 0)
    expect(zones.length).toBeGreaterThanOrEqual(3)
    expect(design.nodes.length).toBeGreaterThanOrEqual(WARM_UP_FROM_NODES)
    const elk = new ELK()
    const engine: LayoutEngine = { layout: (g) => elk.layout(g as ElkNode) as Promise<ElkNodeJson> }
    const laidOut = await layoutDesign(design, engine, { direction: 'RIGHT' })
    const xs = new Set(laidOut.nodes.filter((n) => n.kind !== 'zone').map((n) => n.position.x))
    expect(xs.size).toBeGreaterThan(3)
  })

  it('runs one layout when scheduled and swallows its failure', async () => {
    let scheduled: (() => void) | undefined
    const layout = vi.fn(() => Promise.reject(new Error('worker gone')))
    warmUpEngine({ layout }, (task) => (scheduled = task))
    expect(layout).not.toHaveBeenCalled()
    scheduled?.()
    expect(layout).toHaveBeenCalledOnce()
    await Promise.resolve()
  })
})
