import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis'
import { NODE_HEIGHT, NODE_WIDTH } from '../design/geometry'
import { compareSeverity, pickWorse, SEVERITIES } from '../design/severity'
import type { Design } from '../design/types'
import { classifyHeat, collectMarks, formatHeatPercent, layoutChips, type CardMarks } from './marks'

function threeTier(suppress = false): Design {
  return {
    format: 'archsight',
    version: 2,
    name: 'three tier',
    nodes: [
      { id: 'web', kind: 'client', technology: 'web', position: { x: 0, y: 0 } },
      { id: 'api', kind: 'service', position: { x: 240, y: 0 }, props: { instances: 2 } },
      { id: 'db', kind: 'relational-db', technology: 'postgres', position: { x: 480, y: 0 } },
    ],
    edges: [
      { id: 'web-api', source: 'web', target: 'api', mode: 'sync', access: 'read-write' },
      { id: 'api-db', source: 'api', target: 'db', mode: 'sync', access: 'read-write' },
    ],
    workload: { monthlyActiveUsers: 1_000_000, readWriteRatio: 0.8 },
    ...(suppress ? { suppressions: [{ rule: 'single-point-of-failure', target: 'db', reason: 'MVP' }] } : {}),
  }
}

describe('one severity order', () => {
  it('ranks error over warning over info', () => {
    expect(SEVERITIES).toEqual(['error', 'warning', 'info'])
    expect([...SEVERITIES].reverse().sort(compareSeverity)).toEqual(SEVERITIES)
    expect(pickWorse('info', 'warning')).toBe('warning')
    expect(pickWorse('error', 'info')).toBe('error')
    expect(pickWorse(undefined, 'info')).toBe('info')
  })
})

describe('collectMarks', () => {
  it('marks a single point of failure with a ring in its finding colour, and a suppressed one not at all', () => {
    const design = threeTier()
    const db = collectMarks(design, analyze(design)).nodes.get('db')!
    expect(db.spof).toEqual({ severity: 'error', scope: 'user-facing' })
    expect(db.badge?.worst).toBe('error')
    expect(db.cap?.label).toBe('CA')

    const accepted = threeTier(true)
    const after = collectMarks(accepted, analyze(accepted)).nodes.get('db')!
    expect(after.spof).toBeUndefined()
    // The badge counts only what is still open.
    expect(after.badge?.count ?? 0).toBe(db.badge!.count - 1)
  })

  it('adds the heat band and percentage only in the heat view', () => {
    const design = threeTier()
    const analysis = analyze(design)
    expect(collectMarks(design, analysis).nodes.get('api')!.heat).toBeUndefined()
    const heat = collectMarks(design, analysis, true).nodes
    const load = analysis.load.api
    expect(heat.get('api')!.heat).toEqual({ band: classifyHeat(load.utilisation), text: formatHeatPercent(load.utilisation) })
    // A client has no capacity: band none, no percentage.
    expect(heat.get('web')!.heat).toEqual({ band: 'none' })
  })
})

describe('the heat percentage', () => {
  it('shows two significant figures and "< 0.1 %" for less', () => {
    expect(formatHeatPercent(0.00000094)).toBe('< 0.1 %')
    expect(formatHeatPercent(0.000999)).toBe('< 0.1 %')
    expect(formatHeatPercent(0.001)).toBe('0.1 %')
    expect(formatHeatPercent(0.00567)).toBe('0.57 %')
    expect(formatHeatPercent(0.0994)).toBe('9.9 %')
    expect(formatHeatPercent(0.123)).toBe('12 %')
    expect(formatHeatPercent(1.234)).toBe('120 %')
    expect(formatHeatPercent(12.34)).toBe('1,200 %')
    expect(formatHeatPercent(0)).toBe('0 %')
  })

  it('bands utilisation: up to 70 % cool, to 100 % warm, above hot, no capacity none', () => {
    expect([0.1, 0.7, 0.8, 1, 1.1].map(classifyHeat)).toEqual(['cool', 'cool', 'warm', 'warm', 'hot'])
    expect(classifyHeat(undefined)).toBe('none')
  })
})

describe('layoutChips', () => {
  const overlaps = (a: { x: number; width: number }, b: { x: number; width: number }) => a.x < b.x + b.width && b.x < a.x + a.width

  it('places every mark a card can carry without one covering another, inside the card', () => {
    const crowded: CardMarks = {
      spof: { severity: 'error' },
      heat: { band: 'hot', text: formatHeatPercent(12.34) },
      cap: { label: 'CP', mayLoseWrites: true },
      badge: { count: 120, worst: 'error' },
    }
    const chips = layoutChips(NODE_WIDTH, NODE_HEIGHT, crowded)
    expect(chips.map((c) => c.kind)).toEqual(['spof', 'cap', 'badge', 'heat'])
    for (const [i, a] of chips.entries()) for (const b of chips.slice(i + 1)) expect(a.y !== b.y || !overlaps(a, b)).toBe(true)
    for (const chip of chips) expect([chip.x >= 0, chip.x + chip.width <= NODE_WIDTH]).toEqual([true, true])
    expect(chips[2].text).toBe('99+')
    // The heat percentage sits on the bottom border, the findings on the top one.
    expect(chips.map((c) => c.y)).toEqual([-9, -9, -9, NODE_HEIGHT - 9])
  })

  it('moves the right group past a narrow card rather than onto the SPOF tag', () => {
    const chips = layoutChips(60, NODE_HEIGHT, { spof: { severity: 'warning' }, cap: { label: 'AP', mayLoseWrites: false }, badge: { count: 3, worst: 'warning' } })
    for (const [i, a] of chips.entries()) for (const b of chips.slice(i + 1)) expect(overlaps(a, b)).toBe(false)
  })

  it('draws nothing for a card without marks', () => {
    expect(layoutChips(NODE_WIDTH, NODE_HEIGHT, {})).toEqual([])
  })
})
