/**
 * A design as a Mermaid `flowchart LR` block that GitHub and GitLab render in a README: zones as subgraphs,
 * a shape per kind (cylinders for stores, parallelograms for queues...), sync edges solid and async dotted with
 * their labels, and each node classed by its worst unsuppressed finding. Labels are untrusted: every character
 * Mermaid treats as markup is written as an entity code, so a label stays text.
 */
import type { Design, DesignNode, Kind, Severity } from '../design/types'
import { pickWorse } from '../design/severity'
import type { PictureAnalysis } from '../picture/marks'
import { getKindSpec } from '../catalogue'
import { indexZones } from '../design/zones'

/** Mermaid's node shapes, as the text that opens and closes a label. */
type Shape = readonly [open: string, close: string]
const RECTANGLE: Shape = ['["', '"]']
const STADIUM: Shape = ['(["', '"])']
const HEXAGON: Shape = ['{{"', '"}}']
const TRAPEZOID: Shape = ['[/"', '"\\]']
const SUBROUTINE: Shape = ['[["', '"]]']
const CYLINDER: Shape = ['[("', '")]']
const PARALLELOGRAM: Shape = ['[/"', '"/]']
const PARALLELOGRAM_ALT: Shape = ['[\\"', '"\\]']
const FLAG: Shape = ['>"', '"]']
const CIRCLE: Shape = ['(("', '"))']

/** Stores are cylinders, routers trapezoids, code rectangles or subroutines, messaging slanted. */
const SHAPES: Readonly<Record<Kind, Shape>> = {
  client: STADIUM,
  dns: HEXAGON,
  cdn: HEXAGON,
  'load-balancer': TRAPEZOID,
  'api-gateway': TRAPEZOID,
  service: RECTANGLE,
  function: SUBROUTINE,
  job: SUBROUTINE,
  'relational-db': CYLINDER,
  'key-value': CYLINDER,
  'wide-column': CYLINDER,
  cache: CYLINDER,
  search: CYLINDER,
  'object-storage': CYLINDER,
  queue: PARALLELOGRAM,
  pubsub: PARALLELOGRAM_ALT,
  logging: FLAG,
  external: CIRCLE,
  zone: RECTANGLE,
}

const CLASS_DEFS: Readonly<Record<Severity, string>> = {
  error: 'fill:#fdecea,stroke:#c62828,stroke-width:2px,color:#5f1212',
  warning: 'fill:#fff4e0,stroke:#b26a00,stroke-width:2px,color:#4d2e00',
  info: 'fill:#e8f1fd,stroke:#1f5fbf,color:#0d2c5c',
}

const LINK_STYLES: Readonly<Record<Severity, string>> = {
  error: 'stroke:#c62828,stroke-width:2px',
  warning: 'stroke:#b26a00,stroke-width:2px',
  info: 'stroke:#1f5fbf',
}

/** Mermaid's entity codes (#quot; #35;...) keep quotes, markup and its own syntax out of a label. */
export function escapeMermaidText(text: string): string {
  let out = ''
  for (const char of text.replace(/[\r\n]+/g, ' ')) {
    const code = char.codePointAt(0)!
    out += /[A-Za-z0-9 .,:;!?()/_+@'-]/.test(char) || code > 0x7f ? char : `#${code};`
  }
  return out
}

export function toMermaid(design: Design, analysis?: PictureAnalysis): string {
  const ids = createIdMap(design)
  const zones = indexZones(design)
  const lines = ['flowchart LR']
  const writeNodes = (nodes: readonly DesignNode[], indent: string) => {
    for (const node of nodes) {
      const text = escapeMermaidText(node.label?.trim() || getKindSpec(node.kind).label)
      if (node.kind === 'zone') {
        lines.push(`${indent}subgraph ${ids.get(node.id)}["${text}"]`, `${indent}  direction LR`)
        writeNodes(zones.childrenOf(node.id), `${indent}  `)
        lines.push(`${indent}end`)
        continue
      }
      const [open, close] = SHAPES[node.kind]
      lines.push(`${indent}${ids.get(node.id)}${open}${text}${close}`)
    }
  }
  writeNodes(
    design.nodes.filter((node) => zones.parentOf(node.id) === undefined),
    '  ',
  )
  for (const edge of design.edges) {
    const arrow = edge.mode === 'async' ? '-.->' : '-->'
    const label = edge.label?.trim() ? `|"${escapeMermaidText(edge.label.trim())}"|` : ''
    lines.push(`  ${ids.get(edge.source)} ${arrow}${label} ${ids.get(edge.target)}`)
  }
  const worst = new Map<string, Severity>()
  for (const d of analysis?.diagnostics ?? []) {
    if (d.suppressed || d.target.type !== 'node' || !ids.has(d.target.id)) continue
    worst.set(d.target.id, pickWorse(worst.get(d.target.id), d.severity))
  }
  // Edges cannot take a class; linkStyle colours one by its index, in the order the edges were written.
  const edgeWorst = new Map<string, Severity>()
  for (const d of analysis?.diagnostics ?? []) {
    if (!d.suppressed && d.target.type === 'edge') edgeWorst.set(d.target.id, pickWorse(edgeWorst.get(d.target.id), d.severity))
  }
  design.edges.forEach((edge, index) => {
    const severity = edgeWorst.get(edge.id)
    if (severity) lines.push(`  linkStyle ${index} ${LINK_STYLES[severity]}`)
  })
  for (const severity of ['error', 'warning', 'info'] as const) {
    const members = design.nodes.filter((n) => n.kind !== 'zone' && worst.get(n.id) === severity).map((n) => ids.get(n.id))
    if (members.length === 0) continue
    lines.push(`  classDef ${severity} ${CLASS_DEFS[severity]}`, `  class ${members.join(',')} ${severity}`)
  }
  return `${lines.join('\n')}\n`
}

/** Mermaid ids: letters, digits and underscores, never a keyword ("end", "graph"), unique. */
function createIdMap(design: Design): Map<string, string> {
  const used = new Set<string>()
  const ids = new Map<string, string>()
  for (const node of design.nodes) {
    const base = `n_${node.id.replace(/[^A-Za-z0-9_]/g, '_')}`
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`
    used.add(id)
    ids.set(node.id, id)
  }
  return ids
}
