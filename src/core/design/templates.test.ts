import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis'
import { parseTemplateIndex } from '../templates'
import { computeNodeRects } from './geometry'
import { parseDesign } from './parse'
import { serializeDesign } from './serialize'
import type { Design } from './types'

const dir = fileURLToPath(new URL('../../../resources/templates/', import.meta.url))
const ORDER = ['twitter-timeline', 'ticketmaster-onsale', 'url-shortener', 'chat-service', 'news-feed-search']
// Written for the app; the first two are the shared examples, copied verbatim (their hand layout stays).
const NEW_TEMPLATES = ['url-shortener', 'chat-service', 'news-feed-search']

function readTemplate(id: string): { text: string; design: Design } {
  const text = readFileSync(`${dir}${id}.archsight`, 'utf8')
  const result = parseDesign(text)
  if (!result.ok) throw new Error(`${id}: ${result.error.message}`)
  return { text, design: result.design }
}

describe('templates', () => {
  const index = parseTemplateIndex(JSON.parse(readFileSync(`${dir}index.json`, 'utf8')))

  it('index.json lists every template file once, in gallery order, with the name and description of the file', () => {
    if (!index.ok) throw new Error(index.message)
    expect(index.templates.map((t) => t.id)).toEqual(ORDER)
    const files = readdirSync(dir).filter((f) => f.endsWith('.archsight'))
    expect(index.templates.map((t) => t.file).sort()).toEqual(files.sort())
    for (const entry of index.templates) {
      expect(entry.file).toBe(`${entry.id}.archsight`)
      const { design } = readTemplate(entry.id)
      expect({ name: entry.name, description: entry.description }).toEqual({
        name: design.name,
        description: design.description,
      })
    }
  })

  for (const id of NEW_TEMPLATES) {
    describe(id, () => {
      const { text, design } = readTemplate(id)

      it('is stored exactly as the app would save it', () => {
        expect(serializeDesign(design)).toBe(text)
      })

      it('has a workload, labels, a one-line description and non-overlapping nodes laid out from x = 0', () => {
        expect(design.workload).toBeDefined()
        expect(design.description).toMatch(/^[^\n]{20,300}$/)
        for (const node of design.nodes) expect(node.label, node.id).toBeTruthy()
        const rects = [...computeNodeRects(design).entries()]
        for (const [a, ra] of rects) {
          for (const [b, rb] of rects) {
            const isApart = ra.x + ra.width <= rb.x || rb.x + rb.width <= ra.x || ra.y + ra.height <= rb.y || rb.y + rb.height <= ra.y
            if (a < b) expect(isApart, `${a} overlaps ${b}`).toBe(true)
          }
        }
        const clients = design.nodes.filter((n) => n.kind === 'client')
        expect(clients.length).toBeGreaterThan(0)
        for (const client of clients) expect(client.position.x).toBe(0)
      })

      it('is well built: no unsuppressed error or warning, and the workload suits it', () => {
        const analysis = analyze(design)
        const loud = analysis.diagnostics.filter((d) => !d.suppressed && d.severity !== 'info')
        expect(loud.map((d) => `${d.ruleId} ${JSON.stringify(d.target)}: ${d.message}`)).toEqual([])
        expect(analysis.workload?.suitability.verdict).toBe('suited')
        expect(analysis.spof).toEqual([])
      })
    })
  }
})
