import { describe, expect, it } from 'vitest'
import { analyze, type Analysis } from '@core/analysis'
import { createRandom, generateDesign } from '@core/analysis/fixtures/generateDesign'
import { applyRandomEdit } from '@core/analysis/fixtures/randomEdit'
import type { Design } from '@core/design/types'
import { createEditorStore } from '@renderer/store'
import { buildAnnotations as buildFor, EMPTY_ANNOTATIONS, type Annotations } from './annotations'

const designs = new WeakMap<Analysis, Design>()
const analyse = (design: Design): Analysis => {
  const analysis = analyze(design)
  designs.set(analysis, design)
  return analysis
}
/** The annotations of an analysed design, heat view off. */
const buildAnnotations = (analysis: Analysis, previous?: Annotations) => buildFor(analysis, designs.get(analysis)!, false, previous)
import { reuseUnchanged } from './analysisDelta'

function threeTier(): Design {
  const store = createEditorStore()
  const s = store.getState()
  s.addNode('client', 'web', { x: 0, y: 0 })
  s.addNode('service', 'generic', { x: 200, y: 0 })
  s.addNode('relational-db', 'postgres', { x: 400, y: 0 })
  s.addEdge('web-1', 'service-1')
  s.addEdge('service-1', 'postgres-1')
  return store.getState().design
}

describe('buildAnnotations', () => {
  it('gives each node its unsuppressed findings, worst severity, CAP and single-point-of-failure scope', () => {
    const analysis = analyse(threeTier())
    const { nodes } = buildAnnotations(analysis)
    const db = nodes.get('postgres-1')
    expect(db?.spof).toBe('user-facing')
    expect(db?.worst).toBe('error')
    expect(db?.cap?.label).toBe('CA')
    const expectedCount = analysis.diagnostics.filter((d) => d.target.type === 'node' && d.target.id === 'postgres-1').length
    expect(db?.count).toBe(expectedCount)
    expect(nodes.get('service-1')?.cap).toBeNull()
    expect(nodes.get('web-1')?.spof ?? null).toBeNull()
  })

  it('leaves suppressed findings out of the badge', () => {
    const design = threeTier()
    const suppressed: Design = { ...design, suppressions: [{ rule: 'single-point-of-failure', target: 'postgres-1', reason: 'MVP' }] }
    const db = buildAnnotations(analyse(suppressed)).nodes.get('postgres-1')
    expect(db?.messages.some((m) => m.includes('one instance'))).toBe(false)
    // Accepted: no ring or tag on the card (core/picture's marks, which the export draws too); the inspector
    // still says what the analysis found.
    expect(db?.marks.spof).toBeUndefined()
    expect(db?.spof).toBe('user-facing')
  })

  it('reuses the previous object for a node whose annotations did not change', () => {
    const design = threeTier()
    const first = buildAnnotations(analyse(design))
    const changed: Design = {
      ...design,
      nodes: design.nodes.map((n) => (n.id === 'postgres-1' ? { ...n, props: { replicas: 1, replication: 'sync', failover: 'automatic' } } : n)),
    }
    const second = buildAnnotations(analyse(changed), first)
    expect(second.nodes.get('postgres-1')).not.toBe(first.nodes.get('postgres-1'))
    const same = buildAnnotations(analyse(design), first)
    expect(same.nodes.get('postgres-1')).toBe(first.nodes.get('postgres-1'))
    expect(same.nodes.get('service-1')).toBe(first.nodes.get('service-1'))
  })

  it('marks edges with findings in the colour of the worst', () => {
    const store = createEditorStore()
    store.getState().addNode('client', 'web', { x: 0, y: 0 })
    store.getState().addNode('cache', 'redis', { x: 200, y: 0 })
    const edgeId = store.getState().addEdge('web-1', 'redis-1') as string
    const { edges } = buildAnnotations(analyse(store.getState().design), EMPTY_ANNOTATIONS)
    expect(edges.get(edgeId)?.worst).toBe('warning')
  })
})

describe('buildAnnotations from the previous result', () => {
  it('equals a full rebuild after every random edit and keeps the objects of untouched nodes and edges', () => {
    let changed = 0
    for (const seed of [11, 12, 13]) {
      const random = createRandom(seed)
      let design = generateDesign(80, seed)
      let before: Analysis | null = null
      let beforeDesign: Design | null = null
      let annotations: Annotations = EMPTY_ANNOTATIONS
      for (let step = 0; step < 15; step++) {
        // As the scheduler publishes them: unchanged parts of the result are the previous result's objects.
        const analysis = reuseUnchanged(before, analyze(design))
        const incremental = buildFor(analysis, design, false, annotations, before, beforeDesign)
        const full = buildFor(analysis, design, false)
        expect([...incremental.nodes.keys()].sort()).toEqual([...full.nodes.keys()].sort())
        expect([...incremental.edges.keys()].sort()).toEqual([...full.edges.keys()].sort())
        for (const [id, annotation] of full.nodes) expect(incremental.nodes.get(id), id).toEqual(annotation)
        for (const [id, annotation] of full.edges) expect(incremental.edges.get(id), id).toEqual(annotation)
        for (const [id, annotation] of incremental.nodes) {
          const old = annotations.nodes.get(id)
          if (old && JSON.stringify(old) === JSON.stringify(annotation)) expect(annotation, id).toBe(old)
          if (old && old !== annotation) changed++
        }
        before = analysis
        beforeDesign = design
        annotations = incremental
        design = applyRandomEdit(design, random)
      }
    }
    expect(changed).toBeGreaterThan(10)
  })

  it('returns the previous annotations when nothing they show changed', () => {
    const design = threeTier()
    const analysis = analyze(design)
    const first = buildFor(analysis, design, false)
    expect(buildFor(analysis, design, false, first, analysis, design)).toBe(first)
  })
})
