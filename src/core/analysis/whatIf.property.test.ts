import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Kind } from '../design/types'
import { arbitraryDesign } from '../testing/arbitraries'
import { isSoftDependency } from './degrade'
import { listZoneMembers } from './failure'
import { computeFailureTable, type FailureTarget } from './failureTable'
import { generateDesign } from './fixtures/generateDesign'
import { evaluateScenario } from './scenario'
import { createView, type DesignView } from './view'

/**
 * The what-if evaluation against its definition, evaluated the slow way (iterate every node's rule until
 * nothing changes), and the fast single-failure table against the scenario evaluation and the SPOF findings.
 */

const KINDS: readonly Kind[] = [
  'zone',
  'client',
  'dns',
  'load-balancer',
  'service',
  'service',
  'queue',
  'pubsub',
  'cache',
  'relational-db',
  'logging',
]

function evaluateNaively(view: DesignView, fails: readonly FailureTarget[]) {
  const up = view.nodes.map(() => true)
  const cut = new Set<string>()
  const members = listZoneMembers(view)
  for (const fail of fails) {
    if (fail.type === 'edge') cut.add(fail.id)
    else if (fail.type === 'zone') for (const m of members.get(fail.id) ?? []) up[m] = false
    else up[(view.node(fail.id) as { index: number }).index] = false
  }
  const isLive = (e: DesignView['edges'][number]) => !cut.has(e.id) && up[e.target.index]
  for (let changed = true; changed; ) {
    changed = false
    for (const node of view.nodes) {
      if (!up[node.index]) continue
      const hard = node.outgoing.filter((e) => e.isHard)
      const ok =
        node.kind === 'load-balancer' || node.kind === 'dns'
          ? [hard.filter((e) => e.reads), hard.filter((e) => e.writes)].every((g) => g.length === 0 || g.some(isLive))
          : hard.every(isLive)
      if (!ok) {
        up[node.index] = false
        changed = true
      }
    }
  }
  const degraded = view.nodes.map((n) => up[n.index] && n.outgoing.some((e) => isSoftDependency(e) && !isLive(e)))
  for (let changed = true; changed; ) {
    changed = false
    for (const node of view.nodes) {
      if (degraded[node.index] || !up[node.index]) continue
      if (node.outgoing.some((e) => e.isHard && !cut.has(e.id) && degraded[e.target.index])) {
        degraded[node.index] = true
        changed = true
      }
    }
  }
  const stalls = view.backgroundEntries.filter((b) => {
    if (b.outgoing.length === 0) return false
    if (!up[b.index]) return true
    return b.kind === 'queue' ? !b.outgoing.some(isLive) : !b.outgoing.every(isLive)
  })
  return {
    breaks: view.userFacingEntries.filter((e) => !up[e.index]).map((e) => e.id),
    degrades: view.userFacingEntries.filter((e) => degraded[e.index]).map((e) => e.id),
    stalls: stalls.map((b) => b.id),
  }
}

const allTargets = (view: DesignView): FailureTarget[] => [
  ...view.nodes.map((n) => ({ type: n.kind === 'zone' ? ('zone' as const) : ('node' as const), id: n.id })),
  ...view.edges.map((e) => ({ type: 'edge' as const, id: e.id })),
]

const arbitraryCase = arbitraryDesign({ maxNodes: 16, maxEdges: 36, kinds: KINDS }).chain((design) => {
  const targets = allTargets(createView(design))
  const fails = targets.length === 0 ? fc.constant([]) : fc.subarray(targets, { maxLength: Math.min(4, targets.length) })
  return fc.tuple(fc.constant(design), fails)
})

describe('what-if scenarios', () => {
  it('agree with the definition for any set of failed nodes, zones and cut links', () => {
    fc.assert(
      fc.property(arbitraryCase, ([design, fails]) => {
        const view = createView(design)
        const { breaks, degrades, stalls } = evaluateScenario(view, fails)
        expect({ breaks, degrades, stalls }).toEqual(evaluateNaively(view, fails))
      }),
      { numRuns: 400 },
    )
  })
})

function checkTable(view: DesignView): void {
  const rows = computeFailureTable(view)
  const expected = allTargets(view).filter((t) => view.node(t.id)?.kind !== 'client')
  expect(rows.map((r) => `${r.fail.type}:${r.fail.id}`).sort()).toEqual(expected.map((t) => `${t.type}:${t.id}`).sort())
  for (const row of rows) {
    const { breaks, degrades, stalls, severity } = evaluateScenario(view, [row.fail])
    expect({ fail: row.fail, breaks: row.breaks, degrades: row.degrades, stalls: row.stalls, severity }).toEqual({
      fail: row.fail,
      breaks,
      degrades,
      stalls,
      severity: row.severity,
    })
  }
  const byNode = new Map(rows.filter((r) => r.fail.type === 'node').map((r) => [r.fail.id, r]))
  for (const [id, row] of byNode) {
    const finding = view.failure.spof.find((s) => s.node === id)
    expect(row.spof).toBe(finding !== undefined)
    if (finding?.scope === 'user-facing') expect(row.breaks).toEqual(finding.breaks)
    if (finding?.scope === 'background') expect([row.breaks, row.stalls]).toEqual([[], finding.breaks])
    // A node that cannot lose a machine and is no finding breaks nothing when it fails whole.
    const node = view.node(id) as { isRedundant: boolean }
    if (!finding && !node.isRedundant) expect([row.breaks, row.stalls]).toEqual([[], []])
  }
  for (const row of rows.filter((r) => r.fail.type === 'zone')) {
    const finding = view.failure.zones.find((z) => z.zone.id === row.fail.id)
    expect(row.spof).toBe(finding !== undefined)
    expect(row.breaks).toEqual(finding ? finding.breaks.map((n) => n.id) : [])
  }
  for (let i = 1; i < rows.length; i++) {
    const rank = (r: (typeof rows)[number]) => [r.severity === 'error' ? 2 : r.severity === 'warning' ? 1 : 0, r.breaks.length]
    const [a, b] = [rank(rows[i - 1]), rank(rows[i])]
    expect(a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1])).toBe(true)
  }
}

describe('the single-failure table', () => {
  it('has one row per element, each equal to failing it alone, and agrees with the SPOF findings', () => {
    fc.assert(
      fc.property(arbitraryDesign({ maxNodes: 16, maxEdges: 36, kinds: KINDS }), (design) => {
        checkTable(createView(design))
      }),
      { numRuns: 300 },
    )
  })

  it('holds on any kind of node, props and cycles', () => {
    fc.assert(
      fc.property(arbitraryDesign({ maxNodes: 20, maxEdges: 60 }), (design) => checkTable(createView(design))),
      { numRuns: 100 },
    )
  })

  it('holds on a generated 300-node design of realistic shape', () => {
    const view = createView(generateDesign(300))
    checkTable(view)
    expect(computeFailureTable(view).filter((r) => r.spof).length).toBe(
      view.failure.spof.length + view.failure.zones.length,
    )
  })
})
