import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis'
import { design } from '../testing/designBuilder'
import { ICONS } from './kindIcons'
import { renderDesignSvg } from './svg'

// Issue 8: the export draws format v2's kinds with their icons and marks replication and fan-out edges.
describe('SVG export of format v2 additions', () => {
  const built = design()
    .node('crawler', 'job', undefined, { technology: 'crawler', label: 'Crawler' })
    .node('web', 'external', undefined, { technology: 'web', label: 'The web' })
    .node('pg', 'relational-db', undefined, { technology: 'postgres' })
    .node('pg-replica', 'relational-db', undefined, { technology: 'postgres' })
    .edge('crawler', 'web', { access: 'read', fanOut: 20 })
    .edge('crawler', 'pg', { access: 'write' })
    .edge('pg', 'pg-replica', { mode: 'replication', access: 'write' })
    .build()
  const { svg } = renderDesignSvg(built, { analysis: analyze(built) })

  it('draws the job and external icons and their technology labels', () => {
    for (const icon of ['calendar-clock', 'plug']) {
      const first = ICONS[icon][0][1]
      const mark = first.d ?? first.cx ?? first.x ?? ''
      expect(mark, icon).not.toBe('')
      expect(svg).toContain(mark)
    }
    expect(svg).toContain('Crawler')
    expect(svg).toContain('The public web')
  })

  it('marks a replication edge REPL, dotted, and a fan-out with its factor', () => {
    expect(svg).toContain('>REPL<')
    expect(svg).toContain('stroke-dasharray="2 3"')
    expect(svg).toContain('R ×20')
  })
})
