// @vitest-environment happy-dom
// Mermaid's parser sanitises labels with DOMPurify, which needs a DOM: happy-dom provides one.
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Mermaid } from 'mermaid'
import { beforeAll, describe, expect, it } from 'vitest'
import { analyze } from '../analysis'
import { parseDesign } from '../design'
import type { Design } from '../design/types'
import { escapeMermaidText, toMermaid } from './mermaid'

let mermaid: Mermaid

beforeAll(async () => {
  mermaid = (await import('mermaid')).default
})

// __dirname, not import.meta.url: under happy-dom the module URL is not a file: URL.
const TEMPLATES = `${resolve(__dirname, '../../../resources/templates')}/`
const EXAMPLES = `${resolve(__dirname, '../../../../shared/examples')}/`
const files = [
  ...readdirSync(TEMPLATES).filter((f) => f.endsWith('.archsight')).map((f) => `${TEMPLATES}${f}`),
  ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.archsight')).map((f) => `${EXAMPLES}${f}`),
]

function load(path: string): Design {
  const parsed = parseDesign(readFileSync(path, 'utf8'))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.design
}

describe('Mermaid export', () => {
  it.each(files)('%s parses with mermaid.parse as a flowchart', async (path) => {
    const design = load(path)
    const text = toMermaid(design, analyze(design))
    expect(text.startsWith('flowchart LR\n')).toBe(true)
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' })
  })

  it('shapes by kind, subgraphs for zones, dotted async edges with labels, classes by worst finding', async () => {
    const design = load(`${EXAMPLES}ticketmaster-onsale.archsight`)
    const text = toMermaid(design, analyze(design))
    expect(text).toContain('  n_seats[("Seat inventory")]\n')
    expect(text).toContain('  n_orders_queue[/"Orders queue"/]\n')
    expect(text).toContain('  n_buyer(["Buyer"])\n')
    expect(text).toContain('  n_booking_svc -->|"hold seat if free"| n_seats\n')
    expect(text).toContain('  n_booking_svc -.-> n_orders_queue\n')
    expect(text).toMatch(/classDef warning .*\n {2}class [^\n]*n_holds_cache[^\n]* warning\n/)
    expect(text).toContain('  linkStyle 2 stroke:#c62828,stroke-width:2px\n')
    const zoned: Design = {
      format: 'archsight',
      version: 2,
      name: 'z',
      nodes: [
        { id: 'region', kind: 'zone', technology: 'region', label: 'eu-west-1', position: { x: 0, y: 0 } },
        { id: 'az', kind: 'zone', label: 'AZ a', position: { x: 0, y: 0 }, parent: 'region' },
        { id: 'end', kind: 'service', position: { x: 0, y: 0 }, parent: 'az' },
        { id: 'bus', kind: 'pubsub', technology: 'kafka', position: { x: 0, y: 0 } },
      ],
      edges: [{ id: 'e', source: 'end', target: 'bus', mode: 'async', access: 'write' }],
    }
    const nested = toMermaid(zoned)
    expect(nested).toBe(
      [
        'flowchart LR',
        '  subgraph n_region["eu-west-1"]',
        '    direction LR',
        '    subgraph n_az["AZ a"]',
        '      direction LR',
        '      n_end["Service"]',
        '    end',
        '  end',
        '  n_bus[\\"Pub/sub topic"\\]',
        '  n_end -.-> n_bus',
        '',
      ].join('\n'),
    )
    await expect(mermaid.parse(nested)).resolves.toBeTruthy()
  })

  it('keeps hostile labels as text: quotes, brackets, markup and Mermaid syntax are entity codes', async () => {
    const hostile = '"]) --> x; click a href "javascript:alert(1)" <img src=x onerror=alert(1)> #end% |pipe| {brace}'
    const design: Design = {
      format: 'archsight',
      version: 2,
      name: 'h',
      nodes: [
        { id: 'a', kind: 'service', label: hostile, position: { x: 0, y: 0 } },
        { id: 'b.c:d', kind: 'cache', label: 'line\nbreak', position: { x: 0, y: 0 } },
      ],
      edges: [{ id: 'e', source: 'a', target: 'b.c:d', mode: 'sync', access: 'read', label: hostile }],
    }
    const text = toMermaid(design)
    expect(text).not.toMatch(/<img|"\]\)/)
    expect(text).toContain(`n_a["#34;#93;) --#62; x; click a href #34;javascript:alert(1)#34; #60;img`)
    expect(escapeMermaidText('a"b<c')).toBe('a#34;b#60;c')
    expect(text).toContain('n_b_c_d[("line break")]')
    await expect(mermaid.parse(text)).resolves.toBeTruthy()
  })
})
