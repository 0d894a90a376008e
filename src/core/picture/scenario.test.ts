import { describe, expect, it } from 'vitest'
import { analyze, createView, evaluateScenario } from '../analysis'
import type { Design } from '../design/types'
import { renderDesignSvg } from '../export/svg'
import { buildPicture } from './picture'
import { describeScenario } from './scenario'

const design: Design = {
  format: 'archsight',
  version: 2,
  name: 'Shop',
  nodes: [
    { id: 'web', kind: 'client', technology: 'web', position: { x: 0, y: 0 } },
    { id: 'az', kind: 'zone', technology: 'availability-zone', label: 'us-east-1a', position: { x: 200, y: -40 } },
    { id: 'lb', kind: 'load-balancer', label: 'Front LB', position: { x: 240, y: 0 }, parent: 'az' },
    { id: 'api', kind: 'service', label: 'Timeline service', position: { x: 480, y: 0 } },
    { id: 'cache', kind: 'cache', technology: 'redis', position: { x: 720, y: 160 } },
    { id: 'db', kind: 'relational-db', technology: 'postgres', position: { x: 720, y: 0 } },
  ],
  edges: [
    { id: 'e1', source: 'web', target: 'lb', mode: 'sync', access: 'read-write' },
    { id: 'e2', source: 'lb', target: 'api', mode: 'sync', access: 'read-write' },
    { id: 'e3', source: 'api', target: 'db', mode: 'sync', access: 'read-write' },
    { id: 'e4', source: 'api', target: 'cache', mode: 'sync', access: 'read' },
  ],
}

const scenarioOf = (fails: { type: 'node' | 'zone' | 'edge'; id: string }[]) => evaluateScenario(createView(design), fails)

describe('the picture of a what-if scenario', () => {
  it('marks every card, zones and clients included, with its state; the failure chosen is flagged, the rest follow', () => {
    const picture = buildPicture(design, analyze(design), { scenario: scenarioOf([{ type: 'node', id: 'api' }]) })
    const state = Object.fromEntries([...picture.cards, ...picture.zones].map((c) => [c.id, c.marks.state]))
    expect(state).toEqual({
      web: { state: 'down', failed: false },
      az: { state: 'up', failed: false },
      lb: { state: 'down', failed: false },
      api: { state: 'down', failed: true },
      cache: { state: 'up', failed: false },
      db: { state: 'up', failed: false },
    })
    // Each card carries a state chip on its bottom border: the word for every state but up, whose icon says it.
    const chips = Object.fromEntries(picture.cards.map((c) => [c.id, c.chips.find((chip) => chip.kind === 'state')?.text]))
    expect(chips).toEqual({ web: 'Down', lb: 'Down', api: 'Failed', cache: '', db: '' })
    // Nothing flows along a link whose caller or callee is down; only a chosen cut is failed.
    const edges = Object.fromEntries(picture.edges.map((e) => [e.id, e.state]))
    expect(edges.e1).toEqual({ state: 'down', failed: false })
    expect(edges.e3).toEqual({ state: 'down', failed: false })
    expect(picture.whatIf).toEqual({ title: 'What if: Timeline service fails' })
  })

  it('loses an optional dependency as degraded, a cut link as failed, a zone with everything in it', () => {
    const degraded = buildPicture(design, undefined, { scenario: scenarioOf([{ type: 'node', id: 'cache' }]) })
    expect(degraded.cards.find((c) => c.id === 'api')?.marks.state?.state).toBe('degraded')
    expect(degraded.cards.find((c) => c.id === 'web')?.marks.state?.state).toBe('degraded')

    const cut = buildPicture(design, undefined, { scenario: scenarioOf([{ type: 'edge', id: 'e3' }, { type: 'zone', id: 'az' }]) })
    expect(cut.edges.find((e) => e.id === 'e3')?.state).toEqual({ state: 'down', failed: true })
    expect(cut.zones[0].marks.state).toEqual({ state: 'down', failed: true })
    expect(cut.cards.find((c) => c.id === 'lb')?.marks.state).toEqual({ state: 'down', failed: false })
    expect(cut.whatIf?.title).toBe('What if: the link Timeline service → PostgreSQL, zone us-east-1a fail')
  })

  it('draws nothing of the kind without a scenario, so the usual picture is unchanged', () => {
    const picture = buildPicture(design, analyze(design))
    expect(picture.whatIf).toBeUndefined()
    expect(picture.cards.every((c) => c.marks.state === undefined && c.chips.every((chip) => chip.kind !== 'state'))).toBe(true)
    expect(picture.edges.every((e) => e.state === undefined)).toBe(true)
    expect(renderDesignSvg(design, { analysis: analyze(design), legend: true }).svg).not.toContain('data-state')
  })

  it('exports the states, the strike on each chosen failure and the scenario named in the legend', () => {
    const scenario = scenarioOf([{ type: 'node', id: 'api' }, { type: 'zone', id: 'az' }])
    const { svg } = renderDesignSvg(design, { analysis: analyze(design), legend: true, scenario })
    for (const [id, state] of Object.entries(scenario.states)) {
      const tag = id === 'az' ? 'data-zone' : 'data-node'
      expect(svg).toContain(`<g ${tag}="${id}" data-state="${state}"`)
    }
    expect(svg).toMatch(/<g data-node="api" data-state="down" data-failed="true"/)
    expect(svg).toMatch(/<g data-zone="az" data-state="down" data-failed="true"/)
    // One strike per chosen failure's title line: the service and the zone.
    expect(svg.match(/data-mark="strike"/g)).toHaveLength(2)
    expect(svg).toContain('What if: Timeline service, zone us-east-1a fail')
    expect(svg).toMatch(/<g data-chip="state" data-state="down" data-failed="true">/)
  })

  it('escapes the names it quotes: labels are text, never markup', () => {
    const hostile: Design = { ...design, nodes: design.nodes.map((n) => (n.id === 'api' ? { ...n, label: '<script>x</script>' } : n)) }
    expect(describeScenario(hostile, [{ type: 'node', id: 'api' }])).toBe('What if: <script>x</script> fails')
    const scenario = evaluateScenario(createView(hostile), [{ type: 'node', id: 'api' }])
    const { svg } = renderDesignSvg(hostile, { legend: true, scenario })
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('What if: &lt;script&gt;x&lt;/script&gt; fails')
  })
})
