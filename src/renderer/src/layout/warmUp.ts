import { buildElkGraph, type LayoutEngine } from '@core/layout'
import type { Design, DesignEdge, DesignNode, Kind } from '@core/design'
import { timeAsync } from '@renderer/platform'

/**
 * The layout worker is started once a design large enough for layout to take seconds is open, not at the first
 * click: loading ELK into a fresh worker and running its code cold made the first auto-layout of a 500-node
 * design take about twice a warm one (bench/export.bench.ts: 5.4 s against 3.0 s). One layout of a zoned
 * design of about 50 cards that uses every rank exercises the code paths a real layout takes (partitions,
 * compound nodes, orthogonal routing), so the JIT has compiled them by the time the user asks (measured in
 * Node at 500 nodes: the first layout's CPU time 7.3 s cold, 6.1 s after a 19-card warm-up, 5.0 s after a
 * 60-card one, the next ones 3-4 s; all under a load average above 20). It is a few hundred milliseconds of
 * work in the worker's thread, never on the main thread; a layout the user starts meanwhile waits for it.
 * Small designs, which lay out in a fraction of a second anyway, start no worker until asked.
 */

export const WARM_UP_FROM_NODES = 50
const ZONES = 9

const ROLES: Kind[] = ['client', 'load-balancer', 'service', 'queue', 'relational-db', 'cache']

/** Zones of five cards (one per role after the client) and a client, each tier calling the next, across zone borders too. */
export function createWarmUpDesign(): Design {
  const nodes: DesignNode[] = [{ id: 'client', kind: 'client', position: { x: 0, y: 0 } }]
  const edges: DesignEdge[] = []
  for (let z = 0; z < ZONES; z++) {
    nodes.push({ id: `zone${z}`, kind: 'zone', position: { x: 0, y: 0 } })
    ROLES.slice(1).forEach((kind, tier) => {
      nodes.push({ id: `z${z}t${tier}`, kind, position: { x: 0, y: 0 }, parent: `zone${z}` })
      const source = tier === 0 ? 'client' : `z${z}t${tier - 1}`
      edges.push({ id: `e${edges.length}`, source, target: `z${z}t${tier}`, mode: 'sync', access: 'read-write' })
    })
    if (z > 0) edges.push({ id: `e${edges.length}`, source: `z${z}t1`, target: `z${z - 1}t3`, mode: 'sync', access: 'read' })
  }
  return { format: 'archsight', version: 2, name: 'Warm-up', nodes, edges }
}

type Schedule = (task: () => void) => void

/** When the main thread is idle (at the latest after 2 s); a plain timeout where requestIdleCallback is missing. */
const whenIdle: Schedule = (task) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 })
  else setTimeout(task, 200)
}

/**
 * Lays the warm-up design out once with `engine`, measured as `archsight:layout-warm-up` (bench/export.bench.ts
 * waits for it); a failure is ignored (the real layout reports its own).
 */
export function warmUpEngine(engine: LayoutEngine, schedule: Schedule = whenIdle): void {
  schedule(() => {
    const graph = buildElkGraph(createWarmUpDesign(), { direction: 'RIGHT' })
    timeAsync('archsight:layout-warm-up', () => engine.layout(graph)).catch(() => undefined)
  })
}
