import type { DesignView, ViewEdge } from './view'

/**
 * "Degraded" in the what-if evaluation: a node that is up but has lost a soft dependency (an optional edge, or
 * an async call that is not a publish into a broker) because its target is down or the link is cut, and every
 * up node that hard-depends on such a node. The work goes on without the lost part (a cache miss reads the
 * database, a log line is dropped, a notification is not sent), so nothing breaks.
 */

/** The caller keeps working when the target is gone. Deliveries and replication are not calls the source makes. */
export function isSoftDependency(edge: ViewEdge): boolean {
  return !edge.isHard && !edge.isDelivery && (edge.edge.mode === 'sync' || edge.edge.mode === 'async')
}

/** Soft edges into the down nodes whose source is still up: where degradation starts. */
export function collectLostSoftEdges(
  view: DesignView,
  downList: readonly number[],
  isDown: (index: number) => boolean,
): ViewEdge[] {
  const lost: ViewEdge[] = []
  for (const x of downList) {
    for (const edge of view.nodes[x].incoming) {
      if (isSoftDependency(edge) && !isDown(edge.source.index)) lost.push(edge)
    }
  }
  return lost
}

/**
 * Spreads "degraded" backwards over hard dependencies through up nodes. Reusable across scenarios: `reset`
 * clears only what the last spread marked, so a table of thousands of rows never refills the arrays.
 */
export class DegradeSpread {
  private readonly marked: Uint8Array
  /** Per marked node: the edge that leads toward the lost dependency (the lost soft edge itself at the start). */
  private readonly via: (ViewEdge | undefined)[]
  private readonly touched: number[] = []

  constructor(private readonly view: DesignView) {
    this.marked = new Uint8Array(view.nodes.length)
    this.via = new Array<ViewEdge | undefined>(view.nodes.length)
  }

  isDegraded(index: number): boolean {
    return this.marked[index] === 1
  }

  /** The edge to follow from a degraded node toward what it lost; a soft edge means "this is the lost one". */
  viaOf(index: number): ViewEdge | undefined {
    return this.marked[index] ? this.via[index] : undefined
  }

  /** Marks the sources of the lost edges and their hard dependents that are up; returns the marked indexes. */
  spread(lost: readonly ViewEdge[], isDown: (index: number) => boolean): readonly number[] {
    const { marked, via, touched } = this
    const start = touched.length
    for (const edge of lost) {
      const s = edge.source.index
      if (marked[s] || isDown(s)) continue
      marked[s] = 1
      via[s] = edge
      touched.push(s)
    }
    for (let cursor = start; cursor < touched.length; cursor++) {
      for (const edge of this.view.nodes[touched[cursor]].incoming) {
        const u = edge.source.index
        if (!edge.isHard || marked[u] || isDown(u)) continue
        marked[u] = 1
        via[u] = edge
        touched.push(u)
      }
    }
    return touched.slice(start)
  }

  reset(): void {
    for (const x of this.touched) {
      this.marked[x] = 0
      this.via[x] = undefined
    }
    this.touched.length = 0
  }
}
