import type { DesignEdge, DesignNode } from '../../design/types'
import { createUniqueId } from '../report'
import type { Fix, Rule } from '../types'
import type { DesignView, ViewNode } from '../view'

/** Adds one logging node below the design and an async write edge from every service and function to it. */
function buildFix(view: DesignView, workers: readonly ViewNode[]): Fix {
  const id = createUniqueId(view, 'logs')
  const used = new Set<string>([id])
  // Loops, not Math.min(...list): spreading a huge design's nodes as arguments overflows the stack.
  const minX = workers.reduce((min, w) => Math.min(min, w.node.position.x), Infinity)
  const maxY = view.nodes.reduce((max, n) => Math.max(max, n.node.position.y), -Infinity)
  const logging: DesignNode = {
    id,
    kind: 'logging',
    technology: 'cloudwatch',
    label: 'Logs',
    position: { x: minX, y: maxY + 160 },
  }
  const edges: DesignEdge[] = workers.map((worker) => {
    const edgeId = createUniqueId(view, `${worker.id}-logs`, used)
    used.add(edgeId)
    return { id: edgeId, source: worker.id, target: id, mode: 'async', access: 'write' }
  })
  return {
    title: 'Send every service and function to a log sink',
    patch: [{ op: 'add-node', node: logging }, ...edges.map((edge) => ({ op: 'add-edge' as const, edge }))],
  }
}

export const noObservability: Rule = {
  meta: {
    id: 'no-observability',
    severity: 'info',
    category: 'observability',
    description: 'A design whose services and functions send logs nowhere',
    rationale:
      'When something fails at 3 a.m., logs and metrics are how anyone finds out what happened. A design with ' +
      'compute and no log sink cannot be operated.',
  },
  check(view) {
    const workers = view.nodes.filter((n) => n.kind === 'service' || n.kind === 'function')
    if (workers.length === 0) return []
    const isObserved = workers.some((w) =>
      w.outgoing.some((e) => e.target.kind === 'logging' || e.target.kind === 'search'),
    )
    if (isObserved) return []
    return [
      {
        target: { type: 'design' },
        message: 'No service or function sends logs anywhere: add a logging node and edges to it',
        fix: buildFix(view, workers),
      },
    ]
  },
}
